import { clockTimes } from '../calendar/clock-times';
import type { Limit } from '../calendar/deadline';
import type { PauseSpan } from '../calendar/pauses';
import { shanghaiDate } from '../calendar/local-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import {
  findCompensation,
  findLimit,
  type Agency,
  type Catalog,
  type CatalogStage,
  type Scope,
  type UtilityStage,
} from '../catalog/catalog';
import { LateDayLedger, type CompensationRule } from '../catalog/compensation';
import type { Utility } from '../form/utilities';
import type { ClockEvent } from '../explanation/stage-explanation';

/** One application's clocks as recorded: each clock's own events, keyed `track/stage`. */
export interface RecordedApplication {
  applicationId: string;
  /** Each requested utility's service category and provider. */
  services: { utility: Utility; category: string; providerId: string }[];
  clocks: Record<string, readonly ClockEvent[]>;
}

/** What one clock came to under one catalog. */
export interface ClockOutcome {
  /** The application's id, or the interruption's when `subject` says so. */
  applicationId: string;
  subject?: 'interruption';
  track: string;
  stage: string;
  providerId: string | null;
  limit: Limit | null;
  dueAt: string | null;
  breached: boolean;
  /** Compensation booked before any waiver (a waiver is a decision about a breach, not a rule). */
  fen: number;
}

const ms = (value: unknown) => Date.parse(String(value));

/** A clock's start, its pauses (as the live clock counts them) and when it closed or stands still. */
function clockFacts(events: readonly ClockEvent[]) {
  const starts = events.filter((e) => e.type === 'StageStarted');
  const started = starts[starts.length - 1];
  if (!started) return undefined;
  const run = events.slice(events.indexOf(started));
  const startedAt = ms(started.startedAt);
  const holds = new Map<string, number>();
  const spans: PauseSpan[] = [];
  let closedAt: number | undefined;
  let stoppedAtClose: number | undefined;
  // A waived breach accrues nothing more from the waiver on (the decision stands in any replay).
  const waiver = run.find((e) => e.type === 'BreachReviewed' && e.decision === 'waive');
  for (const e of run) {
    if (closedAt !== undefined) break;
    if (e.type === 'StagePaused' && !holds.has(String(e.reason))) holds.set(String(e.reason), ms(e.at));
    if (e.type === 'StageResumed') {
      const reason = e.reason !== undefined ? String(e.reason) : [...holds.keys()][0];
      const from = holds.get(reason);
      if (from === undefined) continue;
      holds.delete(reason);
      spans.push({ from: Math.max(from, startedAt), to: ms(e.at) });
    }
    if (e.type === 'StageCompleted' || e.type === 'StageCancelled') {
      closedAt = ms(e.at);
      if (holds.size) stoppedAtClose = Math.max(Math.min(...holds.values()), startedAt);
    }
  }
  const stoppedNow =
    closedAt === undefined && holds.size ? Math.max(Math.min(...holds.values()), startedAt) : undefined;
  return {
    started,
    startedAt,
    spans,
    closedAt,
    stoppedAt: stoppedAtClose ?? stoppedNow,
    waivedAt: waiver ? ms(waiver.at) : undefined,
  };
}

/** The catalog's limit and rule for a clock, as the workflows look them up. */
function termsFor(
  catalog: Catalog,
  app: RecordedApplication,
  track: string,
  stage: string,
): { limit?: Limit; rule?: CompensationRule; providerId: string | null; approveWhenDue?: boolean } {
  if (track === 'joint')
    return { limit: findLimit(catalog, 'joint', '*', stage as CatalogStage)?.limit, providerId: null };
  const service = app.services.find((s) => s.utility === track);
  if (stage.endsWith('-permit')) {
    const agency = stage.replace(/-permit$/, '') as Agency;
    const found = findLimit(catalog, agency as Scope, '*', 'road-permit');
    return { limit: found?.limit, approveWhenDue: found?.approveWhenDue, providerId: service?.providerId ?? null };
  }
  return {
    limit: findLimit(catalog, track as Utility, service?.category ?? '*', stage as CatalogStage)?.limit,
    rule: findCompensation(catalog, track as Utility, stage as UtilityStage | 'total'),
    providerId: service?.providerId ?? null,
  };
}

/**
 * Every clock of one application replayed under `catalog`: the same starts and pauses, the
 * catalog's limits and compensation rules, counted by `clockTimes` (the live clocks' function)
 * and paid once per late day and utility (`LateDayLedger`) as the workflows pay. Clocks still open
 * are counted up to `until`. A fast-track permit clock approves at its deadline: never a breach.
 */
export function replayApplication(
  app: RecordedApplication,
  catalog: Catalog,
  calendar: WorkingCalendar,
  until: Date,
): ClockOutcome[] {
  const outcomes: ClockOutcome[] = [];
  const accruals: { outcome: ClockOutcome; unit: number; at: number; amountFen: number; rule: CompensationRule }[] = [];
  for (const [key, events] of Object.entries(app.clocks)) {
    const [track, stage] = key.split('/');
    const facts = clockFacts(events);
    if (!facts) continue;
    const terms = termsFor(catalog, app, track, stage);
    const outcome: ClockOutcome = {
      applicationId: app.applicationId,
      track,
      stage,
      providerId: terms.providerId,
      limit: terms.limit ?? null,
      dueAt: null,
      breached: false,
      fen: 0,
    };
    outcomes.push(outcome);
    if (!terms.limit) continue;
    const end = Math.min(facts.closedAt ?? until.getTime(), until.getTime());
    // The clock's own time stops while a reason holds it: a stage closed while stopped was not late meanwhile.
    const clockEnd = facts.stoppedAt !== undefined ? Math.min(facts.stoppedAt, end) : end;
    const counted = facts.spans.filter((s) => s.to! <= clockEnd);
    const { dueAt } = clockTimes({ startedAt: facts.startedAt, limit: terms.limit, pauses: counted }, calendar);
    outcome.dueAt = new Date(dueAt).toISOString();
    if (dueAt >= clockEnd || terms.approveWhenDue) continue;
    outcome.breached = true;
    const compensable = facts.started.compensable === true && terms.rule !== undefined;
    if (!compensable) continue;
    const times = clockTimes(
      { startedAt: facts.startedAt, limit: terms.limit, pauses: counted, breach: { dueAt, rule: terms.rule! } },
      calendar,
    );
    // Accruals come while the stage is open and its clock runs, and stop at a waiver.
    const last = Math.min(clockEnd, facts.waivedAt ?? Infinity);
    for (const a of times.accruals ?? []) if (a.at <= last) accruals.push({ outcome, ...a, rule: terms.rule! });
  }
  // Pay once: a utility's late day is paid once across its clocks, in the order the days came.
  const ledgers = new Map<string, LateDayLedger>();
  // Accruals falling at the same instant (two clocks late the same day) are claimed in the order the
  // workflow's timers fired them, which follows when earlier appends completed, not a rule. The
  // recorded accruals show which came first: the first claim of a day books its full rate
  // (amount = rule); a later one books only a top-up, or nothing at all. Both may carry the same
  // instant, so the amount decides, the instant only between two full bookings. Days nobody
  // recorded (late only under the draft) go to the total first.
  const firstClaim = new Map<string, { stage: string; full: boolean; at: number }>();
  for (const [key, events] of Object.entries(app.clocks))
    for (const e of events)
      if (e.type === 'CompensationAccrued' && e.lateDay) {
        const day = `${key.split('/')[0]}/${String(e.lateDay)}`;
        const claim = {
          stage: key.split('/')[1],
          full: Number(e.amountFen) >= Number(e.ruleFen ?? e.amountFen),
          at: ms(e.at),
        };
        const seen = firstClaim.get(day);
        if (!seen || (claim.full && !seen.full) || (claim.full === seen.full && claim.at < seen.at))
          firstClaim.set(day, claim);
      }
  const rank = (a: (typeof accruals)[number]) => {
    const first = firstClaim.get(`${a.outcome.track}/${shanghaiDate(new Date(a.at - 1))}`);
    return first ? (first.stage === a.outcome.stage ? 0 : 1) : a.outcome.stage === 'total' ? 0 : 1;
  };
  accruals.sort((a, b) => a.at - b.at || rank(a) - rank(b));
  for (const a of accruals) {
    const ledger = ledgers.get(a.outcome.track) ?? new LateDayLedger();
    ledgers.set(a.outcome.track, ledger);
    a.outcome.fen += ledger.claim({ unit: a.unit, at: new Date(a.at), amountFen: a.amountFen }, a.rule.unit).owedFen;
  }
  return outcomes;
}

/** What the live clocks recorded for the same application: the baseline a replay is checked against. */
export function recordedOutcomes(app: RecordedApplication): ClockOutcome[] {
  return Object.entries(app.clocks).flatMap(([key, events]) => {
    const [track, stage] = key.split('/');
    if (!events.some((e) => e.type === 'StageStarted')) return [];
    const breach = [...events].reverse().find((e) => e.type === 'SlaBreached');
    const service = app.services.find((s) => s.utility === track);
    return [
      {
        applicationId: app.applicationId,
        track,
        stage,
        providerId: service?.providerId ?? null,
        limit: ([...events].reverse().find((e) => e.type === 'StageStarted')!.limit as Limit) ?? null,
        dueAt: breach ? String(breach.dueAt) : null,
        breached: breach !== undefined,
        fen: events.filter((e) => e.type === 'CompensationAccrued').reduce((sum, e) => sum + Number(e.amountFen), 0),
      },
    ];
  });
}

export interface WhatIfRow {
  utility: string;
  providerId: string | null;
  stage: string;
  current: { breaches: number; fen: number };
  draft: { breaches: number; fen: number };
  difference: { breaches: number; fen: number };
}

/** Current vs draft, per utility, provider and stage, and the clocks whose outcome changes. */
export function compareOutcomes(
  current: readonly ClockOutcome[],
  draft: readonly ClockOutcome[],
): { rows: WhatIfRow[]; changed: { current: ClockOutcome; draft: ClockOutcome }[] } {
  const key = (o: ClockOutcome) => `${o.track}\u0000${o.providerId ?? ''}\u0000${o.stage}`;
  const rows = new Map<string, WhatIfRow>();
  const row = (o: ClockOutcome) => {
    let r = rows.get(key(o));
    if (!r)
      rows.set(
        key(o),
        (r = {
          utility: o.track,
          providerId: o.providerId,
          stage: o.stage,
          current: { breaches: 0, fen: 0 },
          draft: { breaches: 0, fen: 0 },
          difference: { breaches: 0, fen: 0 },
        }),
      );
    return r;
  };
  for (const o of current) {
    row(o).current.breaches += o.breached ? 1 : 0;
    row(o).current.fen += o.fen;
  }
  for (const o of draft) {
    row(o).draft.breaches += o.breached ? 1 : 0;
    row(o).draft.fen += o.fen;
  }
  for (const r of rows.values())
    r.difference = { breaches: r.draft.breaches - r.current.breaches, fen: r.draft.fen - r.current.fen };
  const clockKey = (o: ClockOutcome) => `${o.subject ?? 'application'}/${o.applicationId}/${o.track}/${o.stage}`;
  const byClock = new Map(current.map((o) => [clockKey(o), o]));
  const changed = draft.flatMap((d) => {
    const c = byClock.get(clockKey(d));
    return c && (c.breached !== d.breached || c.fen !== d.fen) ? [{ current: c, draft: d }] : [];
  });
  return {
    rows: [...rows.values()].sort(
      (a, b) =>
        a.utility.localeCompare(b.utility) ||
        (a.providerId ?? '').localeCompare(b.providerId ?? '') ||
        a.stage.localeCompare(b.stage),
    ),
    changed,
  };
}
