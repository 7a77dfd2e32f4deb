import { deadlineText, term } from '../../../domain/src/glossary';
import { at } from '../read-models/fold';
import type { ProjectedEvent } from '../read-models/projections';

const utilitiesText = (lang: 'en' | 'zh', utilities: string[]) =>
  utilities.map((u) => term(lang, u)).join(lang === 'zh' ? '、' : ', ');

/** A consultation's breach: a SlaBreached of one of its clocks. */
export const isConsultationBreach = (e: ProjectedEvent): e is Extract<ProjectedEvent, { type: 'SlaBreached' }> =>
  e.type === 'SlaBreached' && e.stage.startsWith('consultation-');

/**
 * Who hears what as a consultation moves: the window when one is asked and when a provider has
 * answered; a provider when a part is routed to it; the asker at every answer; the party late and
 * the district at a breach. The asker's words are never in a notification.
 */
export function consultationNotifications(e: ProjectedEvent) {
  const to = (
    recipientKind: string,
    recipientId: string | null,
    kind: string,
    message: string,
    messageZh: string,
    when: string,
  ) => ({ recipientKind, recipientId, kind, message, messageZh, createdAt: at(when) });
  switch (e.type) {
    case 'ConsultationAsked':
      return [
        to(
          'window',
          null,
          'consultation-asked',
          `New consultation about ${utilitiesText('en', e.utilities)}: reply ${deadlineText('en', e.replyDueAt, at(e.askedAt))}.`,
          `新咨询（${utilitiesText('zh', e.utilities)}），请于${deadlineText('zh', e.replyDueAt, at(e.askedAt))}答复`,
          e.askedAt,
        ),
      ];
    case 'ConsultationRouted':
      return [
        to(
          'provider',
          e.providerId,
          'consultation-routed',
          `The window asks you to answer a consultation about ${term('en', e.utility)}, ${deadlineText('en', e.dueAt, at(e.at))}.`,
          `一窗转来一件${term('zh', e.utility)}咨询，请${deadlineText('zh', e.dueAt, at(e.at))}答复`,
          e.at,
        ),
      ];
    case 'ConsultationAnswered':
      return [
        to(
          'applicant',
          e.applicantId,
          'consultation-answered',
          e.utility
            ? `Your consultation has an answer about ${term('en', e.utility)} from its provider.`
            : 'Your consultation has an answer from the window.',
          e.utility ? `您的咨询收到${term('zh', e.utility)}供应单位的答复` : '您的咨询收到一窗的答复',
          e.at,
        ),
        ...(e.utility
          ? [
              to(
                'window',
                null,
                'consultation-provider-answered',
                `The ${term('en', e.utility)} provider answered its part of a consultation.`,
                `${term('zh', e.utility)}供应单位已答复咨询`,
                e.at,
              ),
            ]
          : []),
      ];
    case 'SlaBreached':
      if (!isConsultationBreach(e)) return [];
      return [
        ...(e.party.kind === 'admin'
          ? []
          : [
              to(
                e.party.kind,
                'id' in e.party ? e.party.id : null,
                'consultation-late',
                `A consultation missed its limit: ${term('en', e.stage)} (${deadlineText('en', e.dueAt, at(e.at))}).`,
                `咨询超时：${term('zh', e.stage)}（时限 ${deadlineText('zh', e.dueAt, at(e.at))}）`,
                e.at,
              ),
            ]),
        to(
          'admin',
          null,
          'consultation-late',
          `A consultation missed its limit: ${term('en', e.stage)}.`,
          `咨询超时：${term('zh', e.stage)}`,
          e.at,
        ),
      ];
    default:
      return [];
  }
}
