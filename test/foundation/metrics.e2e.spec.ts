import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { createMetrics } from '../../libs/metrics/src';
import { applySeeds } from '../../seeds';
import { sampleApplication } from '../../seeds/sample-application';
import { WorkerMetricsServer } from '../../apps/worker/src/metrics-server';
import { startStack } from '../support/api';
import { createMigratedDatabase } from '../support/postgres';
import { ApplicationDriver, WORKFLOWS_PATH } from '../support/process';
import { timeSkippingEnvironment, workflowBundle } from '../support/temporal';

describe('Prometheus metrics', () => {
  it('serves the named series at /metrics on the API and on the worker, to the scraper holding the token only', async () => {
    const METRICS_TOKEN = 'scraper-token-0123456789abcdef';
    const stack = await startStack({ env: { METRICS_TOKEN } });
    const scraper = { headers: { authorization: `Bearer ${METRICS_TOKEN}` } };
    try {
      const metricsUrl = stack.api.url.replace(/\/api$/, '/metrics');
      const port = stack.worker.context.get(WorkerMetricsServer).port;
      // Business figures are not for anyone who can reach the port.
      for (const url of [metricsUrl, `http://127.0.0.1:${port}/metrics`]) {
        const anonymous = await fetch(url);
        expect(anonymous.status).toBe(401);
        expect(await anonymous.text()).not.toMatch(/lianbao_/);
        expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789abc' } })).status).toBe(401);
      }
      const api = await (await fetch(metricsUrl, scraper)).text();
      for (const series of [
        'lianbao_http_request_seconds',
        'lianbao_open_stages',
        'lianbao_event_store_problem_streams',
        'lianbao_process_cpu_seconds_total',
      ])
        expect(api).toContain(series);
      const worker = await (await fetch(`http://127.0.0.1:${port}/metrics`, scraper)).text();
      for (const series of [
        'lianbao_event_append_seconds',
        'lianbao_event_append_errors_total',
        'lianbao_sla_breaches_total',
        'lianbao_compensation_accrued_fen_total',
        'lianbao_open_stages',
      ])
        expect(worker).toContain(series);
    } finally {
      await stack.close();
    }
  });

  describe('on the time-skipping server', () => {
    let env: TestWorkflowEnvironment;
    let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
    beforeAll(async () => {
      [env, db] = await Promise.all([timeSkippingEnvironment(), createMigratedDatabase()]);
      await applySeeds(db.dataSource);
    });
    afterAll(async () => {
      await env?.teardown();
      await db?.drop();
    });

    it('counts a breach, and the compensation it accrues, once', async () => {
      const metrics = createMetrics('worker');
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue: 'metrics',
        workflowBundle: await workflowBundle(WORKFLOWS_PATH),
        activities: createActivities({ dataSource: db.dataSource, metrics }),
      });
      await worker.runUntil(async () => {
        const app = await new ApplicationDriver(env, 'metrics').submit(
          sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
        );
        await app.acceptAndSchedule();
        const breaches = async () =>
          (await metrics.breaches.get()).values.find((v) => v.labels.party === 'provider')?.value ?? 0;
        for (let day = 0; day < 10 && (await breaches()) < 1; day++) await env.sleep('1 day');
        expect(await breaches()).toBe(1);
        const ledger = await db.dataSource.query(
          `SELECT sum(amount_fen)::int AS fen FROM compensation_ledger WHERE application_id = $1`,
          [app.id],
        );
        const counted = (await metrics.compensationFen.get()).values.find((v) => v.labels.utility === 'power')?.value;
        expect(counted).toBe(ledger[0].fen);
        await app.handle
          .executeUpdate('withdraw', { args: [{ sub: 'applicant-1', role: 'applicant' }, { reason: 'test over' }] })
          .catch(() => undefined);
      });
    });
  });
});
