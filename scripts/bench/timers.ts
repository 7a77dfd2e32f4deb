import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { describe, lanes, percentiles, record, say, sleep, until } from './harness';

/**
 * Timers at scale on one worker, each clock the real StageClock (bench/workflows.ts benchClock):
 * first clocks falling due at a sustained rate (started at that rate, each due a minute later) —
 * the rate the server keeps up with is the figure that matters — then a burst of clocks started
 * together and falling due together. Lateness is SlaBreached's recording after its deadline.
 */
export async function timersAtScale(options: {
  client: Client;
  dataSource: DataSource;
  worker: Worker;
  sustained: { rate: number; seconds: number };
  burst: { clocks: number; minutes: number };
}): Promise<void> {
  const { client, dataSource, worker, sustained, burst } = options;
  const start = (kind: string, i: number, minutes: number) =>
    client.workflow.start('benchClock', {
      taskQueue: 'bench-timers',
      workflowId: `bench-clock-${kind}-${i}-${randomUUID()}`,
      args: [{ applicationId: `${kind}-${i}`, minutes }],
    });
  const breached = async (kind: string): Promise<number> =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM events WHERE type = 'SlaBreached' AND stream_id LIKE $1`, [
        `bench-clock-${kind}-%`,
      ])
    )[0].n;
  const lateness = async (kind: string): Promise<number[]> =>
    (
      await dataSource.query(
        `SELECT extract(epoch FROM recorded_at - (data->>'dueAt')::timestamptz) * 1000 AS late
           FROM events WHERE type = 'SlaBreached' AND stream_id LIKE $1`,
        [`bench-clock-${kind}-%`],
      )
    ).map((r: { late: string }) => Number(r.late));

  const steadyCount = sustained.rate * sustained.seconds;
  let peakRss = 0;
  let burstStartMs = 0;
  // One run of the worker for both (a worker runs once).
  await worker.runUntil(async () => {
    const t0 = performance.now();
    const starting: Promise<unknown>[] = [];
    for (let i = 0; i < steadyCount; i++) {
      starting.push(start('steady', i, 1));
      await sleep(Math.max(0, t0 + ((i + 1) * 1000) / sustained.rate - performance.now()));
    }
    await Promise.all(starting);
    await until('every steady clock breached', async () => (await breached('steady')) >= steadyCount, 30 * 60_000);

    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 1000);
    burstStartMs = await lanes(burst.clocks, 32, async (i) => void (await start('burst', i, burst.minutes)));
    say(
      `${burst.clocks.toLocaleString('en')} clocks started in ${(burstStartMs / 1000).toFixed(0)} s; waiting for their deadlines`,
    );
    await until('every clock breached', async () => (await breached('burst')) >= burst.clocks, 30 * 60_000);
    clearInterval(sampler);
  });
  const steady = percentiles(await lateness('steady'));
  record({
    section: 'timers',
    figure: `clocks falling due at a sustained ${sustained.rate}/s for ${sustained.seconds} s: SlaBreached recorded after its deadline`,
    value: describe(steady),
    target: 'p99 < 2000 ms',
    met: steady.p99 < 2000,
    raw: { ...steady, ...sustained },
  });
  const late = percentiles(await lateness('burst'));
  record({
    section: 'timers',
    figure: `${burst.clocks.toLocaleString('en')} clocks falling due in one burst (started in ${(burstStartMs / 1000).toFixed(0)} s), one worker: SlaBreached recorded after its deadline`,
    value: `${describe(late)} · bench process RSS peak ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    raw: { ...late, peakRssMiB: peakRss / 2 ** 20 },
  });
}
