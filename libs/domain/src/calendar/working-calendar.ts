import { addDays, dayOfWeek, type LocalDate } from './local-date';

/**
 * One year of the official calendar: public holidays (days off, weekdays included) and adjusted
 * working days (调休: weekends that are worked). Everything else follows Monday–Friday.
 */
export interface CalendarYear {
  year: number;
  holidays: LocalDate[];
  workdays: LocalDate[];
  /** Where the year came from, e.g. "chinese-days 1.5.7" or "admin 2027-11-02". */
  source: string;
}

export interface WorkingDayResult {
  date: LocalDate;
  /** True when some day counted lies in a year the calendar does not know (weekdays were assumed). */
  beyondKnownCalendar: boolean;
}

/** China's working-day calendar for the years it knows; plain weekdays beyond them (flagged). */
export class WorkingCalendar {
  private readonly holidays = new Set<LocalDate>();
  private readonly workdays = new Set<LocalDate>();
  private readonly years = new Set<number>();

  constructor(years: readonly CalendarYear[]) {
    for (const year of years) {
      this.years.add(year.year);
      year.holidays.forEach((d) => this.holidays.add(d));
      year.workdays.forEach((d) => this.workdays.add(d));
    }
  }

  knows(date: LocalDate): boolean {
    return this.years.has(Number(date.slice(0, 4)));
  }

  get knownYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  isWorkingDay(date: LocalDate): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** The n-th working day after `date` (which itself does not count); n ≥ 1. */
  nthWorkingDayAfter(date: LocalDate, n: number): WorkingDayResult {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
    let day = date;
    let counted = 0;
    let beyondKnownCalendar = false;
    while (counted < n) {
      day = addDays(day, 1);
      if (!this.knows(day)) beyondKnownCalendar = true;
      if (this.isWorkingDay(day)) counted++;
    }
    return { date: day, beyondKnownCalendar };
  }

  /** Working days strictly after `from` up to and including `to`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (this.isWorkingDay(day)) count++;
    return count;
  }
}
