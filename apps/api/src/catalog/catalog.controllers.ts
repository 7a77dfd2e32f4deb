import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { catalogDraftSchema, catalogProblems, type CatalogDraft } from '../../../../libs/domain/src/catalog/catalog';
import { calendarOverrides, CatalogRow } from '../../../../libs/persistence/src';
import { officialCalendarYears } from '../../../../libs/domain/src/calendar/official-calendar';
import { calendarYearSchema, type CalendarYearInput } from '../../../../libs/domain/src/calendar/calendar-year';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { calendarPublication, catalogPublication } from '../../../../workflows/admin.workflows';
import { Public, Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, calendarOverview, calendarYear, catalogDocument, catalogVersions } from '../common/responses';

@ApiTags('public')
@Controller('v1/catalog')
export class CatalogController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The published time limits and compensation rules in force now, or ?version=N.' })
  @ZodResponse(200, catalogDocument, 'The catalog version asked for, or the one in force.')
  @ApiErrors(400, 404)
  async get(
    @Query({
      schema: z.object({
        version: z.coerce
          .number()
          .int('must be a whole number')
          .min(1, 'at least 1')
          .max(2_147_483_647, 'at most 2147483647')
          .optional(),
      }),
    })
    query: {
      version?: number;
    },
  ) {
    const repo = this.dataSource.getRepository(CatalogRow);
    const row = query.version
      ? await repo.findOneBy({ version: query.version })
      : await repo
          .createQueryBuilder('c')
          .where('c.effective_from <= now()')
          .orderBy('c.effective_from', 'DESC')
          .addOrderBy('c.version', 'DESC')
          .getOne();
    if (!row)
      throw new ApiError(
        HttpStatus.NOT_FOUND,
        'not_found',
        query.version ? `No catalog version ${query.version}.` : 'No catalog is in force.',
      );
    return row.document;
  }

  @Get('versions')
  @Public()
  @ApiOperation({
    summary:
      'Every published catalog version with its dates and state: in force, scheduled (takes effect later) or superseded.',
  })
  @ZodResponse(200, catalogVersions, 'Newest first.')
  async versions() {
    const rows = await this.dataSource
      .getRepository(CatalogRow)
      .createQueryBuilder('c')
      .select(['c.version', 'c.effectiveFrom', 'c.publishedAt'])
      .orderBy('c.effective_from', 'DESC')
      .addOrderBy('c.version', 'DESC')
      .getMany();
    const now = Date.now();
    // The one in force is the latest that has taken effect; later ones are scheduled.
    const inForce = rows.find((r) => r.effectiveFrom.getTime() <= now)?.version;
    return {
      items: rows.map((r) => ({
        version: r.version,
        effectiveFrom: r.effectiveFrom,
        publishedAt: r.publishedAt,
        state: r.version === inForce ? 'in-force' : r.effectiveFrom.getTime() > now ? 'scheduled' : 'superseded',
      })),
    };
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ZodBody(catalogDraftSchema)
  @ApiOperation({
    summary:
      'Publish a new catalog version from its effective date (now or later). It must be complete: a limit for every stage of every utility and category, the window and both agencies; every rule capped within 60 accruals. Running applications keep theirs.',
  })
  @ZodResponse(201, catalogDocument, 'The published version.')
  @ApiErrors(400, 401, 403, 503)
  async publish(@Body({ schema: catalogDraftSchema }) draft: CatalogDraft) {
    const problems = catalogProblems(catalogDraftSchema.parse(draft), new Date());
    if (problems.length)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The catalog cannot be published: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
        problems,
        '目录不完整或不安全，不能发布',
      );
    return this.client.workflow.execute(catalogPublication, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `catalog-publication-${randomUUID()}`,
      args: [{ draft, publishedAt: new Date().toISOString() }],
    });
  }
}

@ApiTags('public')
@Controller('v1/calendar')
export class CalendarController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The working-day calendar: years known (official package or loaded by an admin), or ?year=N in full.',
  })
  @ZodResponse(200, z.union([calendarOverview, calendarYear]), 'The known years, or one year in full.')
  @ApiErrors(400, 404)
  async get(
    @Query({ schema: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) })
    query: {
      year?: number;
    },
  ) {
    const overrides = await calendarOverrides(this.dataSource);
    const loaded = new Map(overrides.map((y) => [y.year, y]));
    const years = officialCalendarYears()
      .filter((y) => !loaded.has(y.year))
      .concat(overrides)
      .sort((a, b) => a.year - b.year);
    if (query.year !== undefined) {
      const year = years.find((y) => y.year === query.year);
      if (!year)
        throw new ApiError(
          HttpStatus.NOT_FOUND,
          'not_found',
          `${query.year} is not in the calendar: deadlines reaching it are counted on weekdays and flagged.`,
          [],
          `${query.year} 年日历尚未发布`,
        );
      return year;
    }
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM application_stages WHERE beyond_known_calendar AND status IN ('open', 'paused')`,
    );
    return {
      knownYears: years.map((y) => y.year),
      /** Open deadlines counted on plain weekdays past the known years; they recompute when a year is loaded. */
      openDeadlinesOnUnknownCalendar: count,
      years: years.map((y) => ({
        year: y.year,
        source: y.source,
        holidays: y.holidays.length,
        workdays: y.workdays.length,
        loadedByAdmin: loaded.has(y.year),
      })),
    };
  }

  @Post('years')
  @Roles('admin')
  @ApiBearerAuth()
  @ZodBody(calendarYearSchema, "A year from the State Council's notice: holidays and adjusted working weekends (调休).")
  @ApiOperation({
    summary:
      'Load or correct a year of the official calendar; open deadlines counted past the known calendar are recomputed. Replacing a year already known needs ?replace=true.',
  })
  @ZodResponse(201, calendarYear, 'The year as loaded, and how many applications recomputed their deadlines.')
  @ApiErrors(400, 401, 403, 409, 503)
  async publish(
    @CurrentUser() user: Principal,
    @Body({ schema: calendarYearSchema }) calendarYear: CalendarYearInput,
    @Query({ schema: z.object({ replace: z.enum(['true', 'false']).default('false') }) })
    query: { replace: 'true' | 'false' },
  ) {
    const loaded = await calendarOverrides(this.dataSource);
    const known = [...officialCalendarYears(), ...loaded].find((y) => y.year === calendarYear.year);
    if (known && query.replace !== 'true')
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        `${calendarYear.year} is already known (${known.source}, ${known.holidays.length} holidays). Replacing it moves every deadline that counts it: confirm with ?replace=true.`,
        [
          {
            path: 'query.replace',
            rule: 'confirmation_required',
            message: 'send replace=true to replace a known year',
          },
        ],
        `${calendarYear.year} 年日历已存在，替换需确认`,
      );
    return this.client.workflow.execute(calendarPublication, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `calendar-publication-${calendarYear.year}-${randomUUID()}`,
      args: [{ calendarYear, by: user.sub, publishedAt: new Date().toISOString() }],
    });
  }
}
