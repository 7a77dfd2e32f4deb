import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

const EventType = temporal.api.enums.v1.EventType;
import { applySeeds } from '../../seeds';
import { createMigratedDatabase } from '../support/postgres';
import { timeSkippingEnvironment } from '../support/temporal';
import { ApplicationDriver, actors, processWorker } from '../support/process';
import { sampleApplication } from '../../seeds/sample-application';
import { accrualSchedule, buildCalendar, findCompensation, seedCatalogVersion } from '../support/catalog';
import { BreachRow, CompensationRow, StageRow, type StoredEvent } from '../../libs/persistence/src';
import { supplySupplementUpdate, permitDecisionUpdate, withdrawUpdate } from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { rebuildReadModels, readModelTables } from '../../libs/persistence/src';

const ofType = (events: StoredEvent[], type: string, stage?: string) =>
  events.filter((e) => e.type === type && (!stage || e.data.stage === stage));

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
  return { type: cause.type, message: cause.message, details: cause.details?.[0] as { details: unknown[] } };
}

describe('time limits, breaches and compensation (real time-skipping server, real Postgres)', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const taskQueue = 'sla';
  const started: { worker: Worker; running: Promise<void> }[] = [];
  let lostResponses = 0;

  async function startWorker(injectLostResponse: boolean) {
    const worker = await processWorker(
      env,
      db.dataSource,
      taskQueue,
      (activities) => ({
        ...activities,
        // The append commits, then the worker "loses" the response: Temporal retries the activity.
        async appendEvents(input) {
          const result = await activities.appendEvents(input);
          if (injectLostResponse && input.events.some((e) => e.type === 'CompensationAccrued') && lostResponses < 3) {
            lostResponses++;
            throw new Error('simulated: response lost after commit');
          }
          return result;
        },
      }),
      { sticky: !injectLostResponse },
    );
    const entry = { worker, running: worker.run() };
    started.push(entry);
    return entry;
  }

  beforeAll(async () => {
    [env, db] = await Promise.all([timeSkippingEnvironment(), createMigratedDatabase()]);
    await applySeeds(db.dataSource);
  });
  afterAll(async () => {
    for (const { worker, running } of started) {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    }
    await env?.teardown();
    await db?.drop();
  });

  it('breaches once, pays exactly the catalog rule without duplicates across retries and a worker restart, then completes', async () => {
    const first = await startWorker(true);
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
    );
    await app.acceptAndSchedule();

    await env.sleep('4 days');
    // Restart mid-way through the accruals. (The time-skipping server holds time still while
    // workflow tasks wait for a worker, so no time passes in between.)
    first.worker.shutdown();
    await first.running;
    await startWorker(false);
    await env.sleep('17 days');
    await app.staff('power', { action: 'record-survey', findings: 'Finally surveyed' });

    const events = await app.events(db.dataSource, 'power');
    expect(ofType(events, 'SlaBreached', 'survey')).toHaveLength(1);
    // The 75 % warning went out once, before the breach, at the recorded warning time.
    const warnings = ofType(events, 'SlaWarningIssued', 'survey');
    expect(warnings).toHaveLength(1);
    const surveyStarted = ofType(events, 'StageStarted', 'survey')[0].data as { warnAt: string };
    expect(Date.parse(warnings[0].data.at as string)).toBeGreaterThanOrEqual(Date.parse(surveyStarted.warnAt));
    expect(warnings[0].streamVersion).toBeLessThan(ofType(events, 'SlaBreached', 'survey')[0].streamVersion);
    expect(lostResponses).toBeGreaterThan(0);

    const catalog = await seedCatalogVersion(db.dataSource);
    const rule = findCompensation(catalog, 'power', 'survey')!;
    const breach = ofType(events, 'SlaBreached', 'survey')[0].data as { dueAt: string };
    const expected = accrualSchedule(rule, new Date(breach.dueAt), buildCalendar());
    const ledger = await db.dataSource
      .getRepository(CompensationRow)
      .find({ where: { applicationId: app.id, stage: 'survey' }, order: { unit: 'ASC' } });
    expect(ledger.map((r) => [r.unit, r.amountFen])).toEqual(expected.map((a) => [a.unit, a.amountFen]));
    expect(ledger.reduce((sum, r) => sum + r.amountFen, 0)).toBe(rule.capFen); // 21 days late reaches the cap
    expect(ofType(events, 'CompensationAccrued', 'survey')).toHaveLength(expected.length); // no duplicate events

    const survey = await db.dataSource
      .getRepository(StageRow)
      .findOneByOrFail({ applicationId: app.id, track: 'power', stage: 'survey' });
    expect(survey).toMatchObject({ status: 'done', slaState: 'breached' });
    const completed = ofType(events, 'StageCompleted', 'survey')[0].data as { late: boolean };
    expect(completed.late).toBe(true);
    const plan = await db.dataSource
      .getRepository(StageRow)
      .findOneByOrFail({ applicationId: app.id, track: 'power', stage: 'plan' });
    expect(plan.status).toBe('open');
    await recordHistory('connection-power-breached-restarted', app.connection('power'));
  });

  it('refuses a plan that charges for work outside the red line, and an action of the wrong stage, leaving history as it was', async () => {
    if (started.every((s) => s.worker.getState() !== 'RUNNING')) await startWorker(false);
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
    );
    await app.acceptAndSchedule();
    await app.staff('power', { action: 'record-survey', findings: 'ok' });
    const historyBefore = (await app.connection('power').fetchHistory()).events?.length;
    const eventsBefore = (await app.events(db.dataSource, 'power')).length;

    const zeroBurden = await refusal(
      app.staff('power', {
        action: 'submit-plan',
        plan: {
          description: 'Trench and cable',
          quote: [
            { item: 'Meter cabinet', amountFen: 100_000, outsideRedLine: false },
            { item: 'Trench on Moyu Road', amountFen: 50_000, outsideRedLine: true },
          ],
          needsExternalWorks: true,
          needsExcavation: true,
        },
      }),
    );
    expect(zeroBurden.type).toBe('zero_burden');
    expect(zeroBurden.details.details).toEqual([
      {
        path: 'plan.quote.1.amountFen',
        rule: 'zero_burden',
        message: expect.stringContaining('"Trench on Moyu Road" is outside the red line'),
      },
    ]);

    const wrongStage = await refusal(app.staff('power', { action: 'complete-connection', accountId: 'X' }));
    expect(wrongStage.type).toBe('wrong_stage');
    const otherProvider = await refusal(
      app.staff(
        'power',
        {
          action: 'submit-plan',
          plan: { description: 'x', quote: [], needsExternalWorks: false, needsExcavation: false },
        },
        actors.staff('water'),
      ),
    );
    expect(otherProvider.type).toBe('not_allowed');

    // No refused Update was accepted into history. (The time-skipping server still records a
    // workflow task per Update, where a full server's speculative tasks leave nothing.)
    const added = ((await app.connection('power').fetchHistory()).events ?? []).slice(historyBefore);
    const kinds = new Set(added.map((e) => EventType[e.eventType ?? 0]));
    expect([...kinds].every((k) => k.startsWith('EVENT_TYPE_WORKFLOW_TASK_'))).toBe(true);
    expect(await app.events(db.dataSource, 'power')).toHaveLength(eventsBefore);
  });

  /**
   * Advances the server's clock a day at a time until `done` (at most 30 days). The file's clock
   * carries over between specs, so how many calendar days a working-day limit takes varies.
   */
  async function sleepUntil(done: () => Promise<boolean>) {
    for (let day = 0; day < 30 && !(await done()); day++) {
      await env.sleep('1 day');
      await new Promise((r) => setTimeout(r, 200)); // let the day's activities land
    }
    expect(await done()).toBe(true);
  }

  async function toConstruction(lowRiskZone: boolean) {
    if (started.every((s) => s.worker.getState() !== 'RUNNING')) await startWorker(false);
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }, lowRiskZone),
    );
    await app.acceptAndSchedule();
    await app.staff('power', { action: 'record-survey', findings: 'Cable must cross Moyu Road' });
    await app.staff('power', {
      action: 'submit-plan',
      plan: {
        description: 'Trench across Moyu Road',
        quote: [{ item: 'Trench and cable outside the red line', amountFen: 0, outsideRedLine: true }],
        needsExternalWorks: true,
        needsExcavation: true,
      },
    });
    await app.staff('power', { action: 'apply-road-permit', route: 'Moyu Road, 40 m', lengthM: 40 });
    return app;
  }

  it('pauses the provider while the permit is with the agencies, needs both approvals, and records an agency that is late against it', async () => {
    const app = await toConstruction(false);
    const decide = (agency: 'road-authority' | 'traffic-police') =>
      app
        .connection('power')
        .executeUpdate(permitDecisionUpdate, { args: [actors.agency(agency), { agency, decision: 'approve' }] });
    await decide('road-authority');
    // The traffic police miss their 5 working days (however many calendar days that is from here).
    await sleepUntil(
      async () => ofType(await app.events(db.dataSource, 'power'), 'SlaBreached', 'traffic-police-permit').length > 0,
    );
    await decide('traffic-police');
    await app.staff('power', { action: 'complete-construction' });

    const events = await app.events(db.dataSource, 'power');
    expect(ofType(events, 'RoadPermitGranted')).toHaveLength(1);
    const paused = ofType(events, 'StagePaused', 'construction')[0].data as { at: string };
    const resumed = ofType(events, 'StageResumed', 'construction')[0].data as {
      at: string;
      pausedMs: number;
      dueAt: string;
    };
    const started = ofType(events, 'StageStarted', 'construction')[0].data as { dueAt: string };
    expect(resumed.pausedMs).toBe(Date.parse(resumed.at) - Date.parse(paused.at));
    expect(Date.parse(resumed.dueAt) - Date.parse(started.dueAt)).toBe(resumed.pausedMs);
    expect(ofType(events, 'SlaBreached', 'construction')).toHaveLength(0);

    const breaches = await db.dataSource.getRepository(BreachRow).findBy({ applicationId: app.id });
    expect(breaches.map((b) => [b.stage, b.partyKind, b.partyId, b.compensable])).toEqual([
      ['traffic-police-permit', 'agency', 'traffic-police', false],
    ]);
    expect(
      await db.dataSource
        .getRepository(CompensationRow)
        .countBy({ applicationId: app.id, stage: 'traffic-police-permit' }),
    ).toBe(0);
    await recordHistory('connection-power-permit-agency-late', app.connection('power'));
  });

  it('fast-tracks a low-risk zone: agencies that do not answer in 2 working days approve by default', async () => {
    const app = await toConstruction(true);
    // Neither agency answers within its 2 working days.
    await sleepUntil(async () => ofType(await app.events(db.dataSource, 'power'), 'RoadPermitGranted').length > 0);
    await app.staff('power', { action: 'complete-construction' });
    const events = await app.events(db.dataSource, 'power');
    const decided = ofType(events, 'RoadPermitDecided').map((e) => [e.data.agency, e.data.automatic]);
    expect(decided.sort()).toEqual([
      ['road-authority', true],
      ['traffic-police', true],
    ]);
    expect(ofType(events, 'RoadPermitGranted')).toHaveLength(1);
    expect(await db.dataSource.getRepository(BreachRow).countBy({ applicationId: app.id })).toBe(0);
    await recordHistory('connection-power-fast-track', app.connection('power'));
  });

  it("stops the window's clock while the applicant owes a supplement, moving the deadline by exactly the paused time", async () => {
    if (started.every((s) => s.worker.getState() !== 'RUNNING')) await startWorker(false);
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ water: { pipeDiameterMm: 50, dailyUseM3: 10 } }),
    );
    await app.waitFor(async () => (await app.events(db.dataSource)).some((e) => e.type === 'StageStarted'));
    await app.window({ action: 'request-supplement', items: ['Property certificate'], message: 'Scan is unreadable.' });
    await env.sleep('3 days');
    await app.handle.executeUpdate(supplySupplementUpdate, {
      args: [actors.applicant, { note: 'Clear scan attached' }],
    });

    const events = await app.events(db.dataSource);
    const startedAt = ofType(events, 'StageStarted', 'acceptance')[0].data as { dueAt: string };
    const resumed = ofType(events, 'StageResumed', 'acceptance')[0].data as { pausedMs: number; dueAt: string };
    expect(resumed.pausedMs).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(resumed.pausedMs).toBeLessThan(3 * 86_400_000 + 60_000);
    expect(Date.parse(resumed.dueAt) - Date.parse(startedAt.dueAt)).toBe(resumed.pausedMs);
    expect(ofType(events, 'SlaBreached')).toHaveLength(0); // 3 days away, yet not late: the clock stood still
    const stage = await db.dataSource
      .getRepository(StageRow)
      .findOneByOrFail({ applicationId: app.id, track: 'joint', stage: 'acceptance' });
    expect(stage).toMatchObject({ status: 'open', pausedMs: resumed.pausedMs, dueAt: new Date(resumed.dueAt) });
    await app.window({ action: 'reject', reason: 'Outside the district' });
    await app.handle.result();
    await recordHistory('joint-supplement-paused', app.handle);
  });

  it("stops the providers' clocks while the applicant owes a missed joint survey, until it is rescheduled", async () => {
    if (started.every((s) => s.worker.getState() !== 'RUNNING')) await startWorker(false);
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
    );
    await app.acceptAndSchedule();
    await app.window({ action: 'report-missed-survey', note: 'Site locked; nobody from the firm came' });
    await env.sleep('6 days'); // far past the 1-working-day survey limit, but the time is the applicant's
    await app.window({ action: 'schedule-joint-survey', appointmentAt: '2026-12-10T09:30:00+08:00' });
    await app.waitFor(
      async () => ofType(await app.events(db.dataSource, 'power'), 'StageResumed', 'total').length === 1,
    );

    const power = await app.events(db.dataSource, 'power');
    for (const stage of ['survey', 'total']) {
      const paused = ofType(power, 'StagePaused', stage)[0].data as { reason: string };
      const resumed = ofType(power, 'StageResumed', stage)[0].data as { pausedMs: number };
      expect(paused.reason).toBe('the applicant missed the joint survey');
      expect(resumed.pausedMs).toBeGreaterThanOrEqual(6 * 86_400_000);
    }
    expect(ofType(power, 'SlaBreached')).toHaveLength(0);
    const joint = await app.events(db.dataSource);
    expect(joint.map((e) => e.type)).toEqual(expect.arrayContaining(['JointSurveyMissed']));
    expect(ofType(joint, 'JointSurveyScheduled')).toHaveLength(2);
    const survey = await db.dataSource
      .getRepository(StageRow)
      .findOneByOrFail({ applicationId: app.id, track: 'power', stage: 'survey' });
    expect(survey).toMatchObject({ status: 'open', slaState: 'on_track' });
    expect(survey.pausedMs).toBeGreaterThanOrEqual(6 * 86_400_000);
    await recordHistory('connection-power-survey-missed', app.connection('power'));
  });

  it('lets the applicant withdraw before connection: open work stops, compensation already accrued stays', async () => {
    const app = await new ApplicationDriver(env, taskQueue).submit(
      sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
    );
    await app.acceptAndSchedule();
    const ledger = () =>
      db.dataSource
        .getRepository(CompensationRow)
        .find({ where: { applicationId: app.id }, order: { track: 'ASC', stage: 'ASC', unit: 'ASC' } });
    // Let the survey fall late, until compensation has accrued.
    await sleepUntil(async () => (await ledger()).length > 0);
    const accrued = await ledger();
    expect(accrued.length).toBeGreaterThan(0);

    await app.handle.executeUpdate(withdrawUpdate, { args: [actors.applicant, { reason: 'Project cancelled' }] });
    expect(await app.handle.result()).toMatchObject({ status: 'withdrawn' });
    await env.sleep('10 days'); // nothing more accrues for a withdrawn connection

    const events = await app.events(db.dataSource, 'power');
    expect(events.at(-1)?.type).toBe('ConnectionWithdrawn');
    expect(
      ofType(events, 'StageCancelled')
        .map((e) => e.data.stage)
        .sort(),
    ).toEqual(['survey', 'total']);
    expect(await ledger()).toEqual(accrued);
    const stages = await db.dataSource.getRepository(StageRow).findBy({ applicationId: app.id, status: 'open' });
    expect(stages).toEqual([]);
    await recordHistory('joint-withdrawn', app.handle);
    await recordHistory('connection-power-withdrawn', app.connection('power'));
  });

  it('rebuilds every read model from the event store row for row (npm run projections:rebuild)', async () => {
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const name of readModelTables(db.dataSource)) {
        tables[name] = await db.dataSource.query(`SELECT * FROM "${name}" ORDER BY 1, 2, 3, 4`);
      }
      return tables;
    };
    // Nothing may append while we compare: stop every worker (their workflows' clocks still run).
    for (const { worker, running } of started) {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running;
    }
    const live = await snapshot();
    expect(live.compensation_ledger.length).toBeGreaterThan(0);
    expect(live.breaches.length).toBeGreaterThan(0);
    const replayed = await rebuildReadModels(db.dataSource);
    expect(replayed).toBeGreaterThan(100);
    expect(await snapshot()).toEqual(live);
  });
});
