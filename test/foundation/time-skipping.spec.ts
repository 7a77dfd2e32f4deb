import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { timeSkippingEnvironment, workflowBundle } from '../support/temporal';

describe('the real time-skipping test server', () => {
  let env: TestWorkflowEnvironment;
  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(() => env?.teardown());

  it('sleeps 40 days of workflow time in seconds of real time', async () => {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'sleepers',
      workflowBundle: await workflowBundle(require.resolve('../fixtures/sleeper.workflow')),
    });
    const realStart = Date.now();
    const result = await worker.runUntil(
      env.client.workflow.execute('sleeper', { args: [40], taskQueue: 'sleepers', workflowId: 'sleeper-40' }),
    );
    const realSeconds = (Date.now() - realStart) / 1000;
    const workflowDays = (result.wokeAt - result.startedAt) / 86_400_000;
    expect(workflowDays).toBeGreaterThanOrEqual(40);
    expect(realSeconds).toBeLessThan(60); // a broken time-skipper would take 40 days
  });
});
