import { buildCalendar } from '../calendar/official-calendar';
import { accrualCount, accrualSchedule, LateDayLedger } from './compensation';

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

describe('pay once: a late working day of a utility is paid once, at the highest daily rate', () => {
  const calendar2 = buildCalendar();
  it('pays a stage’s day in full and tops it up to the total’s higher rate, never both in full', () => {
    const ledger = new LateDayLedger();
    const day = shanghai('2025-03-06T00:00:00'); // 24:00 Wed 5 Mar: Wednesday was late
    expect(ledger.claim({ unit: 3, at: day, amountFen: 5_000 }, 'workingDays')).toEqual({
      owedFen: 5_000,
      lateDay: '2025-03-05',
    });
    expect(ledger.claim({ unit: 1, at: day, amountFen: 10_000 }, 'workingDays')).toEqual({
      owedFen: 5_000,
      lateDay: '2025-03-05',
    });
    // The other order: the higher rate first leaves nothing for the lower one.
    const other = new LateDayLedger();
    expect(other.claim({ unit: 1, at: day, amountFen: 10_000 }, 'workingDays').owedFen).toBe(10_000);
    expect(other.claim({ unit: 3, at: day, amountFen: 5_000 }, 'workingDays').owedFen).toBe(0);
    // Fixed sums pay for the missed promise itself, once per breach.
    expect(other.claim({ unit: 0, at: day, amountFen: 30_000 }, 'workingDays').owedFen).toBe(30_000);
    void calendar2;
  });

  it('bounds the accruals of a rule (the history of a workflow stays small)', () => {
    expect(accrualCount({ fixedFen: 10_000, perUnitFen: 5_000, unit: 'workingDays', capFen: 50_000 })).toBe(9);
    expect(accrualCount({ fixedFen: 0, perUnitFen: 1, unit: 'hours', capFen: 90_000 })).toBe(90_001);
    expect(accrualCount({ fixedFen: 500, perUnitFen: 0, unit: 'hours', capFen: 500 })).toBe(1);
  });
});
