import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { ConsultationRow, nameBasedUuid } from '../../../../libs/persistence/src';
import { sealText } from '../../../../libs/persistence/src/personal-data/personal-data';
import {
  consultation,
  consultationActionUpdate,
  consultationWorkflowId,
} from '../../../../workflows/consultation.workflow';
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
  consultationActionBody,
  consultationDraft,
  consultationFilter,
  consultationSchema,
  consultationView,
  type ConsultationActionBody,
  type ConsultationDraft,
} from './consultations.schemas';

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such consultation.', [], '未找到该咨询');
export const closedConsultation = () =>
  new ApiError(
    HttpStatus.CONFLICT,
    'conflict',
    'This consultation is closed.',
    [{ path: 'id', rule: 'closed', message: 'the consultation is closed' }],
    '该咨询已结束',
  );

/**
 * One-window consultation (一窗咨询): a business asks about any of the four utilities in one
 * place; the window answers or routes a part to its provider; every answer on a published limit.
 * One workflow per consultation. Turning one into an application: ./consultation-application.controller.ts.
 */
@ApiTags('consultations')
@ApiBearerAuth()
@Controller('v1/consultations')
export class ConsultationsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post()
  @Roles('applicant')
  @ZodBody(consultationDraft, 'The utilities it is about, the question, and the site and business name if known.')
  @ApiOperation({
    summary:
      'Ask the one window a question about one or more utilities, before applying or after. The window replies within 1 working day (the catalog says); an Idempotency-Key makes a retry the same question.',
  })
  @ZodResponse(201, consultationSchema, 'Asked: the window is told, its clock runs.')
  @ZodResponse(200, consultationSchema, 'A retry with the same Idempotency-Key: the consultation asked the first time.')
  @ZodResponse(
    202,
    z.object({ id: z.string(), status: z.literal('asked'), accepted: z.literal(true) }),
    'Asked, not yet readable: GET /consultations/{id} shortly.',
  )
  @ApiErrors(400, 401, 403, 503)
  async ask(
    @CurrentUser() user: Principal,
    @Body({ schema: consultationDraft }) body: ConsultationDraft,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const id = key ? nameBasedUuid(`lianbao:consultation:${user.sub}/${String(key).slice(0, 200)}`) : randomUUID();
    // The asker's words, the site's address and the name are sealed with their key before they enter Temporal.
    const seal = (text: string) => sealText(this.dataSource, user.sub, `text-${randomUUID()}`, text);
    const [question, address, companyName] = await Promise.all([
      seal(body.question),
      body.site ? seal(body.site.address) : undefined,
      body.companyName ? seal(body.companyName) : undefined,
    ]);
    const started = await startedOnce(() =>
      this.client.workflow.start(consultation, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: consultationWorkflowId(id),
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [
          {
            consultationId: id,
            askerId: user.sub,
            utilities: body.utilities,
            question,
            ...(body.site && address ? { site: { ...body.site, address } } : {}),
            ...(companyName ? { companyName } : {}),
            askedAt: new Date().toISOString(),
          },
        ],
      }),
    );
    if (!started) res.status(HttpStatus.OK);
    const row = await readSoon(() => this.dataSource.getRepository(ConsultationRow).findOneBy({ id }));
    if (row) return consultationView(row);
    res.status(HttpStatus.ACCEPTED);
    return { id, status: 'asked', accepted: true };
  }

  @Get()
  @Roles('applicant', 'window', 'staff', 'admin')
  @ApiOperation({
    summary:
      'Consultations: the window and the district see all, a business its own, a provider those with a part routed to it. Newest first; `?late=true` for those that missed a limit.',
  })
  @ZodResponse(200, z.object({ items: z.array(consultationSchema) }), 'The consultations the caller may see.')
  @ApiErrors(400, 401, 403)
  async list(
    @CurrentUser() user: Principal,
    @Query({ schema: consultationFilter }) f: z.output<typeof consultationFilter>,
  ) {
    const qb = this.dataSource.getRepository(ConsultationRow).createQueryBuilder('c');
    if (user.role === 'applicant') qb.andWhere('c.asker_id = :sub', { sub: user.sub });
    if (user.role === 'staff') qb.andWhere(':provider = ANY(c.provider_ids)', { provider: user.provider });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.late === 'true') qb.andWhere('jsonb_array_length(c.breaches) > 0');
    if (f.late === 'false') qb.andWhere('jsonb_array_length(c.breaches) = 0');
    const rows = await qb.orderBy('c.asked_at', 'DESC').addOrderBy('c.id').take(200).getMany();
    return { items: rows.map(consultationView) };
  }

  @Get(':id')
  @Roles('applicant', 'window', 'staff', 'admin')
  @ApiOperation({ summary: 'One consultation and its whole thread, as far as the caller may see it.' })
  @ZodResponse(200, consultationSchema, 'The consultation.')
  @ApiErrors(400, 401, 403, 404)
  async one(@CurrentUser() user: Principal, @Param('id', { schema: z.uuid() }) id: string) {
    return consultationView(await visibleConsultation(this.dataSource, user, id));
  }

  @Post(':id/actions')
  @Roles('window', 'staff', 'admin')
  @ZodBody(
    consultationActionBody,
    'answer (the window, or a provider its routed part) · route (a utility to its provider) · publish (to the FAQ).',
  )
  @ApiOperation({
    summary:
      "A step of the consultation. A provider's part is due within 1 working day of its routing. Publishing is refused (422) when the public question or answer holds a mobile, ID or credit-code number.",
  })
  @ZodResponse(201, consultationSchema, 'The consultation after the step.')
  @ApiErrors(400, 401, 403, 404, 409, 422, 503)
  async act(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: consultationActionBody }) body: ConsultationActionBody,
  ) {
    const row = await visibleConsultation(this.dataSource, user, id);
    if (row.closedAt) throw closedConsultation();
    if (body.action === 'publish') assertPublishable({ question: body.question, answer: body.answer });
    await command(() =>
      this.client.workflow.getHandle(consultationWorkflowId(id)).executeUpdate(consultationActionUpdate, {
        args: [{ sub: user.sub, role: user.role, provider: user.provider ?? undefined }, body],
      }),
    );
    return consultationView(await this.dataSource.getRepository(ConsultationRow).findOneByOrFail({ id }));
  }
}

/** A consultation the caller may see: the asker's own, a provider's with a part routed to it, any for the window and district. */
export async function visibleConsultation(dataSource: DataSource, user: Principal, id: string) {
  const row = await dataSource.getRepository(ConsultationRow).findOneBy({ id });
  if (!row) throw notFound();
  if (user.role === 'applicant' && row.askerId !== user.sub) throw notFound();
  if (user.role === 'staff' && !row.providerIds.includes(user.provider ?? '')) throw notFound();
  if (user.role === 'agency') throw notFound();
  return row;
}
