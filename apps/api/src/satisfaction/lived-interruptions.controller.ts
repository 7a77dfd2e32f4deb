import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { isoOut, loose } from '../service/service-schemas';

const livedSchema = z.object({
  items: z.array(
    loose({
      id: z.string(),
      utility: z.enum(UTILITIES),
      providerId: z.string(),
      kind: z.string(),
      planned: z.boolean(),
      startedAt: isoOut,
      endedAt: isoOut.nullable(),
      /** The business's own accounts it affected. */
      accountNos: z.array(z.string()),
      /** The business's rating of how it was dealt with, once supply was back. */
      rating: loose({ score: z.number().int(), ratedAt: isoOut }).nullable(),
    }),
  ),
});

/** The interruptions a business lived through: its own accounts affected, and whether it has rated each. */
@ApiTags('satisfaction')
@ApiBearerAuth()
@Controller('v1')
export class LivedInterruptionsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get('my-interruptions')
  @Roles('applicant')
  @ApiOperation({
    summary:
      'The supply interruptions that affected your accounts, newest first (at most 200): when, which accounts, whether supply is back, and your rating of how it was dealt with (rated once, after supply is back).',
  })
  @ZodResponse(200, livedSchema, 'Your interruptions.')
  @ApiErrors(401, 403)
  async mine(@CurrentUser() user: Principal) {
    const rows: {
      id: string;
      utility: (typeof UTILITIES)[number];
      provider_id: string;
      kind: string;
      planned: boolean;
      started_at: Date;
      ended_at: Date | null;
      account_nos: string[];
      score: number | null;
      rated_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT i.id, i.utility, i.provider_id, i.kind, i.planned, i.started_at, i.ended_at, mine.account_nos,
              r.score, r.rated_at
         FROM (SELECT substr(e.stream_id, length('interruption-') + 1) AS id,
                      array_agg(DISTINCT a->>'accountNo' ORDER BY a->>'accountNo') AS account_nos
                 FROM events e, jsonb_array_elements(e.data->'accounts') a
                WHERE e.type = 'InterruptionReported'
                  AND e.data->'accounts' @> jsonb_build_array(jsonb_build_object('customerId', $1::text))
                  AND a->>'customerId' = $1
                GROUP BY e.stream_id) mine
         JOIN interruptions i ON i.id = mine.id
    LEFT JOIN ratings r ON r.subject_kind = 'interruption' AND r.subject_id = i.id AND r.rater_id = $1
        ORDER BY i.started_at DESC
        LIMIT 200`,
      [user.sub],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        utility: r.utility,
        providerId: r.provider_id,
        kind: r.kind,
        planned: r.planned,
        startedAt: r.started_at.toISOString(),
        endedAt: r.ended_at?.toISOString() ?? null,
        accountNos: r.account_nos,
        rating: r.score === null ? null : { score: r.score, ratedAt: r.rated_at!.toISOString() },
      })),
    };
  }
}
