import type { CompensationRule } from '../catalog/compensation';
import { accrualSchedule } from '../catalog/compensation';
import type { Limit } from './deadline';
import { deadlineWithPauses, shiftByPauses, type PauseSpan } from './pauses';
import type { WorkingCalendar } from './working-calendar';

export interface ClockTimes {
  dueAt: number;
  warnAt: number;
  beyondKnownCalendar: boolean;
  /** Once breached: when each unit of compensation falls due, and what it pays. */
  accruals?: { unit: number; at: number; amountFen: number }[];
}

/**
 * A clock's times from its start, its limit and its pauses (working time for working-day limits,
 * elapsed time otherwise) and, once breached, its accrual schedule with the pauses since the
 * breach given back the same way. Pure: workflow code (release 0.3) and the clockTimes activity
 * (release 0.2) both count with it.
 */
export function clockTimes(
  input: {
    startedAt: number;
    limit: Limit;
    pauses: readonly PauseSpan[];
    breach?: { dueAt: number; rule: CompensationRule };
  },
  calendar: WorkingCalendar,
): ClockTimes {
  const d = deadlineWithPauses(new Date(input.startedAt), input.limit, input.pauses, calendar);
  const times = { dueAt: d.dueAt.getTime(), warnAt: d.warnAt.getTime(), beyondKnownCalendar: d.beyondKnownCalendar };
  if (!input.breach) return times;
  const { dueAt, rule } = input.breach;
  const since = input.pauses.filter((p) => p.from >= dueAt);
  const accruals = accrualSchedule(rule, new Date(dueAt), calendar).map((a) => ({
    unit: a.unit,
    amountFen: a.amountFen,
    at: shiftByPauses(a.at, rule.unit, since, calendar).at.getTime(),
  }));
  return { ...times, accruals };
}
