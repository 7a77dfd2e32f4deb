import data from 'chinese-days/dist/chinese-days.json';
import { WorkingCalendar, type CalendarYear } from './working-calendar';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * The State Council's published calendar as packaged by `chinese-days` (holidays and 调休
 * working weekends), one CalendarYear per year it covers.
 */
export function officialCalendarYears(): CalendarYear[] {
  const { holidays, workdays } = data as ChineseDaysData;
  const byYear = new Map<number, CalendarYear>();
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    let entry = byYear.get(y);
    if (!entry) byYear.set(y, (entry = { year: y, holidays: [], workdays: [], source: 'chinese-days' }));
    return entry;
  };
  Object.keys(holidays).forEach((d) => year(d).holidays.push(d));
  Object.keys(workdays).forEach((d) => year(d).workdays.push(d));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Official years, with admin-loaded years replacing or extending them. */
export function buildCalendar(overrides: readonly CalendarYear[] = []): WorkingCalendar {
  const years = new Map(officialCalendarYears().map((y) => [y.year, y]));
  overrides.forEach((y) => years.set(y.year, y));
  return new WorkingCalendar([...years.values()]);
}

/**
 * The years a clock started at `from` can count on: official and admin-loaded, from the year
 * before (a deadline never lies before its start; the year before covers time zones) onwards.
 * Release 0.3 pins them at submission, so workflow code counts without an activity.
 */
export function calendarYearsFrom(overrides: readonly CalendarYear[], from: Date): CalendarYear[] {
  const years = new Map(officialCalendarYears().map((y) => [y.year, y]));
  overrides.forEach((y) => years.set(y.year, y));
  return [...years.values()].filter((y) => y.year >= from.getUTCFullYear() - 1).sort((a, b) => a.year - b.year);
}
