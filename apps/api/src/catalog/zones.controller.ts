import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { riskZoneRegisterSchema, type RiskZoneRegister } from '../../../../libs/domain/src/site/risk-zones';
import { RiskZoneRegisterRow } from '../../../../libs/persistence/src';
import { riskZonesPublication } from '../../../../workflows/admin.workflows';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, zoneRegister } from '../common/responses';

/** The district's register of low-risk zones for road works: it decides which sites get the fast track. */
@ApiTags('public')
@Controller('v1/zones')
export class ZonesController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The low-risk zone register in force (GeoJSON polygons); empty until an admin publishes one.',
  })
  @ZodResponse(200, zoneRegister, 'The register in force.')
  async get() {
    const row = await this.dataSource
      .getRepository(RiskZoneRegisterRow)
      .findOne({ where: {}, order: { version: 'DESC' } });
    return row
      ? { version: row.version, source: row.source, publishedAt: row.publishedAt, zones: row.zones }
      : { version: 0, source: null, publishedAt: null, zones: [] };
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ZodBody(
    riskZoneRegisterSchema,
    'The whole register: it replaces the one in force for applications accepted from now on.',
  )
  @ApiOperation({ summary: 'Publish the low-risk zone register (a new version).' })
  @ZodResponse(201, z.object({ version: z.number().int() }), 'The version published.')
  @ApiErrors(400, 401, 403, 503)
  async publish(@CurrentUser() user: Principal, @Body({ schema: riskZoneRegisterSchema }) register: RiskZoneRegister) {
    return this.client.workflow.execute(riskZonesPublication, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `risk-zones-publication-${randomUUID()}`,
      args: [{ register, by: user.sub, publishedAt: new Date().toISOString() }],
    });
  }
}
