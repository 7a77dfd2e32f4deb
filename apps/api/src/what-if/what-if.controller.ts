import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { catalogDraftSchema, catalogProblems } from '../../../../libs/domain/src/catalog/catalog';
import {
  createWhatIfRun,
  whatIfRun,
  whatIfRuns,
  type WhatIfRun,
} from '../../../../libs/persistence/src/what-if/what-if-runs';
import { catalogPublication } from '../../../../workflows/admin.workflows';
import { whatIfReplay } from '../../../../workflows/what-if.workflow';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';
import { catalogDocument } from '../common/responses';
import { whatIfList, whatIfRequest, whatIfRunSchema } from './what-if.schemas';

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such what-if run.', [], '未找到该试算');
const runId = z.uuid('must be a what-if run id (a UUID)');
const workflowId = (id: string) => `what-if-${id}`;

/** A draft's problems as publishing would list them, under `draft.`. */
function refuseIncomplete(draft: z.output<typeof catalogDraftSchema>, what: string) {
  const problems = catalogProblems(draft, new Date());
  if (problems.length)
    throw new ApiError(
      HttpStatus.BAD_REQUEST,
      'validation_failed',
      `The draft cannot be ${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
      problems.map((p) => ({ ...p, path: `draft.${p.path}` })),
      '目录草案不完整或不安全',
    );
}

/**
 * What-if replay of a draft catalog (admins): every stage clock of a period's applications replayed
 * from the event store under the draft's limits and rules, beside what the catalog they were
 * recorded under gave; a workflow with progress, cancellable; the result stored, as CSV too, and
 * the draft publishable from it. Never writes to the ledger or breaches.
 */
@ApiTags('catalog')
@ApiBearerAuth()
@Controller('v1/what-if')
@Roles('admin')
export class WhatIfController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post()
  @HttpCode(202)
  @ZodBody(whatIfRequest)
  @ApiOperation({
    summary:
      'Start a what-if replay: a draft catalog (validated as publishing validates it) and a period of submissions (at most 366 days). Answers at once with the run; follow its progress with GET /what-if/:id.',
  })
  @ZodResponse(202, whatIfRunSchema, 'The run, started.')
  @ApiErrors(400, 401, 403, 503)
  async start(@CurrentUser() user: Principal, @Body({ schema: whatIfRequest }) body: z.output<typeof whatIfRequest>) {
    refuseIncomplete(body.draft, 'replayed');
    const id = randomUUID();
    await createWhatIfRun(this.dataSource, {
      id,
      draft: body.draft,
      from: new Date(body.from),
      to: new Date(body.to),
      until: new Date(),
      by: user.sub,
    });
    await this.client.workflow.start(whatIfReplay, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: workflowId(id),
      args: [{ runId: id }],
    });
    return this.view((await whatIfRun(this.dataSource, id))!);
  }

  @Get()
  @ApiOperation({ summary: 'What-if runs, newest first (at most 50), without their results.' })
  @ZodResponse(200, whatIfList, 'The runs.')
  @ApiErrors(401, 403)
  async list() {
    return {
      items: (await whatIfRuns(this.dataSource)).map((r) => {
        const { rows: _r, changed: _c, draft: _d, ...rest } = this.view(r);
        return rest;
      }),
    };
  }

  @Get(':id')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'A run: its progress (applications done of the period’s, percent) and, as it goes, per utility, provider and stage the breaches and compensation under the current catalog and the draft, the difference, and the clocks that change (with their applications). Accept: text/csv for the same as CSV.',
  })
  @ZodResponse(200, whatIfRunSchema, 'The run (JSON), or its rows and changes (Accept: text/csv).')
  @ApiErrors(400, 401, 403, 404)
  async one(
    @Param('id', { schema: runId }) id: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const run = await whatIfRun(this.dataSource, id);
    if (!run) throw notFound();
    const view = await this.withNumbers(this.view(run));
    if (!/text\/csv/.test(accept ?? '')) return view;
    res.type('text/csv; charset=utf-8').attachment(`what-if-${id}.csv`);
    const lines = [
      'utility,provider_id,stage,current_breaches,draft_breaches,difference_breaches,current_fen,draft_fen,difference_fen',
      ...view.rows.map((r) =>
        [
          r.utility,
          r.providerId ?? '',
          r.stage,
          r.current.breaches,
          r.draft.breaches,
          r.difference.breaches,
          r.current.fen,
          r.draft.fen,
          r.difference.fen,
        ].join(','),
      ),
      '',
      'subject,id,number,track,stage,current_breached,draft_breached,current_fen,draft_fen',
      ...view.changed.map((c) =>
        [
          c.current.subject ?? 'application',
          c.current.applicationId,
          c.applicationNumber ?? '',
          c.current.track,
          c.current.stage,
          c.current.breached,
          c.draft.breached,
          c.current.fen,
          c.draft.fen,
        ].join(','),
      ),
    ];
    return lines.join('\r\n') + '\r\n';
  }

  @Post(':id/cancel')
  @HttpCode(202)
  @ApiOperation({ summary: 'Cancel a running what-if: it stops between pages, and the run says cancelled.' })
  @ZodResponse(202, whatIfRunSchema, 'The run as it stands.')
  @ApiErrors(400, 401, 403, 404, 409)
  async cancel(@Param('id', { schema: runId }) id: string) {
    const run = await whatIfRun(this.dataSource, id, false);
    if (!run) throw notFound();
    if (run.status !== 'running')
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        `This run is ${run.status}: only a running one can be cancelled.`,
        [],
        '该试算已结束，不能取消',
      );
    await this.client.workflow.getHandle(workflowId(id)).cancel();
    return this.view((await whatIfRun(this.dataSource, id))!);
  }

  @Post(':id/publish')
  @ApiOperation({
    summary:
      'Publish the draft a finished run replayed, as POST /catalog would (validated again now: its effective date must not have passed).',
  })
  @ZodResponse(201, catalogDocument, 'The published version.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async publish(@Param('id', { schema: runId }) id: string) {
    const run = await whatIfRun(this.dataSource, id, false);
    if (!run) throw notFound();
    if (run.status !== 'done')
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        `This run is ${run.status}: publish from a finished one.`,
        [],
        '试算尚未完成，不能发布',
      );
    const draft = catalogDraftSchema.parse(run.draft);
    refuseIncomplete(draft, 'published');
    return this.client.workflow.execute(catalogPublication, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `catalog-publication-what-if-${id}`,
      args: [{ draft: run.draft, publishedAt: new Date().toISOString() }],
    });
  }

  private view(run: WhatIfRun) {
    const percent = run.total
      ? Math.min(100, Math.round((run.done / run.total) * 1000) / 10)
      : run.status === 'done'
        ? 100
        : 0;
    return { ...run, percent, changed: run.changed.map((c) => ({ ...c, applicationNumber: null as string | null })) };
  }

  /** The changed clocks' applications by their numbers and interruptions by their references, as people know them. */
  private async withNumbers(view: ReturnType<WhatIfController['view']>) {
    const ids = [...new Set(view.changed.map((c) => c.current.applicationId))];
    if (!ids.length) return view;
    const rows: { id: string; number: string | null }[] = await this.dataSource.query(
      `SELECT 'application/' || id AS id, number FROM applications WHERE id = ANY($1)
       UNION ALL SELECT 'interruption/' || id, reference FROM interruptions WHERE id = ANY($1)`,
      [ids],
    );
    const numbers = new Map(rows.map((r) => [r.id, r.number]));
    return {
      ...view,
      changed: view.changed.map((c) => ({
        ...c,
        applicationNumber: numbers.get(`${c.current.subject ?? 'application'}/${c.current.applicationId}`) ?? null,
      })),
    };
  }
}
