import { computeDeadline, type LimitUnit } from '../calendar/deadline';
import { shanghaiDate } from '../calendar/local-date';
import type { WorkingCalendar } from '../calendar/working-calendar';

/**
 * Compensation for a missed deadline, modelled on the UK guaranteed standards: a fixed sum when
 * the deadline passes, then a sum for each further unit (e.g. working day) late, up to a cap.
 * Money is integer fen (分).
 */
export interface CompensationRule {
  fixedFen: number;
  perUnitFen: number;
  unit: LimitUnit;
  capFen: number;
}

export interface Accrual {
  /** 0 = the breach itself; k = the k-th further unit late. Part of the ledger's unique key. */
  unit: number;
  at: Date;
  amountFen: number;
}

/**
 * Every accrual a breach at `dueAt` can earn, in order, until the cap is reached: the fixed sum at
 * `dueAt`, then `perUnitFen` at the end of each further unit. The last one is trimmed to the cap.
 */
export function accrualSchedule(rule: CompensationRule, dueAt: Date, calendar: WorkingCalendar): Accrual[] {
  const accruals: Accrual[] = [];
  let total = 0;
  const add = (unit: number, at: Date, amount: number) => {
    const amountFen = Math.min(amount, rule.capFen - total);
    if (amountFen <= 0) return false;
    total += amountFen;
    accruals.push({ unit, at, amountFen });
    return total < rule.capFen;
  };
  if (!add(0, dueAt, rule.fixedFen) || rule.perUnitFen <= 0) return accruals;
  // A unit "ends" the way a deadline of that many units would. A day-unit deadline is 24:00 of day D,
  // i.e. 00:00 of D+1, so count from the last instant of D: the first unit late is D+1 itself.
  const dayUnit = rule.unit === 'workingDays' || rule.unit === 'calendarDays';
  const from = new Date(dueAt.getTime() - (dayUnit ? 1 : 0));
  for (let unit = 1; ; unit++) {
    const at = computeDeadline(from, { amount: unit, unit: rule.unit }, calendar).dueAt;
    if (!add(unit, at, rule.perUnitFen)) return accruals;
  }
}

export function formatFen(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** The most accruals one breach may earn (its fixed sum and per-unit sums): keeps a workflow's history bounded. */
export const MAX_ACCRUALS_PER_BREACH = 60;

/** How many accruals a rule earns at most before its cap. */
export function accrualCount(rule: CompensationRule): number {
  if (rule.capFen <= 0) return 0;
  if (rule.perUnitFen <= 0 || rule.capFen <= rule.fixedFen) return 1;
  return 1 + Math.ceil((rule.capFen - rule.fixedFen) / rule.perUnitFen);
}

/** The day (or, for hour and minute rules, the instant) a per-unit accrual pays for. */
function lateDayOf(accrual: { at: Date }, unit: LimitUnit): string {
  const dayUnit = unit === 'workingDays' || unit === 'calendarDays';
  // A day's accrual falls at its 24:00, so the day it pays for is the one that just ended.
  return dayUnit ? shanghaiDate(new Date(accrual.at.getTime() - 1)) : `${unit}@${accrual.at.toISOString()}`;
}

/**
 * Pay once: every late working day of one utility is paid once, however many of its clocks (a
 * stage and the end-to-end total) are late that day — at the highest daily rate among them. The
 * first clock to reach a day pays its rate; another reaching the same day pays only what its
 * rate adds (a top-up), or nothing. Fixed sums pay for a missed promise, once per breach, and are
 * not per day. Deterministic, so a workflow keeps one in memory and replays it.
 */
export class LateDayLedger {
  private readonly paid = new Map<string, number>();

  /** What an accrual still owes after what other clocks paid for its day. */
  claim(accrual: Accrual, unit: LimitUnit): { owedFen: number; lateDay?: string } {
    if (accrual.unit === 0) return { owedFen: accrual.amountFen };
    const lateDay = lateDayOf(accrual, unit);
    const already = this.paid.get(lateDay) ?? 0;
    this.paid.set(lateDay, Math.max(already, accrual.amountFen));
    return { owedFen: Math.max(0, accrual.amountFen - already), lateDay };
  }
}
