import type { DataSource } from 'typeorm';
import { buildCalendar } from '../../../domain/src/calendar/official-calendar';
import type { Catalog, CatalogDraft } from '../../../domain/src/catalog/catalog';
import {
  compareOutcomes,
  recordedOutcomes,
  replayApplication,
  type ClockOutcome,
  type WhatIfRow,
} from '../../../domain/src/what-if/replay';
import { recordedInterruptionOutcomes, replayInterruption } from '../../../domain/src/what-if/replay-interruption';
import { serviceTermsOf } from '../../../domain/src/service/service-terms';
import { calendarOverrides } from '../catalog/calendar-store';
import { catalogsByVersion, loadRecordedApplications } from './recorded-applications';
import { loadRecordedInterruptions } from './recorded-interruptions';

export type WhatIfStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** The clocks whose outcome changes, kept up to this many (the rows count them all). */
export const MAX_CHANGED = 2_000;
/** Applications replayed per activity: a page of the period. */
export const WHAT_IF_PAGE = 200;

export interface WhatIfRun {
  id: string;
  status: WhatIfStatus;
  periodFrom: string;
  periodTo: string;
  until: string;
  draft: CatalogDraft;
  requestedBy: string;
  requestedAt: string;
  finishedAt: string | null;
  total: number;
  done: number;
  rows: WhatIfRow[];
  changed: { current: ClockOutcome; draft: ClockOutcome }[];
  changedCount: number;
}

type Row = Record<string, unknown> & { [column: string]: unknown };
const toRun = (r: Row): WhatIfRun => ({
  id: String(r.id),
  status: r.status as WhatIfStatus,
  periodFrom: (r.period_from as Date).toISOString(),
  periodTo: (r.period_to as Date).toISOString(),
  until: (r.until as Date).toISOString(),
  draft: r.draft as CatalogDraft,
  requestedBy: String(r.requested_by),
  requestedAt: (r.requested_at as Date).toISOString(),
  finishedAt: r.finished_at ? (r.finished_at as Date).toISOString() : null,
  total: Number(r.total),
  done: Number(r.done),
  rows: r.rows as WhatIfRow[],
  changed: r.changed as WhatIfRun['changed'],
  changedCount: Number(r.changed_count),
});

export async function createWhatIfRun(
  dataSource: DataSource,
  run: { id: string; draft: CatalogDraft; from: Date; to: Date; until: Date; by: string },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO what_if_runs (id, status, period_from, period_to, until, draft, requested_by, requested_at, total)
     SELECT $1, 'running', $2, $3, $4, $5, $6, now(),
            (SELECT count(*) FROM applications WHERE submitted_at >= $2 AND submitted_at < $3)
            + (SELECT count(*) FROM interruptions WHERE started_at >= $2 AND started_at < $3)
     ON CONFLICT (id) DO NOTHING`,
    [run.id, run.from, run.to, run.until, JSON.stringify(run.draft), run.by],
  );
}

export async function whatIfRun(dataSource: DataSource, id: string, withResult = true): Promise<WhatIfRun | undefined> {
  const [row]: Row[] = await dataSource.query(
    `SELECT id, status, period_from, period_to, until, draft, requested_by, requested_at, finished_at, total, done,
            ${withResult ? 'rows, changed' : `'[]'::jsonb AS rows, '[]'::jsonb AS changed`}, changed_count
       FROM what_if_runs WHERE id = $1`,
    [id],
  );
  return row ? toRun(row) : undefined;
}

export async function whatIfRuns(dataSource: DataSource, limit = 50): Promise<WhatIfRun[]> {
  const rows: Row[] = await dataSource.query(
    `SELECT id, status, period_from, period_to, until, draft, requested_by, requested_at, finished_at, total, done,
            '[]'::jsonb AS rows, '[]'::jsonb AS changed, changed_count
       FROM what_if_runs ORDER BY requested_at DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toRun);
}

/** Adds one page's comparison to the run's totals (row by row) and its changed clocks. */
function merge(into: WhatIfRow[], page: WhatIfRow[]): WhatIfRow[] {
  const key = (r: WhatIfRow) => `${r.utility}\u0000${r.providerId ?? ''}\u0000${r.stage}`;
  const rows = new Map(into.map((r) => [key(r), structuredClone(r)]));
  for (const r of page) {
    const have = rows.get(key(r));
    if (!have) rows.set(key(r), structuredClone(r));
    else
      for (const side of ['current', 'draft', 'difference'] as const) {
        have[side].breaches += r[side].breaches;
        have[side].fen += r[side].fen;
      }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.utility.localeCompare(b.utility) ||
      (a.providerId ?? '').localeCompare(b.providerId ?? '') ||
      a.stage.localeCompare(b.stage),
  );
}

/**
 * A page's replay is pure CPU for a few hundred milliseconds: it lets the event loop run every
 * `YIELD_EVERY` applications, so the worker's other activities, its heartbeats and (in the bench)
 * the requests measured beside it are not held up behind it.
 */
const YIELD_EVERY = 20;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** After the applications, a run replays the period's interruptions: their pages' cursors start so. */
const INTERRUPTIONS = 'interruptions:';

/** One page of applications: each under the catalog it pinned and under the draft. */
async function applicationsPage(
  dataSource: DataSource,
  run: WhatIfRun,
  after: string | null,
  until: Date,
  draft: Catalog,
) {
  const { applications, next } = await loadRecordedApplications(
    dataSource,
    { from: new Date(run.periodFrom), to: new Date(run.periodTo) },
    { after: after ?? undefined, limit: WHAT_IF_PAGE },
  );
  const calendar = buildCalendar(await calendarOverrides(dataSource));
  const catalogs = await catalogsByVersion(
    dataSource,
    applications.map((a) => a.catalogVersion),
  );
  const current: ClockOutcome[] = [];
  const proposed: ClockOutcome[] = [];
  for (const [i, app] of applications.entries()) {
    const pinned = catalogs.get(app.catalogVersion);
    current.push(...(pinned ? replayApplication(app, pinned, calendar, until) : recordedOutcomes(app)));
    proposed.push(...replayApplication(app, draft, calendar, until));
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await breathe();
  }
  return { current, proposed, count: applications.length, next: next ?? INTERRUPTIONS };
}

/** One page of interruptions: each under the service terms it ran on and under the draft's. */
async function interruptionsPage(dataSource: DataSource, run: WhatIfRun, after: string, until: Date, draft: Catalog) {
  const { interruptions, next } = await loadRecordedInterruptions(
    dataSource,
    { from: new Date(run.periodFrom), to: new Date(run.periodTo) },
    { after: after || undefined, limit: WHAT_IF_PAGE },
  );
  const catalogs = await catalogsByVersion(
    dataSource,
    interruptions.map((i) => i.catalogVersion),
  );
  const current = interruptions.flatMap((i) => {
    const ran = catalogs.get(i.catalogVersion);
    return ran ? replayInterruption(i, serviceTermsOf(ran), until) : recordedInterruptionOutcomes(i);
  });
  const proposed = interruptions.flatMap((i) => replayInterruption(i, serviceTermsOf(draft), until));
  return { current, proposed, count: interruptions.length, next: next ? INTERRUPTIONS + next : null };
}

/**
 * Replays one page of the run's period — applications first, then interruptions: each under the
 * catalog it ran on (what the live clocks recorded, reproduced) and under the draft, merged into
 * the run. Idempotent per page (a retried activity does not count a page twice): `after` is the
 * page's start and the run keeps the pages it counted. Returns where the next page starts, if any.
 */
export async function replayWhatIfPage(
  dataSource: DataSource,
  runId: string,
  after: string | null,
  /** Open clocks are counted up to here: the workflow's clock when the run began, the live clocks' own. */
  untilAt?: string,
): Promise<{ next: string | null; done: number }> {
  const run = await whatIfRun(dataSource, runId, false);
  if (!run) throw new Error(`no what-if run ${runId}`);
  const until = new Date(untilAt ?? run.until);
  const draft = { ...run.draft, version: 0, publishedAt: run.requestedAt } as Catalog;
  const page = after?.startsWith(INTERRUPTIONS)
    ? await interruptionsPage(dataSource, run, after.slice(INTERRUPTIONS.length), until, draft)
    : await applicationsPage(dataSource, run, after, until, draft);
  const { rows, changed } = compareOutcomes(page.current, page.proposed);
  await dataSource.transaction(async (manager) => {
    const [row]: Row[] = await manager.query(`SELECT rows, changed, done FROM what_if_runs WHERE id = $1 FOR UPDATE`, [
      runId,
    ]);
    const state: { rows: WhatIfRow[]; changed: WhatIfRun['changed']; done: number } = {
      rows: row.rows as WhatIfRow[],
      changed: row.changed as WhatIfRun['changed'],
      done: Number(row.done),
    };
    const [{ counted }]: { counted: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM what_if_pages WHERE run_id = $1 AND page_after = $2) AS counted`,
      [runId, after ?? ''],
    );
    if (counted) return;
    await manager.query(`INSERT INTO what_if_pages (run_id, page_after) VALUES ($1, $2)`, [runId, after ?? '']);
    await manager.query(
      `UPDATE what_if_runs SET rows = $2, changed = $3, done = $4, changed_count = changed_count + $5, until = $6
        WHERE id = $1`,
      [
        runId,
        JSON.stringify(merge(state.rows, rows)),
        JSON.stringify([...state.changed, ...changed].slice(0, MAX_CHANGED)),
        state.done + page.count,
        changed.length,
        until,
      ],
    );
  });
  return { next: page.next, done: page.count };
}

export async function finishWhatIfRun(dataSource: DataSource, runId: string, status: WhatIfStatus): Promise<void> {
  await dataSource.query(
    `UPDATE what_if_runs SET status = $2, finished_at = now() WHERE id = $1 AND status = 'running'`,
    [runId, status],
  );
}
