// npm run bench — prints throughput, latency and memory figures for Lianbao's hot paths.
// Needs a Postgres where it may create a database (TEST_DATABASE_URL, default the local one).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { buildCalendar, computeDeadline, validateApplicationForm } from '../libs/domain/src';
import { accrualSchedule } from '../libs/domain/src/catalog/compensation';
import {
  appendToStream,
  createDataSource,
  deterministicEventId,
  project,
  rebuildReadModels,
} from '../libs/persistence/src';
import { applySeeds } from '../seeds';
import { sampleApplication } from '../seeds/sample-application';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function report(name: string, count: number, ms: number, latencies?: number[]): void {
  const rate = ((count / ms) * 1000).toFixed(0);
  let line = `${name.padEnd(44)} ${String(count).padStart(7)} ops  ${ms.toFixed(0).padStart(6)} ms  ${rate.padStart(8)} ops/s`;
  if (latencies?.length) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2);
    line += `  p50 ${pct(50)} ms  p95 ${pct(95)} ms  p99 ${pct(99)} ms`;
  }
  process.stdout.write(`${line}\n`);
}

function timed(name: string, count: number, fn: (i: number) => void): void {
  const start = performance.now();
  for (let i = 0; i < count; i++) fn(i);
  report(name, count, performance.now() - start);
}

const form = sampleApplication();

async function main(): Promise<void> {
  process.stdout.write(`Lianbao benchmarks — node ${process.version}, ${new Date().toISOString()}\n\n`);
  const calendar = buildCalendar();
  const base = Date.parse('2025-09-20T10:00:00+08:00');
  timed('deadline: 5 working days (across holidays)', 100_000, (i) =>
    computeDeadline(new Date(base + (i % 400) * 3_600_000), { amount: 5, unit: 'workingDays' }, calendar),
  );
  timed('deadline: 32 working days', 20_000, (i) =>
    computeDeadline(new Date(base + (i % 400) * 3_600_000), { amount: 32, unit: 'workingDays' }, calendar),
  );
  timed('compensation schedule (capped, per WD)', 20_000, (i) =>
    accrualSchedule(
      { fixedFen: 10_000, perUnitFen: 5_000, unit: 'workingDays', capFen: 50_000 },
      new Date(base + i * 60_000),
      calendar,
    ),
  );
  timed('one-form validation (all four services)', 20_000, () => validateApplicationForm(form));

  const name = `lianbao_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 8 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await applySeeds(dataSource);

    // A realistic stream: a stage opening, its clock events, and compensation rows.
    const streams = 200;
    const perStream = 10;
    const latencies: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let s = worker; s < streams; s += 8) {
          const streamId = `application-bench-${s}-power`;
          const envelope = { applicationId: `bench-${s}`, applicantId: `firm-${s}` };
          for (let v = 0; v < perStream; v++) {
            const data =
              v === 0
                ? {
                    ...envelope,
                    type: 'StageStarted',
                    track: 'power',
                    stage: 'survey',
                    party: { kind: 'provider', id: 'state-grid-jiading' },
                    limit: { amount: 1, unit: 'workingDays' },
                    startedAt: new Date().toISOString(),
                    dueAt: new Date().toISOString(),
                    warnAt: new Date().toISOString(),
                    beyondKnownCalendar: false,
                    compensable: true,
                  }
                : v === 1
                  ? {
                      ...envelope,
                      track: 'power',
                      stage: 'survey',
                      party: { kind: 'provider', id: 'state-grid-jiading' },
                      dueAt: new Date().toISOString(),
                      at: new Date().toISOString(),
                    }
                  : {
                      ...envelope,
                      track: 'power',
                      stage: 'survey',
                      unit: v - 2,
                      amountFen: 5_000,
                      at: new Date().toISOString(),
                      providerId: 'state-grid-jiading',
                    };
            const type = v === 0 ? 'StageStarted' : v === 1 ? 'SlaBreached' : 'CompensationAccrued';
            const t0 = performance.now();
            await appendToStream(
              dataSource,
              streamId,
              v,
              [{ eventId: deterministicEventId(streamId, v + 1), type, data }],
              project,
            );
            latencies.push(performance.now() - t0);
          }
        }
      }),
    );
    report('append + project (8 concurrent writers)', streams * perStream, performance.now() - start, latencies);

    const retryStart = performance.now();
    for (let s = 0; s < streams; s++) {
      const streamId = `application-bench-${s}-power`;
      await appendToStream(
        dataSource,
        streamId,
        9,
        [{ eventId: deterministicEventId(streamId, 10), type: 'CompensationAccrued', data: {} }],
        project,
      );
    }
    report('retried append (recognised, no-op)', streams, performance.now() - retryStart);

    const rebuildStart = performance.now();
    const rebuilt = await rebuildReadModels(dataSource);
    report('projections:rebuild (events replayed)', rebuilt.events, performance.now() - rebuildStart);
    const ledger = await dataSource.query('SELECT count(*)::int AS n FROM compensation_ledger');
    process.stdout.write(`\nledger rows after rebuild: ${ledger[0].n} (expected ${streams * (perStream - 2)})\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  const memory = process.memoryUsage();
  process.stdout.write(
    `memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
