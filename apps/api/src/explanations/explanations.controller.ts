import { Controller, Get, HttpStatus, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { findCompensation, type Catalog, type UtilityStage } from '../../../../libs/domain/src/catalog/catalog';
import { explainStage, type ClockEvent } from '../../../../libs/domain/src/explanation/stage-explanation';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import { catalogVersion, currentCalendar, ServiceRow } from '../../../../libs/persistence/src';
import { applicationWorkflowId, connectionWorkflowId } from '../../../../workflows/messages';
import { ApplicationsQueries } from '../applications/applications.queries';
import { idParam } from '../applications/dto';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { stageExplanationSchema, stageParam, trackParam } from './explanation.schemas';

const notExplained = () =>
  new ApiError(
    HttpStatus.NOT_FOUND,
    'not_found',
    'This application has no such clock, or it has not started.',
    [],
    '该申请没有此环节的计时，或尚未开始计时',
  );

/**
 * Why a deadline is the day it is, and who owes whom how much: scoped like the application (an
 * applicant their own, staff their provider's utilities, an agency its own permit clock).
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('v1/applications')
export class ExplanationsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly applications: ApplicationsQueries,
  ) {}

  @Get(':id/stages/:track/:stage/explanation')
  @ApiOperation({
    summary:
      "A stage's deadline explained from its own events: the limit and its catalog version, why it started then, every day counted or skipped (weekends, named holidays, adjusted working weekends 调休), each pause and what it gave back, every move of the deadline, days counted on an assumed calendar, and, when late, each unit of compensation with its rule and arithmetic and what a waiver reversed. In Chinese and English, with the structured data.",
  })
  @ZodResponse(200, stageExplanationSchema, 'The explanation.')
  @ApiErrors(400, 401, 404)
  async explain(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Param('track', { schema: trackParam }) track: z.output<typeof trackParam>,
    @Param('stage', { schema: stageParam }) stage: z.output<typeof stageParam>,
  ) {
    const app = await this.applications.visible(id, user);
    if (user.role === 'staff' && track !== 'joint') {
      const own = await this.dataSource
        .getRepository(ServiceRow)
        .findBy({ applicationId: id, providerId: user.provider });
      if (!own.some((s) => s.utility === track)) throw notExplained();
    }
    if (user.role === 'staff' && track === 'joint') throw notExplained(); // the window's clocks
    if (user.role === 'agency' && stage !== `${user.agency}-permit`) throw notExplained();
    const streams =
      track === 'joint'
        ? [applicationWorkflowId(id)]
        : [connectionWorkflowId(id, track), `breach-${id}.${track}.${stage}`];
    const rows: { type: string; data: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT type, data FROM events WHERE stream_id = ANY($1) ORDER BY global_position`,
      [streams],
    );
    const events: ClockEvent[] = rows
      .filter((r) => r.data.track === track && r.data.stage === stage)
      .map((r) => ({ ...r.data, type: r.type }));
    // The catalog the application pinned: whole in the event before release 0.3, by version since.
    const [submitted]: { catalog: Catalog | null; version: number | null }[] = await this.dataSource.query(
      `SELECT data->'catalog' AS catalog, (data->>'catalogVersion')::int AS version
         FROM events WHERE stream_id = $1 AND type = 'ApplicationSubmitted' LIMIT 1`,
      [applicationWorkflowId(id)],
    );
    const catalog =
      submitted?.catalog ??
      (submitted?.version != null
        ? await catalogVersion(this.dataSource, submitted.version).catch(() => undefined)
        : undefined);
    const compensable = events.some((e) => e.type === 'StageStarted' && e.compensable === true);
    const rule =
      catalog && compensable && track !== 'joint' && !stage.endsWith('-permit') && !stage.startsWith('survey-')
        ? findCompensation(catalog, track as Utility, stage as UtilityStage | 'total')
        : undefined;
    const explanation = explainStage({
      events,
      rule,
      catalogVersion: catalog?.version,
      calendar: await currentCalendar(this.dataSource),
      now: new Date(),
    });
    if (!explanation) throw notExplained();
    return { applicationId: app.id, ...explanation };
  }
}
