import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { applySeeds } from '../../seeds';
import { createMigratedDatabase } from '../support/postgres';
import { timeSkippingEnvironment } from '../support/temporal';
import { ApplicationDriver, actors, processWorker } from '../support/process';
import { sampleApplication } from '../../seeds/sample-application';
import { rateUpdate } from '../../workflows/messages';
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
    await app.acceptAndSchedule();
    await Promise.all((['power', 'water', 'gas', 'broadband'] as const).map((u) => app.connectSimply(u)));
    await app.waitFor(async () => (await app.status()) === 'completed');
    await app.handle.executeUpdate(rateUpdate, { args: [actors.applicant, { score: 5, comment: '很快' }] });
    expect(await app.handle.result()).toEqual({ status: 'closed', utilities: ['power', 'water', 'gas', 'broadband'] });
    await recordHistory('joint-all-four-connected', app.handle);
    await recordHistory('connection-power-simple', app.connection('power'));

    const joint = await app.events(db.dataSource);
    expect(joint.map((e) => e.type)).toEqual([
      'ApplicationSubmitted',
      'StageStarted',
      'StageCompleted',
      'ApplicationAccepted',
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
});
