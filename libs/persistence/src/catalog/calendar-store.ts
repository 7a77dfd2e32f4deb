import type { DataSource } from 'typeorm';
import { buildCalendar } from '../../../domain/src/calendar/official-calendar';
import type { CalendarYear, WorkingCalendar } from '../../../domain/src/calendar/working-calendar';
import { calendarYearSchema, type CalendarYearInput } from '../../../domain/src/calendar/calendar-year';
import { appendToStream, readStream } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';
import { CalendarYearRow } from '../read-models/entities';

export const CALENDAR_STREAM = 'calendar';

/** Years loaded by admins, which replace or extend the package's official years. */
export async function calendarOverrides(dataSource: DataSource): Promise<CalendarYear[]> {
  const rows = await dataSource.getRepository(CalendarYearRow).find({ order: { year: 'ASC' } });
  return rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays, source: r.source }));
}

/** The working-day calendar as it stands now: the official years plus every admin-loaded year. */
export async function currentCalendar(dataSource: DataSource): Promise<WorkingCalendar> {
  return buildCalendar(await calendarOverrides(dataSource));
}

export async function publishCalendarYear(
  dataSource: DataSource,
  input: CalendarYearInput,
  by: string,
  publishedAt: Date,
): Promise<CalendarYear> {
  const calendarYear = calendarYearSchema.parse(input);
  const current = await readStream(dataSource, CALENDAR_STREAM);
  await appendToStream(
    dataSource,
    CALENDAR_STREAM,
    current.length,
    [
      {
        eventId: deterministicEventId(CALENDAR_STREAM, current.length + 1),
        type: 'CalendarYearPublished',
        data: { calendarYear, publishedAt: publishedAt.toISOString(), by },
      },
    ],
    project,
  );
  return calendarYear;
}
