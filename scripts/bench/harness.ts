import { performance } from 'node:perf_hooks';

/** One figure of the bench table: what was measured, its value, and the target it answers to. */
export interface Figure {
  section: string;
  figure: string;
  value: string;
  target?: string;
  met?: boolean;
  raw?: Record<string, unknown>;
}

export const figures: Figure[] = [];

export function say(line: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export function record(figure: Figure): void {
  figures.push(figure);
  say(`${figure.section} · ${figure.figure}: ${figure.value}${figure.target ? ` (target ${figure.target})` : ''}`);
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] ?? NaN };
}

export const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;
export const describe = (p: Percentiles) => `p50 ${ms(p.p50)} · p95 ${ms(p.p95)} · p99 ${ms(p.p99)} (n=${p.n})`;

/** Runs `job(i)` for i in [0, count) on `concurrency` lanes; returns the wall time. */
export async function lanes(count: number, concurrency: number, job: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      for (let i = next++; i < count; i = next++) await job(i);
    }),
  );
  return performance.now() - started;
}

/** Times one call, adding its duration (ms) to `into`. */
export async function timed<T>(into: number[], fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    into.push(performance.now() - t0);
  }
}

export const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: ${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

export function table(): string {
  const header = ['section', 'figure', 'value', 'target', 'met'];
  const body = figures.map((f) => [
    f.section,
    f.figure,
    f.value,
    f.target ?? '',
    f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
