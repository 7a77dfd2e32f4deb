import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { catalogAt } from '../../libs/persistence/src';
import { createWhatIfRun, replayWhatIfPage, whatIfRun } from '../../libs/persistence/src/what-if/what-if-runs';
import { percentiles, record, timed } from './harness';

/**
 * A what-if replay over the generated applications (the first `applications` of them by id): a
 * draft halving power's limits against the catalog they pinned, page by page as the workflow's
 * activity runs it, with the time it takes and the memory it holds.
 */
export async function whatIfAtScale(
  dataSource: DataSource,
  applications: number,
  /** A read the API answers meanwhile (GET /applications/:id): it must stay responsive. */
  probe: (i: number) => Promise<unknown>,
): Promise<void> {
  const current = await catalogAt(dataSource, new Date());
  const { version: _v, publishedAt: _p, ...rest } = current;
  const draft = {
    ...rest,
    limits: current.limits.map((l) =>
      l.scope === 'power' ? { ...l, limit: { ...l.limit, amount: Math.ceil(l.limit.amount / 2) } } : l,
    ),
  };
  const id = randomUUID();
  await createWhatIfRun(dataSource, {
    id,
    draft,
    from: new Date(0),
    to: new Date(Date.now() + 86_400_000),
    until: new Date(Date.now() + 60 * 86_400_000), // 60 days on: every open clock has a story by then
    by: 'bench',
  });
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const started = performance.now();
  let after: string | null = null;
  let done = 0;
  let replaying = true;
  const reads: number[] = [];
  // Two readers, one after another each, for as long as the replay runs.
  const readers = [0, 1].map(async (lane) => {
    for (let i = lane; replaying; i += 2) await timed(reads, () => probe(i));
  });
  while (done < applications) {
    const page = await replayWhatIfPage(dataSource, id, after);
    done += page.done;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!page.next) break;
    after = page.next;
  }
  const ms = performance.now() - started;
  replaying = false;
  await Promise.all(readers);
  const p = percentiles(reads);
  record({
    section: 'what-if',
    figure: 'GET /applications/:id while the what-if replays (two readers)',
    value: `p50 ${p.p50.toFixed(1)} ms · p99 ${p.p99.toFixed(1)} ms over ${reads.length.toLocaleString('en')} reads`,
    target: 'p99 < 100 ms',
    met: p.p99 < 100,
    raw: { ...p, reads: reads.length },
  });
  const run = (await whatIfRun(dataSource, id))!;
  const breaches = run.rows.reduce((sum, r) => sum + r.draft.breaches - r.current.breaches, 0);
  record({
    section: 'what-if',
    figure: `what-if replay of ${done.toLocaleString('en')} generated applications: a draft halving power's limits vs the pinned catalog, 200 a page`,
    value: `${(ms / 1000).toFixed(1)} s (${Math.round((done / ms) * 1000).toLocaleString('en')} applications/s) · ${run.changedCount.toLocaleString('en')} clocks change, ${breaches >= 0 ? '+' : ''}${breaches.toLocaleString('en')} breaches · memory +${Math.round((peak - rss) / 1_048_576)} MB at most`,
    raw: { applications: done, ms, changed: run.changedCount, breaches, rssBefore: rss, rssPeak: peak },
  });
}
