import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import {
  catalogAt,
  nameBasedUuid,
  InterruptionRow,
  PublicReportRow,
  ReliabilityPlanRow,
  ServiceAccountRow,
} from '../../../../libs/persistence/src';
import { accountsIn } from '../../../../activities/service.activities';
import { UTILITIES, type Utility } from '../../../../libs/domain/src/form/utilities';
import { ACCOUNT_CSV_COLUMNS, parseAccountImport } from '../../../../libs/domain/src/service/accounts';
import { isInsufficient, serviceTermsOf, SUPPLY_QUANTITIES } from '../../../../libs/domain/src/service/service-terms';
import {
  accountsImport,
  monthlyReportCorrection,
  reliabilityAssessment,
  reliabilityPlanSetting,
} from '../../../../workflows/admin.workflows';
import { serviceInterruption } from '../../../../workflows/interruption.workflow';
import { interruptionWorkflowId, reportArrivalUpdate, reportRestorationUpdate } from '../../../../workflows/messages';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { pageQuery } from '../common/pagination';
import { ZodResponse, page } from '../common/responses';
import { command } from '../common/workflow-errors';

const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
const iso = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' });
const providerId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a provider id');

/** A deterministic UUID for a provider's incident reference: the same report is the same interruption. */
export function interruptionIdFor(provider: string, reference: string): string {
  return nameBasedUuid(`lianbao:interruption:${provider}/${reference}`);
}

const FUTURE_SKEW_MS = 5 * 60_000;

const area = z.discriminatedUnion('kind', [
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
    if (!r.planned && start > Date.now() + FUTURE_SKEW_MS)
      issue('startedAt', 'an unplanned interruption cannot start in the future', 'in_the_future');
    for (const field of ['endedAt', 'arrivedAt', 'noticedAt'] as const)
      if (r[field] && Date.parse(r[field]!) > Date.now() + FUTURE_SKEW_MS)
        issue(field, 'must not be in the future', 'in_the_future');
    if (r.kind === 'insufficient-supply' && !r.measured)
      issue('measured', 'insufficient supply is reported with the measured value', 'measured_required');
  });

const interruptionFilter = z.object({
  providerId: providerId.optional(),
  utility: z.enum(UTILITIES).optional(),
  status: z.enum(['open', 'restored', 'closed']).optional(),
  ...pageQuery,
});

const interruptionView = (r: InterruptionRow) => ({
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
const isoOut = z.string();
const interruptionSchema = loose({
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
const interruptionDetail = interruptionSchema.extend({
  clocks: z.array(loose({ stage: z.string(), dueAt: isoOut, status: z.string(), slaState: z.string() })),
  compensation: z.array(
    loose({ accountNo: z.string(), stage: z.string(), fen: z.number().int(), bookings: z.number().int() }),
  ),
});

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1')
export class InterruptionsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post('interruptions')
  @Roles('staff')
  @ZodBody(interruptionReport, 'An interruption or insufficient supply, with the accounts or area it affects.')
  @ApiOperation({
    summary:
      "Report an interruption (停电/停水/停气/断网) or insufficient supply. The provider's incident reference makes it idempotent: the same report again returns the first (200) and books nothing.",
  })
  @ZodResponse(201, interruptionDetail, 'Recorded: its clocks run and compensation is booked automatically.')
  @ApiErrors(400, 401, 403, 409, 503)
  async report(
    @CurrentUser() user: Principal,
    @Body({ schema: interruptionReport }) body: z.output<typeof interruptionReport>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const catalog = await catalogAt(this.dataSource, new Date(body.startedAt)).catch(() => {
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'No catalog was in force when this started: it predates the published limits.',
        [{ path: 'startedAt', rule: 'before_catalog', message: 'before the first published catalog' }],
        '开始时间早于首个公布的服务目录',
      );
    });
    const provider = catalog.providers[body.utility].id;
    if (user.provider !== provider)
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        `Only ${provider} reports ${body.utility} interruptions.`,
        [{ path: 'utility', rule: 'own_provider', message: `your provider is ${user.provider}` }],
        '只能报告本单位的停供事件',
      );
    const terms = serviceTermsOf(catalog).utilities[body.utility];
    if (body.kind === 'insufficient-supply' && !isInsufficient(terms.insufficient.threshold, body.measured!.value))
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `${body.measured!.value} is within the catalog's limits for ${SUPPLY_QUANTITIES[body.utility]} (${terms.insufficient.threshold.basis}): not insufficient supply.`,
        [{ path: 'measured.value', rule: 'within_limits', message: 'within the published limits' }],
        '实测值在规定范围内，不构成供给不足',
      );
    const id = interruptionIdFor(provider, body.reference);
    const existing = await this.dataSource.getRepository(InterruptionRow).findOneBy({ id });
    if (existing) {
      res.status(HttpStatus.OK);
      return this.detail(id);
    }
    const affected = await accountsIn(this.dataSource, provider, body.area, new Date(body.startedAt));
    if (body.area.kind === 'accounts') {
      const known = new Set(affected.map((a) => a.accountNo));
      const unknown = body.area.accountNos.map((no, i) => ({ no, i })).filter(({ no }) => !known.has(no));
      if (unknown.length)
        throw new ApiError(
          HttpStatus.BAD_REQUEST,
          'validation_failed',
          `${unknown.length} of the accounts are not ${provider}'s accounts open at the start.`,
          unknown.slice(0, 100).map(({ no, i }) => ({
            path: `area.accountNos.${i}`,
            rule: 'unknown_account',
            message: `${no} is not an open ${provider} account`,
          })),
          '部分户号不存在',
        );
    } else if (affected.length === 0)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `No ${provider} account is open in that area.`,
        [{ path: 'area', rule: 'no_accounts', message: 'the area holds no open account' }],
        '该区域没有在册户号',
      );
    try {
      await this.client.workflow.start(serviceInterruption, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: interruptionWorkflowId(id),
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            interruptionId: id,
            reference: body.reference,
            utility: body.utility,
            providerId: provider,
            kind: body.kind,
            planned: body.planned,
            noticedAt: body.noticedAt ? new Date(body.noticedAt).toISOString() : null,
            plannedEndAt: body.plannedEndAt ? new Date(body.plannedEndAt).toISOString() : null,
            startedAt: new Date(body.startedAt).toISOString(),
            endedAt: body.endedAt ? new Date(body.endedAt).toISOString() : null,
            arrivedAt: body.arrivedAt ? new Date(body.arrivedAt).toISOString() : null,
            area: body.area,
            measured: body.measured ? { quantity: SUPPLY_QUANTITIES[body.utility], value: body.measured.value } : null,
            cause: body.cause,
            actor: { sub: user.sub, role: user.role },
            reportedAt: new Date().toISOString(),
          },
        ],
      });
    } catch (error) {
      // The same report, sent twice at once: the first started it; this one changes nothing.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      res.status(HttpStatus.OK);
    }
    // Answer once the report is readable (its first append); a slow worker gets a 202.
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50)))
      if (await this.dataSource.getRepository(InterruptionRow).existsBy({ id })) return this.detail(id);
    res.status(HttpStatus.ACCEPTED);
    return { id, status: 'open', accepted: true };
  }

  @Get('interruptions')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'Interruptions and insufficient-supply reports, newest first (staff see their own).' })
  @ZodResponse(200, page(interruptionSchema), 'One page, newest first.')
  @ApiErrors(400, 401, 403)
  async list(
    @CurrentUser() user: Principal,
    @Query({ schema: interruptionFilter }) f: z.output<typeof interruptionFilter>,
  ) {
    const qb = this.dataSource.getRepository(InterruptionRow).createQueryBuilder('i');
    const provider = user.role === 'staff' ? user.provider : f.providerId;
    if (provider) qb.andWhere('i.provider_id = :provider', { provider });
    if (f.utility) qb.andWhere('i.utility = :utility', f);
    if (f.status) qb.andWhere('i.status = :status', f);
    const [rows, total] = await qb
      .orderBy('i.started_at', 'DESC')
      .addOrderBy('i.id')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows.map(interruptionView), page: f.page, pageSize: f.pageSize, total };
  }

  @Get('interruptions/:id')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: 'One interruption: its clocks, and what each affected account is booked.' })
  @ZodResponse(200, interruptionDetail, 'The interruption.')
  @ApiErrors(400, 401, 403, 404)
  async one(@CurrentUser() user: Principal, @Param('id', { schema: z.uuid() }) id: string) {
    await this.visible(user, id);
    return this.detail(id);
  }

  @Post('interruptions/:id/restoration')
  @Roles('staff')
  @ZodBody(z.object({ endedAt: iso }), 'When supply came back; sent again with another time, a correction.')
  @ApiOperation({
    summary:
      "Supply is back, or a correction of when: every affected account's compensation is recomputed and only the difference is booked (a top-up or a reversal).",
  })
  @ZodResponse(201, interruptionDetail, 'The interruption after settling.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async restoration(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: z.object({ endedAt: iso }) }) body: { endedAt: string },
  ) {
    return this.update(user, id, (handle) =>
      handle.executeUpdate(reportRestorationUpdate, {
        args: [{ sub: user.sub, role: user.role }, { endedAt: new Date(body.endedAt).toISOString() }],
      }),
    );
  }

  @Post('interruptions/:id/arrival')
  @Roles('staff')
  @ZodBody(z.object({ arrivedAt: iso }), 'When the repair crew reached the site.')
  @ApiOperation({ summary: 'The repair crew is on site (stops the arrival clock).' })
  @ZodResponse(201, interruptionDetail, 'The interruption.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async arrival(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: z.object({ arrivedAt: iso }) }) body: { arrivedAt: string },
  ) {
    return this.update(user, id, (handle) =>
      handle.executeUpdate(reportArrivalUpdate, {
        args: [{ sub: user.sub, role: user.role }, { arrivedAt: new Date(body.arrivedAt).toISOString() }],
      }),
    );
  }

  /** Sends the interruption's workflow an Update (refusals as 4xx; a closed one is a 409), then reads it back. */
  private async update(user: Principal, id: string, send: (handle: WorkflowHandle) => Promise<unknown>) {
    await this.visible(user, id);
    await command(() => send(this.client.workflow.getHandle(interruptionWorkflowId(id)))).catch((error) => {
      throw closedInterruption(error);
    });
    return this.detail(id);
  }

  private async visible(user: Principal, id: string): Promise<InterruptionRow> {
    const row = await this.dataSource.getRepository(InterruptionRow).findOneBy({ id });
    if (!row || (user.role === 'staff' && row.providerId !== user.provider))
      throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such interruption.', [], '未找到该事件');
    return row;
  }

  private async detail(id: string) {
    const row = await this.dataSource.getRepository(InterruptionRow).findOneByOrFail({ id });
    const [clocks, compensation] = await Promise.all([
      this.dataSource.query(
        `SELECT stage, due_at AS "dueAt", status, sla_state AS "slaState", completed_at AS "completedAt"
           FROM application_stages WHERE application_id = $1 ORDER BY started_at, stage`,
        [id],
      ),
      this.dataSource.query(
        `SELECT account_no AS "accountNo", stage, applicant_id AS "customerId",
                COALESCE(sum(amount_fen) FILTER (WHERE status = 'accrued'), 0)::int AS fen,
                COALESCE(sum(amount_fen) FILTER (WHERE status = 'waived'), 0)::int AS "waivedFen",
                count(*)::int AS bookings
           FROM compensation_ledger WHERE application_id = $1 AND account_no <> ''
          GROUP BY account_no, stage, applicant_id ORDER BY account_no, stage`,
        [id],
      ),
    ]);
    return { ...interruptionView(row), clocks, compensation };
  }
}

function closedInterruption(error: unknown): unknown {
  if (error instanceof ApiError && error.getStatus() === HttpStatus.CONFLICT && /process has ended/.test(error.message))
    return new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      'This interruption is closed: its correction period is over.',
      [{ path: 'id', rule: 'closed', message: 'closed' }],
      '该事件已关闭',
    );
  return error;
}

// ---- Accounts ---------------------------------------------------------------------------------

const accountFilter = z.object({
  providerId: providerId.optional(),
  customerId: z.string().max(200).optional(),
  ...pageQuery,
});
const accountSchema = loose({
  providerId: z.string(),
  accountNo: z.string(),
  utility: z.string(),
  customerId: z.string(),
  customerType: z.string(),
  address: z.string(),
  district: z.string(),
  tariff: z.string().nullable(),
  source: z.enum(['connection', 'import']),
  openedAt: isoOut,
});

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1/accounts')
export class AccountsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Roles('staff', 'admin', 'applicant')
  @ApiOperation({ summary: 'Service accounts: applicants see theirs, staff their provider’s, admins all.' })
  @ZodResponse(200, page(accountSchema), 'One page of accounts.')
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: Principal, @Query({ schema: accountFilter }) f: z.output<typeof accountFilter>) {
    const qb = this.dataSource.getRepository(ServiceAccountRow).createQueryBuilder('a');
    const provider = user.role === 'staff' ? user.provider : f.providerId;
    const customer = user.role === 'applicant' ? user.sub : f.customerId;
    if (provider) qb.andWhere('a.provider_id = :provider', { provider });
    if (customer) qb.andWhere('a.customer_id = :customer', { customer });
    const [rows, total] = await qb
      .orderBy('a.provider_id')
      .addOrderBy('a.account_no')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows, page: f.page, pageSize: f.pageSize, total };
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: `CSV, first line: ${ACCOUNT_CSV_COLUMNS.join(',')}`,
    required: true,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary:
      'Import accounts connected before Lianbao (CSV). Every row is checked and every problem listed (rows.<line>.<column>); nothing is imported unless every row is right.',
  })
  @ZodResponse(201, loose({ imported: z.number().int() }), 'Every account imported.')
  @ApiErrors(400, 401, 403, 409, 503)
  async import(@Body() body: unknown, @Headers('content-type') type: string | undefined) {
    if (typeof body !== 'string' || !/text\/csv/.test(type ?? ''))
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'Send the accounts as CSV (Content-Type: text/csv).',
        [{ path: 'body', rule: 'csv_required', message: 'must be text/csv' }],
        '请以 CSV 格式上传',
      );
    const parsed = parseAccountImport(body, new Date().toISOString());
    if (!parsed.ok)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The file has ${parsed.problems.length} problem(s); nothing was imported.`,
        parsed.problems.slice(0, 500),
        '文件有误，未导入任何户号',
      );
    try {
      return await this.client.workflow.execute(accountsImport, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `accounts-import-${randomUUID()}`,
        args: [{ accounts: parsed.accounts }],
      });
    } catch (error) {
      const cause = applicationFailure(error);
      if (cause?.type === 'accounts_exist') {
        const existing = (cause.details?.[0] ?? []) as { providerId: string; accountNo: string }[];
        throw new ApiError(
          HttpStatus.CONFLICT,
          'conflict',
          `${existing.length} of these accounts exist already; nothing was imported.`,
          existing.slice(0, 500).map((a) => ({
            path: `accounts.${a.providerId}.${a.accountNo}`,
            rule: 'exists',
            message: `${a.accountNo} of ${a.providerId} exists already`,
          })),
          '部分户号已存在，未导入',
        );
      }
      throw error;
    }
  }
}

// ---- Reliability plans ----------------------------------------------------------------------

const fen = z.number().int('must be whole fen').min(0).max(1_000_000_000);
const planBody = z.object({
  utility: z.enum(UTILITIES),
  saidiMinutes: z.number().min(0).max(525_600),
  saifi: z.number().min(0).max(1000),
  onTimeRestorationPct: z.number().min(0).max(100),
  penalty: z.object({
    perSaidiMinuteFen: fen,
    perSaifiHundredthFen: fen,
    perOnTimePointFen: fen,
    capFen: fen,
  }),
});
const planParams = { providerId, year: z.coerce.number().int().min(2000).max(2100) };
const planSchema = loose({
  providerId: z.string(),
  year: z.number().int(),
  utility: z.string(),
  plan: z.record(z.string(), z.unknown()),
  actual: z.record(z.string(), z.number()).nullable(),
  missed: z.array(z.string()).nullable(),
  penaltyFen: z.number().int().nullable(),
  assessedAt: isoOut.nullable(),
});

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/reliability-plans')
export class ReliabilityPlansController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reliability regulation plans (可靠性管制计划) by provider and year, with assessments.' })
  @ZodResponse(200, z.array(planSchema), 'Every plan, newest year first.')
  @ApiErrors(401, 403)
  async list() {
    return this.dataSource.getRepository(ReliabilityPlanRow).find({ order: { year: 'DESC', providerId: 'ASC' } });
  }

  @Put(':providerId/:year')
  @ZodBody(planBody, 'Targets for the year and the penalty rule for missing them.')
  @ApiOperation({ summary: "Set or replace a provider's plan for a year (until the year is assessed)." })
  @ZodResponse(200, planSchema, 'The plan as set.')
  @ApiErrors(400, 401, 403, 409, 503)
  async set(
    @CurrentUser() user: Principal,
    @Param('providerId', { schema: planParams.providerId }) provider: string,
    @Param('year', { schema: planParams.year }) year: number,
    @Body({ schema: planBody }) body: z.output<typeof planBody>,
  ) {
    const { utility, ...plan } = body;
    await this.run(reliabilityPlanSetting, `reliability-plan-${provider}-${year}-${randomUUID()}`, {
      providerId: provider,
      utility: utility as Utility,
      year,
      plan,
      by: user.sub,
      at: new Date().toISOString(),
    });
    return this.dataSource.getRepository(ReliabilityPlanRow).findOneByOrFail({ providerId: provider, year });
  }

  @Post(':providerId/:year/assessment')
  @ApiOperation({
    summary:
      "Assess a year that is over against the plan: actual SAIDI, SAIFI and on-time restoration, and the plan's penalty (payable to the district). Once: a second call returns the first.",
  })
  @ZodResponse(201, planSchema, 'The plan with its assessment.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async assess(
    @Param('providerId', { schema: planParams.providerId }) provider: string,
    @Param('year', { schema: planParams.year }) year: number,
  ) {
    await this.run(reliabilityAssessment, `reliability-assessment-${provider}-${year}-${randomUUID()}`, {
      providerId: provider,
      year,
      at: new Date().toISOString(),
    });
    return this.dataSource.getRepository(ReliabilityPlanRow).findOneByOrFail({ providerId: provider, year });
  }

  private async run<A>(workflow: (input: A) => Promise<unknown>, workflowId: string, input: A) {
    try {
      return await this.client.workflow.execute(workflow as never, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId,
        args: [input] as never,
      });
    } catch (error) {
      throw recordError(error) ?? error;
    }
  }
}

/** The ApplicationFailure a workflow failed with, through its activity's failure. */
function applicationFailure(error: unknown): ApplicationFailure | undefined {
  let cause: unknown = error instanceof WorkflowFailedError ? error.cause : undefined;
  while (cause && !(cause instanceof ApplicationFailure)) cause = (cause as { cause?: unknown }).cause;
  return cause as ApplicationFailure | undefined;
}

function recordError(error: unknown): ApiError | undefined {
  const cause = applicationFailure(error);
  if (!cause) return undefined;
  if (cause.type === 'not_found') return new ApiError(HttpStatus.NOT_FOUND, 'not_found', cause.message, [], '未找到');
  if (cause.type === 'conflict') return new ApiError(HttpStatus.CONFLICT, 'conflict', cause.message, [], '状态冲突');
  return undefined;
}

// ---- Published reports --------------------------------------------------------------------

const reportSummary = loose({
  id: z.string(),
  month: z.string(),
  producedFor: isoOut,
  producedAt: isoOut,
  corrects: z.string().nullable(),
  correctedBy: z.string().nullable(),
  reason: z.string(),
});

@ApiTags('public')
@Controller('v1')
export class ReportsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get('public/reports')
  @Public()
  @ApiOperation({
    summary:
      'Published monthly reports (supply reliability, connection KPIs, satisfaction), newest first. A correction is a new report linked to the one it corrects.',
  })
  @ZodResponse(200, z.array(reportSummary), 'Every published report.')
  async list() {
    const rows = await this.dataSource.getRepository(PublicReportRow).find({
      select: { id: true, month: true, producedFor: true, producedAt: true, corrects: true, reason: true },
      order: { month: 'DESC', producedAt: 'DESC' },
    });
    return rows.map((r) => ({
      id: r.id,
      month: r.month,
      producedFor: r.producedFor,
      producedAt: r.producedAt,
      corrects: r.corrects,
      correctedBy: rows.find((o) => o.corrects === r.id)?.id ?? null,
      reason: r.reason,
    }));
  }

  @Get('public/reports/:id')
  @Public()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'One report, exactly as published: JSON, or CSV with Accept: text/csv or ?format=csv.' })
  @ZodResponse(200, z.record(z.string(), z.unknown()), 'The report as published.')
  @ApiErrors(400, 404)
  async one(
    @Param('id', { schema: z.string().regex(/^\d{4}-\d{2}(-c\d+)?$/, 'must be YYYY-MM or YYYY-MM-c<n>') }) id: string,
    @Query({ schema: z.object({ format: z.enum(['json', 'csv']).optional() }) }) q: { format?: 'json' | 'csv' },
    @Headers('accept') accept: string | undefined,
    @Res() res: Response,
  ) {
    const row = await this.dataSource.getRepository(PublicReportRow).findOneBy({ id });
    if (!row) throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', `No report ${id}.`, [], '未找到该报告');
    const csv = q.format === 'csv' || (q.format === undefined && /text\/csv/.test(accept ?? ''));
    // The stored bytes, never recomputed: a report reads the same however many events arrive after it.
    if (csv) res.type('text/csv; charset=utf-8').attachment(`lianbao-report-${id}.csv`).send(row.csv);
    else res.type('application/json; charset=utf-8').send(row.json);
  }

  @Post('reports/:month/corrections')
  @Roles('admin')
  @ApiBearerAuth()
  @ZodBody(z.object({ reason: z.string().trim().min(1, 'say what the correction corrects').max(2000) }))
  @ApiOperation({
    summary: 'Publish a correction of a month: a new report linked to the last one, which stays as it was.',
  })
  @ZodResponse(201, reportSummary, 'The correction.')
  @ApiErrors(400, 401, 403, 404, 503)
  async correct(
    @Param('month', { schema: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM') }) month: string,
    @Body({ schema: z.object({ reason: z.string().trim().min(1).max(2000) }) }) body: { reason: string },
  ) {
    let reportId: string;
    try {
      ({ reportId } = await this.client.workflow.execute(monthlyReportCorrection, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `report-correction-${month}-${randomUUID()}`,
        args: [{ month, reason: body.reason, at: new Date().toISOString() }],
      }));
    } catch (error) {
      throw recordError(error) ?? error;
    }
    return (await this.list()).find((r) => r.id === reportId);
  }
}
