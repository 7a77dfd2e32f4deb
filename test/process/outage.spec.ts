import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { applySeeds } from '../../seeds';
import { sampleApplication } from '../../seeds/sample-application';
import { jointApplication } from '../../workflows/joint-application.workflow';
import { applicationWorkflowId } from '../../workflows/messages';
import { readStream } from '../../libs/persistence/src';
import { createMigratedDatabase } from '../support/postgres';
import { devServerEnvironment } from '../support/temporal';
import { actors, processWorker } from '../support/process';

/** What a worker outage must not change: the time limits run from when the applicant submitted. */
describe('a worker outage at submission (real Temporal dev server, real Postgres)', () => {
  let env: TestWorkflowEnvironment;
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    [env, db] = await Promise.all([devServerEnvironment(), createMigratedDatabase()]);
    await applySeeds(db.dataSource);
  });
  afterAll(async () => {
    await env?.teardown();
    await db?.drop();
  });

  it("starts the window's acceptance clock at submission, not when a worker first runs the application", async () => {
    const taskQueue = `outage-${randomUUID()}`;
    const id = randomUUID();
    const submittedAt = new Date().toISOString();
    await env.client.workflow.start(jointApplication, {
      taskQueue,
      workflowId: applicationWorkflowId(id),
      args: [{ applicationId: id, applicantId: actors.applicant.sub, form: sampleApplication(), submittedAt }],
    });
    await new Promise((r) => setTimeout(r, 3000)); // no worker polls the queue yet
    const worker = await processWorker(env, db.dataSource, taskQueue);
    await worker.runUntil(async () => {
      for (let i = 0; i < 100; i++) {
        const started = (await readStream(db.dataSource, applicationWorkflowId(id))).find(
          (e) => e.type === 'StageStarted',
        );
        if (started) {
          expect(started.data.startedAt).toBe(submittedAt);
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the acceptance clock never started');
    });
  });
});
