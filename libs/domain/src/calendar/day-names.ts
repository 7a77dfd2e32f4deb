import data from 'chinese-days/dist/chinese-days.json';
import type { LocalDate } from './local-date';

export interface DayName {
  zh: string;
  en: string;
}

const names = new Map<LocalDate, DayName>();
for (const table of [
  (data as { holidays: Record<string, string> }).holidays,
  (data as { workdays: Record<string, string> }).workdays,
])
  for (const [date, value] of Object.entries(table)) {
    // "National Day,国庆节,3": the English name, the Chinese name, the length of the break.
    const [en, zh] = value.split(',');
    if (en && zh) names.set(date, { en, zh });
  }

/**
 * The occasion of a public holiday, or of an adjusted working weekend (调休) worked for it, as the
 * State Council's notice names it (packaged by `chinese-days`). Years an admin loaded carry dates
 * only: their days have no name here, and are called a public holiday.
 */
export function officialDayName(date: LocalDate): DayName | undefined {
  return names.get(date);
}
