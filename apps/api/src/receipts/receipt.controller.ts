import { Controller, Get, HttpStatus, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { findLimit, type Catalog } from '../../../../libs/domain/src/catalog/catalog';
import type { ServiceCategory, Utility } from '../../../../libs/domain/src/form/utilities';
import { CatalogRow } from '../../../../libs/persistence/src';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ApplicationsQueries, type FullDetail } from '../applications/applications.queries';
import { idParam } from '../applications/dto';
import { renderReceipt } from './receipt.pdf';

/** Statuses of an application the window has not accepted (or never will): no receipt yet. */
const NOT_ACCEPTED = new Set(['submitted', 'supplement-requested', 'rejected', 'failed']);

@ApiTags('applications')
@ApiBearerAuth()
@Controller('v1/applications')
export class ReceiptController {
  constructor(
    private readonly queries: ApplicationsQueries,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get(':id/receipt')
  @Roles('applicant', 'window', 'admin')
  @ApiOperation({
    summary:
      'The acceptance receipt (受理回执) as a PDF: the number, the services, the acceptance, the published limits, the date each must be connected by, and a QR code to the application.',
  })
  // Only the 200 is a PDF; the errors are the usual JSON.
  @ApiResponse({
    status: 200,
    description: 'The receipt.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async receipt(
    @CurrentUser() user: Principal,
    @Param('id', { schema: idParam }) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    // Applicant (their own), window and admin: the full view.
    const app = (await this.queries.detail(id, user)) as FullDetail;
    if (NOT_ACCEPTED.has(app.status) || !app.decidedAt || !app.number)
      throw new ApiError(
        HttpStatus.CONFLICT,
        'conflict',
        'There is no receipt before the one window has accepted the application.',
        [{ path: 'path.id', rule: 'not_accepted', message: 'the receipt is issued once the window accepts' }],
        '窗口受理后才出具受理回执',
      );
    const row = await this.dataSource.getRepository(CatalogRow).findOneBy({ version: app.catalogVersion });
    const catalog = row?.document as unknown as Catalog | undefined;
    const form = app.form as { applicant: { creditCode: string }; site: { address: string; district: string } };
    const pdf = await renderReceipt({
      number: app.number,
      companyName: app.companyName,
      creditCode: form.applicant.creditCode,
      address: `${form.site.district} ${form.site.address}`,
      submittedAt: new Date(app.submittedAt).toISOString(),
      acceptedAt: new Date(app.decidedAt).toISOString(),
      catalogVersion: app.catalogVersion,
      surveyAppointmentAt: app.surveyAppointmentAt ? new Date(app.surveyAppointmentAt).toISOString() : null,
      services: app.services.map((s) => {
        const provider = catalog?.providers[s.utility as Utility];
        const limit = catalog && findLimit(catalog, s.utility as Utility, s.category as ServiceCategory, 'total');
        return {
          utility: s.utility,
          provider: provider?.nameZh ?? provider?.name ?? s.providerId,
          category: s.category,
          limit: limit ? limit.limit : null,
          connectBy: s.total ? new Date(s.total.dueAt).toISOString() : null,
        };
      }),
      link: `${req.protocol}://${req.get('host')}/applicant/${id}`,
      issuedAt: new Date(),
    });
    res
      .type('application/pdf')
      .setHeader('content-disposition', `inline; filename="receipt-${app.number}.pdf"`)
      .send(pdf);
  }
}
