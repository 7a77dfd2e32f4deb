import { endOfShanghaiDay, shanghaiDate } from './local-date';
import type { WorkingCalendar } from './working-calendar';

export type LimitUnit = 'workingDays' | 'calendarDays' | 'hours' | 'minutes';

export interface Limit {
  amount: number;
  unit: LimitUnit;
}

export interface Deadline {
  dueAt: Date;
  /** When the 75 % warning goes out. */
  warnAt: Date;
  /** The deadline counted days in a year the calendar does not know (weekdays were assumed). */
  beyondKnownCalendar: boolean;
}

export const WARNING_FRACTION = 0.75;

/**
 * When a stage that started at `startedAt` with `limit` must be done.
 *
 * - N working days end at 24:00 Asia/Shanghai of the N-th working day after the start date; the
 *   start day does not count, whatever the hour (a stage opened on a Friday afternoon before a
 *   weekend with 1 working day is due at the end of Monday).
 * - N calendar days end at 24:00 Asia/Shanghai of the N-th day after the start date.
 * - Hours and minutes are real elapsed time (e.g. a repair crew's 45 minutes).
 */
export function computeDeadline(startedAt: Date, limit: Limit, calendar: WorkingCalendar): Deadline {
  if (!(limit.amount > 0)) throw new RangeError(`a limit must be positive, got ${limit.amount}`);
  const startDate = shanghaiDate(startedAt);
  let dueAt: Date;
  let beyondKnownCalendar = false;
  switch (limit.unit) {
    case 'workingDays': {
      const day = calendar.nthWorkingDayAfter(startDate, limit.amount);
      dueAt = endOfShanghaiDay(day.date);
      beyondKnownCalendar = day.beyondKnownCalendar;
      break;
    }
    case 'calendarDays':
      dueAt = endOfShanghaiDay(shanghaiDate(new Date(startedAt.getTime() + limit.amount * 86_400_000)));
      break;
    case 'hours':
      dueAt = new Date(startedAt.getTime() + limit.amount * 3_600_000);
      break;
    case 'minutes':
      dueAt = new Date(startedAt.getTime() + limit.amount * 60_000);
      break;
    default: {
      const never: never = limit.unit;
      throw new Error(`unknown limit unit ${String(never)}`);
    }
  }
  const warnAt = new Date(startedAt.getTime() + (dueAt.getTime() - startedAt.getTime()) * WARNING_FRACTION);
  return { dueAt, warnAt, beyondKnownCalendar };
}

export function describeLimit({ amount, unit }: Limit): string {
  const names: Record<LimitUnit, [string, string]> = {
    workingDays: ['working day', 'working days'],
    calendarDays: ['day', 'days'],
    hours: ['hour', 'hours'],
    minutes: ['minute', 'minutes'],
  };
  return `${amount} ${names[unit][amount === 1 ? 0 : 1]}`;
}
