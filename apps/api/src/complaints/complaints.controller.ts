import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import { ComplaintRow, nameBasedUuid } from '../../../../libs/persistence/src';
import { sealText } from '../../../../libs/persistence/src/personal-data/personal-data';
import { complaint, complaintActionUpdate, complaintWorkflowId } from '../../../../workflows/complaint.workflow';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { assertPublishable } from '../common/publishable';
import { ZodResponse } from '../common/responses';
import { command } from '../common/workflow-errors';
import { readSoon, startedOnce } from '../common/start-once';
import {
  complaintActionBody,
  complaintDraft,
  complaintFilter,
  complaintSchema,
  complaintView,
  type ComplaintActionBody,
  type ComplaintDraft,
} from './complaints.schemas';

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such complaint.', [], '未找到该投诉');

/**
 * Independent complaints (独立投诉): filed by a business about a provider, handled by the district
 * (admins), answered by the provider only when the district asks. One workflow per complaint.
 */
@ApiTags('complaints')
@ApiBearerAuth()
@Controller('v1/complaints')
export class ComplaintsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post()
  @Roles('applicant')
  @ZodBody(complaintDraft, 'What it is about (your application, account or interruption), and what happened.')
  @ApiOperation({
    summary:
      'Complain about a provider, to the district. It is acknowledged within 1 working day and decided within 7; an Idempotency-Key makes a retry the same complaint.',
  })
  @ZodResponse(201, complaintSchema, 'Filed: the district is told, its clocks run.')
  @ZodResponse(200, complaintSchema, 'A retry with the same Idempotency-Key: the complaint filed the first time.')
  @ZodResponse(
    202,
    z.object({ id: z.string(), status: z.literal('filed'), accepted: z.literal(true) }),
    'Filed, not yet readable: GET /complaints/{id} shortly.',
  )
  @ApiErrors(400, 401, 403, 404, 503)
  async file(
    @CurrentUser() user: Principal,
    @Body({ schema: complaintDraft }) body: ComplaintDraft,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { providerId, utility } = await this.subject(user, body.link);
    const id = key ? nameBasedUuid(`lianbao:complaint:${user.sub}/${String(key).slice(0, 200)}`) : randomUUID();
    // The complainant's words are sealed with their key before they enter Temporal.
    const description = await sealText(this.dataSource, user.sub, `text-${randomUUID()}`, body.description);
    const started = await startedOnce(() =>
      this.client.workflow.start(complaint, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: complaintWorkflowId(id),
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            complaintId: id,
            complainantId: user.sub,
            providerId,
            utility,
            category: body.category,
            link: body.link,
            description,
            filedAt: new Date().toISOString(),
          },
        ],
      }),
    );
    if (!started) res.status(HttpStatus.OK);
    const row = await readSoon(() => this.dataSource.getRepository(ComplaintRow).findOneBy({ id }));
    if (row) return complaintView(row);
    res.status(HttpStatus.ACCEPTED);
    return { id, status: 'filed', accepted: true };
  }

  @Get()
  @Roles('applicant', 'staff', 'admin')
  @ApiOperation({
    summary:
      "Complaints: the district sees all, a business its own, a provider those it has been asked to answer. Newest first; `?escalated=true` for the lead's list.",
  })
  @ZodResponse(200, z.object({ items: z.array(complaintSchema) }), 'The complaints the caller may see.')
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: Principal, @Query({ schema: complaintFilter }) f: z.output<typeof complaintFilter>) {
    const qb = this.dataSource.getRepository(ComplaintRow).createQueryBuilder('c');
    if (user.role === 'applicant') qb.andWhere('c.complainant_id = :sub', { sub: user.sub });
    if (user.role === 'staff')
      qb.andWhere('c.provider_id = :provider AND c.question IS NOT NULL', { provider: user.provider });
    if (f.status) qb.andWhere('c.status = :status', f);
    if (f.escalated === 'true') qb.andWhere(`jsonb_array_length(c.escalations) > 0`);
    const rows = await qb.orderBy('c.filed_at', 'DESC').addOrderBy('c.id').take(200).getMany();
    const rated = await this.ratings(rows.map((r) => r.id));
    return { items: rows.map((r) => ({ ...complaintView(r), rating: rated.get(r.id) ?? null })) };
  }

  @Get(':id')
  @Roles('applicant', 'staff', 'admin')
  @ApiOperation({ summary: 'One complaint, as far as the caller may see it.' })
  @ZodResponse(200, complaintSchema, 'The complaint.')
  @ApiErrors(400, 401, 403, 404)
  async one(@CurrentUser() user: Principal, @Param('id', { schema: z.uuid() }) id: string) {
    const row = await this.visible(user, id);
    return { ...complaintView(row), rating: (await this.ratings([id])).get(id) ?? null };
  }

  /** How each complaint's handling was rated by its complainant (once closed), by complaint. */
  private async ratings(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { subject_id: string; score: number }[] = await this.dataSource.query(
      `SELECT subject_id, score FROM ratings WHERE subject_kind = 'complaint' AND subject_id = ANY($1::text[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.subject_id, r.score]));
  }

  @Post(':id/actions')
  @Roles('applicant', 'staff', 'admin')
  @ZodBody(
    complaintActionBody,
    'acknowledge · request-response · decide (the district); respond (the provider asked); accept · reopen (the complainant, once).',
  )
  @ApiOperation({
    summary:
      "A step of the complaint. A decision's public summary is refused (422) when it holds a mobile, ID or credit-code number; an upheld complaint's remedy is booked once in the compensation ledger.",
  })
  @ZodResponse(201, complaintSchema, 'The complaint after the step.')
  @ApiErrors(400, 401, 403, 404, 409, 422, 503)
  async act(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: complaintActionBody }) body: ComplaintActionBody,
  ) {
    await this.visible(user, id);
    if (body.action === 'decide') assertPublishable({ publicSummary: body.publicSummary });
    // A reopening's reason is the complainant's own words: sealed with their key, like the complaint.
    const action =
      body.action === 'reopen'
        ? { ...body, reason: await sealText(this.dataSource, user.sub, `text-${randomUUID()}`, body.reason) }
        : body;
    await command(() =>
      this.client.workflow.getHandle(complaintWorkflowId(id)).executeUpdate(complaintActionUpdate, {
        args: [{ sub: user.sub, role: user.role, provider: user.provider ?? undefined }, action],
      }),
    );
    return complaintView(await this.dataSource.getRepository(ComplaintRow).findOneByOrFail({ id }));
  }

  private async visible(user: Principal, id: string): Promise<ComplaintRow> {
    const row = await this.dataSource.getRepository(ComplaintRow).findOneBy({ id });
    if (!row) throw notFound();
    if (user.role === 'applicant' && row.complainantId !== user.sub) throw notFound();
    if (user.role === 'staff' && (row.providerId !== user.provider || row.question === null)) throw notFound();
    return row;
  }

  /** The provider a complaint is about, from what it links to — which must be the complainant's own. */
  private async subject(
    user: Principal,
    link: ComplaintDraft['link'],
  ): Promise<{ providerId: string; utility: Utility }> {
    const missing = (path: string, what: string, zh: string) =>
      new ApiError(
        HttpStatus.NOT_FOUND,
        'not_found',
        `No ${what} of yours.`,
        [{ path, rule: 'yours', message: `not one of your ${what}s` }],
        zh,
      );
    if (link.kind === 'application') {
      const [row] = await this.dataSource.query(
        `SELECT s.provider_id FROM application_services s JOIN applications a ON a.id = s.application_id
          WHERE a.id = $1 AND a.applicant_id = $2 AND s.utility = $3`,
        [link.applicationId, user.sub, link.utility],
      );
      if (!row) throw missing('link.applicationId', 'application with that service', '未找到您的该项申请');
      return { providerId: row.provider_id, utility: link.utility };
    }
    if (link.kind === 'account') {
      const [row] = await this.dataSource.query(
        `SELECT provider_id FROM service_accounts WHERE account_no = $1 AND utility = $2 AND customer_id = $3`,
        [link.accountNo, link.utility, user.sub],
      );
      if (!row) throw missing('link.accountNo', 'account', '未找到您的该户号');
      return { providerId: row.provider_id, utility: link.utility };
    }
    const [row] = await this.dataSource.query(
      `SELECT i.provider_id, i.utility FROM interruptions i JOIN events e
          ON e.stream_id = 'interruption-' || i.id AND e.type = 'InterruptionReported'
        WHERE i.id = $1 AND e.data->'accounts' @> jsonb_build_array(jsonb_build_object('customerId', $2::text))`,
      [link.interruptionId, user.sub],
    );
    if (!row) throw missing('link.interruptionId', 'interruption affecting an account', '未找到影响您户号的停供事件');
    return { providerId: row.provider_id, utility: row.utility };
  }
}
