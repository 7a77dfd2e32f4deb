import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { RatingRow } from '../../../../libs/persistence/src';
import { followUpUpdate, ratingWorkflowId } from '../../../../workflows/rating.workflow';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';
import { command } from '../common/workflow-errors';
import { followUpBody, followUpFilter, ratingSchema, ratingView } from './ratings.schemas';

/**
 * The window's follow-up calls (回访): every rating of 1 or 2 — of a connection, a complaint's
 * handling or an interruption's — due within 2 working days, its outcome recorded once.
 */
@ApiTags('satisfaction')
@ApiBearerAuth()
@Controller('v1/follow-ups')
export class FollowUpsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
  ) {}

  @Get()
  @Roles('window', 'admin')
  @ApiOperation({
    summary: 'Follow-ups after poor ratings, the nearest deadline first; `status` open, recorded or late.',
  })
  @ZodResponse(200, z.object({ items: z.array(ratingSchema) }), 'The follow-ups.')
  @ApiErrors(400, 401, 403)
  async list(@Query({ schema: followUpFilter }) f: z.output<typeof followUpFilter>) {
    const qb = this.dataSource.getRepository(RatingRow).createQueryBuilder('r').where('r.follow_up_due_at IS NOT NULL');
    if (f.status === 'open') qb.andWhere('r.follow_up_outcome IS NULL');
    if (f.status === 'recorded') qb.andWhere('r.follow_up_outcome IS NOT NULL');
    if (f.status === 'late') qb.andWhere('r.follow_up_late');
    const rows = await qb
      .orderBy('r.follow_up_outcome IS NULL', 'DESC')
      .addOrderBy('r.follow_up_due_at')
      .take(200)
      .getMany();
    return { items: rows.map((r) => ratingView(r)) };
  }

  @Post(':id/outcome')
  @Roles('window', 'admin')
  @ZodBody(followUpBody, 'What came of the call: resolved, explained, unresolved or unreachable, and a note.')
  @ApiOperation({ summary: "Record a follow-up's outcome, once." })
  @ZodResponse(201, ratingSchema, 'The follow-up, recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async record(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: followUpBody }) body: z.output<typeof followUpBody>,
  ) {
    const row = await this.dataSource.getRepository(RatingRow).findOneBy({ id });
    if (!row?.followUpDueAt)
      throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such follow-up.', [], '未找到该回访');
    if (row.followUpOutcome || row.followUpAbandoned)
      throw new ApiError(HttpStatus.CONFLICT, 'conflict', 'This follow-up is already closed.', [], '该回访已结束');
    await command(() =>
      this.client.workflow
        .getHandle(ratingWorkflowId(id))
        .executeUpdate(followUpUpdate, { args: [{ sub: user.sub, role: user.role }, body] }),
    );
    return ratingView(await this.dataSource.getRepository(RatingRow).findOneByOrFail({ id }));
  }
}
