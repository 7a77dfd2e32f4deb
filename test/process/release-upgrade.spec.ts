import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { applySeeds } from '../../seeds';
import { sampleApplication } from '../../seeds/sample-application';
import { rateUpdate } from '../../workflows/messages';
import { createMigratedDatabase } from '../support/postgres';
import { timeSkippingEnvironment } from '../support/temporal';
import { ApplicationDriver, actors, processWorker } from '../support/process';

/** The patch ids a history's markers carry, in order (each a JSON payload {"id": …}). */
function patchIds(history: temporal.api.history.v1.IHistory): string[] {
  return (history.events ?? [])
    .map((e) => e.markerRecordedEventAttributes)
    .filter((m) => m?.markerName === 'core_patch')
    .flatMap((m) => Object.values(m?.details ?? {}).flatMap((d) => d.payloads ?? []))
    .map((p) => (JSON.parse(Buffer.from(p.data!).toString('utf8')) as { id?: string }).id ?? '?');
}

/**
 * An execution started by release 0.2's worker, mid-way when 0.3 is deployed, finishes under
 * today's worker: the same code path to the end (no release 0.3 marker, no read-side warning), its
 * clocks still counted by the activity, its events the same kinds.
 */
describe('an application started by release 0.2 finishes under the 0.3 worker (real time-skipping server, real Postgres)', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const taskQueue = 'upgrade';
  beforeAll(async () => {
    [env, db] = await Promise.all([timeSkippingEnvironment(), createMigratedDatabase()]);
    await applySeeds(db.dataSource);
  });
  afterAll(async () => {
    await env?.teardown();
    await db?.drop();
  });

  const run = async (worker: Worker, work: () => Promise<void>) => {
    const running = worker.run();
    try {
      await work();
    } finally {
      worker.shutdown();
      await running;
    }
  };

  it('runs a 0.2 execution from submission to dispatch on the 0.2 worker, then to connection and a rating on the new one', async () => {
    const app = new ApplicationDriver(env, taskQueue);
    const old = await processWorker(env, db.dataSource, taskQueue, undefined, {
      sticky: false,
      workflowsPath: require.resolve('../fixtures/release-0.2.workflows'),
    });
    await run(old, async () => {
      await app.submit(
        sampleApplication({
          power: { capacityKva: 100, voltage: '380V' },
          water: { pipeDiameterMm: 50, dailyUseM3: 10 },
        }),
      );
      await app.acceptAndSchedule();
      await env.sleep('2 hours'); // the appointment has come: the providers' clocks run
      await app.staff('power', { action: 'record-survey', findings: 'Surveyed under 0.2' });
    });
    const before = await app.events(db.dataSource);
    // Release 0.2's shape: a warning timer per clock, and the window's clocks counted by an activity.
    expect(patchIds(await app.handle.fetchHistory())).toEqual([
      'lianbao-0.2',
      'lianbao-0.2.1-local-reads',
      'lianbao-0.2.1-coalesced-appends',
    ]);
    expect(before.map((e) => e.type)).toContain('ServicesDispatched');

    const today = await processWorker(env, db.dataSource, taskQueue);
    await run(today, async () => {
      await app.staff('power', {
        action: 'submit-plan',
        plan: {
          description: 'Connect from the existing main at the boundary.',
          quote: [{ item: 'Meter and fittings inside the site', amountFen: 80_000, outsideRedLine: false }],
          needsExternalWorks: false,
          needsExcavation: false,
        },
      });
      await app.staff('power', { action: 'complete-connection', accountId: `POWER-${app.id.slice(0, 8)}` });
      await app.connectSimply('water');
      await app.waitFor(async () => (await app.status()) === 'completed');
      await app.handle.executeUpdate(rateUpdate, { args: [actors.applicant, { score: 5 }] });
      expect(await app.handle.result()).toMatchObject({ status: 'closed' });
    });
    const after = await app.events(db.dataSource);
    expect(after.slice(0, before.length)).toEqual(before); // nothing recorded twice or rewritten
    expect(after.map((e) => e.type)).toEqual(expect.arrayContaining(['ApplicationCompleted', 'ServiceRated']));
    for (const utility of ['power', 'water'] as const) {
      const events = (await app.events(db.dataSource, utility)).map((e) => e.type);
      expect([utility, events.filter((t) => t === 'ConnectionCompleted').length]).toEqual([utility, 1]);
      // Its clocks started as 0.2 starts them (no read-side warning flag on them).
      const started = (await app.events(db.dataSource, utility)).filter((e) => e.type === 'StageStarted');
      expect(started.every((e) => e.data.warning === undefined)).toBe(true);
    }
    const finalHistory = await app.handle.fetchHistory();
    const patches = (finalHistory.events ?? []).filter(
      (e) => e.markerRecordedEventAttributes?.markerName === 'core_patch',
    );
    expect(patches.map((e) => JSON.stringify(e.markerRecordedEventAttributes?.details)).join()).not.toContain(
      'lianbao-0.3',
    );
  });
});
