import { computeDeadline, type LimitUnit } from '../calendar/deadline';
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
