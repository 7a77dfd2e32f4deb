import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { parseQualityCsv } from '../../../../libs/domain/src/quality/quality-csv';
import { QUALITY_CSV_COLUMNS, qualityFiguresSchema } from '../../../../libs/domain/src/quality/quality-figures';
import { problemMessage, toProblem, type IssueLike } from '../../../../libs/domain/src/validation/problems';
import { catalogAt } from '../../../../libs/persistence/src';
import { qualitySection, submitQualityFigures } from '../../../../libs/persistence/src/quality/quality-store';
import { reportProviders } from '../../../../libs/persistence/src/service/report-accountability';
import { Public, CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { readCsv } from '../common/read-body';
import { ZodResponse } from '../common/responses';
import { loose, providerId } from '../service/service-schemas';

const month = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM, 2000–2099');
/** Every metric of any utility: which ones a provider owes is its utility's (checked after). */
const figuresBody = z.record(z.string().max(64), z.number());
const monthQuery = z.object({ month: month.optional() });
const submittedSchema = loose({ providerId: z.string(), utility: z.string(), month: z.string(), version: z.number() });
const qualitySchema = z.object({
  month: z.string(),
  providers: z.array(
    loose({
      providerId: z.string(),
      utility: z.enum(UTILITIES),
      submitted: z.boolean(),
      status: z.enum(['submitted', 'due', 'missed']),
      figures: z.record(z.string(), z.number()).nullable(),
      trend: z.record(z.string(), z.array(loose({ month: z.string(), value: z.number().nullable() }))),
    }),
  ),
});
const csvSubmittedSchema = z.object({
  submitted: z.array(submittedSchema),
});
const shanghaiMonth = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

/**
 * Supply quality and sustainability (供应质量、可持续性): each provider's figures for a month, checked
 * against plausible ranges with every problem listed, and published beside reliability.
 */
@ApiTags('quality')
@Controller('v1')
export class QualityController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Put('quality-figures/:providerId/:month')
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @ZodBody(
    figuresBody,
    "The month's figures of the provider's utility, e.g. power: voltagePassRatePct, lineLossRatePct, renewableSharePct.",
  )
  @ApiOperation({
    summary:
      "Submit (or replace) a provider's figures for a month that is over: every metric of its utility, each in its plausible range; every problem is listed (400). Due by the first working day of the next month, when the report is made.",
  })
  @ZodResponse(200, submittedSchema, 'Recorded: the month now shows these figures.')
  @ApiErrors(400, 401, 403, 404, 409)
  async submit(
    @CurrentUser() user: Principal,
    @Param('providerId', { schema: providerId }) provider: string,
    @Param('month', { schema: month }) forMonth: string,
    @Body({ schema: figuresBody }) body: Record<string, number>,
  ) {
    if (user.role === 'staff' && user.provider !== provider)
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        'Only your own provider’s figures.',
        [],
        '只能报送本单位的数据',
      );
    const catalog = await catalogAt(this.dataSource, new Date());
    const utility = UTILITIES.find((u) => catalog.providers[u].id === provider);
    if (!utility) throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such provider.', [], '未找到该供应单位');
    if (forMonth >= shanghaiMonth(new Date()))
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        `${forMonth} is not over yet.`,
        [{ path: 'month', rule: 'not_over', message: 'a month is reported once it is over' }],
        '该月尚未结束',
      );
    const parsed = qualityFiguresSchema(utility).safeParse(body);
    if (!parsed.success)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The ${utility} figures are not plausible or not complete.`,
        parsed.error.issues.map((issue) => {
          const problem = toProblem(issue as unknown as IssueLike, body);
          return { ...problem, message: issue.message, messageZh: problemMessage(problem, 'zh') };
        }),
        '数据不完整或超出合理范围',
      );
    const { version } = await submitQualityFigures(this.dataSource, {
      providerId: provider,
      utility,
      month: forMonth,
      figures: parsed.data as Record<string, number>,
      by: user.sub,
      at: new Date().toISOString(),
    });
    return { providerId: provider, utility, month: forMonth, version, figures: parsed.data };
  }

  @Post('quality-figures')
  @ApiBearerAuth()
  @Roles('staff', 'admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: `CSV, one figure a line; first line: ${QUALITY_CSV_COLUMNS.join(',')}; at most 5 000 lines`,
    required: true,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary:
      "Submit figures as CSV: any months that are over, every metric of each month; staff their own provider's, the district any provider's. Every problem of every line and month is listed (rows.<line>.<column>, months.<provider>.<month>.<metric>); nothing is recorded unless all is right.",
  })
  @ZodResponse(201, csvSubmittedSchema, 'Every month in the file recorded.')
  @ApiErrors(400, 401, 403, 413)
  async submitCsv(@CurrentUser() user: Principal, @Req() req: Request) {
    const csv = await readCsv(req, 1_000_000, 'the figures');
    const catalog = await catalogAt(this.dataSource, new Date());
    const parsed = parseQualityCsv(csv, {
      utilityOf: (id) => UTILITIES.find((u) => catalog.providers[u].id === id),
      mayReport: (id) => user.role === 'admin' || user.provider === id,
      currentMonth: shanghaiMonth(new Date()),
    });
    if (!parsed.ok)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The file has ${parsed.problems.length} problem(s); nothing was recorded.`,
        parsed.problems.slice(0, 500),
        `文件有 ${parsed.problems.length} 处错误，未记录任何数据`,
      );
    const at = new Date().toISOString();
    const submitted = [];
    for (const s of parsed.submissions) {
      const { version } = await submitQualityFigures(this.dataSource, { ...s, by: user.sub, at });
      submitted.push({ providerId: s.providerId, utility: s.utility, month: s.month, version });
    }
    return { submitted };
  }

  @Get('public/quality')
  @Public()
  @ApiOperation({
    summary:
      "Each provider's quality and sustainability figures for a month (default: last month, Asia/Shanghai), with each metric over the twelve months to it.",
  })
  @ZodResponse(200, qualitySchema, 'The month, provider by provider (submitted or not).')
  @ApiErrors(400)
  async published(@Query({ schema: monthQuery }) q: z.output<typeof monthQuery>) {
    const now = new Date();
    const last = shanghaiMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0, 12)));
    const forMonth = q.month ?? last;
    const providers = await reportProviders(this.dataSource, forMonth);
    return { month: forMonth, providers: await qualitySection(this.dataSource, forMonth, providers) };
  }
}
