import { buildCalendar } from './official-calendar';
import { deadlineWithPauses, mergePauses, shiftByPauses, workingMsBetween } from './pauses';

// Every expected instant is worked out by hand from the State Council's notices, not from the
// code: a pause on a working-day limit gives back the working time it covered, and the deadline
// stays at 24:00 Asia/Shanghai of a working day.
const calendar = buildCalendar();
const sh = (local: string) => new Date(`${local}+08:00`);
const span = (from: string, to: string) => ({ from: sh(from).getTime(), to: sh(to).getTime() });
const due = (start: string, amount: number, pauses: { from: number; to?: number }[], unit = 'workingDays' as const) =>
  deadlineWithPauses(sh(start), { amount, unit }, pauses, calendar).dueAt;

describe('pauses on working-day limits give back working time, and the deadline stays at 24:00', () => {
  it('Friday 10:00 to Monday 09:00: the 14 working hours left on Friday run out on Monday, due 24:00 Monday', () => {
    // Thu 6 Mar 2025 10:00 + 1 WD = 24:00 Fri 7 Mar. Wall-clock time would give Mon 23:00.
    expect(due('2025-03-06T10:00:00', 1, [])).toEqual(sh('2025-03-08T00:00:00'));
    expect(due('2025-03-06T10:00:00', 1, [span('2025-03-07T10:00:00', '2025-03-10T09:00:00')])).toEqual(
      sh('2025-03-11T00:00:00'),
    );
  });

  it('a pause that covers only a weekend gives nothing back', () => {
    // Thu 6 Mar + 2 WD = 24:00 Mon 10 Mar; paused Sat 10:00 to Sun 20:00.
    expect(due('2025-03-06T10:00:00', 2, [span('2025-03-08T10:00:00', '2025-03-09T20:00:00')])).toEqual(
      sh('2025-03-11T00:00:00'),
    );
  });

  it('across National Day 2025: a pause over the holiday gives back only the working days it covered', () => {
    // Mon 29 Sep + 2 WD: Tue 30 Sep, (1–8 Oct off), Thu 9 Oct → 24:00 Thu 9 Oct.
    expect(due('2025-09-29T09:00:00', 2, [])).toEqual(sh('2025-10-10T00:00:00'));
    // Paused Tue 30 Sep 12:00 → Thu 9 Oct 12:00: 12 h of 30 Sep + all of 9 Oct (36 h) were left;
    // from Thu 12:00 they run out at 24:00 Fri 10 Oct. (Elapsed time would have given 19 Oct.)
    expect(due('2025-09-29T09:00:00', 2, [span('2025-09-30T12:00:00', '2025-10-09T12:00:00')])).toEqual(
      sh('2025-10-11T00:00:00'),
    );
  });

  it('counts an adjusted working Sunday (调休, 28 Sep 2025) as working time', () => {
    // Fri 26 Sep 15:00 + 1 WD = 24:00 Sun 28 Sep (worked). Paused Sat 27 10:00 → Sun 28 12:00:
    // Saturday is off, Sunday's 24 h were left; 12 h of Sunday, then Mon 29 Sep → 24:00 Mon.
    expect(due('2025-09-26T15:00:00', 1, [span('2025-09-27T10:00:00', '2025-09-28T12:00:00')])).toEqual(
      sh('2025-09-30T00:00:00'),
    );
  });

  it('stopped for two reasons at once, the clock is stopped once (overlaps are merged)', () => {
    // Mon 3 Mar 09:00 + 4 WD = 24:00 Fri 7 Mar. Permit Tue 00:00 → Thu 00:00, supplement
    // Wed 00:00 → Fri 00:00: stopped Tue 00:00 → Fri 00:00 with Tue–Fri (96 h) left, which run
    // Fri, Mon, Tue, Wed → 24:00 Wed 12 Mar.
    const pauses = [
      span('2025-03-04T00:00:00', '2025-03-06T00:00:00'),
      span('2025-03-05T00:00:00', '2025-03-07T00:00:00'),
    ];
    expect(mergePauses(pauses)).toEqual([span('2025-03-04T00:00:00', '2025-03-07T00:00:00')]);
    expect(due('2025-03-03T09:00:00', 4, pauses)).toEqual(sh('2025-03-13T00:00:00'));
  });

  it('a pause after the deadline does not move it, and an open pause is left out', () => {
    expect(due('2025-03-06T10:00:00', 1, [span('2025-03-08T10:00:00', '2025-03-10T10:00:00')])).toEqual(
      sh('2025-03-08T00:00:00'),
    );
    expect(due('2025-03-06T10:00:00', 1, [{ from: sh('2025-03-07T10:00:00').getTime() }])).toEqual(
      sh('2025-03-08T00:00:00'),
    );
  });

  it('measures working time day by day', () => {
    expect(workingMsBetween(sh('2025-03-07T10:00:00').getTime(), sh('2025-03-10T09:00:00').getTime(), calendar)).toBe(
      23 * 3_600_000,
    );
  });
});

describe('pauses on elapsed limits give back elapsed time', () => {
  it('a 45-minute repair arrival paused for 30 minutes is due 30 minutes later', () => {
    expect(
      due('2025-10-01T10:00:00', 45, [span('2025-10-01T10:10:00', '2025-10-01T10:40:00')], 'minutes' as never),
    ).toEqual(sh('2025-10-01T11:15:00'));
  });

  it('calendar days move by the elapsed pause, holidays or not', () => {
    const moved = shiftByPauses(
      sh('2025-10-11T00:00:00'),
      'calendarDays',
      [span('2025-10-01T10:00:00', '2025-10-02T16:00:00')],
      calendar,
    );
    expect(moved.at).toEqual(sh('2025-10-12T06:00:00'));
  });
});
