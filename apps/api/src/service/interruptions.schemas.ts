import { z } from 'zod';
import { nameBasedUuid, InterruptionRow } from '../../../../libs/persistence/src';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { pageQuery } from '../common/pagination';

import { iso, isoOut, loose, providerId } from './service-schemas';

/** The interruption reports' rules and views. A deterministic UUID for a provider's incident reference: the same report is the same interruption. */
export function interruptionIdFor(provider: string, reference: string): string {
  return nameBasedUuid(`lianbao:interruption:${provider}/${reference}`);
}

export const FUTURE_SKEW_MS = 5 * 60_000;

export const area = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accounts'),
    accountNos: z
      .array(z.string().trim().min(1).max(64))
      .min(1, 'name at least one account')
      .max(100_000, 'at most 100000 accounts'),
  }),
  z.object({
    kind: z.literal('site'),
    address: z.string().trim().min(1).max(300),
    district: z.string().trim().min(1).max(100),
  }),
  z.object({ kind: z.literal('zone'), zoneId: z.string().trim().min(1).max(64) }),
]);

export const interruptionReport = z
  .object({
    reference: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "must be the provider's incident number: letters, digits, . _ -"),
    utility: z.enum(UTILITIES),
    kind: z.enum(['interruption', 'insufficient-supply']).default('interruption'),
    planned: z.boolean().default(false),
    noticedAt: iso.optional(),
    plannedEndAt: iso.optional(),
    startedAt: iso,
    endedAt: iso.optional(),
    arrivedAt: iso.optional(),
    area,
    measured: z.object({ value: z.number().finite() }).optional(),
    cause: z.string().trim().max(2000).default(''),
  })
  .superRefine((r, ctx) => {
    const start = Date.parse(r.startedAt);
    const issue = (path: string, message: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { rule } });
    if (r.endedAt && Date.parse(r.endedAt) <= start) issue('endedAt', 'must be after startedAt', 'end_before_start');
    if (r.arrivedAt && Date.parse(r.arrivedAt) < start)
      issue('arrivedAt', 'must not be before startedAt', 'arrival_before_start');
    if (r.plannedEndAt && Date.parse(r.plannedEndAt) <= start)
      issue('plannedEndAt', 'must be after startedAt', 'end_before_start');
    if (r.planned && r.kind !== 'interruption') issue('planned', 'only interruptions are planned', 'planned_kind');
    if (!r.planned && r.noticedAt) issue('noticedAt', 'only planned interruptions are announced', 'notice_unplanned');
    // A planned interruption without its announcement would count as never announced: say when.
    if (r.planned && !r.noticedAt)
      issue('noticedAt', 'a planned interruption is reported with when it was announced', 'required');
    if (r.planned && r.noticedAt && Date.parse(r.noticedAt) > start)
      issue('noticedAt', 'must not be after startedAt', 'notice_after_start');
    if (!r.planned && start > Date.now() + FUTURE_SKEW_MS)
      issue('startedAt', 'an unplanned interruption cannot start in the future', 'in_the_future');
    for (const field of ['endedAt', 'arrivedAt', 'noticedAt'] as const)
      if (r[field] && Date.parse(r[field]!) > Date.now() + FUTURE_SKEW_MS)
        issue(field, 'must not be in the future', 'in_the_future');
    if (r.kind === 'insufficient-supply' && !r.measured)
      issue('measured', 'insufficient supply is reported with the measured value', 'measured_required');
  });

export const interruptionFilter = z.object({
  providerId: providerId.optional(),
  utility: z.enum(UTILITIES).optional(),
  status: z.enum(['open', 'restored', 'closed']).optional(),
  ...pageQuery,
});

export const interruptionView = (r: InterruptionRow) => ({
  id: r.id,
  reference: r.reference,
  providerId: r.providerId,
  utility: r.utility,
  kind: r.kind,
  planned: r.planned,
  noticedAt: r.noticedAt,
  plannedEndAt: r.plannedEndAt,
  startedAt: r.startedAt,
  endedAt: r.endedAt,
  arrivedAt: r.arrivedAt,
  area: r.area,
  accounts: r.accounts,
  measured: r.measured,
  cause: r.cause,
  status: r.status,
  compensationFen: r.compensationFen,
  catalogVersion: r.catalogVersion,
  reportedAt: r.reportedAt,
});
export const interruptionSchema = loose({
  id: z.string(),
  reference: z.string(),
  providerId: z.string(),
  utility: z.string(),
  kind: z.string(),
  planned: z.boolean(),
  startedAt: isoOut,
  endedAt: isoOut.nullable(),
  accounts: z.number().int(),
  status: z.enum(['open', 'restored', 'closed']),
  compensationFen: z.number().int(),
});
export const interruptionDetail = interruptionSchema.extend({
  clocks: z.array(loose({ stage: z.string(), dueAt: isoOut, status: z.string(), slaState: z.string() })),
  compensation: z.array(
    loose({ accountNo: z.string(), stage: z.string(), fen: z.number().int(), bookings: z.number().int() }),
  ),
});
