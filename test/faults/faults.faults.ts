import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { dataConverterFor } from '../../libs/temporal/src/codec';
import { freePort, waitForPort } from '../../apps/embedded/src/processes';
import { signDevToken } from '../../apps/api/src/auth/tokens';
import { createDataSource, publishCatalog, readModelTables, rebuildReadModels } from '../../libs/persistence/src';
import { applySeeds } from '../../seeds';
import { seedCatalog } from '../../seeds/catalog.seed';
import { powerAndWaterForm, principals } from '../support/api';
import { lianbaoProcess, privatePostgres, temporalDevServer, type Server } from '../../scripts/cluster';

/** The payload codec's key for this run: the apps and the suite's own client share it. */
const CODEC_KEYS = `k1=${randomBytes(32).toString('base64')}`;

/**
 * The fault suite (npm run test:faults): Lianbao as it runs in production — two API processes and
 * two worker processes on one Temporal dev server (a SQLite file) and one PostgreSQL (a private
 * cluster this suite initialises on a free port) — while the things it stands on fail:
 *   1. a worker is killed -9 while 30 applications fan out; then the other one too, and while no
 *      worker runs, every provider's survey deadline passes;
 *   2. the Temporal server is stopped and started again on the same SQLite file meanwhile;
 *   3. the workers come back: everything that fell due while they were down is recorded then;
 *   4. PostgreSQL is stopped for 30 s while compensation accrues, and started again.
 * Afterwards the invariants are checked in SQL and printed with their counts; each must be 0.
 */
const APPS = 30;
const SURVEY_DUE_MS = 60_000;
const FIXED_FEN = 100;
const PER_MINUTE_FEN = 50;
const CAP_FEN = 150; // the fixed sum and one further minute: two ledger rows per breach
const SECRET = 'lianbao-fault-suite-secret-0123456789abcdef';
const QUEUE = 'lianbao-faults';
/** How long an action may take to land after a worker was killed -9 (see the README: Faults). */
const ACTION_PATIENCE_MS = 120_000;

const minutes = (amount: number) => ({ amount, unit: 'minutes' as const });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`fault suite: ${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

const say = (line: string) => process.stdout.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

describe('Lianbao under faults: workers killed -9, Temporal restarted, a 30 s Postgres outage (2 APIs, 2 workers)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianbao-faults-'));
  fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must reach its data
  const servers: Server[] = [];
  let pg: Awaited<ReturnType<typeof privatePostgres>>;
  let temporal: Awaited<ReturnType<typeof temporalDevServer>>;
  const apis: { server: Server; url: string }[] = [];
  let workers: Server[] = [];
  let tokens: Record<'applicant' | 'window' | 'admin', string>;

  afterAll(async () => {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = async (api: number, method: string, route: string, token: string, body?: unknown) => {
    const reply = await fetch(`${apis[api % apis.length].url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await reply.text();
    return { status: reply.status, body: text ? JSON.parse(text) : undefined };
  };

  it('loses nothing, does nothing twice, and records late what fell due while it was down', async () => {
    pg = await privatePostgres(dir);
    servers.push(pg.server);
    temporal = await temporalDevServer(dir);
    servers.push(temporal.server);
    say(`private Postgres on :${pg.port}, Temporal dev server on ${temporal.address} (${dir})`);

    // Minute-level limits so clocks fire during the run; compensation per minute, capped.
    const db = createDataSource({ url: pg.url, poolSize: 4 });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await applySeeds(db);
    const now = new Date();
    await publishCatalog(
      db,
      {
        ...seedCatalog,
        effectiveFrom: now.toISOString(),
        limits: seedCatalog.limits.map((l) => ({
          ...l,
          limit: minutes(l.stage === 'survey' ? SURVEY_DUE_MS / 60_000 : l.stage === 'total' ? 600 : 120),
        })),
        compensation: seedCatalog.compensation.map((c) => ({
          ...c,
          rule: { fixedFen: FIXED_FEN, perUnitFen: PER_MINUTE_FEN, unit: 'minutes' as const, capFen: CAP_FEN },
        })),
      },
      now,
    );

    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: pg.url,
      DATABASE_POOL_SIZE: '4',
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: QUEUE,
      JWT_SECRET: SECRET,
      // Faulted as it runs: every payload through the codec.
      TEMPORAL_CODEC_KEYS: CODEC_KEYS,
      LOG_LEVEL: 'error',
      WORKER_METRICS_PORT: '0',
      // Each worker on one machine needs its own metrics ports; the SDK's fixed 9465 would stop the second.
      TEMPORAL_SDK_METRICS_PORT: '0',
    };
    workers = [1, 2].map((n) => lianbaoProcess('worker', `worker-${n}`, env));
    const unexpectedExits: string[] = [];
    for (const worker of workers)
      worker.onUnexpectedExit = (server, code, signal) => {
        unexpectedExits.push(`${server.name} (${signal ?? code})`);
        say(`${server.name} exited by itself (${signal ?? code}):\n${server.log.slice(-25).join('\n')}`);
      };
    for (const worker of workers) {
      servers.push(worker);
      await worker.start();
    }
    for (const n of [1, 2]) {
      const port = await freePort();
      const server = lianbaoProcess('api', `api-${n}`, { ...env, PORT: String(port) });
      servers.push(server);
      await server.start();
      await waitForPort(port, '127.0.0.1', 60_000, `API ${n}`);
      apis.push({ server, url: `http://127.0.0.1:${port}/api` });
    }
    tokens = {
      applicant: await signDevToken(SECRET, principals.applicant),
      window: await signDevToken(SECRET, principals.window),
      admin: await signDevToken(SECRET, principals.admin),
    };

    // 1. Thirty applications through both APIs; worker 1 is killed -9 a third of the way in.
    const ids: string[] = [];
    const lastReply = new Map<string, string>();
    const appointments: number[] = [];
    const submitOne = async (i: number) => {
      const submitted = await call(i, 'POST', '/v1/applications', tokens.applicant, powerAndWaterForm());
      // 202: started, but not readable within the API's wait (a worker was just killed): it exists.
      expect([201, 202]).toContain(submitted.status);
      const id = submitted.body.id as string;
      ids.push(id);
      // The other API accepts: both processes serve the same applications. An action that found
      // no worker within 5 s (503) may still be applied later: look before repeating it, as the
      // answer tells a clerk to.
      const act = async (
        api: number,
        body: object,
        done: (row: { status: string; survey: Date | null }) => boolean,
        t0 = Date.now(),
      ) =>
        until(
          `${JSON.stringify(body)} on ${id}`,
          async () => {
            const reply = await call(api, 'POST', `/v1/applications/${id}/window-actions`, tokens.window, body);
            lastReply.set(id, `${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
            if (reply.status === 200) {
              if (Date.now() - t0 > 30_000)
                say(`${JSON.stringify(body)} on ${id} landed after ${Math.round((Date.now() - t0) / 1000)} s`);
              return true;
            }
            const [row] = await db.query(
              'SELECT status, survey_appointment_at AS survey FROM applications WHERE id = $1',
              [id],
            );
            if (row && done(row)) return true;
            if (reply.status !== 503) throw new Error(`${reply.status} ${JSON.stringify(reply.body)}`);
            return false;
          },
          ACTION_PATIENCE_MS,
        ).catch(async (error: Error) => {
          say(`last answer for ${id}: ${lastReply.get(id)}`);
          const connection = await Connection.connect({ address: temporal.address });
          const handle = new Client({ connection, dataConverter: dataConverterFor(CODEC_KEYS) }).workflow.getHandle(
            `application-${id}`,
          );
          const history = await handle.fetchHistory().catch((e: Error) => ({ events: [], error: e.message }));
          say(
            `history of ${id}: ` +
              JSON.stringify(
                (history.events ?? []).slice(-12).map((e) => ({
                  id: String(e.eventId),
                  type: e.eventType,
                  failure:
                    e.workflowTaskFailedEventAttributes?.failure?.message ??
                    e.activityTaskFailedEventAttributes?.failure?.message,
                })),
              ),
          );
          await connection.close();
          throw error;
        });
      await act(i + 1, { action: 'accept' }, (row) => row.status !== 'submitted');
      const appointmentAt = Date.now() + 15_000;
      appointments.push(appointmentAt);
      await act(
        i,
        { action: 'schedule-joint-survey', appointmentAt: new Date(appointmentAt).toISOString() },
        (row) => row.survey !== null,
      );
    };
    for (let i = 0; i < APPS; i += 5) {
      await Promise.all(Array.from({ length: 5 }, (_, k) => submitOne(i + k)));
      if (i === 10) {
        await workers[0].kill9();
        say('worker-1 killed -9 mid fan-out');
      }
    }
    say(`${ids.length} applications submitted, accepted and scheduled through two APIs`);

    // 2. The other worker goes too; Temporal restarts on its SQLite file while none runs.
    await workers[1].kill9();
    const downAt = new Date();
    say('worker-2 killed -9: no worker runs');
    await temporal.server.stop();
    say('Temporal dev server stopped');
    await sleep(3000);
    await temporal.server.start();
    await waitForPort(Number(temporal.address.split(':')[1]), '127.0.0.1', 60_000, 'The restarted Temporal dev server');
    say('Temporal dev server started again on the same SQLite file');

    // Every survey deadline (a minute after each appointment) passes while no worker runs.
    const lastDue = new Date(Math.max(...appointments) + SURVEY_DUE_MS);
    const waitMs = lastDue.getTime() - Date.now() + 2000;
    say(`waiting ${Math.max(0, Math.round(waitMs / 1000))} s until the last survey deadline has passed`);
    if (waitMs > 0) await sleep(waitMs);
    const [{ n: breachedWhileDown }] = await db.query(
      `SELECT count(*)::int AS n FROM events WHERE type = 'SlaBreached'`,
    );
    expect(breachedWhileDown).toBe(0); // nothing could record them

    // 3. Both workers back: what fell due is recorded now, once.
    const restartedAt = new Date();
    for (const worker of workers) await worker.start();
    say('both workers restarted');
    await until(
      'a breach recorded for every survey deadline missed while down',
      async () => (await db.query(`SELECT count(*)::int AS n FROM breaches WHERE stage = 'survey'`))[0].n === APPS * 2,
      180_000,
    );
    const late = await db.query(
      `SELECT count(*)::int AS n, min(recorded_at) AS first FROM events WHERE type = 'SlaBreached'`,
    );
    expect(late[0].n).toBe(APPS * 2);
    expect(new Date(late[0].first).getTime()).toBeGreaterThanOrEqual(restartedAt.getTime());
    say(
      `${late[0].n} breaches recorded after the restart (due between ${downAt.toISOString()} and ${lastDue.toISOString()})`,
    );

    // 4. A 30-second Postgres outage while the per-minute compensation falls due.
    await db.destroy();
    await pg.server.stop();
    say('Postgres stopped for 30 s');
    const during = await call(0, 'GET', '/v1/applications', tokens.window);
    expect(during.status).toBe(503);
    expect(JSON.stringify(during.body)).toContain('The database');
    await sleep(30_000);
    await pg.server.start(true);
    say('Postgres started again');
    await db.initialize();

    await until(
      'every breach paid to its cap',
      async () => (await db.query(`SELECT count(*)::int AS n FROM compensation_ledger`))[0].n === APPS * 2 * 2,
      240_000,
    );
    // Quiet: both workers drain and stop, so the invariants see a still store.
    for (const worker of workers) await worker.stop();

    // Invariants, in SQL.
    const violations: Record<string, number> = {};
    const count = async (name: string, sql: string) => {
      violations[name] = (await db.query(`SELECT count(*)::int AS n FROM (${sql}) v`))[0].n;
    };
    await count(
      'stream versions not contiguous',
      `SELECT 1 FROM (SELECT stream_version, row_number() OVER (PARTITION BY stream_id ORDER BY stream_version) AS n
                        FROM events) e WHERE stream_version <> n`,
    );
    await count(
      'compensation unit paid twice',
      `SELECT 1 FROM events WHERE type = 'CompensationAccrued'
        GROUP BY data->>'applicationId', data->>'track', data->>'stage', data->>'unit' HAVING count(*) > 1`,
    );
    await count(
      'late day paid twice (pay once)',
      `SELECT 1 FROM events WHERE type = 'CompensationAccrued' AND data ? 'lateDay'
        GROUP BY data->>'applicationId', data->>'track', data->>'lateDay' HAVING count(*) > 1`,
    );
    await count('accrued over the cap', `SELECT 1 FROM breaches WHERE accrued_fen > ${CAP_FEN}`);
    await count(
      'ledger over the cap',
      `SELECT 1 FROM compensation_ledger GROUP BY application_id, track, stage HAVING sum(amount_fen) > ${CAP_FEN}`,
    );
    await count(
      'breach without its stage',
      `SELECT 1 FROM events b WHERE b.type = 'SlaBreached' AND NOT EXISTS (
         SELECT 1 FROM events s WHERE s.type = 'StageStarted' AND s.stream_id = b.stream_id
            AND s.data->>'track' = b.data->>'track' AND s.data->>'stage' = b.data->>'stage'
            AND s.stream_version < b.stream_version)`,
    );
    await count(
      'a stage breached twice',
      `SELECT 1 FROM events WHERE type = 'SlaBreached' GROUP BY stream_id, data->>'track', data->>'stage' HAVING count(*) > 1`,
    );
    await count(
      'a one-time event recorded twice',
      `SELECT 1 FROM events WHERE type IN ('ApplicationSubmitted', 'ApplicationAccepted', 'ServicesDispatched', 'JointSurveyScheduled')
        GROUP BY stream_id, type HAVING count(*) > 1`,
    );
    // An application number is given once: every submission records one, and no two share it.
    await count(
      'a submission without its number, or a number twice',
      `SELECT 1 FROM events WHERE type = 'ApplicationSubmitted' AND data->>'number' IS NULL
       UNION ALL SELECT 1 FROM events WHERE type = 'ApplicationSubmitted' GROUP BY data->>'number' HAVING count(*) > 1`,
    );
    await count(
      'an application missing (submitted, not dispatched)',
      `SELECT 1 FROM applications a WHERE a.id = ANY('{${ids.join(',')}}'::text[])
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = 'application-' || a.id AND e.type = 'ServicesDispatched')`,
    );
    violations['submitted applications without a read-model row'] =
      APPS - (await db.query(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1)`, [ids]))[0].n;

    // Every running application workflow has its row, and every open row its running workflow.
    const connection = await Connection.connect({ address: temporal.address });
    const running = new Set<string>();
    for await (const execution of new Client({ connection, dataConverter: dataConverterFor(CODEC_KEYS) }).workflow.list(
      {
        query: `WorkflowType = 'jointApplication' AND ExecutionStatus = 'Running'`,
      },
    ))
      running.add(execution.workflowId.replace(/^application-/, ''));
    await connection.close();
    const open: string[] = (
      await db.query(`SELECT id FROM applications WHERE status NOT IN ('rejected', 'withdrawn', 'failed', 'completed')`)
    ).map((r: { id: string }) => r.id);
    violations['running workflow without a read-model row'] = [...running].filter((id) => !open.includes(id)).length;
    violations['open read-model row without a running workflow'] = open.filter((id) => !running.has(id)).length;

    // The read models rebuilt from the store equal the live ones, row for row.
    const snapshot = async () => {
      const tables: Record<string, string[]> = {};
      for (const name of readModelTables(db))
        tables[name] = (await db.query(`SELECT * FROM "${name}"`)).map((r: object) => JSON.stringify(r)).sort();
      return tables;
    };
    const live = await snapshot();
    await rebuildReadModels(db);
    const rebuilt = await snapshot();
    violations['read-model rows differing after a rebuild'] = Object.keys(live).reduce(
      (n, t) =>
        n +
        live[t].filter((r) => !rebuilt[t].includes(r)).length +
        rebuilt[t].filter((r) => !live[t].includes(r)).length,
      0,
    );

    const [totals] = await db.query(
      `SELECT (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM breaches)::int AS breaches,
              (SELECT count(*) FROM compensation_ledger)::int AS ledger,
              (SELECT coalesce(sum(amount_fen), 0) FROM compensation_ledger)::int AS fen`,
    );
    await db.destroy();
    say(
      `invariants over ${totals.events} events, ${totals.breaches} breaches, ${totals.ledger} ledger rows ` +
        `(${totals.fen} fen), ${running.size} running workflows:`,
    );
    for (const [name, n] of Object.entries(violations)) say(`  ${name.padEnd(52)} ${n}`);
    say(`violations: ${Object.values(violations).reduce((a, b) => a + b, 0)}`);

    expect(totals.breaches).toBe(APPS * 2);
    expect(totals.ledger).toBe(APPS * 2 * 2);
    expect(totals.fen).toBe(APPS * 2 * CAP_FEN);
    expect(running.size).toBe(APPS);
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, 0])));
    // Two workers ran the whole time, but for the kills this suite made.
    expect(unexpectedExits).toEqual([]);
  });
});
