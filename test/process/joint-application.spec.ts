import { In } from 'typeorm';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { applySeeds } from '../../seeds';
import { createMigratedDatabase } from '../support/postgres';
import { timeSkippingEnvironment } from '../support/temporal';
import { ApplicationDriver, actors, processWorker } from '../support/process';
import { sampleApplication } from '../../seeds/sample-application';
import { permitDecisionUpdate, rateUpdate, withdrawUpdate } from '../../workflows/messages';
import { seedCatalog } from '../../seeds/catalog.seed';
import {
  appendToStream,
  CATALOG_STREAM,
  deterministicEventId,
  project,
  publishCatalog,
  readStream,
} from '../../libs/persistence/src';
import { ApplicationRow, ServiceRow, StageRow, BreachRow } from '../../libs/persistence/src';
import { recordHistory } from '../support/histories';

describe('a joint application on the real time-skipping server and real Postgres', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = 'joint-application';

  beforeAll(async () => {
    [env, db] = await Promise.all([timeSkippingEnvironment(), createMigratedDatabase()]);
    await applySeeds(db.dataSource);
    worker = await processWorker(env, db.dataSource, taskQueue);
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await db?.drop();
  });

  it('runs all four utilities in parallel from one form to connection and a rating', async () => {
    const app = await new ApplicationDriver(env, taskQueue).submit();
    const appointmentAt = await app.acceptAndSchedule(2 * 3_600_000);
    // The providers' clocks wait for the joint survey: nothing runs against them before it.
    expect((await app.events(db.dataSource, 'power')).filter((e) => e.type === 'StageStarted')).toEqual([]);
    await env.sleep('3 hours');
    await app.waitFor(async () => (await app.events(db.dataSource, 'gas')).some((e) => e.type === 'StageStarted'));
    const surveyStarted = (await app.events(db.dataSource, 'power')).find(
      (e) => e.type === 'StageStarted' && e.data.stage === 'survey',
    );
    expect(Date.parse(surveyStarted!.data.startedAt as string)).toBe(Date.parse(appointmentAt!));
    await Promise.all((['power', 'water', 'gas', 'broadband'] as const).map((u) => app.connectSimply(u)));
    await app.waitFor(async () => (await app.status()) === 'completed');
    await app.handle.executeUpdate(rateUpdate, { args: [actors.applicant, { score: 5, comment: '很快' }] });
    expect(await app.handle.result()).toEqual({ status: 'closed', utilities: ['power', 'water', 'gas', 'broadband'] });
    await recordHistory('joint-all-four-connected', app.handle);
    await recordHistory('connection-power-from-appointment', app.connection('power'));

    const joint = await app.events(db.dataSource);
    expect(joint.map((e) => e.type)).toEqual([
      'ApplicationSubmitted',
      'SiteClassified',
      'StageStarted',
      'ApplicationAccepted',
      'StageCompleted',
      'StageStarted',
      'ServicesDispatched',
      'JointSurveyScheduled',
      'StageCompleted',
      'ApplicationCompleted',
      'ServiceRated',
    ]);
    const power = await app.events(db.dataSource, 'power');
    expect(power.map((e) => e.type)).toEqual([
      'StageStarted',
      'StageStarted', // total, survey
      'SurveyRecorded',
      'StageCompleted',
      'StageStarted',
      'PlanSubmitted',
      'StageCompleted',
      'StageStarted',
      'ConnectionCompleted',
      'StageCompleted',
      'StageCompleted',
    ]);

    const application = await db.dataSource.getRepository(ApplicationRow).findOneByOrFail({ id: app.id });
    expect(application).toMatchObject({ status: 'completed', rating: 5, ratingComment: '很快', catalogVersion: 1 });
    const services = await db.dataSource
      .getRepository(ServiceRow)
      .find({ where: { applicationId: app.id }, order: { utility: 'ASC' } });
    expect(services.map((s) => [s.utility, s.phase, s.accountId])).toEqual([
      ['broadband', 'done', `BROADBAND-${app.id.slice(0, 8)}`],
      ['gas', 'done', `GAS-${app.id.slice(0, 8)}`],
      ['power', 'done', `POWER-${app.id.slice(0, 8)}`],
      ['water', 'done', `WATER-${app.id.slice(0, 8)}`],
    ]);
    const stages = await db.dataSource.getRepository(StageRow).findBy({ applicationId: app.id });
    expect(stages).toHaveLength(2 + 4 * 4); // two window stages; survey, plan, connection, total per utility
    expect(stages.every((s) => s.status === 'done' && s.slaState === 'on_track')).toBe(true);
    expect(await db.dataSource.getRepository(BreachRow).countBy({ applicationId: app.id })).toBe(0);
  });

  it('dispatches only the requested subset', async () => {
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 50, voltage: '220V' }, water: { pipeDiameterMm: 25, dailyUseM3: 2 } }),
    );
    await app.acceptAndSchedule();
    const services = await db.dataSource.getRepository(ServiceRow).findBy({ applicationId: app.id });
    expect(services.map((s) => s.utility).sort()).toEqual(['power', 'water']);
    await expect(app.connection('gas').describe()).rejects.toThrow();
    await Promise.all([app.connectSimply('power'), app.connectSimply('water')]);
    await app.waitFor(async () => (await app.status()) === 'completed');

    // Unrated, the rating window closes after 15 days and the application's workflow ends.
    await env.sleep('16 days');
    expect(await app.handle.result()).toMatchObject({ status: 'closed' });
    const joint = await app.events(db.dataSource);
    expect(joint.at(-1)?.type).toBe('RatingClosed');
    const completedAt = Date.parse(joint.find((e) => e.type === 'ApplicationCompleted')!.data.at as string);
    const open = Date.parse(joint.at(-1)!.data.at as string) - completedAt;
    expect(open).toBeGreaterThanOrEqual(15 * 86_400_000);
    expect(open).toBeLessThan(15 * 86_400_000 + 60_000);
  });

  it('leaves no task open once complete, even after a missed survey re-created the window’s clock', async () => {
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 50, voltage: '220V' }, water: { pipeDiameterMm: 25, dailyUseM3: 2 } }),
    );
    await app.acceptAndSchedule();
    await env.sleep('2 hours'); // past the appointment: the providers' clocks run
    await app.window({ action: 'report-missed-survey', note: 'Nobody from the firm came' });
    // The providers survey with the site manager anyway; the window never sets a new date.
    await Promise.all([app.connectSimply('power'), app.connectSimply('water')]);
    await app.waitFor(async () => (await app.status()) === 'completed');
    const open = await db.dataSource
      .getRepository(StageRow)
      .find({ where: { applicationId: app.id, status: In(['open', 'paused']) } });
    expect(open).toEqual([]);
    const scheduling = await db.dataSource
      .getRepository(StageRow)
      .findOneByOrFail({ applicationId: app.id, track: 'joint', stage: 'survey-scheduling' });
    expect(scheduling.status).toBe('cancelled');
  });

  it('takes exactly one of two window decisions that reach the workflow in one task (accept and reject raced)', async () => {
    // A worker of its own that we stop, so both Updates wait for the next one and arrive together.
    const queue = `${taskQueue}-race`;
    const first = await processWorker(env, db.dataSource, queue, undefined, { sticky: false });
    const firstRun = first.run();
    const app = await new ApplicationDriver(env, queue).submit();
    await app.waitFor(async () => (await app.events(db.dataSource)).some((e) => e.type === 'StageStarted'));
    first.shutdown();
    await firstRun;
    const outcomes = Promise.allSettled([
      app.window({ action: 'accept' }),
      app.window({ action: 'reject', reason: 'Duplicate of an earlier application' }),
    ]);
    await new Promise((r) => setTimeout(r, 500));
    const second = await processWorker(env, db.dataSource, queue, undefined, { sticky: false });
    const secondRun = second.run();
    try {
      // Whichever the workflow saw first takes effect; the other is refused. Never both.
      const results = await outcomes;
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((refused.reason.cause as { type: string }).type).toBe('wrong_stage');
      const decisions = (await app.events(db.dataSource)).filter((e) =>
        ['ApplicationAccepted', 'ApplicationRejected'].includes(e.type),
      );
      expect(decisions.map((e) => e.type)).toEqual([
        results[0].status === 'fulfilled' ? 'ApplicationAccepted' : 'ApplicationRejected',
      ]);
    } finally {
      // Close it before its worker goes: the time-skipping server stops time while a workflow
      // task waits for a worker, which would hold up every later spec in this file.
      // (The time-skipping server can lose track of an Update's outcome as its workflow closes.)
      await app.handle
        .executeUpdate(withdrawUpdate, { args: [actors.applicant, { reason: 'test over' }] })
        .catch(() => undefined);
      await app.handle.result();
      second.shutdown();
      await secondRun;
    }
  });

  it('fails a connection whose pinned catalog cannot run it — typed, not retried, and shown to admins — while the others go on', async () => {
    // A catalog that reached the store before publishing checked completeness: no gas limits.
    const catalogs = await readStream(db.dataSource, CATALOG_STREAM);
    const broken = {
      ...seedCatalog,
      version: catalogs.length + 1,
      publishedAt: new Date(await env.currentTimeMs()).toISOString(),
      effectiveFrom: new Date(await env.currentTimeMs()).toISOString(),
      limits: seedCatalog.limits.filter((l) => l.scope !== 'gas'),
    };
    await appendToStream(
      db.dataSource,
      CATALOG_STREAM,
      catalogs.length,
      [
        {
          eventId: deterministicEventId(CATALOG_STREAM, broken.version),
          type: 'CatalogPublished',
          data: { catalog: broken },
        },
      ],
      project,
    );
    try {
      const app = await new ApplicationDriver(env, taskQueue).submit(
        sampleApplication({
          power: { capacityKva: 50, voltage: '220V' },
          gas: { hourlyUseM3: 30, smallStandardized: true },
        }),
      );
      await app.acceptAndSchedule();
      const failure = await app
        .connection('gas')
        .result()
        .then(
          () => undefined,
          (error: { cause?: { type?: string; nonRetryable?: boolean } }) => error.cause,
        );
      expect(failure).toMatchObject({ type: 'catalog_incomplete', nonRetryable: true });
      const gas = await db.dataSource
        .getRepository(ServiceRow)
        .findOneByOrFail({ applicationId: app.id, utility: 'gas' });
      expect(gas.phase).toBe('failed');
      const failed = (await app.events(db.dataSource, 'gas')).find((e) => e.type === 'ProcessFailed');
      expect(failed?.data.message).toContain('no limit for gas gas-small-standardized survey');
      expect((await app.connection('power').describe()).status.name).toBe('RUNNING');
      await recordHistory('connection-gas-catalog-failed', app.connection('gas'));

      // When the rest is done, the application records the failure for the admin's views.
      await app.connectSimply('power');
      await expect(app.handle.result()).rejects.toThrow();
      const row = await db.dataSource.getRepository(ApplicationRow).findOneByOrFail({ id: app.id });
      expect(row).toMatchObject({ status: 'failed', failure: { code: 'connection_failed', utilities: ['gas'] } });
    } finally {
      await publishCatalog(db.dataSource, seedCatalog, new Date(await env.currentTimeMs())).catch(async () =>
        publishCatalog(
          db.dataSource,
          { ...seedCatalog, effectiveFrom: new Date(await env.currentTimeMs()).toISOString() },
          new Date(await env.currentTimeMs()),
        ),
      );
    }
  });

  it('keeps the worst case the catalog allows under 10,000 history events per workflow', async () => {
    // Every limit one minute; every rule paying per minute up to the most accruals allowed (60).
    const now = new Date(await env.currentTimeMs());
    const minute = { amount: 1, unit: 'minutes' as const };
    await publishCatalog(
      db.dataSource,
      {
        ...seedCatalog,
        effectiveFrom: now.toISOString(),
        limits: seedCatalog.limits.map((l) => ({ ...l, limit: minute })),
        compensation: seedCatalog.compensation.map((c) => ({
          ...c,
          rule: { fixedFen: 100, perUnitFen: 100, unit: 'minutes' as const, capFen: 6_000 },
        })),
      },
      now,
    );
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
    );
    await app.acceptAndSchedule();
    const late = () => env.sleep('2 hours'); // each stage breaches and accrues to its cap meanwhile
    await late();
    await app.staff('power', { action: 'record-survey', findings: 'late' });
    await late();
    await app.staff('power', {
      action: 'submit-plan',
      plan: {
        description: 'Trench',
        quote: [{ item: 'Trench', amountFen: 0, outsideRedLine: true }],
        needsExternalWorks: true,
        needsExcavation: true,
      },
    });
    await late();
    await app.staff('power', { action: 'apply-road-permit', route: 'Moyu Road', lengthM: 10 });
    await late(); // both agencies late too
    for (const agency of ['road-authority', 'traffic-police'] as const)
      await app
        .connection('power')
        .executeUpdate(permitDecisionUpdate, { args: [actors.agency(agency), { agency, decision: 'approve' }] });
    await late();
    await app.staff('power', { action: 'complete-construction' });
    await late();
    await app.staff('power', { action: 'complete-connection', accountId: 'WORST-CASE' });
    await app.connection('power').result();
    const child = (await app.connection('power').fetchHistory()).events!.length;
    const parent = (await app.handle.fetchHistory()).events!.length;
    const accruals = (await app.events(db.dataSource, 'power')).filter((e) => e.type === 'CompensationAccrued').length;
    process.stdout.write(
      `worst case: ${accruals} accruals; history events — connection ${child}, application ${parent}\n`,
    );
    // Five clocks ran to their caps; a minute two of them accrue for together is paid once (pay once).
    expect(accruals).toBeGreaterThanOrEqual(4 * 60);
    expect(child).toBeLessThan(10_000);
    expect(parent).toBeLessThan(10_000);
    await publishCatalog(
      db.dataSource,
      { ...seedCatalog, effectiveFrom: new Date(await env.currentTimeMs()).toISOString() },
      new Date(await env.currentTimeMs()),
    );
  });
});
