import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpStatus, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import type { RatedSubject } from '../../../../libs/domain/src/satisfaction/follow-up';
import { ComplaintRow, InterruptionRow } from '../../../../libs/persistence/src';
import { sealText } from '../../../../libs/persistence/src/personal-data/personal-data';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';
import { rateBody, ratingSchema, ratingView } from './ratings.schemas';
import { ratingRow, startRating } from './start-rating';

const notYet = (what: string, zh: string) =>
  new ApiError(HttpStatus.CONFLICT, 'conflict', what, [{ path: 'id', rule: 'not_rateable_yet', message: what }], zh);
const missing = (what: string, zh: string) => new ApiError(HttpStatus.NOT_FOUND, 'not_found', what, [], zh);

/**
 * Rating how a closed complaint was handled, and how an interruption the business lived through
 * was dealt with: once each, 1–5 with an optional comment; a 1 or 2 opens the window's follow-up.
 */
@ApiTags('satisfaction')
@ApiBearerAuth()
@Controller('v1')
export class RatingsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post('complaints/:id/rating')
  @Roles('applicant')
  @ZodBody(rateBody, 'A score from 1 to 5 and, if you like, a comment.')
  @ApiOperation({
    summary:
      "Rate how your closed complaint was handled, once. It counts for the complaint's provider; a 1 or 2 brings a follow-up call from the window within 2 working days.",
  })
  @ZodResponse(201, ratingSchema, 'Recorded, with the follow-up it opened (if any).')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async rateComplaint(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: rateBody }) body: z.output<typeof rateBody>,
  ) {
    const c = await this.dataSource.getRepository(ComplaintRow).findOneBy({ id, complainantId: user.sub });
    if (!c) throw missing('No such complaint of yours.', '未找到您的该投诉');
    if (c.status !== 'closed') throw notYet('A complaint is rated once it is closed.', '投诉办结后才能评价');
    return this.rate(user, { kind: 'complaint', id }, body, [
      { utility: c.utility as Utility, providerId: c.providerId },
    ]);
  }

  @Post('interruptions/:id/rating')
  @Roles('applicant')
  @ZodBody(rateBody, 'A score from 1 to 5 and, if you like, a comment.')
  @ApiOperation({
    summary:
      'Rate how an interruption that affected one of your accounts was dealt with, once, after supply is back. A 1 or 2 brings a follow-up call from the window within 2 working days.',
  })
  @ZodResponse(201, ratingSchema, 'Recorded, with the follow-up it opened (if any).')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async rateInterruption(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: rateBody }) body: z.output<typeof rateBody>,
  ) {
    const [affected] = await this.dataSource.query(
      `SELECT 1 FROM events e WHERE e.stream_id = 'interruption-' || $1 AND e.type = 'InterruptionReported'
          AND e.data->'accounts' @> jsonb_build_array(jsonb_build_object('customerId', $2::text))`,
      [id, user.sub],
    );
    const i = affected ? await this.dataSource.getRepository(InterruptionRow).findOneBy({ id }) : null;
    if (!i) throw missing('No interruption that affected an account of yours.', '未找到影响您户号的停供事件');
    if (!i.endedAt) throw notYet('An interruption is rated once supply is back.', '恢复供应后才能评价');
    return this.rate(user, { kind: 'interruption', id }, body, [
      { utility: i.utility as Utility, providerId: i.providerId },
    ]);
  }

  private async rate(
    user: Principal,
    subject: RatedSubject,
    body: z.output<typeof rateBody>,
    services: { utility: Utility; providerId: string }[],
  ) {
    // The business's own words are sealed with its key before they enter Temporal.
    const comment = body.comment
      ? await sealText(this.dataSource, user.sub, `text-${randomUUID()}`, body.comment)
      : undefined;
    const id = await startRating(this.client, this.config, {
      subject,
      raterId: user.sub,
      score: body.score,
      ...(comment ? { comment } : {}),
      services,
      ratedAt: new Date().toISOString(),
      record: true,
    });
    const row = await ratingRow(this.dataSource, id);
    if (!row)
      throw new ApiError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'unavailable',
        'The rating was received but is not readable yet; it is not lost.',
        [{ path: '(service)', rule: 'unavailable', message: 'the read model' }],
        '评价已收到，暂时无法显示',
      );
    return ratingView(row);
  }
}
