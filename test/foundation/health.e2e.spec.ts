import { freePort as closedPort } from '../../apps/embedded/src/processes';
import { createMigratedDatabase, type TestDatabase } from '../support/postgres';
import { devServerAddress } from '../support/temporal';
import { startApi, startWorker, testConfig, type RunningApi } from '../support/apps';

async function health(api: RunningApi) {
  const response = await fetch(`${api.url}/health`);
  return { status: response.status, body: await response.json() };
}

describe('API and worker against the real Temporal dev server and real Postgres', () => {
  const temporal = { address: devServerAddress() };
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  it('boots both apps; /api/health is 200 with both checks up; /api/docs is served', async () => {
    const config = testConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: 'e2e-health',
    });
    const worker = await startWorker(config);
    const api = await startApi(config);
    try {
      expect(await health(api)).toEqual({
        status: 200,
        body: { status: 'ok', checks: { database: { status: 'up' }, temporal: { status: 'up' } }, warnings: [] },
      });
      const docs = await fetch(`${api.url}/docs-json`).then((r) => r.json());
      expect(Object.keys(docs.paths)).toContain('/api/health');
      expect((await fetch(`${api.url}/docs`)).status).toBe(200);
    } finally {
      await api.close();
      await worker.close();
    }
  });

  it('answers 503 naming the database when Postgres is unreachable', async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/nowhere`;
    const api = await startApi(testConfig({ DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address }));
    try {
      const { status, body } = await health(api);
      expect(status).toBe(503);
      expect(body.status).toBe('unavailable');
      expect(body.checks.temporal).toEqual({ status: 'up' });
      expect(body.checks.database.status).toBe('down');
      expect(body.checks.database.error).toMatch(/ECONNREFUSED/);
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming Temporal when Temporal is unreachable', async () => {
    const api = await startApi(
      testConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: `127.0.0.1:${await closedPort()}` }),
    );
    try {
      const { status, body } = await health(api);
      expect(status).toBe(503);
      expect(body.checks.database).toEqual({ status: 'up' });
      expect(body.checks.temporal.status).toBe('down');
    } finally {
      await api.close();
    }
  });
});
