import { computeDeadline, type Deadline, type Limit, type LimitUnit } from './deadline';
import { addDays, endOfShanghaiDay, shanghaiDate, startOfShanghaiDay } from './local-date';
import type { WorkingCalendar } from './working-calendar';

/** A span during which a clock stood still (ms since epoch). `to` is absent while it still holds. */
export interface PauseSpan {
  from: number;
  to?: number;
}

/** Overlapping or touching spans merged into one: a clock stopped for two reasons is stopped once. */
export function mergePauses(spans: readonly PauseSpan[]): PauseSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const merged: PauseSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === undefined || span.from <= last.to)) {
      last.to = last.to === undefined || span.to === undefined ? undefined : Math.max(last.to, span.to);
    } else merged.push({ ...span });
  }
  return merged;
}

/** Working time between two instants: the parts of them that fall on working days (00:00–24:00 Shanghai). */
export function workingMsBetween(from: number, to: number, calendar: WorkingCalendar): number {
  let total = 0;
  for (let day = shanghaiDate(new Date(from)); startOfShanghaiDay(day).getTime() < to; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const start = Math.max(from, startOfShanghaiDay(day).getTime());
    const end = Math.min(to, endOfShanghaiDay(day).getTime());
    if (end > start) total += end - start;
  }
  return total;
}

/** 24:00 of the working day on which `ms` of working time, counted from `from`, runs out. */
function endOfWorkingDayAfter(from: number, ms: number, calendar: WorkingCalendar): { at: number; beyond: boolean } {
  let left = ms;
  let beyond = false;
  for (let day = shanghaiDate(new Date(from)); ; day = addDays(day, 1)) {
    if (!calendar.knows(day)) beyond = true;
    if (!calendar.isWorkingDay(day)) continue;
    const end = endOfShanghaiDay(day).getTime();
    left -= end - Math.max(from, startOfShanghaiDay(day).getTime());
    if (left <= 0) return { at: end, beyond };
  }
}

/**
 * Where an instant of a clock (its deadline, its warning, an accrual) lands once the clock's pauses
 * are given back. Pauses are applied in order; one that begins at or after the instant does not
 * move it.
 *
 * - `workingDays`: a pause gives back the *working* time it covered. The working time that was
 *   left when the pause began is counted again from its end, and the instant becomes 24:00 of the
 *   working day on which it runs out — still the end of a working day, never a time of day, and a
 *   pause over a weekend or holiday gives back nothing.
 * - `calendarDays`, `hours`, `minutes`: a pause gives back the elapsed time it covered.
 */
export function shiftByPauses(
  instant: Date,
  unit: LimitUnit,
  pauses: readonly PauseSpan[],
  calendar: WorkingCalendar,
): { at: Date; beyondKnownCalendar: boolean } {
  let at = instant.getTime();
  let beyondKnownCalendar = false;
  for (const pause of mergePauses(pauses)) {
    if (pause.to === undefined || pause.from >= at) continue;
    if (unit === 'workingDays') {
      const left = workingMsBetween(pause.from, at, calendar);
      if (left <= 0) continue;
      const shifted = endOfWorkingDayAfter(pause.to, left, calendar);
      at = shifted.at;
      beyondKnownCalendar ||= shifted.beyond;
    } else at += pause.to - pause.from;
  }
  return { at: new Date(at), beyondKnownCalendar };
}

/**
 * A stage's deadline and warning, given when it started, its limit and every pause it has had
 * (closed ones; an open pause means the clock stands still and the deadline is not yet known).
 */
export function deadlineWithPauses(
  startedAt: Date,
  limit: Limit,
  pauses: readonly PauseSpan[],
  calendar: WorkingCalendar,
): Deadline {
  const base = computeDeadline(startedAt, limit, calendar);
  const due = shiftByPauses(base.dueAt, limit.unit, pauses, calendar);
  // The warning keeps its lead before the deadline (a quarter of the unpaused limit).
  const lead = base.dueAt.getTime() - base.warnAt.getTime();
  return {
    dueAt: due.at,
    warnAt: new Date(due.at.getTime() - lead),
    beyondKnownCalendar: base.beyondKnownCalendar || due.beyondKnownCalendar,
  };
}
