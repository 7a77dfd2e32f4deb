import { z } from 'zod';
import { FOLLOW_UP_OUTCOMES } from '../../../../libs/domain/src/satisfaction/follow-up';
import type { RatingRow } from '../../../../libs/persistence/src';
import { isoOut, loose } from '../service/service-schemas';

export const rateBody = z.object({
  score: z.number().int('must be a whole number').min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  comment: z.string().trim().max(2000).optional(),
});

export const followUpBody = z.object({
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  /** What the business said and what was done. */
  note: z.string().trim().min(1).max(4000),
});

export const followUpFilter = z.object({
  status: z.enum(['open', 'recorded', 'late']).optional(),
});

export const ratingSchema = loose({
  id: z.string(),
  subject: loose({ kind: z.string(), id: z.string() }),
  score: z.number().int(),
  ratedAt: isoOut,
  followUp: loose({
    dueAt: isoOut,
    outcome: z.string().nullable(),
    note: z.string().nullable(),
    recordedAt: isoOut.nullable(),
    late: z.boolean(),
  }).nullable(),
});

export const ratingView = (r: RatingRow, withComment = true) => ({
  id: r.id,
  subject: { kind: r.subjectKind, id: r.subjectId },
  score: r.score,
  ...(withComment ? { comment: r.comment } : {}),
  services: r.services,
  ratedAt: r.ratedAt,
  followUp: r.followUpDueAt
    ? {
        dueAt: r.followUpDueAt,
        outcome: r.followUpOutcome,
        note: r.followUpNote,
        recordedAt: r.followUpAt,
        late: r.followUpLate,
        abandoned: r.followUpAbandoned,
      }
    : null,
});
