import { createSlaActivities } from '../../activities/sla.activities';
import { calendarYearSchema } from '../../libs/domain/src/calendar/calendar-year';
import { publishCalendarYear, rebuildReadModels, calendarOverrides } from '../../libs/persistence/src';
import { createMigratedDatabase } from '../support/postgres';

// Illustrative 2027 notice for the test: New Year's Day on Friday 1 January 2027 is a holiday.
const year2027 = { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'test notice for 2027' };

describe('calendar years loaded by an admin', () => {
  it('are validated: dates in the year, adjusted working days on weekends, never both', () => {
    const result = calendarYearSchema.safeParse({
      year: 2027,
      holidays: ['2026-12-31', '2027-02-06'],
      workdays: ['2027-02-03', '2027-02-06'],
      source: 'x',
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      result.error.issues.map((i) => [i.path.join('.'), (i as { params?: { rule?: string } }).params?.rule]),
    ).toEqual([
      ['holidays.0', 'date_in_year'],
      ['workdays.0', 'workday_on_weekend'],
      ['workdays.1', 'holiday_and_workday'],
    ]);
  });

  it('change deadlines computed after loading, and stop the past-the-calendar flag (real Postgres)', async () => {
    const db = await createMigratedDatabase();
    try {
      const { computeDeadline } = createSlaActivities({ dataSource: db.dataSource });
      const input = { startedAt: '2026-12-28T02:00:00.000Z', limit: { amount: 5, unit: 'workingDays' as const } };
      // Before: 2027 is unknown, so Friday 1 January counts as a working day and the result is flagged.
      expect(await computeDeadline(input)).toMatchObject({
        dueAt: '2027-01-04T16:00:00.000Z',
        beyondKnownCalendar: true,
      });

      await publishCalendarYear(db.dataSource, year2027, 'admin-1', new Date('2026-11-28T08:00:00Z'));
      expect(await computeDeadline(input)).toMatchObject({
        dueAt: '2027-01-05T16:00:00.000Z',
        beyondKnownCalendar: false,
      });

      // A corrected notice replaces the year; the read model survives a rebuild.
      await publishCalendarYear(
        db.dataSource,
        { ...year2027, holidays: ['2027-01-01', '2027-01-04'] },
        'admin-1',
        new Date(),
      );
      expect(await computeDeadline(input)).toMatchObject({ dueAt: '2027-01-06T16:00:00.000Z' });
      const before = await calendarOverrides(db.dataSource);
      await rebuildReadModels(db.dataSource);
      expect(await calendarOverrides(db.dataSource)).toEqual(before);
    } finally {
      await db.drop();
    }
  });
});
