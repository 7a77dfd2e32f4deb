import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { COMPLAINT_CATEGORIES, COMPLAINT_OUTCOMES } from '../../../../libs/domain/src/complaints/complaint';
import type { ComplaintRow } from '../../../../libs/persistence/src';
import { isoOut, loose } from '../service/service-schemas';

const text = (max: number) => z.string().trim().min(1).max(max);

export const complaintDraft = z.object({
  category: z.enum(COMPLAINT_CATEGORIES),
  /** What it is about: one of the complainant's applications (and which utility), accounts, or interruptions. */
  link: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('application'), applicationId: z.uuid(), utility: z.enum(UTILITIES) }),
    z.object({ kind: z.literal('account'), accountNo: text(64), utility: z.enum(UTILITIES) }),
    z.object({ kind: z.literal('interruption'), interruptionId: z.uuid() }),
  ]),
  description: text(4000),
});
export type ComplaintDraft = z.output<typeof complaintDraft>;

export const complaintActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('acknowledge') }),
  z.object({ action: z.literal('request-response'), question: text(2000) }),
  z.object({ action: z.literal('respond'), response: text(4000) }),
  z.object({
    action: z.literal('decide'),
    outcome: z.enum(COMPLAINT_OUTCOMES),
    reasons: text(4000),
    remedyFen: z.number().int().min(0).max(100_000_000).default(0),
    /** Published with the closed complaint: written for disclosure, without names or numbers. */
    publicSummary: text(1000),
  }),
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('reopen'), reason: text(2000) }),
]);
export type ComplaintActionBody = z.output<typeof complaintActionBody>;

export const complaintFilter = z.object({
  status: z.enum(['filed', 'acknowledged', 'awaiting-provider', 'decided', 'reopened', 'closed']).optional(),
  escalated: z.enum(['true', 'false']).optional(),
});

export const complaintSchema = loose({
  id: z.string(),
  status: z.string(),
  utility: z.string(),
  providerId: z.string(),
  category: z.string(),
  filedAt: isoOut,
  acknowledgeDueAt: isoOut,
  decideDueAt: isoOut,
  escalations: z.array(z.string()),
});

export const complaintView = (r: ComplaintRow) => ({
  id: r.id,
  status: r.status,
  utility: r.utility,
  providerId: r.providerId,
  category: r.category,
  link: r.link,
  description: r.description,
  filedAt: r.filedAt,
  acknowledgeDueAt: r.acknowledgeDueAt,
  acknowledgedAt: r.acknowledgedAt,
  question: r.question,
  responseDueAt: r.responseDueAt,
  response: r.response,
  respondedAt: r.respondedAt,
  decideDueAt: r.decideDueAt,
  outcome: r.outcome,
  reasons: r.reasons,
  remedyFen: r.remedyFen,
  publicSummary: r.publicSummary,
  decidedAt: r.decidedAt,
  reopened: r.reopened,
  reopenReason: r.reopenReason,
  closedAt: r.closedAt,
  closedHow: r.closedHow,
  escalations: r.escalations,
});

/** A closed complaint as the public reads it: no name, number, address or free text but the district's summary. */
export const disclosedSchema = loose({
  id: z.string(),
  month: z.string(),
  utility: z.string(),
  provider: loose({ id: z.string(), name: z.string(), nameZh: z.string() }),
  category: z.string(),
  workingDaysToAcknowledge: z.number().int().nullable(),
  workingDaysToDecide: z.number().int().nullable(),
  outcome: z.string(),
  remedyFen: z.number().int(),
  summary: z.string(),
  escalated: z.boolean(),
});
export const DISCLOSED_COLUMNS = [
  'id',
  'month',
  'utility',
  'provider_id',
  'provider',
  'category',
  'working_days_to_acknowledge',
  'working_days_to_decide',
  'outcome',
  'remedy_fen',
  'escalated',
  'summary',
] as const;
