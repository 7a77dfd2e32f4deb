import { freePort } from '../../apps/embedded/src/processes';
import { signDevToken } from '../../apps/api/src/auth/tokens';
import { startApi, testConfig, TEST_JWT_SECRET } from '../support/apps';
import { createMigratedDatabase } from '../support/postgres';
import { devServerAddress } from '../support/temporal';
import { powerAndWaterForm, principals } from '../support/api';

/** An outage is a 503 naming what is down, in the one error shape; never a 500. */
describe('when a dependency is down', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let token: string;
  beforeAll(async () => {
    db = await createMigratedDatabase();
    token = await signDevToken(TEST_JWT_SECRET, principals.applicant);
  });
  afterAll(() => db?.drop());

  const expectUnavailable = async (reply: Response, what: string) => {
    expect(reply.status).toBe(503);
    expect(await reply.json()).toEqual({
      error: expect.objectContaining({
        code: 'unavailable',
        details: [{ path: '(service)', rule: 'unavailable', message: what }],
      }),
    });
  };

  it('answers 503 naming Temporal when a submission cannot start its workflow', async () => {
    const api = await startApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` }));
    try {
      const reply = await fetch(`${api.url}/v1/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(powerAndWaterForm()),
      });
      await expectUnavailable(reply, 'The workflow service (Temporal)');
      expect((await db.dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('answers 503 naming the database when reads cannot reach it, and keeps 4xx answers as they are', async () => {
    const api = await startApi(
      testConfig({
        DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`,
        TEMPORAL_ADDRESS: devServerAddress(),
      }),
    );
    try {
      await expectUnavailable(
        await fetch(`${api.url}/v1/applications`, { headers: { authorization: `Bearer ${token}` } }),
        'The database',
      );
      await expectUnavailable(await fetch(`${api.url}/v1/kpis`), 'The database');
      expect((await fetch(`${api.url}/v1/applications`)).status).toBe(401);
      expect((await fetch(`${api.url}/v1/nothing-here`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
