import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client, WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { catalogAt, InterruptionRow } from '../../../../libs/persistence/src';
import { accountsIn } from '../../../../activities/service.activities';
import { isInsufficient, serviceTermsOf, SUPPLY_QUANTITIES } from '../../../../libs/domain/src/service/service-terms';
import { serviceInterruption } from '../../../../workflows/interruption.workflow';
import { interruptionWorkflowId, reportArrivalUpdate, reportRestorationUpdate } from '../../../../workflows/messages';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, page } from '../common/responses';
import { command } from '../common/workflow-errors';

import { assertSameReport, assertYearOpen, reportFingerprint } from './interruption-guards';
import { iso } from './service-schemas';
import {
  interruptionDetail,
  interruptionFilter,
  interruptionIdFor,
  interruptionReport,
  interruptionSchema,
  interruptionView,
} from './interruptions.schemas';

export { interruptionIdFor, interruptionReport };

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
      "Report an interruption (停电/停水/停气/断网) or insufficient supply. The provider's incident reference makes it idempotent: the same report again returns the first (200) and books nothing; the same reference with other content is a 409. A year whose reliability plan is assessed takes no more reports (409).",
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
    const fingerprint = reportFingerprint(body);
    const existing = await this.dataSource.getRepository(InterruptionRow).findOneBy({ id });
    if (existing) {
      await assertSameReport(this.dataSource, id, body, fingerprint);
      res.status(HttpStatus.OK);
      return this.detail(id);
    }
    await assertYearOpen(this.dataSource, provider, body.startedAt, 'startedAt');
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
            fingerprint,
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
      if (await this.dataSource.getRepository(InterruptionRow).existsBy({ id })) {
        // Sent at once with another body under the same reference: the first one started wins.
        await assertSameReport(this.dataSource, id, body, fingerprint);
        return this.detail(id);
      }
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
      "Supply is back, or a correction of when: every affected account's compensation is recomputed and only the difference is booked (a top-up or a reversal). Taken during the catalog's correction period after the last restoration report, and never for an interruption of a year already assessed (409).",
  })
  @ZodResponse(201, interruptionDetail, 'The interruption after settling.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async restoration(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: z.object({ endedAt: iso }) }) body: { endedAt: string },
  ) {
    const row = await this.visible(user, id);
    await assertYearOpen(this.dataSource, row.providerId, row.startedAt, 'endedAt');
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
