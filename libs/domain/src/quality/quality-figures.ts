import { z } from 'zod';
import type { Utility } from '../form/utilities';

/**
 * Supply quality and sustainability (供应质量、可靠性和可持续性), published monthly beside
 * reliability: each provider submits its month's figures for its utility, each checked against a
 * plausible range (a figure outside it is a typing slip far more often than a fact). Percentages
 * are 0–100. A provider that has not submitted when the month's report is produced (the first
 * working day of the next month) has missed the publication limit: a breach of its own.
 */
export const QUALITY_METRICS = {
  power: {
    /** Share of measured voltages within the standard's deviation (GB/T 12325). */
    voltagePassRatePct: [80, 100],
    /** Energy lost in the network, as a share of energy supplied. */
    lineLossRatePct: [0, 20],
    /** Share of the energy supplied from renewable sources. */
    renewableSharePct: [0, 100],
  },
  water: {
    pressurePassRatePct: [80, 100],
    /** Share of samples meeting GB 5749. */
    qualityPassRatePct: [80, 100],
    /** Water produced but not billed (leaks, theft, metering), as a share of water produced. */
    nonRevenueWaterRatePct: [0, 60],
  },
  gas: {
    pressurePassRatePct: [80, 100],
    leakIncidentsPer100Km: [0, 50],
  },
  broadband: {
    /** Share of measured lines reaching the contracted rate. */
    rateAttainmentPct: [50, 100],
  },
} as const satisfies Record<Utility, Record<string, readonly [number, number]>>;

export type QualityMetric<U extends Utility = Utility> = keyof (typeof QUALITY_METRICS)[U] & string;

const figure = ([min, max]: readonly [number, number]) =>
  z
    .number({ error: 'must be a number' })
    .min(min, `outside the plausible range ${min}–${max}`)
    .max(max, `outside the plausible range ${min}–${max}`);

/** A month's figures for one utility: every metric of it, each in its plausible range. */
export function qualityFiguresSchema(utility: Utility) {
  const metrics = QUALITY_METRICS[utility] as Record<string, readonly [number, number]>;
  return z.object(Object.fromEntries(Object.entries(metrics).map(([name, range]) => [name, figure(range)]))).strict();
}

export const QUALITY_CSV_COLUMNS = ['provider_id', 'month', 'metric', 'value'] as const;

export type QualityFigures = Record<string, number>;

export interface QualityEvent {
  type: 'QualityFiguresSubmitted';
  providerId: string;
  utility: Utility;
  month: string;
  figures: QualityFigures;
  by: string;
  at: string;
}
