import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * The shapes of Lianbao's success responses, as zod schemas documented into the OpenAPI
 * document (ZodResponse), so clients — the web UI's generated one, an outside fuzzer — can hold
 * the API to them. Objects are open (`looseObject`): a field added later is not a breaking change.
 */
const iso = z.string().describe('ISO 8601 date-time');
const nullableIso = iso.nullable();
const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

export const stageView = loose({
  track: z.string(),
  stage: z.string(),
  party: loose({ kind: z.string(), id: z.string().nullable() }),
  status: z.enum(['open', 'paused', 'done', 'cancelled']),
  slaState: z.enum(['on_track', 'warning', 'breached']),
  limit: loose({ amount: z.number(), unit: z.string() }),
  startedAt: iso,
  dueAt: iso,
  pausedMs: z.number(),
  pausedSince: nullableIso,
  pauses: z.array(loose({ reason: z.string(), from: iso, to: nullableIso })),
  beyondKnownCalendar: z.boolean(),
  completedAt: nullableIso,
});

export const breachView = loose({
  id: z.string(),
  applicationId: z.string(),
  track: z.string(),
  stage: z.string(),
  party: loose({ kind: z.string(), id: z.string().nullable() }),
  dueAt: iso,
  breachedAt: iso,
  compensable: z.boolean(),
  accruedFen: z.number().int(),
  reviewStatus: z.enum(['open', 'upheld', 'waived']),
});

export const ledgerEntry = loose({
  applicationId: z.string(),
  track: z.string(),
  stage: z.string(),
  unit: z.number().int(),
  amountFen: z.number().int(),
  accruedAt: iso,
  status: z.enum(['accrued', 'waived']),
  providerId: z.string(),
  applicantId: z.string(),
  accountNo: z.string().nullable(),
});

const summaryShape = {
  id: z.string(),
  number: z.string().nullable(),
  companyName: z.string(),
  applicantId: z.string(),
  status: z.string(),
  utilities: z.array(z.string()),
  catalogVersion: z.number().int(),
  submittedAt: iso,
  updatedAt: iso,
};
export const applicationSummary = loose(summaryShape);

const serviceView = loose({
  utility: z.string(),
  providerId: z.string(),
  category: z.string(),
  phase: z.string(),
  permitStatus: z.string().nullable(),
  accountId: z.string().nullable(),
  applicantPaysFen: z.number().nullable(),
  currentStage: stageView.nullable(),
  total: stageView.nullable(),
  stages: z.array(stageView),
  breaches: z.array(breachView),
  compensation: loose({ accruedFen: z.number().int(), entries: z.array(ledgerEntry) }),
});

const fullDetail = loose({
  ...summaryShape,
  form: z.record(z.string(), z.unknown()),
  surveyAppointmentAt: nullableIso,
  joint: loose({ stages: z.array(stageView) }),
  services: z.array(serviceView),
  breaches: z.array(breachView),
  compensation: loose({ accruedFen: z.number().int() }),
});
const staffDetail = loose({
  ...summaryShape,
  site: z.record(z.string(), z.unknown()),
  contact: loose({ companyName: z.string(), contactName: z.string(), mobile: z.string() }),
  requests: z.record(z.string(), z.unknown()),
  services: z.array(serviceView),
});
const agencyDetail = loose({
  id: z.string(),
  number: z.string().nullable(),
  companyName: z.string(),
  status: z.string(),
  site: z.record(z.string(), z.unknown()),
  permits: z.array(
    loose({
      id: z.string(),
      utility: z.string(),
      providerId: z.string(),
      permitStatus: z.string().nullable(),
      stage: stageView,
    }),
  ),
});
/** One application, shaped by the caller's role (owner, window and admin: all; staff; agency). */
export const applicationDetail = z.union([fullDetail, staffDetail, agencyDetail]);

export const actionReply = loose({ result: z.unknown(), application: applicationDetail });

export const page = (item: z.ZodType) =>
  loose({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export const timelineEvent = loose({
  position: z.string(),
  stream: z.string(),
  type: z.string(),
  recordedAt: iso,
  data: z.record(z.string(), z.unknown()),
});

export const task = loose({
  applicationId: z.string(),
  applicationNumber: z.string().nullable(),
  companyName: z.string(),
  utilities: z.array(z.string()),
  submittedAt: iso,
  track: z.string(),
  stage: z.string(),
  status: z.string(),
  slaState: z.string(),
  startedAt: iso,
  dueAt: iso,
  pausedMs: z.number(),
  pausedSince: nullableIso,
  permitId: z.string().optional(),
});

export const notification = loose({
  id: z.string(),
  recipientKind: z.string(),
  recipientId: z.string().nullable(),
  applicationId: z.string(),
  kind: z.string(),
  message: z.string(),
  messageZh: z.string(),
  createdAt: iso,
});

export const catalogVersions = loose({
  items: z.array(
    loose({
      version: z.number().int(),
      effectiveFrom: iso,
      publishedAt: iso,
      state: z.enum(['in-force', 'scheduled', 'superseded']),
    }),
  ),
});

export const catalogDocument = loose({
  version: z.number().int(),
  effectiveFrom: z.string(),
  publishedAt: z.string(),
  providers: z.record(z.string(), loose({ id: z.string(), name: z.string(), nameZh: z.string().optional() })),
  limits: z.array(z.record(z.string(), z.unknown())),
  compensation: z.array(z.record(z.string(), z.unknown())),
});

export const calendarYear = loose({
  year: z.number().int(),
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
  source: z.string(),
});
export const calendarOverview = loose({
  knownYears: z.array(z.number().int()),
  openDeadlinesOnUnknownCalendar: z.number().int(),
  years: z.array(loose({ year: z.number().int(), source: z.string(), loadedByAdmin: z.boolean() })),
});

export const zoneRegister = loose({
  version: z.number().int(),
  source: z.string().nullable(),
  publishedAt: nullableIso,
  zones: z.array(z.record(z.string(), z.unknown())),
});

/** A satisfaction rate: the share of ratings of 4–5; null (and not flagged) over fewer than the minimum count. */
const satisfactionFigure = loose({
  ratings: z.number().int(),
  satisfied: z.number().int(),
  rate: z.number().nullable(),
  belowTarget: z.boolean().nullable(),
});
export const satisfaction = loose({
  from: z.string().nullable(),
  to: z.string().nullable(),
  target: z.number(),
  minimumCount: z.number().int(),
  overall: satisfactionFigure,
  byUtility: z.array(satisfactionFigure.extend({ utility: z.string() })),
  byProvider: z.array(satisfactionFigure.extend({ utility: z.string(), providerId: z.string() })),
  /** By what was rated: the connection, a complaint's handling, an interruption's. */
  bySource: z.array(satisfactionFigure.extend({ source: z.enum(['application', 'complaint', 'interruption']) })),
});

export const kpis = loose({
  applications: loose({ total: z.number().int(), byStatus: z.record(z.string(), z.number()) }),
  utilities: z.array(z.record(z.string(), z.unknown())),
  breaches: z.record(z.string(), z.number()),
  compensation: loose({ accruedFen: z.number(), waivedFen: z.number() }),
  satisfaction: loose({
    average: z.number().nullable(),
    count: z.number().int(),
    minimumCount: z.number().int(),
    target: z.number(),
    satisfied: z.number().int(),
    rate: z.number().nullable(),
    belowTarget: z.boolean().nullable(),
    byUtility: z.array(satisfactionFigure.extend({ utility: z.string() })),
    byProvider: z.array(satisfactionFigure.extend({ utility: z.string(), providerId: z.string() })),
    bySource: z.array(satisfactionFigure.extend({ source: z.enum(['application', 'complaint', 'interruption']) })),
  }),
  reliability: z.array(
    loose({
      utility: z.string(),
      providerId: z.string(),
      month: z.string(),
      customersServed: z.number().int(),
      all: loose({ saidiMinutes: z.number(), saifi: z.number(), caidiMinutes: z.number().nullable() }),
      unplanned: loose({ saidiMinutes: z.number(), saifi: z.number(), caidiMinutes: z.number().nullable() }),
      restorationOnTimeRate: z.number().nullable(),
      noticeOnTimeRate: z.number().nullable(),
    }),
  ),
});

export const health = loose({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), loose({ status: z.enum(['up', 'down']), error: z.string().optional() })),
  warnings: z.array(loose({ code: z.string(), message: z.string(), count: z.number().int() })),
});

export const devLogin = loose({ token: z.string(), principal: z.record(z.string(), z.unknown()) });

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;

/** Documents a success response from its zod schema, with the links a client follows from it. */
export const ZodResponse = (
  status: number,
  schema: z.ZodType,
  description: string,
  links?: Record<string, { operationId: string; parameters: Record<string, string>; description?: string }>,
) => applyDecorators(ApiResponse({ status, description, schema: jsonSchema(schema), ...(links ? { links } : {}) }));
