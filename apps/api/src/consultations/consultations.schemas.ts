import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import type { ConsultationRow } from '../../../../libs/persistence/src';
import { isoOut, loose } from '../service/service-schemas';

const text = (max: number) => z.string().trim().min(1).max(max);

export const consultationDraft = z.object({
  /** Which utilities the question is about (one or more). */
  utilities: z
    .array(z.enum(UTILITIES))
    .min(1)
    .max(4)
    .refine((u) => new Set(u).size === u.length, { message: 'each utility once', params: { rule: 'unique' } }),
  question: text(4000),
  /** The site, if the business has one: it fills in the form if the consultation becomes an application. */
  site: z.object({ address: text(300), district: text(100) }).optional(),
  companyName: text(200).optional(),
});
export type ConsultationDraft = z.output<typeof consultationDraft>;

export const consultationActionBody = z.discriminatedUnion('action', [
  /** The window's answer, or a provider's to the part routed to it. */
  z.object({ action: z.literal('answer'), answer: text(4000) }),
  /** The window hands a utility's part to its provider, with a note for it. */
  z.object({ action: z.literal('route'), utility: z.enum(UTILITIES), note: text(2000) }),
  /** Into the public FAQ: the question and answer rewritten for the public (checked for personal data). */
  z.object({ action: z.literal('publish'), question: text(1000), answer: text(4000) }),
]);
export type ConsultationActionBody = z.output<typeof consultationActionBody>;

export const consultationFilter = z.object({
  status: z.enum(['asked', 'routed', 'answered', 'closed']).optional(),
  late: z.enum(['true', 'false']).optional(),
});

const threadEntry = loose({
  kind: z.enum(['question', 'routed', 'answer']),
  at: isoOut,
  party: z.enum(['asker', 'window', 'provider']),
  providerId: z.string().optional(),
  utility: z.string().optional(),
  text: z.string(),
  dueAt: isoOut.optional(),
});

export const consultationSchema = loose({
  id: z.string(),
  status: z.enum(['asked', 'routed', 'answered', 'closed']),
  utilities: z.array(z.string()),
  question: z.string(),
  site: z.object({ address: z.string(), district: z.string() }).nullable(),
  companyName: z.string().nullable(),
  askedAt: isoOut,
  replyDueAt: isoOut,
  repliedAt: isoOut.nullable(),
  thread: z.array(threadEntry),
  parts: z.array(loose({ utility: z.string(), providerId: z.string(), dueAt: isoOut, answeredAt: isoOut.nullable() })),
  late: z.array(z.string()),
  published: z.boolean(),
  applicationId: z.string().nullable(),
  closedAt: isoOut.nullable(),
});

export const consultationView = (r: ConsultationRow) => ({
  id: r.id,
  status: r.status,
  utilities: r.utilities,
  question: r.question,
  site: r.site,
  companyName: r.companyName,
  askedAt: r.askedAt,
  replyDueAt: r.replyDueAt,
  repliedAt: r.repliedAt,
  thread: r.thread,
  parts: r.parts,
  late: r.breaches,
  published: r.published,
  applicationId: r.applicationId,
  closedAt: r.closedAt,
});

export const faqQuery = z.object({
  utility: z.enum(UTILITIES).optional(),
  /** Words to find (Chinese or English); every one must be there. */
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const faqEntry = loose({
  id: z.string(),
  utilities: z.array(z.string()),
  question: z.string(),
  answer: z.string(),
  publishedAt: isoOut,
});
