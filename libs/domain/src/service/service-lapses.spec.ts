import {
  bookingFor,
  lapseCompensationFen,
  noticeCompensationFen,
  SUPPLY_RULES_2024,
  type FixedScheduleRule,
  type MeteredAccount,
} from './lapse-compensation';
import {
  dailySaidi,
  majorEventDayThreshold,
  reliabilityIndices,
  reliabilityPenaltyFen,
  type InterruptionRecord,
  type ReliabilityPlan,
} from './reliability';

const sh = (local: string) => new Date(`${local}+08:00`);
const hours = (h: number) => h * 60;

describe('compensation for a supply lapse (values worked by hand)', () => {
  // Ofgem-style: ¥95 once 12 hours have passed, ¥45 for each further full 12 hours, capped at ¥300.
  const powerCut: FixedScheduleRule = {
    kind: 'fixed-schedule',
    graceMinutes: hours(12),
    firstFen: 9_500,
    everyMinutes: hours(12),
    furtherFen: 4_500,
    capFen: 30_000,
  };

  it('pays the fixed schedule by whole periods: 26 hours is the first sum and one further period', () => {
    expect(lapseCompensationFen(powerCut, hours(12) - 1)).toBe(0);
    expect(lapseCompensationFen(powerCut, hours(12))).toBe(9_500);
    expect(lapseCompensationFen(powerCut, hours(20))).toBe(9_500);
    expect(lapseCompensationFen(powerCut, hours(24))).toBe(14_000);
    expect(lapseCompensationFen(powerCut, hours(26))).toBe(14_000); // 9 500 + 1 × 4 500
    expect(lapseCompensationFen(powerCut, hours(36))).toBe(18_500);
    expect(lapseCompensationFen(powerCut, hours(72))).toBe(30_000); // 9 500 + 5 × 4 500 = 32 000, capped
  });

  it('books only the difference when the end time is corrected, and nothing when the report repeats', () => {
    const at26 = lapseCompensationFen(powerCut, hours(26));
    const at20 = lapseCompensationFen(powerCut, hours(20));
    expect(bookingFor(0, at26)).toEqual({ kind: 'top-up', fen: 14_000 });
    expect(bookingFor(at26, at26)).toEqual({ kind: 'none', fen: 0 });
    expect(bookingFor(at26, at20)).toEqual({ kind: 'reversal', fen: 4_500 });
  });

  it('pays 4 × the energy charge of the likely use for a two-part tariff and 5 × for a single-part one', () => {
    // 36 000 kWh over a normal month of 720 hours: 50 kWh an hour; 5 hours out: 250 kWh at
    // ¥0.65 = ¥162.50; × 4 = ¥650.
    const twoPart: MeteredAccount = {
      tariff: 'two-part',
      energyFenPerKwh: 65,
      usage: { recentKwh: 36_000, recentHours: 720 },
    };
    expect(lapseCompensationFen(SUPPLY_RULES_2024, hours(5), twoPart)).toBe(65_000);
    // No history: 100 kW contracted × load factor 0.4 = 40 kWh an hour; 5 hours: 200 kWh at
    // ¥0.70 = ¥140; × 5 = ¥700.
    const singlePart: MeteredAccount = {
      tariff: 'single-part',
      energyFenPerKwh: 70,
      usage: { capacityKw: 100, loadFactor: 0.4 },
    };
    expect(lapseCompensationFen(SUPPLY_RULES_2024, hours(5), singlePart)).toBe(70_000);
    expect(() => lapseCompensationFen(SUPPLY_RULES_2024, hours(5))).toThrow(/tariff/);
  });

  it('pays the notice amount for a planned outage announced too late, and nothing with enough notice', () => {
    const power = { noticeMinutes: 7 * 24 * 60, fen: 20_000 };
    const startsAt = sh('2026-06-10T08:00:00');
    expect(noticeCompensationFen(power, sh('2026-06-07T08:00:00'), startsAt)).toBe(20_000); // 3 days
    expect(noticeCompensationFen(power, sh('2026-06-03T08:00:00'), startsAt)).toBe(0); // 7 days
    expect(noticeCompensationFen(power, null, startsAt)).toBe(20_000); // none at all
  });
});

describe('reliability indices (IEEE 1366) and the regulation plan (values worked by hand)', () => {
  const served = 1_000;
  const records: InterruptionRecord[] = [
    // 120 min × 200 customers = 24 000 customer-minutes
    { startedAt: sh('2026-03-02T10:00:00'), endedAt: sh('2026-03-02T12:00:00'), customers: 200, planned: false },
    // 4 minutes: momentary, not counted
    { startedAt: sh('2026-03-05T09:00:00'), endedAt: sh('2026-03-05T09:04:00'), customers: 500, planned: false },
    // planned: 30 min × 100 = 3 000
    { startedAt: sh('2026-03-10T14:00:00'), endedAt: sh('2026-03-10T14:30:00'), customers: 100, planned: true },
    // 150 min × 50 = 7 500; begins on 21 March in Shanghai (still 20 March in UTC)
    { startedAt: sh('2026-03-21T00:30:00'), endedAt: sh('2026-03-21T03:00:00'), customers: 50, planned: false },
  ];

  it('computes SAIDI, SAIFI and CAIDI with and without planned outages', () => {
    // All: 34 500 customer-minutes and 350 customers over 1 000 served.
    expect(reliabilityIndices(records, served)).toMatchObject({
      saidiMinutes: 34.5,
      saifi: 0.35,
      customerMinutes: 34_500,
      customersInterrupted: 350,
      interruptions: 3,
    });
    expect(reliabilityIndices(records, served).caidiMinutes).toBeCloseTo(98.5714, 4); // 34.5 ÷ 0.35
    // Unplanned only: 31 500 and 250 → SAIDI 31.5, SAIFI 0.25, CAIDI 126.
    expect(reliabilityIndices(records, served, { includePlanned: false })).toMatchObject({
      saidiMinutes: 31.5,
      saifi: 0.25,
      caidiMinutes: 126,
    });
    // 2 March excluded as a major event day: 10 500 and 150 → 10.5, 0.15, 70.
    const without = reliabilityIndices(records, served, { excludeDays: new Set(['2026-03-02']) });
    expect(without.saidiMinutes).toBeCloseTo(10.5, 10);
    expect(without.saifi).toBeCloseTo(0.15, 10);
    expect(without.caidiMinutes).toBeCloseTo(70, 10);
    expect(reliabilityIndices([], served).caidiMinutes).toBeNull();
  });

  it('assigns an interruption to the Shanghai day it began on and finds major event days by 2.5 beta', () => {
    expect([...dailySaidi(records, served).keys()]).toEqual(['2026-03-02', '2026-03-10', '2026-03-21']);
    // ln of the days' SAIDI: 0, 1, 2 → α = 1, β (sample) = 1 → T_MED = e^3.5.
    expect(majorEventDayThreshold([1, Math.E, Math.E ** 2, 0])).toBeCloseTo(Math.exp(3.5), 10);
    expect(majorEventDayThreshold([5])).toBeNull();
  });

  it("charges the plan's penalty to a provider that misses its targets, and none to one that meets them", () => {
    const plan: ReliabilityPlan = {
      saidiMinutes: 30,
      saifi: 0.3,
      onTimeRestorationPct: 95,
      penalty: { perSaidiMinuteFen: 10_000, perSaifiHundredthFen: 5_000, perOnTimePointFen: 20_000, capFen: 1_000_000 },
    };
    // SAIDI 34.5 (5 started minutes over: ¥500), SAIFI 0.35 (5 hundredths: ¥250), on time 93 % (2 points: ¥400).
    expect(reliabilityPenaltyFen(plan, { saidiMinutes: 34.5, saifi: 0.35, onTimeRestorationPct: 93 })).toEqual({
      fen: 115_000,
      missed: ['saidi', 'saifi', 'on-time-restoration'],
    });
    expect(reliabilityPenaltyFen(plan, { saidiMinutes: 29, saifi: 0.3, onTimeRestorationPct: 96 })).toEqual({
      fen: 0,
      missed: [],
    });
  });
});
