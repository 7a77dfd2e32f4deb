/**
 * Supply reliability indices as IEEE 1366 defines them, for power and, by the same arithmetic,
 * for water, gas and broadband. Pure: the KPI endpoint and the monthly report compute from the
 * event store's interruptions through these functions.
 *
 * - SAIDI: Σ(customer-minutes of interruption) ÷ customers served.
 * - SAIFI: Σ(customers interrupted) ÷ customers served.
 * - CAIDI: SAIDI ÷ SAIFI (the average restoration time of an interrupted customer).
 * Only sustained interruptions count (longer than 5 minutes); planned ones may be left out, and
 * major event days may be excluded by the 2.5-beta method.
 */

export interface InterruptionRecord {
  /** When supply stopped and came back for these customers (one record per step of restoration). */
  startedAt: Date;
  endedAt: Date;
  customers: number;
  planned: boolean;
}

export interface IndexOptions {
  /** Momentary interruptions (≤ this many minutes) are not sustained ones: IEEE 1366 uses 5. */
  sustainedOverMinutes?: number;
  includePlanned?: boolean;
  /** Days (YYYY-MM-DD, Asia/Shanghai) whose interruptions are left out (major event days). */
  excludeDays?: ReadonlySet<string>;
}

export interface ReliabilityIndices {
  saidiMinutes: number;
  saifi: number;
  /** null when nobody was interrupted (no average to take). */
  caidiMinutes: number | null;
  customerMinutes: number;
  customersInterrupted: number;
  customersServed: number;
  interruptions: number;
}

const minutesOf = (r: InterruptionRecord) => (r.endedAt.getTime() - r.startedAt.getTime()) / 60_000;

/** The Asia/Shanghai day an interruption began on (IEEE 1366 assigns an event to its start day). */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function reliabilityIndices(
  records: readonly InterruptionRecord[],
  customersServed: number,
  options: IndexOptions = {},
): ReliabilityIndices {
  const over = options.sustainedOverMinutes ?? 5;
  const includePlanned = options.includePlanned ?? true;
  const counted = records.filter(
    (r) => minutesOf(r) > over && (includePlanned || !r.planned) && !options.excludeDays?.has(shanghaiDay(r.startedAt)),
  );
  const customerMinutes = counted.reduce((sum, r) => sum + r.customers * minutesOf(r), 0);
  const customersInterrupted = counted.reduce((sum, r) => sum + r.customers, 0);
  const saidi = customersServed > 0 ? customerMinutes / customersServed : 0;
  const saifi = customersServed > 0 ? customersInterrupted / customersServed : 0;
  return {
    saidiMinutes: saidi,
    saifi,
    caidiMinutes: saifi > 0 ? saidi / saifi : null,
    customerMinutes,
    customersInterrupted,
    customersServed,
    interruptions: counted.length,
  };
}

/**
 * IEEE 1366's major event day threshold: T_MED = exp(α + 2.5 β), where α and β are the mean and
 * standard deviation of ln(daily SAIDI) over the reference days (five years of history; days with
 * no interruption have no logarithm and are left out). A day whose SAIDI exceeds T_MED is a major
 * event day. Returns null when fewer than two days have interruptions.
 */
export function majorEventDayThreshold(dailySaidiMinutes: readonly number[]): number | null {
  const logs = dailySaidiMinutes.filter((v) => v > 0).map(Math.log);
  if (logs.length < 2) return null;
  const alpha = logs.reduce((a, b) => a + b, 0) / logs.length;
  // The sample standard deviation (n − 1), as the standard's worked example uses.
  const beta = Math.sqrt(logs.reduce((sum, v) => sum + (v - alpha) ** 2, 0) / (logs.length - 1));
  return Math.exp(alpha + 2.5 * beta);
}

/** Each day's SAIDI contribution (minutes), keyed by its Asia/Shanghai date. */
export function dailySaidi(records: readonly InterruptionRecord[], customersServed: number): Map<string, number> {
  const days = new Map<string, number>();
  for (const r of records) {
    if (minutesOf(r) <= 5 || customersServed <= 0) continue;
    const day = shanghaiDay(r.startedAt);
    days.set(day, (days.get(day) ?? 0) + (r.customers * minutesOf(r)) / customersServed);
  }
  return days;
}

/**
 * A reliability regulation plan's targets for a provider and year, and the financial penalty for
 * missing them (payable to the district, apart from customers' compensation): so much per minute
 * of SAIDI over target, per 0.01 of SAIFI over target, per percentage point of on-time
 * restoration under target, capped.
 */
export interface ReliabilityPlan {
  saidiMinutes: number;
  saifi: number;
  onTimeRestorationPct: number;
  penalty: { perSaidiMinuteFen: number; perSaifiHundredthFen: number; perOnTimePointFen: number; capFen: number };
}

export function reliabilityPenaltyFen(
  plan: ReliabilityPlan,
  actual: { saidiMinutes: number; saifi: number; onTimeRestorationPct: number },
): { fen: number; missed: ('saidi' | 'saifi' | 'on-time-restoration')[] } {
  const missed: ('saidi' | 'saifi' | 'on-time-restoration')[] = [];
  let fen = 0;
  if (actual.saidiMinutes > plan.saidiMinutes) {
    missed.push('saidi');
    fen += Math.ceil(actual.saidiMinutes - plan.saidiMinutes) * plan.penalty.perSaidiMinuteFen;
  }
  if (actual.saifi > plan.saifi) {
    missed.push('saifi');
    fen += Math.ceil(Math.round((actual.saifi - plan.saifi) * 1e6) / 1e4) * plan.penalty.perSaifiHundredthFen;
  }
  if (actual.onTimeRestorationPct < plan.onTimeRestorationPct) {
    missed.push('on-time-restoration');
    fen += Math.ceil(plan.onTimeRestorationPct - actual.onTimeRestorationPct) * plan.penalty.perOnTimePointFen;
  }
  return { fen: Math.min(fen, plan.penalty.capFen), missed };
}
