import { clockTimes } from '../calendar/clock-times';
import type { Limit } from '../calendar/deadline';
import { officialDayName, type DayName } from '../calendar/day-names';
import {
  addDays,
  dayOfWeek,
  endOfShanghaiDay,
  shanghaiDate,
  startOfShanghaiDay,
  type LocalDate,
} from '../calendar/local-date';
import { mergePauses, workingMsBetween, type PauseSpan } from '../calendar/pauses';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CompensationRule } from '../catalog/compensation';
import { explanationText } from './explanation-text';

/** One recorded event of the clock, its fields flat beside its type (as the event store holds them). */
export type ClockEvent = { type: string } & Record<string, unknown>;

/** A day between the start and the deadline, as the clock saw it. */
export interface ExplainedDay {
  date: LocalDate;
  /**
   * `start`: the day the clock started (a day limit counts from the next day); `counted`: a day of
   * the limit (`n`-th); `weekend`/`holiday`: skipped; `paused`: a working day the clock stood still
   * all day (given back).
   */
  kind: 'start' | 'counted' | 'weekend' | 'holiday' | 'paused';
  n?: number;
  /** A weekend worked in place of a holiday (调休), counted like any working day. */
  adjusted?: boolean;
  /** The holiday, or the holiday an adjusted weekend was worked for. */
  name?: DayName;
  /** Time of this day the clock stood still (given back). */
  pausedMs: number;
  /** The calendar does not know this day's year: weekdays were assumed to be working days. */
  assumed: boolean;
}

export interface ExplainedPause {
  reason: string;
  from: string;
  to?: string;
  /** The time it gave back: working time for a working-day limit, elapsed time otherwise. */
  givenBackMs: number;
}

export interface DeadlineMove {
  at: string;
  why: 'started' | 'resumed' | 'calendar';
  reason?: string;
  dueAt: string;
}

export interface ExplainedUnit {
  unit: number;
  at: string;
  /** What the rule pays for this unit (the last one trimmed to the cap). */
  ruleFen: number;
  /** What was recorded as owed (less when another clock of the utility paid the same late day). */
  paidFen: number;
  lateDay?: LocalDate;
  status: 'paid' | 'paid-elsewhere' | 'waived' | 'due-later' | 'not-reached';
}

export interface StageExplanation {
  track: string;
  stage: string;
  limit: Limit;
  catalogVersion?: number;
  startedAt: string;
  /** How many times this stage's clock started (a restarted clock is explained from its last start). */
  runs: number;
  state: 'running' | 'stopped' | 'done-on-time' | 'done-late' | 'cancelled';
  stoppedSince?: string;
  /** The deadline counted now from the events and the calendar, by the live clocks' own functions. */
  dueAt: string;
  /** The deadline the clock recorded last, and whether the count above reproduces it. */
  recordedDueAt: string;
  matchesRecorded: boolean;
  beyondKnownCalendar: boolean;
  /** What the pauses gave back in all (a span held for two reasons counted once). */
  givenBackMs: number;
  days: ExplainedDay[];
  pauses: ExplainedPause[];
  moves: DeadlineMove[];
  breach?: { dueAt: string; at: string };
  compensation?: {
    rule: CompensationRule;
    units: ExplainedUnit[];
    accruedFen: number;
    waivedFen: number;
    netFen: number;
  };
  text: { zh: string[]; en: string[] };
}

const ms = (value: unknown) => Date.parse(String(value));
const iso = (value: number) => new Date(value).toISOString();
const DAY_MS = 86_400_000;

/**
 * Why a deadline is the day it is, and who owes whom how much: from a stage's own recorded events
 * (its last start onwards), the catalog its application pinned and the working calendar. The
 * deadline and the accruals are counted by `clockTimes`, the function the live clocks count with;
 * the days, the pauses and the text explain that count. `events` are one clock's, in recorded
 * order (StageStarted … StageCompleted, and its BreachReviewed); undefined when it never started.
 */
export function explainStage(input: {
  events: readonly ClockEvent[];
  rule?: CompensationRule;
  catalogVersion?: number;
  calendar: WorkingCalendar;
  now: Date;
}): StageExplanation | undefined {
  const starts = input.events.filter((e) => e.type === 'StageStarted');
  const started = starts[starts.length - 1];
  if (!started) return undefined;
  const events = input.events.slice(input.events.indexOf(started));
  const { calendar } = input;
  const limit = started.limit as Limit;
  const startedAt = ms(started.startedAt);

  // The pauses, each reason held and let go of on its own (release 0.1 named none: one at a time).
  const holds = new Map<string, number>();
  const pauses: ExplainedPause[] = [];
  const spans: PauseSpan[] = [];
  let counted: PauseSpan[] = [];
  const moves: DeadlineMove[] = [{ at: iso(startedAt), why: 'started', dueAt: String(started.dueAt) }];
  let recordedDueAt = String(started.dueAt);
  let breach: StageExplanation['breach'];
  let closed: ClockEvent | undefined;
  const accrued = new Map<number, ClockEvent>();
  let waiver: ClockEvent | undefined;
  for (const e of events) {
    switch (e.type) {
      case 'StagePaused':
        if (!holds.has(String(e.reason))) holds.set(String(e.reason), ms(e.at));
        break;
      case 'StageResumed': {
        const reason = e.reason !== undefined ? String(e.reason) : [...holds.keys()][0];
        const from = holds.get(reason);
        if (from === undefined) break;
        holds.delete(reason);
        const span = { from: Math.max(from, startedAt), to: ms(e.at) };
        spans.push(span);
        pauses.push({ reason, from: iso(span.from), to: iso(span.to), givenBackMs: givenBack(span, limit, calendar) });
        // The clock counts its pauses when it runs again: while another reason holds it, not yet.
        if (e.running !== false && holds.size === 0) counted = [...spans];
        if (e.running !== false && e.dueAt !== undefined) {
          recordedDueAt = String(e.dueAt);
          moves.push({ at: String(e.at), why: 'resumed', reason, dueAt: recordedDueAt });
        }
        break;
      }
      case 'DeadlineRecomputed':
        recordedDueAt = String(e.dueAt);
        moves.push({ at: String(e.at), why: 'calendar', reason: String(e.reason), dueAt: recordedDueAt });
        break;
      case 'SlaBreached':
        breach = { dueAt: String(e.dueAt), at: String(e.at) };
        recordedDueAt = String(e.dueAt);
        break;
      case 'CompensationAccrued':
        accrued.set(Number(e.unit), e);
        break;
      case 'BreachReviewed':
        if (e.decision === 'waive') waiver = e;
        break;
      case 'StageCompleted':
      case 'StageCancelled':
        closed ??= e;
        break;
    }
  }
  const openHolds = [...holds].map(([reason, from]) => ({ reason, from: Math.max(from, startedAt) }));
  for (const hold of openHolds) pauses.push({ reason: hold.reason, from: iso(hold.from), givenBackMs: 0 });
  const stoppedSince = openHolds.length && !closed ? Math.min(...openHolds.map((h) => h.from)) : undefined;

  const times = clockTimes(
    {
      startedAt,
      limit,
      pauses: counted,
      breach: breach && input.rule ? { dueAt: ms(breach.dueAt), rule: input.rule } : undefined,
    },
    calendar,
  );
  const dueAt = breach ? ms(breach.dueAt) : times.dueAt;
  const state: StageExplanation['state'] = closed
    ? closed.type === 'StageCancelled'
      ? 'cancelled'
      : closed.late
        ? 'done-late'
        : 'done-on-time'
    : stoppedSince !== undefined
      ? 'stopped'
      : 'running';

  const lastDay = shanghaiDate(new Date(Math.max(dueAt, stoppedSince ?? 0, startedAt + 1) - 1));
  const days = dayStrip(startedAt, lastDay, limit, mergePauses(spans), calendar);
  const compensation =
    input.rule && breach
      ? explainUnits(input.rule, times.accruals ?? [], accrued, waiver, closed, input.now)
      : undefined;

  const explanation: StageExplanation = {
    track: String(started.track),
    stage: String(started.stage),
    limit,
    ...(input.catalogVersion !== undefined ? { catalogVersion: input.catalogVersion } : {}),
    startedAt: iso(startedAt),
    runs: starts.length,
    state,
    ...(stoppedSince !== undefined ? { stoppedSince: iso(stoppedSince) } : {}),
    dueAt: iso(dueAt),
    recordedDueAt: iso(ms(recordedDueAt)),
    matchesRecorded: dueAt === ms(recordedDueAt),
    beyondKnownCalendar: times.beyondKnownCalendar || days.some((d) => d.assumed),
    givenBackMs: mergePauses(spans).reduce(
      (sum, span) => sum + givenBack(span as Required<PauseSpan>, limit, calendar),
      0,
    ),
    days,
    pauses,
    moves,
    ...(breach ? { breach } : {}),
    ...(compensation ? { compensation } : {}),
    text: { zh: [], en: [] },
  };
  explanation.text = explanationText(explanation);
  return explanation;
}

function givenBack(span: Required<PauseSpan>, limit: Limit, calendar: WorkingCalendar): number {
  return limit.unit === 'workingDays' ? workingMsBetween(span.from, span.to, calendar) : span.to - span.from;
}

/** Every day from the start's to the deadline's, each with what it was to the clock. */
function dayStrip(
  startedAt: number,
  lastDay: LocalDate,
  limit: Limit,
  pauses: readonly PauseSpan[],
  calendar: WorkingCalendar,
): ExplainedDay[] {
  const days: ExplainedDay[] = [];
  const startDay = shanghaiDate(new Date(startedAt));
  let n = 0;
  // Hour and minute limits count elapsed time: their strip is the days they span, all counted.
  const byWorkingDays = limit.unit === 'workingDays';
  for (let date = startDay; date <= lastDay; date = addDays(date, 1)) {
    const from = Math.max(startOfShanghaiDay(date).getTime(), startedAt);
    const to = endOfShanghaiDay(date).getTime();
    const pausedMs = pauses.reduce((sum, p) => sum + Math.max(0, Math.min(to, p.to ?? to) - Math.max(from, p.from)), 0);
    const assumed = !calendar.knows(date);
    const name = officialDayName(date);
    const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
    const working = calendar.isWorkingDay(date);
    const day: ExplainedDay = { date, kind: 'counted', pausedMs, assumed };
    if (date === startDay && limit.unit !== 'hours' && limit.unit !== 'minutes') day.kind = 'start';
    else if (byWorkingDays && !working) {
      // A weekend inside a holiday's break is named after it (国庆节 on a Saturday).
      day.kind = name || !weekend ? 'holiday' : 'weekend';
      if (name) day.name = name;
    } else {
      if (pausedMs >= DAY_MS) day.kind = 'paused';
      else day.n = ++n;
      if (byWorkingDays && weekend) {
        day.adjusted = true;
        if (name) day.name = name;
      }
    }
    days.push(day);
  }
  return days;
}

/** Each unit of compensation the breach could earn: what the rule pays, what was recorded, and why. */
function explainUnits(
  rule: CompensationRule,
  schedule: readonly { unit: number; at: number; amountFen: number }[],
  accrued: ReadonlyMap<number, ClockEvent>,
  waiver: ClockEvent | undefined,
  closed: ClockEvent | undefined,
  now: Date,
): StageExplanation['compensation'] {
  const waived = new Set(((waiver?.waivedUnits as number[] | undefined) ?? []).map(Number));
  const stoppedAt = Math.min(closed ? ms(closed.at) : Infinity, waiver ? ms(waiver.at) : Infinity);
  const units: ExplainedUnit[] = schedule.map((s) => {
    const recorded = accrued.get(s.unit);
    const base = { unit: s.unit, at: iso(s.at), ruleFen: s.amountFen, paidFen: Number(recorded?.amountFen ?? 0) };
    const lateDay = recorded?.lateDay as string | undefined;
    const withDay = lateDay ? { ...base, lateDay } : base;
    if (recorded) return { ...withDay, status: waived.has(s.unit) ? 'waived' : 'paid' };
    if (s.at > stoppedAt) return { ...withDay, status: 'not-reached' };
    if (s.at > now.getTime()) return { ...withDay, status: 'due-later' };
    return { ...withDay, status: 'paid-elsewhere' };
  });
  // Units recorded beyond the schedule (a calendar that has changed since) still count: the ledger holds them.
  for (const [unit, e] of accrued)
    if (!units.some((u) => u.unit === unit))
      units.push({
        unit,
        at: String(e.at),
        ruleFen: Number(e.ruleFen ?? e.amountFen),
        paidFen: Number(e.amountFen),
        status: waived.has(unit) ? 'waived' : 'paid',
      });
  const accruedFen = [...accrued.values()].reduce((sum, e) => sum + Number(e.amountFen), 0);
  const waivedFen = Number(waiver?.waivedFen ?? 0);
  return { rule, units, accruedFen, waivedFen, netFen: accruedFen - waivedFen };
}
