import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { applicationFormSchema, type ApplicationFormInput } from '../../../../libs/domain/src/form/application-form';
import { prefilledForm } from '../../../../libs/domain/src/consultations/consultation';
import { consultationActionUpdate, consultationWorkflowId } from '../../../../workflows/consultation.workflow';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, applicationDetail } from '../common/responses';
import { command } from '../common/workflow-errors';
import { ApplicationCommands } from '../applications/application-commands';
import { ApplicationsQueries } from '../applications/applications.queries';
import { DocumentRefs } from '../documents/document-refs';
import { closedConsultation, visibleConsultation } from './consultations.controller';

const prefillSchema = z.object({
  applicant: z.object({ companyName: z.string().optional() }),
  site: z.object({ address: z.string().optional(), district: z.string().optional() }),
  utilities: z.array(z.string()),
});

/**
 * A consultation becomes an application: the one form, pre-filled from what the consultation
 * told us (GET …/prefill), completed by the business and validated like any other, submitted
 * once per consultation (a retry is the same application), and the consultation links to it.
 */
@ApiTags('consultations')
@ApiBearerAuth()
@Controller('v1/consultations/:id')
export class ConsultationApplicationController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    private readonly commands: ApplicationCommands,
    private readonly queries: ApplicationsQueries,
    private readonly documents: DocumentRefs,
  ) {}

  @Get('prefill')
  @Roles('applicant')
  @ApiOperation({
    summary:
      "The one form's fields this consultation fills in (the business's name, the site, the utilities), to start an application from. Nothing is sent.",
  })
  @ZodResponse(200, prefillSchema, 'What the form starts with.')
  @ApiErrors(400, 401, 403, 404)
  async prefill(@CurrentUser() user: Principal, @Param('id', { schema: z.uuid() }) id: string) {
    const row = await visibleConsultation(this.dataSource, user, id);
    return prefilledForm({
      utilities: row.utilities as never,
      site: row.site ?? undefined,
      companyName: row.companyName ?? undefined,
    });
  }

  @Post('application')
  @Roles('applicant')
  @ZodBody(applicationFormSchema, 'The one form, completed: validated like any application.')
  @ApiOperation({
    summary:
      'Turn the consultation into an application: the one form submitted once for it (a retry with the same form is the same application, another form a 409), and the consultation links to it.',
  })
  @ZodResponse(201, applicationDetail, 'The application, submitted; the consultation now links to it.')
  @ZodResponse(200, applicationDetail, 'A retry: the application submitted the first time.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async apply(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid() }) id: string,
    @Body({ schema: applicationFormSchema }) form: ApplicationFormInput,
    @Res({ passthrough: true }) res: Response,
  ) {
    const row = await visibleConsultation(this.dataSource, user, id);
    if (row.closedAt && !row.applicationId) throw closedConsultation();
    const documents = await this.documents.resolve(user.sub, form.documents);
    const submitted = await this.commands.submit(user, documents ? { ...form, documents } : form, `consultation:${id}`);
    if (row.applicationId && row.applicationId !== submitted.id)
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        'This consultation is already an application.',
        [],
        '该咨询已转为申请',
      );
    if (!row.applicationId)
      await command(() =>
        this.client.workflow.getHandle(consultationWorkflowId(id)).executeUpdate(consultationActionUpdate, {
          args: [
            { sub: user.sub, role: user.role },
            { action: 'convert', applicationId: submitted.id },
          ],
        }),
      ).catch((error: unknown) => {
        // Sent twice at once: the other request linked this very application.
        if (!(error instanceof ApiError && error.getStatus() === HttpStatus.CONFLICT)) throw error;
      });
    const detail = await this.queries.detail(submitted.id, user);
    res.status(submitted.created ? 201 : 200);
    return detail;
  }
}
