import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, ok } from './api/client';

export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
}

/** The official working calendar for these years (holidays and 调休 working weekends). */
export function useCalendar(years: number[]) {
  return useQuery({
    queryKey: ['calendar', years],
    staleTime: 3_600_000,
    queryFn: async () => {
      // Only the years the calendar knows (past them, deadlines are counted on plain weekdays).
      const overview = (await ok(api.GET('/api/v1/calendar', {}))) as unknown as { knownYears: number[] };
      return Promise.all(
        years
          .filter((year) => overview.knownYears.includes(year))
          .map((year) =>
            ok(api.GET('/api/v1/calendar', { params: { query: { year } } })).then((y) => y as unknown as CalendarYear),
          ),
      );
    },
  });
}

export function isWorkingDay(day: string, years: CalendarYear[] | undefined): boolean {
  const year = years?.find((y) => y.year === Number(day.slice(0, 4)));
  if (year?.workdays.includes(day)) return true;
  if (year?.holidays.includes(day)) return false;
  const weekday = dayjs(day).day();
  return weekday !== 0 && weekday !== 6;
}

/**
 * Working days between today and the deadline's day (Asia/Shanghai): positive while there is time
 * left, 0 on the day, negative once late.
 */
export function workingDaysLeft(dueAt: string, years: CalendarYear[] | undefined, now = new Date()): number {
  const today = dayjs(now).tz('Asia/Shanghai').format('YYYY-MM-DD');
  const due = dayjs(dueAt).tz('Asia/Shanghai').subtract(1, 'millisecond').format('YYYY-MM-DD');
  const [from, to, sign] = today <= due ? [today, due, 1] : [due, today, -1];
  let n = 0;
  for (let d = dayjs(from).add(1, 'day'); d.format('YYYY-MM-DD') <= to; d = d.add(1, 'day'))
    if (isWorkingDay(d.format('YYYY-MM-DD'), years)) n++;
  return sign * n;
}
