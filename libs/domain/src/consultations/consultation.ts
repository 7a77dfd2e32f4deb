import type { Party } from '../process/events';
import type { ApplicantText } from '../form/sealed-fields';
import type { Utility } from '../form/utilities';

/**
 * One-window consultation (一窗咨询): anyone signed in — a business before it applies included —
 * asks one question about one or more of the four utilities, in one place. The window replies
 * within its published limit, answering itself or routing a utility's part to its provider, who
 * answers within its own limit; every limit in working days on the same calendar as every other
 * clock, and a missed one is a breach in the same review queue. The asker reads every answer in
 * one thread and may turn the consultation into an application, the one form pre-filled from
 * what it told us. Answers the window publishes (rewritten for the public) become the FAQ.
 */
export type ConsultationStage = 'consultation-reply' | 'consultation-answer';

/** Published in the catalog (`consultation`); a catalog without it uses the defaults. */
export interface ConsultationTerms {
  /** Working days the window has to reply (answer, or route to a provider) from the question. */
  windowDays: number;
  /** Working days a provider has to answer the part routed to it, from the routing. */
  providerDays: number;
  /** Calendar days an answered consultation stays open to be turned into an application. */
  openDays: number;
}
export const DEFAULT_CONSULTATION_TERMS: ConsultationTerms = { windowDays: 1, providerDays: 1, openDays: 30 };

export const consultationTerms = (catalog: { consultation?: Partial<ConsultationTerms> } | undefined) => ({
  ...DEFAULT_CONSULTATION_TERMS,
  ...(catalog?.consultation ?? {}),
});

/** What the asker told us: the question and, if it has them, the site and the business's name. */
export interface ConsultationInput {
  consultationId: string;
  askerId: string;
  utilities: Utility[];
  /** The asker's words, sealed with their key by the API, like the site's address and the name. */
  question: ApplicantText;
  site?: { address: ApplicantText; district: string };
  companyName?: ApplicantText;
  askedAt: string;
}

/** A provider's part of a consultation: routed by the window, answered by the provider. */
export interface ConsultationPart {
  utility: Utility;
  providerId: string;
  note: string;
  routedAt: string;
  dueAt: string;
  answeredAt: string | null;
}

export type ConsultationStatus = 'asked' | 'routed' | 'answered' | 'closed';

export type ConsultationEvent =
  | ({ type: 'ConsultationAsked'; replyDueAt: string } & ConsultationInput)
  | {
      type: 'ConsultationRouted';
      consultationId: string;
      utility: Utility;
      providerId: string;
      note: string;
      at: string;
      by: string;
      dueAt: string;
    }
  | {
      type: 'ConsultationAnswered';
      consultationId: string;
      /** Who answered: the window, or the provider of `utility`. */
      party: Party;
      utility?: Utility;
      answer: string;
      at: string;
      by: string;
      /** Working days from the question (the window) or from the routing (a provider). */
      workingDays: number;
    }
  | {
      type: 'ConsultationPublished';
      consultationId: string;
      utilities: Utility[];
      /** The question and answer as the public reads them: rewritten, checked for personal data. */
      question: string;
      answer: string;
      at: string;
      by: string;
    }
  | {
      type: 'ConsultationConverted';
      consultationId: string;
      /** The application's id. */ convertedTo: string;
      at: string;
      by: string;
    }
  | { type: 'ConsultationClosed'; consultationId: string; at: string; how: 'converted' | 'expired' };

export const CONSULTATION_EVENT_TYPES = new Set<string>([
  'ConsultationAsked',
  'ConsultationRouted',
  'ConsultationAnswered',
  'ConsultationPublished',
  'ConsultationConverted',
  'ConsultationClosed',
]);

/** The one form's fields a consultation fills in, as the form's own shape (the form still validates). */
export function prefilledForm(c: Pick<ConsultationInput, 'utilities' | 'site' | 'companyName'>) {
  return {
    applicant: c.companyName ? { companyName: c.companyName } : {},
    site: c.site ? { address: c.site.address, district: c.site.district } : {},
    utilities: [...c.utilities],
  };
}
