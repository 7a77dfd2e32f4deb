import type { ApplicantText } from '../form/sealed-fields';
import type { Utility } from '../form/utilities';

/**
 * Ratings beyond the connection, and the follow-up call (回访) a poor one opens. A business rates
 * how a closed complaint was handled and how an interruption it lived through was dealt with (the
 * connection is rated in its own workflow). A rating of 1 or 2 — whatever it rates — opens a
 * follow-up for the window, due within its limit in working days; the window records what came
 * of it. A follow-up not recorded in time is a breach of the window's, once.
 */
export const RATED_SUBJECTS = ['application', 'complaint', 'interruption'] as const;
export type RatedSubjectKind = (typeof RATED_SUBJECTS)[number];
export interface RatedSubject {
  kind: RatedSubjectKind;
  id: string;
}

/** A rating at or below this opens a follow-up. */
export const FOLLOW_UP_AT_OR_BELOW = 2;
/** Working days the window has to call back and record the outcome. */
export const FOLLOW_UP_DAYS = 2;
/** Calendar days after which an unrecorded follow-up stops waiting (its breach stands). */
export const FOLLOW_UP_GIVE_UP_DAYS = 60;

export const FOLLOW_UP_OUTCOMES = ['resolved', 'explained', 'unresolved', 'unreachable'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const needsFollowUp = (score: number) => score <= FOLLOW_UP_AT_OR_BELOW;

export interface RatingInput {
  ratingId: string;
  subject: RatedSubject;
  raterId: string;
  score: number;
  comment?: ApplicantText;
  /** What the rating counts for: each utility and provider of what was rated. */
  services: { utility: Utility; providerId: string }[];
  ratedAt: string;
  /** False when the rating is already recorded elsewhere (a connection's, in its own workflow). */
  record: boolean;
}

export type RatingEvent =
  | {
      type: 'Rated';
      ratingId: string;
      subject: RatedSubject;
      raterId: string;
      score: number;
      comment?: ApplicantText;
      services: { utility: Utility; providerId: string }[];
      at: string;
    }
  | {
      type: 'FollowUpOpened';
      ratingId: string;
      subject: RatedSubject;
      raterId: string;
      score: number;
      services: { utility: Utility; providerId: string }[];
      ratedAt: string;
      dueAt: string;
    }
  | {
      type: 'FollowUpRecorded';
      ratingId: string;
      outcome: FollowUpOutcome;
      note: string;
      at: string;
      by: string;
      /** Working days from the rating to the record. */
      workingDays: number;
    }
  | { type: 'FollowUpAbandoned'; ratingId: string; at: string };

export const RATING_EVENT_TYPES = new Set<string>(['Rated', 'FollowUpOpened', 'FollowUpRecorded', 'FollowUpAbandoned']);
