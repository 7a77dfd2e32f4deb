import { deadlineText, term } from '../../../domain/src/glossary';
import { at } from '../read-models/fold';
import type { ProjectedEvent } from '../read-models/projections';
import { isFollowUpBreach } from './ratings.projection';

/** The window hears of each follow-up it owes; it and the district, of one missed. */
export function ratingNotifications(e: ProjectedEvent) {
  const to = (recipientKind: string, kind: string, message: string, messageZh: string, when: string) => ({
    recipientKind,
    recipientId: null,
    kind,
    message,
    messageZh,
    createdAt: at(when),
  });
  if (e.type === 'FollowUpOpened')
    return [
      to(
        'window',
        'follow-up-opened',
        `A business rated its ${term('en', `rated-${e.subject.kind}`)} ${e.score} out of 5: call back ${deadlineText('en', e.dueAt, at(e.ratedAt))}.`,
        `有企业对${term('zh', `rated-${e.subject.kind}`)}评价 ${e.score} 分：请于${deadlineText('zh', e.dueAt, at(e.ratedAt))}回访`,
        e.ratedAt,
      ),
    ];
  if (isFollowUpBreach(e))
    return ['window', 'admin'].map((who) =>
      to(
        who,
        'follow-up-late',
        `A follow-up call after a poor rating missed its limit (${deadlineText('en', e.dueAt, at(e.at))}).`,
        `差评回访超时（时限 ${deadlineText('zh', e.dueAt, at(e.at))}）`,
        e.at,
      ),
    );
  return [];
}
