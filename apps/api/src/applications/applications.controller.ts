import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { applicationFormSchema, type ApplicationFormInput } from '../../../../libs/domain/src/form/application-form';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import {
  ratingSchema,
  supplementSchema,
  windowActionSchema,
  withdrawSchema,
  type WindowAction,
} from '../../../../libs/domain/src/process/joint-application';
import { staffActionSchema, type StaffAction } from '../../../../libs/domain/src/process/utility-connection';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import {
  ZodResponse,
  actionReply,
  applicationDetail,
  applicationSummary,
  page,
  timelineEvent,
} from '../common/responses';
import { actOn } from './act';
import { DocumentRefs } from '../documents/document-refs';
import type { DocumentKind } from '../../../../libs/domain/src/documents/documents';
import { ApplicationCommands } from './application-commands';
import { ApplicationsQueries } from './applications.queries';
import { idempotencyKeySchema, idParam, listApplicationsQuery, utilityParam } from './dto';

/** Where a submitted application's id leads next (OpenAPI links: clients and fuzzers follow them). */
const NEXT_STEPS = {
  application: {
    operationId: 'ApplicationsController_get',
    parameters: { id: '$response.body#/id' },
    description: 'The application just submitted',
  },
  timeline: { operationId: 'ApplicationsController_events', parameters: { id: '$response.body#/id' } },
  windowAction: { operationId: 'ApplicationsController_windowAction', parameters: { id: '$response.body#/id' } },
  withdraw: { operationId: 'ApplicationsController_withdraw', parameters: { id: '$response.body#/id' } },
  supplement: { operationId: 'ApplicationsController_supplement', parameters: { id: '$response.body#/id' } },
};

@ApiTags('applications')
@ApiBearerAuth()
@Controller('v1/applications')
export class ApplicationsController {
  constructor(
    private readonly queries: ApplicationsQueries,
    private readonly commands: ApplicationCommands,
    private readonly documents: DocumentRefs,
  ) {}

  @Post()
  @Roles('applicant')
  @ZodBody(applicationFormSchema, 'The one form: applicant, site, and any of power, water, gas, broadband.')
  @ApiOperation({ summary: 'Submit the one form (一表申请). Idempotent with an Idempotency-Key.' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Same key + same body returns the same application; same key + other body is 409.',
  })
  @ZodResponse(201, applicationDetail, 'Created; the body is the application as now recorded.', NEXT_STEPS)
  @ZodResponse(200, applicationDetail, 'A repeat of an earlier submission with the same key and body.', NEXT_STEPS)
  @ZodResponse(
    202,
    z.object({ id: z.string(), status: z.literal('submitted'), message: z.string() }),
    'Received and started, not readable yet (e.g. the database is down): GET the Location shortly. Never a second application.',
  )
  @ApiErrors(400, 401, 403, 409, 503)
  async submit(
    @CurrentUser() user: Principal,
    @Body({ schema: applicationFormSchema }) form: ApplicationFormInput,
    @Headers('idempotency-key') rawKey: unknown,
    @Res({ passthrough: true }) res: Response,
  ) {
    const key = idempotencyKeySchema.safeParse(rawKey);
    if (!key.success)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'validation_failed', 'The Idempotency-Key header is not valid.', [
        { path: 'header.idempotency-key', rule: 'invalid_format', message: key.error.issues[0].message },
      ]);
    // The files the form names must be the applicant's own; the events record each one's hash.
    const documents = await this.documents.resolve(user.sub, form.documents);
    const { id, created, recorded } = await this.commands.submit(
      user,
      documents ? { ...form, documents } : form,
      key.data,
    );
    // Recorded: read it back (one statement). If this API cannot read it (its database is away),
    // the application still exists: say so, with where to find it.
    const detail = recorded ? await this.queries.detail(id, user).catch(() => undefined) : undefined;
    if (!detail) {
      // Started, but not readable yet (e.g. the database is down): the application exists.
      res.status(202).location(`/api/v1/applications/${id}`);
      return {
        id,
        status: 'submitted',
        message:
          'The application was received and its process started; it is not readable yet. GET the Location shortly.',
      };
    }
    res.status(created ? 201 : 200);
    return detail;
  }

  @Get()
  @ApiOperation({
    summary: "Applications the caller may see: an applicant their own, staff their provider's, window and admin all.",
  })
  @ZodResponse(200, page(applicationSummary), 'One page of applications, newest first.')
  @ApiErrors(400, 401)
  list(
    @CurrentUser() user: Principal,
    @Query({ schema: listApplicationsQuery }) query: z.output<typeof listApplicationsQuery>,
  ) {
    return this.queries.list(user, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Status; per utility: provider, stage, deadline, SLA state, paused time, breaches, compensation.',
  })
  @ZodResponse(200, applicationDetail, 'The application, shaped by the caller’s role.')
  @ApiErrors(400, 401, 404)
  get(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.queries.detail(id, user);
  }

  @Get(':id/events')
  @ApiOperation({ summary: 'The timeline: every recorded event of the application, in order.' })
  @ZodResponse(200, z.array(timelineEvent), 'The events the caller may see, in recorded order.')
  @ApiErrors(400, 401, 404)
  events(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.queries.events(id, user);
  }

  @Post(':id/supplements')
  @HttpCode(200)
  @Roles('applicant')
  @ZodBody(supplementSchema)
  @ApiOperation({ summary: "Supply what the window asked for (补正); the window's clock resumes." })
  @ZodResponse(200, actionReply, 'The action’s result and the application as now recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async supplement(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: supplementSchema }) body: { note: string; documents?: { id: string; kind: DocumentKind }[] },
  ) {
    const documents = await this.documents.resolve(user.sub, body.documents);
    return actOn(this.queries, id, user, () => this.commands.supplement(id, user, { note: body.note, documents }));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('applicant')
  @ZodBody(withdrawSchema)
  @ApiOperation({ summary: 'Withdraw before connection: open work stops; compensation already accrued stays.' })
  @ZodResponse(200, actionReply, 'The action’s result and the application as now recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async withdraw(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: withdrawSchema }) body: { reason: string },
  ) {
    return actOn(this.queries, id, user, () => this.commands.withdraw(id, user, body.reason));
  }

  @Post(':id/rating')
  @HttpCode(200)
  @Roles('applicant')
  @ZodBody(ratingSchema)
  @ApiOperation({ summary: 'Rate the service (1–5), within 15 days of completion.' })
  @ZodResponse(200, actionReply, 'The action’s result and the application as now recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async rate(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: ratingSchema }) body: { score: number; comment?: string },
  ) {
    return actOn(this.queries, id, user, () => this.commands.rate(id, user, body));
  }

  @Post(':id/window-actions')
  @HttpCode(200)
  @Roles('window')
  @ZodBody(windowActionSchema)
  @ApiOperation({ summary: 'The one window: accept, request a supplement, reject, or schedule the joint survey.' })
  @ZodResponse(200, actionReply, 'The action’s result and the application as now recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async windowAction(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Body({ schema: windowActionSchema }) action: WindowAction,
  ) {
    return actOn(this.queries, id, user, () => this.commands.windowAction(id, user, action));
  }

  @Post(':id/services/:utility/actions')
  @HttpCode(200)
  @Roles('staff')
  @ZodBody(staffActionSchema, 'Zero-burden rule: quote lines outside the red line must be 0 fen (else 422).')
  @ApiOperation({
    summary:
      "A provider's staff: record survey, submit plan, apply for road permit, complete construction or connection.",
  })
  @ZodResponse(200, actionReply, 'The action’s result and the application as now recorded.')
  @ApiErrors(400, 401, 403, 404, 409, 422, 503)
  async staffAction(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Param('utility', { schema: utilityParam }) utility: Utility,
    @Body({ schema: staffActionSchema }) action: StaffAction,
  ) {
    return actOn(this.queries, id, user, () => this.commands.staffAction(id, utility, user, action), utility);
  }
}
