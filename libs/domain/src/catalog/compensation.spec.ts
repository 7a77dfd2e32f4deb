import { buildCalendar } from '../calendar/official-calendar';
import { accrualSchedule } from './compensation';

const calendar = buildCalendar();
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('compensation accruals', () => {
  it('pay the fixed sum at the breach, then per further working day, and stop at the cap', () => {
    const rule = { fixedFen: 10_000, perUnitFen: 5_000, unit: 'workingDays' as const, capFen: 30_000 };
    // Due at the end of Tue 30 Sep 2025; the next working days are 9, 10, 11 (调休) and 13 Oct.
    const accruals = accrualSchedule(rule, shanghai('2025-10-01T00:00:00'), calendar);
    expect(accruals).toEqual([
      { unit: 0, at: shanghai('2025-10-01T00:00:00'), amountFen: 10_000 },
      { unit: 1, at: shanghai('2025-10-10T00:00:00'), amountFen: 5_000 },
      { unit: 2, at: shanghai('2025-10-11T00:00:00'), amountFen: 5_000 },
      { unit: 3, at: shanghai('2025-10-12T00:00:00'), amountFen: 5_000 },
      { unit: 4, at: shanghai('2025-10-14T00:00:00'), amountFen: 5_000 },
    ]);
  });

  it('trim the last accrual to the cap', () => {
    const rule = { fixedFen: 10_000, perUnitFen: 7_000, unit: 'workingDays' as const, capFen: 20_000 };
    const amounts = accrualSchedule(rule, shanghai('2025-03-04T00:00:00'), calendar).map((a) => a.amountFen);
    expect(amounts).toEqual([10_000, 7_000, 3_000]);
  });

  it('accrue per further hour for limits in hours', () => {
    const rule = { fixedFen: 5_000, perUnitFen: 2_500, unit: 'hours' as const, capFen: 10_000 };
    const start = shanghai('2025-03-04T08:00:00');
    const schedule = accrualSchedule({ ...rule, unit: 'hours' }, start, calendar);
    expect(schedule.map((a) => a.at.getTime() - start.getTime())).toEqual([0, 3_600_000, 7_200_000]);
  });

  it('is only the fixed sum when there is no per-unit sum', () => {
    const rule = { fixedFen: 10_000, perUnitFen: 0, unit: 'workingDays' as const, capFen: 50_000 };
    expect(accrualSchedule(rule, shanghai('2025-03-04T00:00:00'), calendar)).toHaveLength(1);
  });
});
