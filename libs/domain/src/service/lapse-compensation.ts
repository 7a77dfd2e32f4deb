/**
 * What a connected account is owed when its supply lapses (an interruption, or supply below the
 * contracted quality). Pure: the interruption workflow (issue 11) books what these functions say,
 * and a corrected report books only the difference. Money is integer fen; durations are minutes.
 */

/**
 * A fixed schedule, as the UK's guaranteed standards pay for a power cut: nothing for the first
 * `graceMinutes`, then `firstFen`, then `furtherFen` for each further full `everyMinutes`, capped.
 * E.g. Ofgem GS2 (domestic): £95 after 12 hours, £45 per further 12 hours, capped.
 */
export interface FixedScheduleRule {
  kind: 'fixed-schedule';
  graceMinutes: number;
  firstFen: number;
  everyMinutes: number;
  furtherFen: number;
  capFen: number;
}

/**
 * China's 供电营业规则 (2024) for an interruption the supplier is responsible for: a multiple of
 * the energy charge for what the account would likely have used while cut off — 5 × for a
 * single-part tariff (单一制), 4 × for a two-part tariff (两部制).
 */
export interface ConsumptionRule {
  kind: 'consumption';
  singlePartMultiple: number;
  twoPartMultiple: number;
}

export type LapseRule = FixedScheduleRule | ConsumptionRule;

export const SUPPLY_RULES_2024: ConsumptionRule = { kind: 'consumption', singlePartMultiple: 5, twoPartMultiple: 4 };

/** What the consumption rule needs to know of an account. */
export interface MeteredAccount {
  tariff: 'single-part' | 'two-part';
  /** The energy charge (电度电价), fen per kWh. */
  energyFenPerKwh: number;
  /**
   * Its likely use per hour: its recent average (normal months' kWh ÷ their hours), or, without
   * a history, contracted capacity × load factor.
   */
  usage: { recentKwh: number; recentHours: number } | { capacityKw: number; loadFactor: number };
}

export function likelyKwhPerHour(account: MeteredAccount): number {
  const usage = account.usage;
  if ('recentKwh' in usage) return usage.recentHours > 0 ? usage.recentKwh / usage.recentHours : 0;
  return usage.capacityKw * usage.loadFactor;
}

/** Compensation owed for `minutes` without supply, by the rule. Rounded to the fen, half up. */
export function lapseCompensationFen(rule: LapseRule, minutes: number, account?: MeteredAccount): number {
  if (minutes <= 0) return 0;
  if (rule.kind === 'fixed-schedule') {
    if (minutes < rule.graceMinutes) return 0;
    const further = rule.everyMinutes > 0 ? Math.floor((minutes - rule.graceMinutes) / rule.everyMinutes) : 0;
    return Math.min(rule.capFen, rule.firstFen + further * rule.furtherFen);
  }
  if (!account) throw new Error('the consumption rule needs the account’s tariff and usage');
  const multiple = account.tariff === 'two-part' ? rule.twoPartMultiple : rule.singlePartMultiple;
  const kwh = likelyKwhPerHour(account) * (minutes / 60);
  return Math.round(multiple * kwh * account.energyFenPerKwh);
}

/**
 * A planned interruption needs notice ahead of its start (catalog values: power 7 days, water and
 * gas 48 hours, broadband 24 hours). Too little notice pays `fen`.
 */
export interface NoticeRule {
  noticeMinutes: number;
  fen: number;
}

export function noticeCompensationFen(rule: NoticeRule, noticedAt: Date | null, startsAt: Date): number {
  if (noticedAt === null) return rule.fen;
  return startsAt.getTime() - noticedAt.getTime() >= rule.noticeMinutes * 60_000 ? 0 : rule.fen;
}

/**
 * What to book when an account's entitlement changes (a corrected end time, a repeated report):
 * the difference from what is booked already — a top-up, a reversal, or nothing. Never a second
 * payment of the whole.
 */
export function bookingFor(bookedFen: number, owedFen: number): { kind: 'none' | 'top-up' | 'reversal'; fen: number } {
  if (owedFen === bookedFen) return { kind: 'none', fen: 0 };
  return owedFen > bookedFen
    ? { kind: 'top-up', fen: owedFen - bookedFen }
    : { kind: 'reversal', fen: bookedFen - owedFen };
}
