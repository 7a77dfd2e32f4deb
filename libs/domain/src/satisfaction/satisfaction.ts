import { disclosed, MIN_PUBLIC_COUNT } from '../disclosure';
import type { Utility } from '../form/utilities';

/**
 * Satisfaction (满意度) as the action plan counts it: the share of ratings of 4 or 5 out of 5, against
 * a target of 98 %. An average is not a satisfaction rate — 4.6 out of 5 may hide one business in
 * ten that was let down — so the rate is what is published and flagged.
 */
export const SATISFACTION_TARGET = 0.98;
/** A rating of this or more counts as satisfied. */
export const SATISFIED_FROM = 4;

/** One rating (1–5) and the services of what was rated: it counts once for each of them. */
export interface Rating {
  score: number;
  services: { utility: Utility; providerId: string }[];
  /** What was rated: the connection (the default), a complaint's handling, an interruption's. */
  source?: RatingSource;
}
export const RATING_SOURCES = ['application', 'complaint', 'interruption'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
type RatingForUtility = { utility: Utility; providerId: string; score: number };

export interface SatisfactionFigure {
  ratings: number;
  satisfied: number;
  /** The share of ratings of 4–5; null below MIN_PUBLIC_COUNT ratings (one person's score must not show). */
  rate: number | null;
  /** Below the 98 % target; null when the rate is withheld. */
  belowTarget: boolean | null;
}

export interface SatisfactionByUtility extends SatisfactionFigure {
  utility: Utility;
}
export interface SatisfactionByProvider extends SatisfactionByUtility {
  providerId: string;
}

const figure = (scores: number[]): SatisfactionFigure => {
  const satisfied = scores.filter((s) => s >= SATISFIED_FROM).length;
  const rate = disclosed(scores.length, satisfied / scores.length);
  return { ratings: scores.length, satisfied, rate, belowTarget: rate === null ? null : rate < SATISFACTION_TARGET };
};

const grouped = <K extends string>(ratings: RatingForUtility[], key: (r: RatingForUtility) => K) => {
  const groups = new Map<K, RatingForUtility[]>();
  for (const r of ratings) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
};

/** Satisfaction overall (each rating once), per utility and per provider's utility. */
export function satisfactionRates(given: Rating[]) {
  const ratings = given.flatMap(({ score, services }) => services.map((s) => ({ ...s, score })));
  return {
    target: SATISFACTION_TARGET,
    minimumCount: MIN_PUBLIC_COUNT,
    overall: figure(given.map((r) => r.score)),
    byUtility: grouped(ratings, (r) => r.utility).map(([utility, rs]): SatisfactionByUtility => ({
      utility,
      ...figure(rs.map((r) => r.score)),
    })),
    /** The same rate for each thing rated (every source listed, with none rated too). */
    bySource: RATING_SOURCES.map((source) => ({
      source,
      ...figure(given.filter((r) => (r.source ?? 'application') === source).map((r) => r.score)),
    })),
    byProvider: grouped(ratings, (r) => `${r.utility}\u0000${r.providerId}`).map(([, rs]): SatisfactionByProvider => ({
      utility: rs[0].utility,
      providerId: rs[0].providerId,
      ...figure(rs.map((r) => r.score)),
    })),
  };
}
