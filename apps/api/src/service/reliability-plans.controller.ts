import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { ReliabilityPlanRow } from '../../../../libs/persistence/src';
import { UTILITIES, type Utility } from '../../../../libs/domain/src/form/utilities';
import { reliabilityAssessment, reliabilityPlanSetting } from '../../../../workflows/admin.workflows';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse } from '../common/responses';

import { isoOut, loose, providerId, recordError } from './service-schemas';

// ---- Reliability plans ----------------------------------------------------------------------

const fen = z.number().int('must be whole fen').min(0).max(1_000_000_000);
const planBody = z.object({
  utility: z.enum(UTILITIES),
  saidiMinutes: z.number().min(0).max(525_600),
  saifi: z.number().min(0).max(1000),
  onTimeRestorationPct: z.number().min(0).max(100),
  penalty: z.object({
    perSaidiMinuteFen: fen,
    perSaifiHundredthFen: fen,
    perOnTimePointFen: fen,
    capFen: fen,
  }),
});
const planParams = { providerId, year: z.coerce.number().int().min(2000).max(2100) };
const planSchema = loose({
  providerId: z.string(),
  year: z.number().int(),
  utility: z.string(),
  plan: z.record(z.string(), z.unknown()),
  actual: z.record(z.string(), z.number()).nullable(),
  missed: z.array(z.string()).nullable(),
  penaltyFen: z.number().int().nullable(),
  assessedAt: isoOut.nullable(),
});

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/reliability-plans')
export class ReliabilityPlansController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reliability regulation plans (可靠性管制计划) by provider and year, with assessments.' })
  @ZodResponse(200, z.array(planSchema), 'Every plan, newest year first.')
  @ApiErrors(401, 403)
  async list() {
    return this.dataSource.getRepository(ReliabilityPlanRow).find({ order: { year: 'DESC', providerId: 'ASC' } });
  }

  @Put(':providerId/:year')
  @ZodBody(planBody, 'Targets for the year and the penalty rule for missing them.')
  @ApiOperation({ summary: "Set or replace a provider's plan for a year (until the year is assessed)." })
  @ZodResponse(200, planSchema, 'The plan as set.')
  @ApiErrors(400, 401, 403, 409, 503)
  async set(
    @CurrentUser() user: Principal,
    @Param('providerId', { schema: planParams.providerId }) provider: string,
    @Param('year', { schema: planParams.year }) year: number,
    @Body({ schema: planBody }) body: z.output<typeof planBody>,
  ) {
    const { utility, ...plan } = body;
    await this.run(reliabilityPlanSetting, `reliability-plan-${provider}-${year}-${randomUUID()}`, {
      providerId: provider,
      utility: utility as Utility,
      year,
      plan,
      by: user.sub,
      at: new Date().toISOString(),
    });
    return this.dataSource.getRepository(ReliabilityPlanRow).findOneByOrFail({ providerId: provider, year });
  }

  @Post(':providerId/:year/assessment')
  @ApiOperation({
    summary:
      "Assess a year that is over against the plan: actual SAIDI, SAIFI and on-time restoration, and the plan's penalty (payable to the district). Once: a second call returns the first.",
  })
  @ZodResponse(201, planSchema, 'The plan with its assessment.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async assess(
    @Param('providerId', { schema: planParams.providerId }) provider: string,
    @Param('year', { schema: planParams.year }) year: number,
  ) {
    await this.run(reliabilityAssessment, `reliability-assessment-${provider}-${year}-${randomUUID()}`, {
      providerId: provider,
      year,
      at: new Date().toISOString(),
    });
    return this.dataSource.getRepository(ReliabilityPlanRow).findOneByOrFail({ providerId: provider, year });
  }

  private async run<A>(workflow: (input: A) => Promise<unknown>, workflowId: string, input: A) {
    try {
      return await this.client.workflow.execute(workflow as never, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId,
        args: [input] as never,
      });
    } catch (error) {
      throw recordError(error) ?? error;
    }
  }
}
