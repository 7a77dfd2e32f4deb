import { buildCalendar } from './official-calendar';
import { computeDeadline } from './deadline';

// Expected values are worked out by hand from the State Council holiday notices, not from the
// calendar package, so these tests check the package as well as our arithmetic.
const calendar = buildCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`);
const due = (
  start: string,
  amount: number,
  unit: 'workingDays' | 'calendarDays' | 'hours' | 'minutes' = 'workingDays',
) => computeDeadline(shanghai(start), { amount, unit }, calendar);

describe('working-day deadlines (24:00 Asia/Shanghai of the N-th working day after the start date)', () => {
  it('skip the whole National Day holiday (2025-10-01…08)', () => {
    expect(due('2025-09-30T10:00:00', 1).dueAt).toEqual(shanghai('2025-10-10T00:00:00')); // end of Thu 9 Oct
  });

  it('count an adjusted working Sunday before National Day (2025-09-28, 调休)', () => {
    expect(due('2025-09-26T15:00:00', 1).dueAt).toEqual(shanghai('2025-09-29T00:00:00'));
  });

  it('count an adjusted working Saturday after National Day (2025-10-11)', () => {
    expect(due('2025-10-10T09:00:00', 1).dueAt).toEqual(shanghai('2025-10-12T00:00:00'));
  });

  it('cross Spring Festival 2026 (15–23 Feb off, Sat 14 Feb worked)', () => {
    expect(due('2026-02-13T11:00:00', 2).dueAt).toEqual(shanghai('2026-02-25T00:00:00')); // 14 Feb, then 24 Feb
  });

  it("reach State Grid's 6 working days across Spring Festival 2025", () => {
    // Fri 24 Jan → Sun 26 (调休), Mon 27, [28 Jan–4 Feb off], 5, 6, 7 Feb, Sat 8 Feb (调休)
    expect(due('2025-01-24T16:30:00', 6).dueAt).toEqual(shanghai('2025-02-09T00:00:00'));
  });

  it('never count the start day, whatever the hour', () => {
    expect(due('2025-09-29T00:00:30', 1).dueAt).toEqual(shanghai('2025-10-01T00:00:00'));
    expect(due('2025-09-29T23:59:00', 1).dueAt).toEqual(shanghai('2025-10-01T00:00:00'));
  });

  it('warn at 75 % of the time from start to deadline', () => {
    const d = due('2025-03-03T00:00:00', 4); // Mon → due end of Fri: 5 days
    expect(d.dueAt).toEqual(shanghai('2025-03-08T00:00:00'));
    expect(d.warnAt).toEqual(shanghai('2025-03-06T18:00:00'));
  });

  it('are computed on weekdays and flagged past the known calendar, until an admin loads the year', () => {
    const guessed = due('2026-12-28T10:00:00', 5);
    expect(guessed.beyondKnownCalendar).toBe(true);
    expect(guessed.dueAt).toEqual(shanghai('2027-01-05T00:00:00')); // Fri 1 Jan 2027 assumed worked

    const with2027 = buildCalendar([{ year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'admin' }]);
    const known = computeDeadline(shanghai('2026-12-28T10:00:00'), { amount: 5, unit: 'workingDays' }, with2027);
    expect(known.beyondKnownCalendar).toBe(false);
    expect(known.dueAt).toEqual(shanghai('2027-01-06T00:00:00'));
    expect(due('2025-06-02T10:00:00', 5).beyondKnownCalendar).toBe(false);
  });
});

describe('other units', () => {
  it('calendar days end at 24:00 of the N-th day, holidays included', () => {
    expect(due('2025-09-30T10:00:00', 10, 'calendarDays').dueAt).toEqual(shanghai('2025-10-11T00:00:00'));
  });

  it('hours and minutes are real elapsed time', () => {
    expect(due('2025-10-01T23:30:00', 45, 'minutes').dueAt).toEqual(shanghai('2025-10-02T00:15:00'));
    expect(due('2025-10-01T20:00:00', 12, 'hours').dueAt).toEqual(shanghai('2025-10-02T08:00:00'));
  });
});
// Pauses (working time given back, overlaps merged): pauses.spec.ts.
