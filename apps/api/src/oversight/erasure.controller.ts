import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { personalDataErasure } from '../../../../workflows/admin.workflows';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { subjectSchema } from '../auth/principal';

/** An applicant is named by their token's subject, under the very rule tokens are checked by. */
const applicantIdParam = subjectSchema;

/**
 * Erasure of an applicant's personal data (PIPL): the key that sealed their contact name, mobile
 * and email in the event store is deleted. Every read shows those fields as "[erased]" from then
 * on; the events, projections and rebuilds carry on unchanged.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/applicants')
export class ErasureController {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Post(':applicantId/erasure')
  @HttpCode(200)
  @ApiOperation({ summary: "Erase an applicant's personal data for good (crypto-shredding). Idempotent." })
  @ZodResponse(200, z.object({ applicantId: z.string(), erasedAt: z.string() }), 'Erased (now or earlier).')
  @ApiErrors(400, 401, 403, 503)
  async erase(@CurrentUser() user: Principal, @Param('applicantId', { schema: applicantIdParam }) applicantId: string) {
    return this.client.workflow.execute(personalDataErasure, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `personal-data-erasure-${applicantId}-${Date.now()}`,
      args: [{ applicantId, by: user.sub }],
    });
  }
}
