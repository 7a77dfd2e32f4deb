import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { disclosed, MIN_PUBLIC_COUNT } from '../../../../libs/domain/src/disclosure';
import { satisfactionRates } from '../../../../libs/domain/src/satisfaction/satisfaction';
import { ratingsGiven } from '../../../../libs/persistence/src/satisfaction/satisfaction-store';
import {
  monthRange,
  monthsWithInterruptions,
  providerReliability,
} from '../../../../libs/persistence/src/service/reliability-store';
import { Public } from '../auth/auth.decorators';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse, kpis as kpisSchema, satisfaction as satisfactionSchema } from '../common/responses';

const kpiQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
    .optional(),
  excludeMajorEventDays: z.enum(['true', 'false']).default('false'),
});

@ApiTags('public')
@Controller('v1/kpis')
export class KpisController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Published performance: volumes, on-time rates per utility, breaches, compensation, satisfaction.',
  })
  @ZodResponse(200, kpisSchema, 'Volumes, on-time rates, breaches, compensation, satisfaction and supply reliability.')
  @ApiErrors(400)
  async kpis(@Query({ schema: kpiQuery }) query: z.output<typeof kpiQuery>) {
    const months = query.month ? [query.month] : await monthsWithInterruptions(this.dataSource);
    const reliability = (
      await Promise.all(
        months.map((month) =>
          providerReliability(
            this.dataSource,
            { ...monthRange(month), label: month },
            {
              excludeMajorEventDays: query.excludeMajorEventDays === 'true',
            },
          ),
        ),
      )
    ).flat();
    const q = (sql: string) => this.dataSource.query(sql);
    const [byStatus, utilities, breaches, money, satisfaction] = await Promise.all([
      q(`SELECT status, count(*)::int AS count FROM applications GROUP BY status ORDER BY status`),
      q(`SELECT track AS utility,
                count(*) FILTER (WHERE status = 'done')::int AS connected,
                count(*) FILTER (WHERE status = 'done' AND sla_state <> 'breached')::int AS on_time,
                avg(EXTRACT(EPOCH FROM completed_at - started_at) / 86400) FILTER (WHERE status = 'done') AS average_days
           FROM application_stages WHERE stage = 'total' GROUP BY track ORDER BY track`),
      q(`SELECT party_kind, count(*)::int AS count FROM breaches GROUP BY party_kind ORDER BY party_kind`),
      q(`SELECT status, COALESCE(sum(amount_fen), 0)::bigint AS fen FROM compensation_ledger GROUP BY status`),
      q(`SELECT avg(rating)::float AS average, count(rating)::int AS count FROM applications`),
    ]);
    // The share of 4–5 against 98 %, over the month asked for (else every rating), per utility and provider.
    const rates = satisfactionRates(
      await ratingsGiven(this.dataSource, query.month ? monthRange(query.month) : undefined),
    );
    const fen = (status: string) => Number(money.find((m: { status: string }) => m.status === status)?.fen ?? 0);
    return {
      applications: {
        total: byStatus.reduce((sum: number, s: { count: number }) => sum + s.count, 0),
        byStatus: Object.fromEntries(byStatus.map((s: { status: string; count: number }) => [s.status, s.count])),
      },
      utilities: utilities.map(
        (u: { utility: string; connected: number; on_time: number; average_days: string | null }) => ({
          utility: u.utility,
          connected: u.connected,
          onTimeRate: u.connected ? u.on_time / u.connected : null,
          averageDays: u.average_days === null ? null : Math.round(Number(u.average_days) * 10) / 10,
        }),
      ),
      breaches: Object.fromEntries(breaches.map((b: { party_kind: string; count: number }) => [b.party_kind, b.count])),
      compensation: { accruedFen: fen('accrued'), waivedFen: fen('waived') },
      // Withheld over fewer than MIN_PUBLIC_COUNT ratings: one person's score must not show.
      satisfaction: {
        average: disclosed(satisfaction[0].count, satisfaction[0].average),
        // Every rating: the connections', and complaints' and interruptions' handling (the average is the connections').
        count: rates.overall.ratings,
        minimumCount: MIN_PUBLIC_COUNT,
        ...(query.month ? { month: query.month } : {}),
        target: rates.target,
        satisfied: rates.overall.satisfied,
        rate: rates.overall.rate,
        belowTarget: rates.overall.belowTarget,
        byUtility: rates.byUtility,
        byProvider: rates.byProvider,
        bySource: rates.bySource,
      },
      /** SAIDI, SAIFI, CAIDI (IEEE 1366) per provider and month, on-time restoration and notice, compensation. */
      reliability: reliability.map(({ period, ...r }) => ({ month: period, ...r })),
    };
  }
}

const monthPattern = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
const satisfactionQuery = z
  .object({ from: monthPattern.optional(), to: monthPattern.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
    params: { rule: 'period_order' },
  });

@ApiTags('public')
@Controller('v1/public/satisfaction')
export class SatisfactionController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Satisfaction: the share of ratings of 4–5 against the 98 % target, overall, per utility and per provider, over the months from–to (Asia/Shanghai, inclusive; both optional). A rate over fewer than 5 ratings is withheld.',
  })
  @ZodResponse(200, satisfactionSchema, 'The rates, each flagged when below the target.')
  @ApiErrors(400)
  async get(@Query({ schema: satisfactionQuery }) q: z.output<typeof satisfactionQuery>) {
    const from = q.from ? monthRange(q.from).from : new Date(0);
    const to = q.to ? monthRange(q.to).to : new Date(8.64e15);
    const rates = satisfactionRates(await ratingsGiven(this.dataSource, { from, to }));
    return { from: q.from ?? null, to: q.to ?? null, ...rates };
  }
}
