import type { ApplicantText } from '../form/sealed-fields';
import type { Utility } from '../form/utilities';

/**
 * Independent complaints (独立投诉): a business complains about a provider to the district — not
 * to the provider. The district acknowledges within the first limit, may ask the provider for its
 * response within the provider's limit, and decides within the final limit (all in working days
 * from filing, on the same calendar as every other clock). The complainant accepts the decision
 * or reopens it once. A missed limit is a breach and escalates to the district's lead.
 */
export const COMPLAINT_CATEGORIES = [
  'delay',
  'charges',
  'service',
  'supply-quality',
  'interruption',
  'other-matter',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_OUTCOMES = ['upheld', 'partly-upheld', 'rejected'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** The clocks of a complaint, as stages of the breach register. */
export type ComplaintStage = 'complaint-acknowledgement' | 'complaint-response' | 'complaint-decision';

/** What a complaint is about: an application (one of its utilities), an account, or an interruption. */
export type ComplaintLink =
  | { kind: 'application'; applicationId: string; utility: Utility }
  | { kind: 'account'; accountNo: string; utility: Utility }
  | { kind: 'interruption'; interruptionId: string };

/** Limits in working days: acknowledgement and decision from filing (or reopening), response from the request. */
export interface ComplaintTerms {
  acknowledgeDays: number;
  responseDays: number;
  decideDays: number;
  /** Calendar days the complainant has to accept or reopen a decision; silence closes it. */
  replyDays: number;
}
export const DEFAULT_COMPLAINT_TERMS: ComplaintTerms = {
  acknowledgeDays: 1,
  responseDays: 3,
  decideDays: 7,
  replyDays: 15,
};

export interface ComplaintInput {
  complaintId: string;
  complainantId: string;
  providerId: string;
  utility: Utility;
  category: ComplaintCategory;
  link: ComplaintLink;
  /** The complainant's own words, sealed with their key by the API: never published. */
  description: ApplicantText;
  filedAt: string;
}

export interface ComplaintDecision {
  outcome: ComplaintOutcome;
  /** The district's reasons, to the complainant and the provider. */
  reasons: string;
  /** A remedy booked through the compensation ledger (upheld or partly upheld only). */
  remedyFen: number;
  /** What the public list says about it, written for disclosure (checked for personal data). */
  publicSummary: string;
}

export type ComplaintStatus = 'filed' | 'acknowledged' | 'awaiting-provider' | 'decided' | 'reopened' | 'closed';

export type ComplaintEvent =
  | ({ type: 'ComplaintFiled'; acknowledgeDueAt: string; decideDueAt: string } & ComplaintInput)
  | { type: 'ComplaintAcknowledged'; complaintId: string; at: string; by: string; workingDays: number }
  | {
      type: 'ComplaintResponseRequested';
      complaintId: string;
      providerId: string;
      at: string;
      by: string;
      question: string;
      dueAt: string;
    }
  | { type: 'ComplaintResponded'; complaintId: string; at: string; by: string; response: string }
  | ({
      type: 'ComplaintDecided';
      complaintId: string;
      at: string;
      by: string;
      /** Working days from filing to this decision. */
      workingDays: number;
      round: 1 | 2;
    } & ComplaintDecision)
  | {
      type: 'ComplaintReopened';
      complaintId: string;
      at: string;
      /** The complainant. */
      by: string;
      /** In the complainant's words, sealed with their key. */
      reason: ApplicantText;
      decideDueAt: string;
    }
  | { type: 'ComplaintClosed'; complaintId: string; at: string; how: 'accepted' | 'no-reply' }
  | { type: 'ComplaintEscalated'; complaintId: string; stage: ComplaintStage; dueAt: string; at: string };

export const COMPLAINT_EVENT_TYPES = new Set<string>([
  'ComplaintFiled',
  'ComplaintAcknowledged',
  'ComplaintResponseRequested',
  'ComplaintResponded',
  'ComplaintDecided',
  'ComplaintReopened',
  'ComplaintClosed',
  'ComplaintEscalated',
]);

/** The remedy a decision may book: only an upheld (or partly upheld) complaint pays. */
export function remedyAllowed(d: Pick<ComplaintDecision, 'outcome' | 'remedyFen'>): boolean {
  return d.outcome === 'rejected' ? d.remedyFen === 0 : d.remedyFen >= 0;
}
