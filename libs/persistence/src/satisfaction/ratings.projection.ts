import { RATING_EVENT_TYPES, type RatingEvent } from '../../../domain/src/satisfaction/follow-up';
import { at, make } from '../read-models/fold';
import type { ProjectedEvent, Projection } from '../read-models/projections';
import { RatingRow } from './rating.entity';

const isRatingEvent = (e: ProjectedEvent): e is Extract<ProjectedEvent, RatingEvent> => RATING_EVENT_TYPES.has(e.type);
export const isFollowUpBreach = (e: ProjectedEvent): e is Extract<ProjectedEvent, { type: 'SlaBreached' }> =>
  e.type === 'SlaBreached' && e.stage === 'follow-up';

const blank = (e: Extract<ProjectedEvent, { type: 'Rated' | 'FollowUpOpened' }>) =>
  make(RatingRow, {
    id: e.ratingId,
    subjectKind: e.subject.kind,
    subjectId: e.subject.id,
    raterId: e.raterId,
    score: e.score,
    comment: null,
    services: e.services,
    ratedAt: at(e.type === 'Rated' ? e.at : e.ratedAt),
    followUpDueAt: null,
    followUpOutcome: null,
    followUpNote: null,
    followUpAt: null,
    followUpBy: null,
    followUpLate: false,
    followUpAbandoned: false,
  });

export const ratingsProjection: Projection<RatingRow> = {
  entity: RatingRow,
  keys: (e) => (isRatingEvent(e) ? [{ id: e.ratingId }] : isFollowUpBreach(e) ? [{ id: e.applicationId }] : []),
  evolve(row, e) {
    switch (e.type) {
      case 'Rated':
        // The comment was opened for the read model (the erasure blanks it here).
        return { ...(row ?? blank(e)), comment: typeof e.comment === 'string' ? e.comment : null };
      case 'FollowUpOpened':
        return { ...(row ?? blank(e)), followUpDueAt: at(e.dueAt) };
      case 'FollowUpRecorded':
        return (
          row && { ...row, followUpOutcome: e.outcome, followUpNote: e.note, followUpAt: at(e.at), followUpBy: e.by }
        );
      case 'FollowUpAbandoned':
        return row && { ...row, followUpAbandoned: true };
      case 'SlaBreached':
        return row && isFollowUpBreach(e) ? { ...row, followUpLate: true } : undefined;
    }
    return undefined;
  },
};
