import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { BreachRow, CompensationRow, InterruptionRow } from '../../../../libs/persistence/src';
import { breachReview } from '../../../../workflows/admin.workflows';
import { connectionWorkflowId, interruptionWorkflowId, reviewBreachUpdate } from '../../../../workflows/messages';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import { refusalToApiError } from '../common/workflow-errors';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, breachView as breachViewSchema, ledgerEntry, page } from '../common/responses';
import { pageQuery } from '../common/pagination';
import { breachView, ledgerView } from '../applications/applications.queries';

const breachFilter = z.object({
  partyKind: z.enum(['provider', 'agency', 'window']).optional(),
  partyId: z.string().max(100).optional(),
  reviewStatus: z.enum(['open', 'upheld', 'waived']).optional(),
  applicationId: z.uuid().optional(),
  ...pageQuery,
});
const breachIdParam = z
  .string()
  .regex(/^[0-9a-f-]{36}\.(joint|power|water|gas|broadband)\.[a-z-]+$/, 'must be <application id>.<track>.<stage>');
// A discriminated union, so the rule "waiving needs a reason" is in the OpenAPI schema too.
const reviewBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('uphold'), reason: z.string().trim().max(2000).default('') }),
  z.object({
    decision: z.literal('waive'),
    reason: z.string({ error: 'waiving needs a reason' }).trim().min(1, 'waiving needs a reason').max(2000),
  }),
]);
const ledgerFilter = z.object({
  applicationId: z.uuid().optional(),
  providerId: z.string().max(100).optional(),
  status: z.enum(['accrued', 'waived']).optional(),
  ...pageQuery,
});

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1')
export class OversightController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get('breaches')
  @ApiOperation({ summary: 'Missed deadlines, newest first, filterable by party and review status.' })
  @ZodResponse(200, page(breachViewSchema), 'One page of breaches, newest first.')
  @ApiErrors(400, 401, 403)
  async breaches(@Query({ schema: breachFilter }) f: z.output<typeof breachFilter>) {
    const qb = this.dataSource.getRepository(BreachRow).createQueryBuilder('b');
    if (f.partyKind) qb.andWhere('b.party_kind = :partyKind', f);
    if (f.partyId) qb.andWhere('b.party_id = :partyId', f);
    if (f.reviewStatus) qb.andWhere('b.review_status = :reviewStatus', f);
    if (f.applicationId) qb.andWhere('b.application_id = :applicationId', f);
    const [rows, total] = await qb
      .orderBy('b.breached_at', 'DESC')
      .addOrderBy('b.application_id')
      .addOrderBy('b.track')
      .addOrderBy('b.stage')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows.map(breachView), page: f.page, pageSize: f.pageSize, total };
  }

  @Post('breaches/:id/review')
  @ZodBody(reviewBody)
  @ApiOperation({
    summary: 'Uphold or waive a breach (waiving needs a reason, is recorded, and reverses the accrued amount).',
  })
  @ZodResponse(201, breachViewSchema, 'The breach as reviewed.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async review(
    @CurrentUser() user: Principal,
    @Param('id', { schema: breachIdParam }) id: string,
    @Body({ schema: reviewBody }) body: z.output<typeof reviewBody>,
  ) {
    const [applicationId, track, stage] = id.split('.');
    const breach = await this.dataSource.getRepository(BreachRow).findOneBy({ applicationId, track, stage });
    if (!breach) throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such breach.');
    if (breach.reviewStatus !== 'open') throw this.alreadyReviewed(breach.reviewStatus);
    const view = async () =>
      breachView(await this.dataSource.getRepository(BreachRow).findOneByOrFail({ applicationId, track, stage }));
    // A running connection decides the review itself: its clock stops before the waiver counts
    // what it paid, so no unit can accrue in between.
    // An interruption's breach is decided by the interruption's workflow in the same way.
    const interruption = await this.dataSource.getRepository(InterruptionRow).existsBy({ id: applicationId });
    const workflowId = interruption
      ? interruptionWorkflowId(applicationId)
      : connectionWorkflowId(applicationId, track as Utility);
    if (track !== 'joint' && (await this.reviewInWorkflow(workflowId, stage, user, body))) return view();
    const accrued = await this.dataSource
      .getRepository(CompensationRow)
      .findBy({ applicationId, track, stage, status: 'accrued' });
    const applicantId = interruption
      ? ''
      : (await this.dataSource.query('SELECT applicant_id FROM applications WHERE id = $1', [applicationId]))[0]
          ?.applicant_id;
    const own = accrued.filter((r) => r.accountNo === '');
    const accounts = accrued.filter((r) => r.accountNo !== '');
    try {
      await this.client.workflow.execute(breachReview, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `breach-review-${id}`,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            applicationId,
            applicantId,
            track,
            stage,
            decision: body.decision,
            reason: body.reason,
            actor: { sub: user.sub, role: user.role },
            waivedUnits: own.map((r) => r.unit),
            waivedFen: accrued.reduce((sum, r) => sum + r.amountFen, 0),
            ...(accounts.length
              ? { waivedEntries: accounts.map((r) => ({ accountNo: r.accountNo, unit: r.unit })) }
              : {}),
          },
        ],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw this.alreadyReviewed('under review');
      throw error;
    }
    return view();
  }

  /** True when the running connection (or interruption) took the review; false when it has closed (or predates reviews). */
  private async reviewInWorkflow(
    workflowId: string,
    stage: string,
    user: Principal,
    body: z.output<typeof reviewBody>,
  ): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).executeUpdate(reviewBreachUpdate, {
        args: [
          { sub: user.sub, role: user.role },
          { stage, decision: body.decision, reason: body.reason },
        ],
      });
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      if (error instanceof WorkflowUpdateFailedError && /No registered handler/.test(String(error.cause?.message)))
        return false; // a connection of release 0.1: the review workflow below signals it
      throw refusalToApiError(error) ?? error;
    }
  }

  @Get('compensations')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({ summary: 'The compensation ledger; Accept: text/csv exports every matching row.' })
  @ZodResponse(200, page(ledgerEntry), 'One page of the ledger (JSON), or every matching row (Accept: text/csv).')
  @ApiErrors(400, 401, 403)
  async compensations(
    @Query({ schema: ledgerFilter }) f: z.output<typeof ledgerFilter>,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const csv = /text\/csv/.test(accept ?? '');
    const filtered = () => {
      const qb = this.dataSource.getRepository(CompensationRow).createQueryBuilder('c');
      if (f.applicationId) qb.andWhere('c.application_id = :applicationId', f);
      if (f.providerId) qb.andWhere('c.provider_id = :providerId', f);
      if (f.status) qb.andWhere('c.status = :status', f);
      return qb;
    };
    if (csv) {
      // Every matching row, streamed in pages by keyset (accrual order), never held whole.
      res.type('text/csv; charset=utf-8').attachment('compensations.csv');
      res.write(
        'application_id,applicant_id,provider_id,track,stage,unit,amount_fen,amount_yuan,accrued_at,status,account_no\r\n',
      );
      let after: CompensationRow | undefined;
      for (;;) {
        const qb = filtered();
        if (after)
          qb.andWhere(
            '(c.accrued_at, c.application_id, c.track, c.stage, c.unit, c.account_no) > (:at, :app, :track, :stage, :unit, :account)',
            {
              at: after.accruedAt,
              app: after.applicationId,
              track: after.track,
              stage: after.stage,
              unit: after.unit,
              account: after.accountNo,
            },
          );
        const rows = await qb
          .orderBy('c.accrued_at', 'ASC')
          .addOrderBy('c.application_id', 'ASC')
          .addOrderBy('c.track', 'ASC')
          .addOrderBy('c.stage', 'ASC')
          .addOrderBy('c.unit', 'ASC')
          .addOrderBy('c.account_no', 'ASC')
          .take(CSV_PAGE)
          .getMany();
        if (rows.length === 0) break;
        res.write(rows.map(csvLine).join(''));
        after = rows[rows.length - 1];
      }
      res.end();
      return;
    }
    const qb = filtered()
      .orderBy('c.accrued_at', 'DESC')
      .addOrderBy('c.application_id')
      .addOrderBy('c.track')
      .addOrderBy('c.stage')
      .addOrderBy('c.unit')
      .addOrderBy('c.account_no');
    const [rows, total] = await qb
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows.map(ledgerView), page: f.page, pageSize: f.pageSize, total };
  }

  private alreadyReviewed(status: string) {
    return new ApiError(HttpStatus.CONFLICT, 'conflict', `This breach is already ${status}.`, [], '该超时已审核');
  }
}

const CSV_PAGE = 1000;

/**
 * Quotes a CSV cell when needed. A cell a spreadsheet would run as a formula — starting with =, +,
 * -, @, a tab or a carriage return — is neutralised with a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = String(value);
  // A plain number stays a number (a reversal is -2500, not '-2500); text that a spreadsheet would
  // run as a formula is neutralised.
  if (!/^-?\d+(\.\d+)?$/.test(text) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (r: CompensationRow) =>
  [
    r.applicationId,
    r.applicantId,
    r.providerId,
    r.track,
    r.stage,
    r.unit,
    r.amountFen,
    (r.amountFen / 100).toFixed(2),
    r.accruedAt.toISOString(),
    r.status,
    r.accountNo,
  ]
    .map(csvCell)
    .join(',') + '\r\n';
