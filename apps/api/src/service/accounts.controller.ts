import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpStatus, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { ServiceAccountRow } from '../../../../libs/persistence/src';
import { ACCOUNT_CSV_COLUMNS, parseAccountImport } from '../../../../libs/domain/src/service/accounts';
import { accountsImport } from '../../../../workflows/admin.workflows';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { pageQuery } from '../common/pagination';
import { ZodResponse, page } from '../common/responses';

import { applicationFailure, isoOut, loose, providerId } from './service-schemas';

// ---- Accounts ---------------------------------------------------------------------------------

const accountFilter = z.object({
  providerId: providerId.optional(),
  customerId: z.string().max(200).optional(),
  ...pageQuery,
});
const accountSchema = loose({
  providerId: z.string(),
  accountNo: z.string(),
  utility: z.string(),
  customerId: z.string(),
  customerType: z.string(),
  address: z.string(),
  district: z.string(),
  tariff: z.string().nullable(),
  source: z.enum(['connection', 'import']),
  openedAt: isoOut,
});

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1/accounts')
export class AccountsController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Roles('staff', 'admin', 'applicant')
  @ApiOperation({ summary: 'Service accounts: applicants see theirs, staff their provider’s, admins all.' })
  @ZodResponse(200, page(accountSchema), 'One page of accounts.')
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: Principal, @Query({ schema: accountFilter }) f: z.output<typeof accountFilter>) {
    const qb = this.dataSource.getRepository(ServiceAccountRow).createQueryBuilder('a');
    const provider = user.role === 'staff' ? user.provider : f.providerId;
    const customer = user.role === 'applicant' ? user.sub : f.customerId;
    if (provider) qb.andWhere('a.provider_id = :provider', { provider });
    if (customer) qb.andWhere('a.customer_id = :customer', { customer });
    const [rows, total] = await qb
      .orderBy('a.provider_id')
      .addOrderBy('a.account_no')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: rows, page: f.page, pageSize: f.pageSize, total };
  }

  @Post('import')
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: `CSV, first line: ${ACCOUNT_CSV_COLUMNS.join(',')}`,
    required: true,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary:
      'Import accounts connected before Lianbao (CSV). Every row is checked and every problem listed (rows.<line>.<column>); nothing is imported unless every row is right.',
  })
  @ZodResponse(201, loose({ imported: z.number().int() }), 'Every account imported.')
  @ApiErrors(400, 401, 403, 409, 503)
  async import(@Body() body: unknown, @Headers('content-type') type: string | undefined) {
    if (typeof body !== 'string' || !/text\/csv/.test(type ?? ''))
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'Send the accounts as CSV (Content-Type: text/csv).',
        [{ path: 'body', rule: 'csv_required', message: 'must be text/csv' }],
        '请以 CSV 格式上传',
      );
    const parsed = parseAccountImport(body, new Date().toISOString());
    if (!parsed.ok)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The file has ${parsed.problems.length} problem(s); nothing was imported.`,
        parsed.problems.slice(0, 500),
        '文件有误，未导入任何户号',
      );
    try {
      return await this.client.workflow.execute(accountsImport, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: `accounts-import-${randomUUID()}`,
        args: [{ accounts: parsed.accounts }],
      });
    } catch (error) {
      const cause = applicationFailure(error);
      if (cause?.type === 'accounts_exist') {
        const existing = (cause.details?.[0] ?? []) as { providerId: string; accountNo: string }[];
        throw new ApiError(
          HttpStatus.CONFLICT,
          'conflict',
          `${existing.length} of these accounts exist already; nothing was imported.`,
          existing.slice(0, 500).map((a) => ({
            path: `accounts.${a.providerId}.${a.accountNo}`,
            rule: 'exists',
            message: `${a.accountNo} of ${a.providerId} exists already`,
          })),
          '部分户号已存在，未导入',
        );
      }
      throw error;
    }
  }
}
