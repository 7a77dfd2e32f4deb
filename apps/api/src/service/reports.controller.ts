import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpStatus, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { PublicReportRow } from '../../../../libs/persistence/src';
import { monthlyReportCorrection } from '../../../../workflows/admin.workflows';
import { Public, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';

import { isoOut, loose, recordError } from './service-schemas';

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
