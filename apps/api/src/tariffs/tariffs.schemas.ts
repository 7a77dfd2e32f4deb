import { z } from 'zod';
import { isLocalDate } from '../../../../libs/domain/src/calendar/local-date';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { CUSTOMER_TYPES } from '../../../../libs/domain/src/service/service-terms';
import { nameBasedUuid, type TariffNoticeRow } from '../../../../libs/persistence/src';
import { isoOut, loose, providerId } from '../service/service-schemas';

/** A provider's reference is its notice: the same reference again is the same notice. */
export const tariffNoticeIdFor = (provider: string, reference: string) =>
  nameBasedUuid(`lianbao:tariff-notice:${provider}/${reference}`);

/** Text that will be published (checked for personal data before it is: `assertPublishable`). */
const publicText = (max: number) => z.string().trim().min(1).max(max);

export const tariffArea = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('districts'), districts: z.array(z.string().trim().min(1).max(100)).min(1).max(50) }),
  z.object({ kind: z.literal('zone'), zoneId: z.string().trim().min(1).max(64) }),
]);

export const tariffNoticeDraft = z.object({
  reference: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/, "must be the provider's document number: letters, digits, . _ / -"),
  utility: z.enum(UTILITIES),
  /** An admin publishes for a provider; staff publish their own provider's. */
  providerId: providerId.optional(),
  title: publicText(200),
  titleZh: publicText(200),
  summary: publicText(4000),
  summaryZh: publicText(4000),
  effectiveDate: z
    .string()
    .refine(isLocalDate, { message: 'must be a date, YYYY-MM-DD', params: { rule: 'local_date' } })
    .meta({ format: 'date', example: '2027-01-06' }),
  customerTypes: z.array(z.enum(CUSTOMER_TYPES)).min(1, 'name at least one customer type'),
  area: tariffArea.default({ kind: 'all' }),
});
export type TariffNoticeDraft = z.output<typeof tariffNoticeDraft>;

export const tariffNoticeFilter = z.object({
  utility: z.enum(UTILITIES).optional(),
  status: z.enum(['upcoming', 'in-force', 'withdrawn']).optional(),
});

/** Why an announced change will not happen, in both languages: published, so no personal data. */
export const tariffWithdrawalBody = z.object({
  reason: publicText(1000),
  reasonZh: publicText(1000),
});

export const tariffNoticeSchema = loose({
  id: z.string(),
  reference: z.string(),
  utility: z.string(),
  provider: loose({ id: z.string(), name: z.string(), nameZh: z.string() }),
  title: z.string(),
  titleZh: z.string(),
  summary: z.string(),
  summaryZh: z.string(),
  effectiveDate: z.string(),
  customerTypes: z.array(z.string()),
  area: z.record(z.string(), z.unknown()),
  status: z.enum(['upcoming', 'in-force', 'withdrawn']),
  /** How many accounts (and holders) were told: never who. */
  accounts: z.number().int(),
  holders: z.number().int(),
  publishedAt: isoOut,
  remindedAt: isoOut.nullable(),
  /** Withdrawn before it took effect: when and why. */
  withdrawal: loose({ at: isoOut, reason: z.string(), reasonZh: z.string() }).nullable(),
});

export const tariffNoticeView = (r: TariffNoticeRow, names: Record<string, { name: string; nameZh?: string }>) => ({
  id: r.id,
  reference: r.reference,
  utility: r.utility,
  provider: {
    id: r.providerId,
    name: names[r.providerId]?.name ?? r.providerId,
    nameZh: names[r.providerId]?.nameZh ?? names[r.providerId]?.name ?? r.providerId,
  },
  title: r.title,
  titleZh: r.titleZh,
  summary: r.summary,
  summaryZh: r.summaryZh,
  effectiveDate: r.effectiveDate,
  customerTypes: r.customerTypes,
  area: r.area,
  status: r.status as 'upcoming' | 'in-force' | 'withdrawn',
  accounts: r.accounts,
  holders: r.holders,
  publishedAt: r.publishedAt.toISOString(),
  remindedAt: r.remindedAt?.toISOString() ?? null,
  withdrawal: r.withdrawnAt
    ? { at: r.withdrawnAt.toISOString(), reason: r.withdrawalReason ?? '', reasonZh: r.withdrawalReasonZh ?? '' }
    : null,
});
