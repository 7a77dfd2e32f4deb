import { formatFen } from '../../../domain/src/catalog/compensation';
import { deadlineText, term } from '../../../domain/src/glossary';
import { at } from '../read-models/fold';
import type { ProjectedEvent } from '../read-models/projections';

const outcomeZh = (o: string) => (o === 'rejected' ? term('zh', 'rejected-complaint') : term('zh', o));
const outcomeEn = (o: string) => (o === 'rejected' ? term('en', 'rejected-complaint') : term('en', o));

/**
 * Who hears what as a complaint moves: the district when one arrives, is answered or escalates;
 * the complainant at each step of theirs; the provider when the district asks it and when it decides.
 * The complainant's words are never in a notification.
 */
export function complaintNotifications(e: ProjectedEvent) {
  const to = (
    recipientKind: string,
    recipientId: string | null,
    kind: string,
    message: string,
    messageZh: string,
    when: string,
  ) => ({
    recipientKind,
    recipientId,
    kind,
    message,
    messageZh,
    createdAt: at(when),
  });
  switch (e.type) {
    case 'ComplaintFiled':
      return [
        to(
          'admin',
          null,
          'complaint-filed',
          `New complaint (${term('en', e.category)}) about ${e.providerId}: acknowledge ${deadlineText('en', e.acknowledgeDueAt, at(e.filedAt))}.`,
          `新投诉（${term('zh', e.category)}），请于${deadlineText('zh', e.acknowledgeDueAt, at(e.filedAt))}确认受理`,
          e.filedAt,
        ),
      ];
    case 'ComplaintAcknowledged':
      return [
        to(
          'applicant',
          e.applicantId,
          'complaint-acknowledged',
          'Your complaint was acknowledged by the district.',
          '您的投诉已由区营商办受理',
          e.at,
        ),
      ];
    case 'ComplaintResponseRequested':
      return [
        to(
          'provider',
          e.providerId,
          'complaint-response-requested',
          `The district asks for your response to a complaint, ${deadlineText('en', e.dueAt, at(e.at))}.`,
          `区营商办请您答复一件投诉，${deadlineText('zh', e.dueAt, at(e.at))}`,
          e.at,
        ),
      ];
    case 'ComplaintResponded':
      return [
        to(
          'admin',
          null,
          'complaint-responded',
          'The provider has responded to a complaint.',
          '供应单位已答复投诉',
          e.at,
        ),
      ];
    case 'ComplaintDecided':
      return [
        to(
          'applicant',
          e.applicantId,
          'complaint-decided',
          `Your complaint was decided: ${outcomeEn(e.outcome)}${e.remedyFen ? `, remedy ${formatFen(e.remedyFen)}` : ''}. Accept it, or ask once for it to be reconsidered.`,
          `您的投诉已有处理决定：${outcomeZh(e.outcome)}${e.remedyFen ? `，补偿 ${formatFen(e.remedyFen)}` : ''}。请确认，或申请重新处理一次`,
          e.at,
        ),
      ];
    case 'ComplaintReopened':
      return [
        to(
          'admin',
          null,
          'complaint-reopened',
          'A complainant asked for a decision to be reconsidered.',
          '投诉人申请重新处理',
          e.at,
        ),
      ];
    case 'ComplaintEscalated':
      return [
        to(
          'admin',
          null,
          'complaint-escalated',
          `Escalated to the district's lead: ${term('en', e.stage)} missed its limit.`,
          `已升级至分管领导：${term('zh', e.stage)}超过时限`,
          e.at,
        ),
      ];
    default:
      return [];
  }
}
