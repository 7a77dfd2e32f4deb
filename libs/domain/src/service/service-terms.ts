import { z } from 'zod';
import { UTILITIES, type Utility } from '../form/utilities';
import type { Catalog } from '../catalog/catalog';
import type { FixedScheduleRule, LapseRule, NoticeRule } from './lapse-compensation';

/**
 * What a provider owes a connected account, published in the catalog next to the connection
 * limits (issue 11): notice before a planned interruption, how soon a repair crew arrives, how
 * soon supply is restored, what each customer type is paid for an interruption, and the
 * thresholds below which supply counts as insufficient (供给不足) with their own rules.
 * Durations are minutes of clock time (outages do not stop for weekends); money is fen.
 */
export const CUSTOMER_TYPES = ['business', 'residential'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** What is measured for insufficient supply, and in which unit. */
export const SUPPLY_QUANTITIES = {
  power: 'voltage-deviation-pct',
  water: 'pressure-mpa',
  gas: 'pressure-kpa',
  broadband: 'rate-pct-of-contracted',
} as const satisfies Record<Utility, string>;
export type SupplyQuantity = (typeof SUPPLY_QUANTITIES)[Utility];

export interface SupplyThreshold {
  quantity: SupplyQuantity;
  /** Supply is insufficient below min or above max (either may be absent). */
  min?: number;
  max?: number;
  /** The standard the threshold comes from, shown with it. */
  basis: string;
}

export interface UtilityServiceTerms {
  /** A planned interruption announced less than this ahead of its start pays `notice.fen`. */
  notice: NoticeRule;
  /** Repair crew on site after an unplanned interruption is reported (urban). */
  arrivalMinutes: number;
  /** Supply back after an unplanned interruption starts. */
  restorationMinutes: number;
  /** Compensation for an interruption, by customer type ('*' = any). */
  interruption: { customerType: CustomerType | '*'; rule: LapseRule }[];
  insufficient: { threshold: SupplyThreshold; rectificationMinutes: number; rule: FixedScheduleRule };
}

export interface ServiceTerms {
  utilities: Record<Utility, UtilityServiceTerms>;
  /** How long after restoration the end time may still be corrected (the workflow stays open). */
  correctionDays: number;
  /** The minimum notice of a tariff change, in calendar days (absent in catalogs before it: 30). */
  tariffNoticeDays?: number;
  /** The energy charge (fen/kWh) used for accounts that do not carry their own, by tariff. */
  defaultEnergyFenPerKwh: { 'single-part': number; 'two-part': number };
  /** Load factor for accounts without a consumption history (likely use = capacity × factor). */
  defaultLoadFactor: number;
}

const hours = (h: number) => h * 60;
const fixed = (graceH: number, firstFen: number, everyH: number, furtherFen: number, capFen: number) =>
  ({
    kind: 'fixed-schedule',
    graceMinutes: hours(graceH),
    firstFen,
    everyMinutes: hours(everyH),
    furtherFen,
    capFen,
  }) as const;

/**
 * The defaults a catalog without its own service terms uses. Grounded: notice periods (power
 * 7 days, water and gas 48 hours, broadband 24 hours, as the issue's policy asks); the power
 * consumption rule of 供电营业规则 (2024) for businesses (5 × single-part, 4 × two-part); GB/T
 * 12325 voltage deviation (±7 % at 20 kV and below); 0.14 MPa water pressure at the network's end
 * (GB 50282); 45 minutes to arrive in town (State Grid's urban commitment). The fixed schedules
 * follow Ofgem's guaranteed standards' shape (after 12 hours, then per further 12 hours, capped);
 * every amount is ILLUSTRATIVE for an admin to republish.
 */
export const DEFAULT_SERVICE_TERMS: ServiceTerms = {
  correctionDays: 30,
  tariffNoticeDays: 30,
  defaultEnergyFenPerKwh: { 'single-part': 65, 'two-part': 60 },
  defaultLoadFactor: 0.5,
  utilities: {
    power: {
      notice: { noticeMinutes: hours(7 * 24), fen: 10_000 },
      arrivalMinutes: 45,
      restorationMinutes: hours(12),
      interruption: [
        { customerType: 'business', rule: { kind: 'consumption', singlePartMultiple: 5, twoPartMultiple: 4 } },
        { customerType: 'residential', rule: fixed(12, 5_000, 12, 2_500, 30_000) },
      ],
      insufficient: {
        threshold: { quantity: 'voltage-deviation-pct', min: -7, max: 7, basis: 'GB/T 12325 (≤ 20 kV, ±7 %)' },
        rectificationMinutes: hours(72),
        rule: fixed(24, 2_000, 24, 1_000, 20_000),
      },
    },
    water: {
      notice: { noticeMinutes: hours(48), fen: 5_000 },
      arrivalMinutes: 60,
      restorationMinutes: hours(24),
      interruption: [{ customerType: '*', rule: fixed(24, 5_000, 12, 2_500, 30_000) }],
      insufficient: {
        threshold: { quantity: 'pressure-mpa', min: 0.14, basis: 'GB 50282: ≥ 0.14 MPa at the network end' },
        rectificationMinutes: hours(72),
        rule: fixed(24, 2_000, 24, 1_000, 20_000),
      },
    },
    gas: {
      notice: { noticeMinutes: hours(48), fen: 5_000 },
      arrivalMinutes: 30,
      restorationMinutes: hours(24),
      interruption: [{ customerType: '*', rule: fixed(24, 5_000, 12, 2_500, 30_000) }],
      insufficient: {
        threshold: { quantity: 'pressure-kpa', min: 1.5, max: 3, basis: 'low-pressure appliances: 0.75–1.5 × 2 kPa' },
        rectificationMinutes: hours(48),
        rule: fixed(12, 2_000, 24, 1_000, 20_000),
      },
    },
    broadband: {
      notice: { noticeMinutes: hours(24), fen: 2_000 },
      arrivalMinutes: hours(4),
      restorationMinutes: hours(48),
      interruption: [{ customerType: '*', rule: fixed(48, 2_000, 24, 1_000, 10_000) }],
      insufficient: {
        threshold: { quantity: 'rate-pct-of-contracted', min: 60, basis: 'illustrative: 60 % of the contracted rate' },
        rectificationMinutes: hours(72),
        rule: fixed(48, 1_000, 24, 500, 5_000),
      },
    },
  },
};

/** The service terms a catalog version publishes, or the defaults for versions that predate them. */
export function serviceTermsOf(catalog: Pick<Catalog, 'service'>): ServiceTerms {
  return catalog.service ?? DEFAULT_SERVICE_TERMS;
}

export function interruptionRuleFor(terms: ServiceTerms, utility: Utility, customerType: CustomerType): LapseRule {
  const rules = terms.utilities[utility].interruption;
  const rule = rules.find((r) => r.customerType === customerType) ?? rules.find((r) => r.customerType === '*');
  if (!rule) throw new Error(`no ${utility} interruption rule for ${customerType} customers`);
  return rule.rule;
}

/** Whether a measured value is outside the threshold (insufficient supply). */
export function isInsufficient(threshold: SupplyThreshold, value: number): boolean {
  return (
    (threshold.min !== undefined && value < threshold.min) || (threshold.max !== undefined && value > threshold.max)
  );
}

// The catalog draft's schema for the terms, so an admin publishes them like the limits.
const minutes = z.number().int('must be whole minutes').min(1, 'at least 1').max(527_040, 'at most a year');
const fen = z.number().int('must be whole fen').min(0, 'must not be negative').max(100_000_000, 'at most ¥1,000,000');
const fixedSchedule = z.object({
  kind: z.literal('fixed-schedule'),
  graceMinutes: z.number().int().min(0).max(527_040),
  firstFen: fen,
  everyMinutes: minutes,
  furtherFen: fen,
  capFen: fen.min(1, 'every rule needs a cap above 0'),
});
const lapseRule = z.discriminatedUnion('kind', [
  fixedSchedule,
  z.object({
    kind: z.literal('consumption'),
    singlePartMultiple: z.number().min(0).max(100),
    twoPartMultiple: z.number().min(0).max(100),
  }),
]);
const utilityTerms = (utility: Utility) =>
  z.object({
    notice: z.object({ noticeMinutes: minutes, fen }),
    arrivalMinutes: minutes,
    restorationMinutes: minutes,
    interruption: z
      .array(z.object({ customerType: z.enum([...CUSTOMER_TYPES, '*']), rule: lapseRule }))
      .min(1, 'at least one interruption rule'),
    insufficient: z.object({
      threshold: z
        .object({
          quantity: z.literal(SUPPLY_QUANTITIES[utility]),
          min: z.number().optional(),
          max: z.number().optional(),
          basis: z.string().trim().min(1).max(300),
        })
        .refine((t) => t.min !== undefined || t.max !== undefined, { message: 'give min, max or both' }),
      rectificationMinutes: minutes,
      rule: fixedSchedule,
    }),
  });

export const serviceTermsSchema = z.object({
  utilities: z.object(
    Object.fromEntries(UTILITIES.map((u) => [u, utilityTerms(u)])) as Record<Utility, ReturnType<typeof utilityTerms>>,
  ),
  correctionDays: z.number().int().min(1).max(365),
  tariffNoticeDays: z.number().int().min(1).max(365).optional(),
  defaultEnergyFenPerKwh: z.object({ 'single-part': fen, 'two-part': fen }),
  defaultLoadFactor: z.number().gt(0).max(1),
});
