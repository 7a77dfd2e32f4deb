import { z } from 'zod';
import { catalogDraftSchema } from '../../../../libs/domain/src/catalog/catalog';
import { loose } from '../service/service-schemas';

const MAX_PERIOD_DAYS = 366;

/** A what-if request: a draft catalog (as it would be published) and the period to replay. */
export const whatIfRequest = z
  .object({
    draft: catalogDraftSchema,
    from: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }),
    to: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }),
  })
  .superRefine((r, ctx) => {
    const span = Date.parse(r.to) - Date.parse(r.from);
    if (!(span > 0))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from', params: { rule: 'after_from' } });
    else if (span > MAX_PERIOD_DAYS * 86_400_000)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a period of at most ${MAX_PERIOD_DAYS} days`,
        params: { rule: 'period_too_long' },
      });
  });

const side = z.object({ breaches: z.number().int(), fen: z.number().int() });
const outcome = loose({
  /** The application's id, or the interruption's when `subject` is 'interruption'. */
  applicationId: z.string(),
  subject: z.enum(['interruption']).optional(),
  track: z.string(),
  stage: z.string(),
  providerId: z.string().nullable(),
  dueAt: z.string().nullable(),
  breached: z.boolean(),
  fen: z.number().int(),
});

export const whatIfRunSchema = loose({
  id: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  periodFrom: z.string(),
  periodTo: z.string(),
  until: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  total: z.number().int(),
  done: z.number().int(),
  /** Done as a share of the period's applications and interruptions, 0–100. */
  percent: z.number(),
  rows: z.array(
    loose({
      utility: z.string(),
      providerId: z.string().nullable(),
      stage: z.string(),
      current: side,
      draft: side,
      difference: side,
    }),
  ),
  changed: z.array(loose({ current: outcome, draft: outcome, applicationNumber: z.string().nullable() })),
  changedCount: z.number().int(),
  draft: z.looseObject({}),
});

export const whatIfList = z.object({
  items: z.array(whatIfRunSchema.omit({ rows: true, changed: true, draft: true })),
});
