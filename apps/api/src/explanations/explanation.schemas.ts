import { z } from 'zod';
import { JOINT_STAGES, UTILITY_STAGES, AGENCIES } from '../../../../libs/domain/src/catalog/catalog';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { loose } from '../service/service-schemas';

export const trackParam = z.enum(['joint', ...UTILITIES], { message: `must be one of joint, ${UTILITIES.join(', ')}` });
const CLOCKED = [...JOINT_STAGES, ...UTILITY_STAGES, 'total', ...AGENCIES.map((a) => `${a}-permit` as const)] as const;
export const stageParam = z.enum(CLOCKED, { message: `must be one of ${CLOCKED.join(', ')}` });

const words = z.object({ zh: z.string(), en: z.string() });
const iso = z.string();
const limit = z.object({ amount: z.number(), unit: z.enum(['workingDays', 'calendarDays', 'hours', 'minutes']) });

/** A deadline explained (libs/domain/src/explanation): the structured data, and the same in words. */
export const stageExplanationSchema = loose({
  applicationId: z.string(),
  track: z.string(),
  stage: z.string(),
  limit,
  catalogVersion: z.number().int().optional(),
  startedAt: iso,
  runs: z.number().int(),
  state: z.enum(['running', 'stopped', 'done-on-time', 'done-late', 'cancelled']),
  stoppedSince: iso.optional(),
  dueAt: iso,
  recordedDueAt: iso,
  matchesRecorded: z.boolean(),
  beyondKnownCalendar: z.boolean(),
  givenBackMs: z.number(),
  days: z.array(
    loose({
      date: z.string(),
      kind: z.enum(['start', 'counted', 'weekend', 'holiday', 'paused']),
      n: z.number().int().optional(),
      adjusted: z.boolean().optional(),
      name: words.optional(),
      pausedMs: z.number(),
      assumed: z.boolean(),
    }),
  ),
  pauses: z.array(loose({ reason: z.string(), from: iso, to: iso.optional(), givenBackMs: z.number() })),
  moves: z.array(
    loose({ at: iso, why: z.enum(['started', 'resumed', 'calendar']), reason: z.string().optional(), dueAt: iso }),
  ),
  breach: loose({ dueAt: iso, at: iso }).optional(),
  compensation: loose({
    rule: loose({ fixedFen: z.number(), perUnitFen: z.number(), unit: limit.shape.unit, capFen: z.number() }),
    units: z.array(
      loose({
        unit: z.number().int(),
        at: iso,
        ruleFen: z.number().int(),
        paidFen: z.number().int(),
        lateDay: z.string().optional(),
        status: z.enum(['paid', 'paid-elsewhere', 'waived', 'due-later', 'not-reached']),
      }),
    ),
    accruedFen: z.number().int(),
    waivedFen: z.number().int(),
    netFen: z.number().int(),
  }).optional(),
  text: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});

/** An interruption's clock explained (libs/domain/src/explanation/interruption-explanation.ts). */
export const interruptionExplanationSchema = loose({
  interruptionId: z.string(),
  stage: z.enum(['notice', 'arrival', 'restoration']),
  clock: stageExplanationSchema.omit({ applicationId: true }).optional(),
  notice: loose({
    noticeMinutes: z.number(),
    noticedAt: iso.nullable(),
    startsAt: iso,
    fen: z.number().int(),
  }).optional(),
  accounts: z.array(
    loose({
      accountNo: z.string(),
      customerId: z.string(),
      rule: z.looseObject({ kind: z.string() }),
      minutes: z.number(),
      owedFen: z.number().int(),
      arithmetic: words,
      bookings: z.array(
        loose({
          unit: z.number().int(),
          booking: z.enum(['payment', 'top-up', 'reversal']),
          minutes: z.number(),
          owedFen: z.number().int(),
          amountFen: z.number().int(),
          at: iso,
          waived: z.boolean(),
        }),
      ),
      netFen: z.number().int(),
    }),
  ),
  text: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
});
