import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/local-date';
import { serviceTermsOf } from '../../../../libs/domain/src/service/service-terms';
import { noticeCheck, tariffNoticeDays } from '../../../../libs/domain/src/tariffs/tariff-notice';
import { catalogAt, currentRiskZones, TariffNoticeRow } from '../../../../libs/persistence/src';
import {
  tariffNotice,
  tariffNoticeWorkflowId,
  withdrawTariffNoticeUpdate,
} from '../../../../workflows/tariff-notice.workflow';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { assertPublishable } from '../common/publishable';
import { ApiErrors } from '../common/openapi-errors';
import { readSoon, startedOnce } from '../common/start-once';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';
import { command } from '../common/workflow-errors';
import {
  tariffNoticeDraft,
  tariffNoticeFilter,
  tariffNoticeIdFor,
  tariffNoticeSchema,
  tariffNoticeView,
  tariffWithdrawalBody,
  type TariffNoticeDraft,
} from './tariffs.schemas';

/** How long an in-force change stays on the public list. */
const SHOWN_AFTER_DAYS = 365;

/**
 * Tariff-change notices (费率调整提前告知): a provider (or the district for it) publishes a change
 * at least the catalog's minimum notice ahead; every affected account holder is told then and a
 * week before; anyone reads the current and upcoming ones.
 */
@ApiTags('tariffs')
@Controller('v1')
export class TariffNoticesController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post('tariff-notices')
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @ZodBody(tariffNoticeDraft, 'The change: what, from which day, for which customer types and area.')
  @ApiOperation({
    summary:
      "Publish a tariff change. Less than the catalog's minimum notice (30 days by default) is a 422 naming the minimum and the earliest day allowed. Every affected account holder is notified now and 7 days before it takes effect. The provider's reference makes it idempotent (same body: 200; other content: 409).",
  })
  @ZodResponse(201, tariffNoticeSchema, 'Published: how many accounts and holders were told.')
  @ZodResponse(200, tariffNoticeSchema, 'The same reference with the same content again: the notice already published.')
  @ApiErrors(400, 401, 403, 409, 422, 503)
  async publish(
    @CurrentUser() user: Principal,
    @Body({ schema: tariffNoticeDraft }) body: TariffNoticeDraft,
    @Res({ passthrough: true }) res: Response,
  ) {
    const now = new Date();
    const catalog = await catalogAt(this.dataSource, now);
    const provider = catalog.providers[body.utility].id;
    const mine = user.role === 'staff' ? user.provider : (body.providerId ?? provider);
    if (mine !== provider)
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        `The ${body.utility} tariff is ${provider}'s to announce.`,
        [
          {
            path: user.role === 'staff' ? 'utility' : 'providerId',
            rule: 'own_provider',
            message: `${provider} supplies ${body.utility}`,
          },
        ],
        '只能发布本单位的价格调整',
      );
    const id = tariffNoticeIdFor(provider, body.reference);
    const existing = await this.dataSource.getRepository(TariffNoticeRow).findOneBy({ id });
    if (existing) {
      assertSameNotice(existing, body);
      res.status(HttpStatus.OK);
      return this.view(existing);
    }
    const { title, titleZh, summary, summaryZh } = body;
    assertPublishable({ title, titleZh, summary, summaryZh });
    const minimumDays = tariffNoticeDays(serviceTermsOf(catalog));
    const check = noticeCheck(now, body.effectiveDate, minimumDays);
    if (!check.ok)
      throw new ApiError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'business_rule',
        `A tariff change is announced at least ${minimumDays} days ahead: ${body.effectiveDate} is ${check.givenDays} days away. The earliest it can take effect is ${check.earliest}.`,
        [
          {
            path: 'effectiveDate',
            rule: 'minimum_notice',
            message: `at least ${minimumDays} days ahead: ${check.earliest} or later`,
            messageZh: `须至少提前 ${minimumDays} 天告知：最早 ${check.earliest}`,
            params: { minimumDays, earliest: check.earliest, givenDays: check.givenDays },
          },
        ],
        `费率调整须至少提前 ${minimumDays} 天告知：${body.effectiveDate} 距今仅 ${check.givenDays} 天，最早可于 ${check.earliest} 生效`,
      );
    if (body.area.kind === 'zone') {
      const zoneId = body.area.zoneId;
      const zones = (await currentRiskZones(this.dataSource))?.zones ?? [];
      if (!zones.some((z) => z.id === zoneId))
        throw new ApiError(
          HttpStatus.BAD_REQUEST,
          'validation_failed',
          `No zone ${zoneId} in the district's register.`,
          [{ path: 'area.zoneId', rule: 'unknown_zone', message: 'not in the register' }],
          '区域登记中没有该区域',
        );
    }
    const started = await startedOnce(() =>
      this.client.workflow.start(tariffNotice, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: tariffNoticeWorkflowId(id),
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            noticeId: id,
            reference: body.reference,
            utility: body.utility,
            providerId: provider,
            title: body.title,
            titleZh: body.titleZh,
            summary: body.summary,
            summaryZh: body.summaryZh,
            effectiveDate: body.effectiveDate,
            customerTypes: [...new Set(body.customerTypes)].sort(),
            area: body.area,
            publishedAt: now.toISOString(),
            by: user.sub,
          },
        ],
      }),
    );
    if (!started) res.status(HttpStatus.OK);
    // Answer once it is published (its holders told); a slow worker gets a 202.
    const row = await readSoon(() => this.dataSource.getRepository(TariffNoticeRow).findOneBy({ id }));
    if (row) {
      assertSameNotice(row, body);
      return this.view(row);
    }
    res.status(HttpStatus.ACCEPTED);
    return { id, status: 'upcoming', accepted: true };
  }

  @Post('tariff-notices/:id/withdrawal')
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @ZodBody(tariffWithdrawalBody, 'Why the change will not happen, in Chinese and English (published).')
  @ApiOperation({
    summary:
      "Withdraw an announced tariff change before it takes effect (its provider's staff, or the district): everyone told of it is told it will not happen, with why, and no reminder follows. Once; not after it is in force (409). The reason is refused (422) when it holds a mobile, ID or credit-code number.",
  })
  @ZodResponse(200, tariffNoticeSchema, 'Withdrawn: the notice with its withdrawal.')
  @ApiErrors(400, 401, 403, 404, 409, 422, 503)
  @HttpCode(200)
  async withdraw(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: tariffWithdrawalBody }) body: z.output<typeof tariffWithdrawalBody>,
  ) {
    const row = await this.dataSource.getRepository(TariffNoticeRow).findOneBy({ id });
    if (!row || (user.role === 'staff' && user.provider !== row.providerId))
      throw new ApiError(
        HttpStatus.NOT_FOUND,
        'not_found',
        'No such tariff notice of yours.',
        [],
        '未找到该价格调整公告',
      );
    assertPublishable({ reason: body.reason, reasonZh: body.reasonZh });
    if (row.status !== 'upcoming')
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        row.status === 'withdrawn'
          ? 'This notice has been withdrawn already.'
          : 'The change is in force: it can no longer be withdrawn.',
        [{ path: 'id', rule: 'wrong_stage', message: `the notice is ${row.status}` }],
        row.status === 'withdrawn' ? '该公告已撤回' : '调整已生效，不能撤回',
      );
    await command(() =>
      this.client.workflow
        .getHandle(tariffNoticeWorkflowId(id))
        .executeUpdate(withdrawTariffNoticeUpdate, { args: [{ ...body, by: user.sub }] }),
    );
    const after = await readSoon(async () => {
      const r = await this.dataSource.getRepository(TariffNoticeRow).findOneBy({ id });
      return r?.status === 'withdrawn' ? r : null;
    });
    return this.view(after ?? row);
  }

  @Get('public/tariff-notices')
  @Public()
  @ApiOperation({
    summary: `Current and upcoming tariff changes, soonest first: upcoming ones, then those in force (for ${SHOWN_AFTER_DAYS} days). No account or holder, only how many were told.`,
  })
  @ZodResponse(200, z.object({ today: z.string(), items: z.array(tariffNoticeSchema) }), 'The list.')
  @ApiErrors(400)
  async list(@Query({ schema: tariffNoticeFilter }) f: z.output<typeof tariffNoticeFilter>) {
    const today = shanghaiDate(new Date());
    const since = shanghaiDate(new Date(Date.now() - SHOWN_AFTER_DAYS * 86_400_000));
    const qb = this.dataSource
      .getRepository(TariffNoticeRow)
      .createQueryBuilder('t')
      .where('t.effective_date >= :since', { since });
    if (f.utility) qb.andWhere('t.utility = :utility', f);
    if (f.status) qb.andWhere('t.status = :status', f);
    const rows = await qb.orderBy('t.effective_date', 'ASC').addOrderBy('t.id').getMany();
    const upcoming = rows.filter((r) => r.status === 'upcoming');
    // Then those in force or withdrawn, latest first.
    const inForce = rows.filter((r) => r.status !== 'upcoming').reverse();
    const names = await this.names();
    return { today, items: [...upcoming, ...inForce].map((r) => tariffNoticeView(r, names)) };
  }

  @Get('public/tariff-notices/:id')
  @Public()
  @ApiOperation({ summary: 'One tariff change.' })
  @ZodResponse(200, tariffNoticeSchema, 'The change.')
  @ApiErrors(400, 404)
  async one(@Param('id', { schema: z.uuid() }) id: string) {
    const row = await this.dataSource.getRepository(TariffNoticeRow).findOneBy({ id });
    if (!row)
      throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such tariff notice.', [], '未找到该价格调整公告');
    return this.view(row);
  }

  private async view(row: TariffNoticeRow) {
    return tariffNoticeView(row, await this.names());
  }

  /** Providers' names as the catalog in force gives them. */
  private async names() {
    const catalog = await catalogAt(this.dataSource, new Date());
    return Object.fromEntries(Object.values(catalog.providers).map((p) => [p.id, p]));
  }
}

/** JSON with the keys in one order (Postgres' jsonb keeps its own). */
const canonical = (value: object) => JSON.stringify(value, Object.keys(value).sort());

/** The same reference again must say the same; other content is a new notice (a new reference). */
function assertSameNotice(row: TariffNoticeRow, body: TariffNoticeDraft) {
  const same =
    row.utility === body.utility &&
    row.title === body.title &&
    row.titleZh === body.titleZh &&
    row.summary === body.summary &&
    row.summaryZh === body.summaryZh &&
    row.effectiveDate === body.effectiveDate &&
    JSON.stringify(row.customerTypes) === JSON.stringify([...new Set(body.customerTypes)].sort()) &&
    canonical(row.area) === canonical(body.area);
  if (!same)
    throw new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      `Notice ${body.reference} was published before with other content: a different change is a new reference.`,
      [{ path: 'reference', rule: 'reused_with_other_content', message: 'already published with other content' }],
      `公告编号 ${body.reference} 已以不同内容发布`,
    );
}
