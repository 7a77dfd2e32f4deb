import { z } from 'zod';
import { dayOfWeek, isLocalDate } from './local-date';

const localDate = z.iso.date('must be a date YYYY-MM-DD');

/**
 * A year of the official calendar as an admin loads it from the State Council's notice:
 * public holidays, and the adjusted working days (调休), which are always weekend days.
 */
export const calendarYearSchema = z
  .object({
    year: z.number().int('must be a whole number').min(2000, 'from 2000').max(2100, 'to 2100'),
    holidays: z.array(localDate).max(60, 'at most 60 days'),
    workdays: z.array(localDate).max(20, 'at most 20 days'),
    source: z.string().trim().min(1, 'name the notice, e.g. 国办发明电〔2026〕X号').max(300),
  })
  .superRefine((y, ctx) => {
    const check = (list: 'holidays' | 'workdays') =>
      y[list].forEach((date, i) => {
        if (isLocalDate(date) && Number(date.slice(0, 4)) !== y.year)
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `must fall in ${y.year}`,
            params: { rule: 'date_in_year' },
          });
      });
    check('holidays');
    check('workdays');
    y.workdays.forEach((date, i) => {
      if (isLocalDate(date) && dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6)
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i],
          message: 'an adjusted working day (调休) is a Saturday or Sunday',
          params: { rule: 'workday_on_weekend' },
        });
      if (y.holidays.includes(date))
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i],
          message: 'cannot be both a holiday and a working day',
          params: { rule: 'holiday_and_workday' },
        });
    });
  });

export type CalendarYearInput = z.infer<typeof calendarYearSchema>;
