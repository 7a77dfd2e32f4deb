import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { applySeeds } from '../../seeds';
import { freePort } from '../../apps/embedded/src/processes';
import { startApi, startWorker, testConfig, TEST_JWT_SECRET } from '../support/apps';
import { signDevToken } from '../../apps/api/src/auth/tokens';
import { createMigratedDatabase } from '../support/postgres';
import { devServerAddress } from '../support/temporal';
import { eventually, powerAndWaterForm, principals } from '../support/api';

/** A TCP proxy to Postgres the test can cut and restore: the API's view of a database outage. */
async function cuttableProxy(target: URL) {
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = new URL(target.toString());
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    cut: () => {
      cut = true;
      sockets.forEach((s) => s.destroy());
    },
    restore: () => void (cut = false),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('outages tell the truth (real Temporal dev server, real Postgres)', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    db = await createMigratedDatabase();
    await applySeeds(db.dataSource);
  });
  afterAll(() => db?.drop());

  it('answers 202 with the id and a Location when the database fails mid-submission; a retry with the key gives the same one application', async () => {
    const proxy = await cuttableProxy(new URL(db.url));
    const queue = `truth-${randomUUID()}`;
    const worker = await startWorker(
      testConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: devServerAddress(), TEMPORAL_TASK_QUEUE: queue }),
    );
    const api = await startApi(
      testConfig({ DATABASE_URL: proxy.url, TEMPORAL_ADDRESS: devServerAddress(), TEMPORAL_TASK_QUEUE: queue }),
    );
    const token = await signDevToken(TEST_JWT_SECRET, principals.applicant);
    const submit = () =>
      fetch(`${api.url}/v1/applications`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': 'outage-1',
        },
        body: JSON.stringify(powerAndWaterForm()),
      });
    try {
      proxy.cut(); // the API loses its database; Temporal and the worker carry on
      const during = await submit();
      expect(during.status).toBe(202);
      const body = await during.json();
      expect(body).toMatchObject({ id: expect.any(String), status: 'submitted' });
      expect(during.headers.get('location')).toBe(`/api/v1/applications/${body.id}`);

      proxy.restore();
      const read = await eventually(async () => {
        const r = await fetch(`${api.url}/v1/applications/${body.id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return r.status === 200 && r.json();
      });
      expect(read).toMatchObject({ id: body.id, status: 'submitted' });
      const again = await submit();
      expect(again.status).toBe(200);
      expect((await again.json()).id).toBe(body.id);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM applications WHERE applicant_id = $1`, [
        principals.applicant.sub,
      ]);
      expect(n).toBe(1);
    } finally {
      await api.close();
      await worker.close();
      await proxy.close();
    }
  });

  it('answers a window action 503 within 5 s while no worker runs, instead of hanging until one returns', async () => {
    const queue = `truth-${randomUUID()}`;
    const config = testConfig({
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: devServerAddress(),
      TEMPORAL_TASK_QUEUE: queue,
    });
    const worker = await startWorker(config);
    const api = await startApi(config);
    try {
      const applicant = await signDevToken(TEST_JWT_SECRET, principals.applicant);
      const window = await signDevToken(TEST_JWT_SECRET, principals.window);
      const created = await fetch(`${api.url}/v1/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${applicant}`, 'content-type': 'application/json' },
        body: JSON.stringify(powerAndWaterForm()),
      });
      const { id } = await created.json();
      await worker.close(); // the worker goes away
      const started = Date.now();
      const reply = await fetch(`${api.url}/v1/applications/${id}/window-actions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${window}`, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'accept' }),
      });
      const seconds = (Date.now() - started) / 1000;
      expect(reply.status).toBe(503);
      expect((await reply.json()).error.details).toEqual([
        { path: '(service)', rule: 'unavailable', message: 'the workers (or Temporal)' },
      ]);
      expect(seconds).toBeLessThan(8); // a bound on the behaviour (5 s deadline), not a benchmark
    } finally {
      await api.close();
    }
  });
});
