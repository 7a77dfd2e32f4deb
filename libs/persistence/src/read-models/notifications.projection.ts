import type { Party } from '../../../domain/src/process/events';
import { UTILITY_NAMES, type Utility } from '../../../domain/src/form/utilities';
import { formatFen } from '../../../domain/src/catalog/compensation';
import { dateTimeText, deadlineText, term } from '../../../domain/src/glossary';
import { SERVICE_RECORD_TYPES } from '../../../domain/src/service/events';
import { TARIFF_EVENT_TYPES } from '../../../domain/src/tariffs/tariff-notice';
import { tariffNotifications } from '../tariffs/tariff-notifications';
import { COMPLAINT_EVENT_TYPES } from '../../../domain/src/complaints/complaint';
import { complaintNotifications } from '../complaints/complaint-notifications';
import { CONSULTATION_EVENT_TYPES } from '../../../domain/src/consultations/consultation';
import { consultationNotifications, isConsultationBreach } from '../consultations/consultation-notifications';
import { RATING_EVENT_TYPES } from '../../../domain/src/satisfaction/follow-up';
import { ratingNotifications } from '../satisfaction/rating-notifications';
import { isFollowUpBreach } from '../satisfaction/ratings.projection';
import { NotificationRow } from './entities';
import { at, make } from './fold';
import type { ProjectedEvent, Projection } from './projections';

/**
 * Notifications: which events tell whom what, in English and Chinese, in words (stages by name,
 * times in Asia/Shanghai as people write them). Pure: ids derive from the event's id.
 */
const trackName = (track: string) => (track === 'joint' ? 'one-window' : UTILITY_NAMES[track as Utility].en);

/** Events of the admin streams (catalog, calendar, zones) belong to no application. */
const isApplicationEvent = (e: ProjectedEvent): e is Extract<ProjectedEvent, { applicationId: string }> =>
  !TARIFF_EVENT_TYPES.has(e.type) &&
  e.type !== 'CatalogPublished' &&
  e.type !== 'CalendarYearPublished' &&
  e.type !== 'RiskZonesPublished' &&
  !SERVICE_RECORD_TYPES.has(e.type);

/**
 * A stage's 75 % warning to the party that owes it: from the workflow's SlaWarningIssued (releases
 * up to 0.2) or from the warning sweeper (0.3), in the same words.
 */
export function warningNotification(w: { track: string; stage: string; party: Party; dueAt: string; at: string }) {
  return {
    recipientKind: w.party.kind,
    recipientId: 'id' in w.party ? w.party.id : null,
    kind: 'sla-warning',
    message: `${trackName(w.track)} ${term('en', w.stage)} is due ${deadlineText('en', w.dueAt, at(w.at))}.`,
    messageZh: `即将超时：${term('zh', w.track)} ${term('zh', w.stage)}，${deadlineText('zh', w.dueAt, at(w.at))}到期`,
    createdAt: at(w.at),
  };
}

/** Which notifications an event sends, to whom. Pure: ids derive from the event's id. */
function notificationsFor(e: ProjectedEvent): Omit<NotificationRow, 'id' | 'applicationId'>[] {
  if (!isApplicationEvent(e)) return [];
  const applicant = (kind: string, message: string, messageZh: string, when: string) => ({
    recipientKind: 'applicant',
    recipientId: e.applicantId,
    kind,
    message,
    messageZh,
    createdAt: at(when),
  });
  const party = (p: Party, kind: string, message: string, messageZh: string, when: string) => ({
    recipientKind: p.kind,
    recipientId: 'id' in p ? p.id : null,
    kind,
    message,
    messageZh,
    createdAt: at(when),
  });
  switch (e.type) {
    case 'SupplementRequested':
      return [
        applicant(
          'supplement-requested',
          `Please supply: ${e.items.join('; ')}. ${e.message}`,
          `请补正材料：${e.items.join('；')}`,
          e.at,
        ),
      ];
    case 'ApplicationAccepted':
      return [
        applicant('accepted', 'Your application was accepted by the one window.', '您的联合报装申请已受理', e.at),
      ];
    case 'ApplicationRejected':
      return [
        applicant('rejected', `Your application was not accepted: ${e.reason}`, `您的申请未予受理：${e.reason}`, e.at),
      ];
    case 'JointSurveyScheduled':
      return [
        applicant(
          'survey-scheduled',
          `Joint site survey on ${dateTimeText('en', e.appointmentAt)} (Beijing time).`,
          `联合踏勘时间：${dateTimeText('zh', e.appointmentAt)}`,
          e.at,
        ),
      ];
    case 'JointSurveyMissed':
      return [
        applicant(
          'survey-missed',
          `The joint survey was missed (${e.note}). The providers' clocks are stopped until the window sets a new date.`,
          `联合踏勘未能进行（${e.note}），待重新安排后继续计时`,
          e.at,
        ),
      ];
    case 'ApplicationCompleted':
      return [
        applicant(
          'completed',
          'Every requested service is connected. Please rate the service.',
          '全部接入已完成，请评价',
          e.at,
        ),
      ];
    case 'StageStarted':
      return [
        party(
          e.party,
          'task-opened',
          `New task: ${trackName(e.track)} ${term('en', e.stage)}, due ${deadlineText('en', e.dueAt, at(e.startedAt))}.`,
          `新任务：${term('zh', e.track)} ${term('zh', e.stage)}，${deadlineText('zh', e.dueAt, at(e.startedAt))}完成`,
          e.startedAt,
        ),
      ];
    case 'SlaWarningIssued':
      return [warningNotification(e)];
    case 'SlaBreached':
      return [
        // The district hears of every breach below; a breach of its own is not told twice.
        ...(e.party.kind === 'admin'
          ? []
          : [
              party(
                e.party,
                'sla-breached',
                `${trackName(e.track)} ${term('en', e.stage)} missed its deadline (${deadlineText('en', e.dueAt, at(e.at))}).`,
                `已超时：${term('zh', e.track)} ${term('zh', e.stage)}（时限 ${deadlineText('zh', e.dueAt, at(e.at))}）`,
                e.at,
              ),
            ]),
        {
          recipientKind: 'admin',
          recipientId: null,
          kind: 'sla-breached',
          message: `${trackName(e.track)} ${term('en', e.stage)} missed its deadline.`,
          messageZh: `超时：${term('zh', e.track)} ${term('zh', e.stage)}`,
          createdAt: at(e.at),
        },
      ];
    case 'BreachReviewed':
      return e.decision === 'waive'
        ? [
            applicant(
              'compensation-waived',
              `Compensation of ${formatFen(e.waivedFen)} for ${trackName(e.track)} ${term('en', e.stage)} was waived: ${e.reason}`,
              `${term('zh', e.track)} ${term('zh', e.stage)}的补偿 ${formatFen(e.waivedFen)} 经审核免除：${e.reason}`,
              e.at,
            ),
          ]
        : [];
    case 'LapseCompensationBooked':
      return e.amountFen === 0
        ? []
        : [
            {
              recipientKind: 'applicant',
              recipientId: e.customerId,
              kind: 'lapse-compensation',
              message:
                e.amountFen > 0
                  ? `${formatFen(e.amountFen)} compensation booked to account ${e.accountNo}: ${e.stage === 'notice' ? 'too little notice of a planned interruption' : `${Math.round(e.minutes)} minutes without supply`}.`
                  : `A corrected report reverses ${formatFen(-e.amountFen)} of the compensation booked to account ${e.accountNo}.`,
              messageZh:
                e.amountFen > 0
                  ? `户号 ${e.accountNo} 已计补偿 ${formatFen(e.amountFen)}`
                  : `户号 ${e.accountNo} 因报告更正冲回补偿 ${formatFen(-e.amountFen)}`,
              createdAt: at(e.at),
            },
          ];
    case 'CompensationAccrued':
      if (e.stage === 'complaint-decision')
        return [
          applicant(
            'compensation',
            `${formatFen(e.amountFen)} remedy booked: your complaint was upheld.`,
            `投诉成立，已计补偿 ${formatFen(e.amountFen)}`,
            e.at,
          ),
        ];
      return [
        applicant(
          'compensation',
          `${formatFen(e.amountFen)} compensation accrued: ${trackName(e.track)} ${term('en', e.stage)} is late.`,
          `因${term('zh', e.track)}${term('zh', e.stage)}超时，已计补偿 ${formatFen(e.amountFen)}`,
          e.at,
        ),
      ];
    default:
      return [];
  }
}

type Outgoing = Omit<NotificationRow, 'id' | 'applicationId'> & { applicationId?: string; key?: string };

/** Every notification an event sends: about an application, or a tariff change to each holder. */
const outgoing = (e: ProjectedEvent): Outgoing[] =>
  TARIFF_EVENT_TYPES.has(e.type)
    ? tariffNotifications(e)
    : COMPLAINT_EVENT_TYPES.has(e.type)
      ? complaintNotifications(e)
      : CONSULTATION_EVENT_TYPES.has(e.type) || isConsultationBreach(e)
        ? consultationNotifications(e)
        : RATING_EVENT_TYPES.has(e.type) || isFollowUpBreach(e)
          ? ratingNotifications(e)
          : notificationsFor(e);
/** Ids derive from the event: one per recipient kind, or per holder where an event tells many. */
const idOf = (e: ProjectedEvent, n: Outgoing) => `${e.eventId}:${n.recipientKind}${n.key ? `:${n.key}` : ''}`;

export const notificationsProjection: Projection<NotificationRow> = {
  entity: NotificationRow,
  keys: (e) => outgoing(e).map((n) => ({ id: idOf(e, n) })),
  evolve(row, e, key) {
    if (row) return undefined;
    const found = outgoing(e).find((n) => key.id === idOf(e, n));
    if (!found) return undefined;
    const { key: _key, applicationId, ...notification } = found;
    const about = applicationId ?? (isApplicationEvent(e) ? e.applicationId : undefined);
    return about === undefined
      ? undefined
      : make(NotificationRow, { id: key.id!, applicationId: about, ...notification });
  },
};
