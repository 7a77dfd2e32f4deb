import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { catalogAt } from '../../../../libs/persistence/src';
import { monthRange } from '../../../../libs/persistence/src/service/reliability-store';
import { Public } from '../auth/auth.decorators';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { csvCell } from '../oversight/oversight.controllers';
import { DISCLOSED_COLUMNS, disclosedSchema } from './complaints.schemas';

const query = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
    .optional(),
  utility: z.enum(['power', 'water', 'gas', 'broadband']).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/**
 * Active disclosure (主动公开): every closed complaint — when, which utility and provider, what
 * kind, how many working days to acknowledge and to decide, the outcome and the remedy, and the
 * district's summary written for disclosure. Never the complainant, their words, numbers or site.
 */
@ApiTags('public')
@Controller('v1/public/complaints')
export class ComplaintDisclosureController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary:
      'Closed complaints and how they were handled, by the month they closed (Asia/Shanghai), newest first: JSON, or CSV with Accept: text/csv or ?format=csv. No personal data.',
  })
  @ZodResponse(200, z.object({ items: z.array(disclosedSchema) }), 'The disclosed complaints.')
  @ApiErrors(400)
  async list(
    @Query({ schema: query }) q: z.output<typeof query>,
    @Headers('accept') accept: string | undefined,
    @Res() res: Response,
  ) {
    const range = q.month ? monthRange(q.month) : null;
    // Only the columns that may be published are ever read.
    const rows: {
      id: string;
      month: string;
      utility: string;
      provider_id: string;
      category: string;
      acknowledge_working_days: number | null;
      decide_working_days: number | null;
      outcome: string | null;
      remedy_fen: number | null;
      escalated: boolean;
      public_summary: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, to_char(closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, utility, provider_id, category,
              acknowledge_working_days, decide_working_days, outcome, remedy_fen,
              jsonb_array_length(escalations) > 0 AS escalated, public_summary
         FROM complaints
        WHERE closed_at IS NOT NULL AND ($1::timestamptz IS NULL OR closed_at >= $1) AND ($2::timestamptz IS NULL OR closed_at < $2)
          AND ($3::text IS NULL OR utility = $3)
        ORDER BY closed_at DESC, id`,
      [range?.from ?? null, range?.to ?? null, q.utility ?? null],
    );
    const catalog = await catalogAt(this.dataSource, new Date());
    const names = Object.fromEntries(Object.values(catalog.providers).map((p) => [p.id, p]));
    const items = rows.map((r) => ({
      id: r.id,
      month: r.month,
      utility: r.utility,
      provider: {
        id: r.provider_id,
        name: names[r.provider_id]?.name ?? r.provider_id,
        nameZh: names[r.provider_id]?.nameZh ?? names[r.provider_id]?.name ?? r.provider_id,
      },
      category: r.category,
      workingDaysToAcknowledge: r.acknowledge_working_days,
      workingDaysToDecide: r.decide_working_days,
      outcome: r.outcome ?? 'withdrawn',
      remedyFen: r.remedy_fen ?? 0,
      summary: r.public_summary ?? '',
      escalated: r.escalated,
    }));
    const csv = q.format === 'csv' || (q.format === undefined && /text\/csv/.test(accept ?? ''));
    if (!csv) return void res.type('application/json; charset=utf-8').send({ items });
    const lines = items.map((i) =>
      [
        i.id,
        i.month,
        i.utility,
        i.provider.id,
        i.provider.nameZh,
        i.category,
        i.workingDaysToAcknowledge ?? '',
        i.workingDaysToDecide ?? '',
        i.outcome,
        i.remedyFen,
        i.escalated,
        i.summary,
      ]
        .map(csvCell)
        .join(','),
    );
    res
      .type('text/csv; charset=utf-8')
      .attachment(`lianbao-complaints${q.month ? `-${q.month}` : ''}.csv`)
      .send([DISCLOSED_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n');
  }
}
