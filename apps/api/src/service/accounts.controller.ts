import { randomUUID } from 'node:crypto';
import { Controller, Get, HttpStatus, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { ServiceAccountRow } from '../../../../libs/persistence/src';
import { ACCOUNT_CSV_COLUMNS, parseAccountImport } from '../../../../libs/domain/src/service/accounts';
import { accountsImportInBatches } from '../../../../workflows/admin.workflows';
import {
  accountImportStatus,
  IMPORT_BATCH,
  stageAccountImport,
} from '../../../../libs/persistence/src/service/account-imports';
import { readCsv } from '../common/read-body';
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

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_IMPORT_ROWS = 50_000;
/** How long the import waits before answering 202 with its progress to follow. */
const IMPORT_WAIT_MS = 8_000;

const importSchema = loose({
  id: z.string(),
  status: z.enum(['running', 'done', 'refused', 'failed']),
  total: z.number().int(),
  imported: z.number().int(),
  createdAt: isoOut,
  finishedAt: isoOut.nullable(),
  problem: z.unknown(),
});

/** Some of the accounts exist already: nothing was imported (a 409 listing them). */
function refusal(error: unknown): ApiError | undefined {
  const cause = applicationFailure(error);
  if (cause?.type !== 'accounts_exist') return undefined;
  const existing = (cause.details?.[0] ?? []) as { providerId: string; accountNo: string }[];
  return new ApiError(
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
    description: `CSV, first line: ${ACCOUNT_CSV_COLUMNS.join(',')}; at most ${MAX_IMPORT_ROWS} rows and 20 MB`,
    required: true,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary:
      'Import accounts connected before Lianbao (CSV). Every row is checked and every problem listed (rows.<line>.<column>); nothing is imported unless every row is right and none exists yet. Large files go in batches: 201 when done within a few seconds, else 202 with the import to follow (GET /v1/accounts/imports/{id}).',
  })
  @ZodResponse(201, importSchema, 'Every account imported.')
  @ZodResponse(202, importSchema, 'Checked and importing in batches; follow it at Location.')
  @ApiErrors(400, 401, 403, 409, 413, 503)
  async import(@CurrentUser() user: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const csv = await readCsv(req, MAX_IMPORT_BYTES, 'the accounts');
    const parsed = parseAccountImport(csv, new Date().toISOString());
    if (!parsed.ok)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The file has ${parsed.problems.length} problem(s); nothing was imported.`,
        parsed.problems.slice(0, 500),
        '文件有误，未导入任何户号',
      );
    const id = randomUUID();
    await stageAccountImport(this.dataSource, { id, by: user.sub, accounts: parsed.accounts });
    const handle = await this.client.workflow.start(accountsImportInBatches, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: `accounts-import-${id}`,
      args: [{ importId: id, total: parsed.accounts.length, batch: IMPORT_BATCH }],
    });
    const waited = await Promise.race([
      handle.result().then(
        () => 'done' as const,
        (error: unknown) => error,
      ),
      new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), IMPORT_WAIT_MS)),
    ]);
    if (waited !== 'done' && waited !== 'waiting') throw refusal(waited) ?? waited;
    if (waited === 'waiting') res.status(202).setHeader('Location', `/api/v1/accounts/imports/${id}`);
    return this.status(id);
  }

  @Get('imports/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'How far an account import got: running, done, or refused (with why).' })
  @ZodResponse(200, importSchema, 'The import and its progress.')
  @ApiErrors(400, 401, 403, 404)
  async status(@Param('id', { schema: z.uuid('must be an import id') }) id: string) {
    const found = await accountImportStatus(this.dataSource, id);
    if (!found) throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such account import.', [], '未找到该导入');
    return found;
  }
}
