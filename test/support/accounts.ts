import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import type { Stack } from './api';

/** A business power account of State Grid Jiading, unless a row says otherwise. */
const DEFAULTS: Record<string, string> = {
  utility: 'power',
  provider_id: 'state-grid-jiading',
  customer_type: 'business',
  address: '9 Yecheng Road',
  district: 'Jiading',
  tariff: 'single-part',
  capacity_kw: '80',
  load_factor: '0.3',
  opened_at: '2024-01-01T00:00:00+08:00',
};

/** The accounts import's CSV for these rows (each needs at least account_no and customer_id). */
export const accountsCsv = (rows: Record<string, string>[]) =>
  [
    ACCOUNT_CSV_COLUMNS.join(','),
    ...rows.map((r) => ACCOUNT_CSV_COLUMNS.map((c) => ({ ...DEFAULTS, ...r })[c] ?? '').join(',')),
  ].join('\r\n') + '\r\n';

/** Imports the accounts as the district does (`POST /accounts/import`); the reply's status. */
export async function importAccounts(
  stack: Stack,
  adminToken: string,
  rows: Record<string, string>[],
): Promise<number> {
  const imported = await stack.call('POST', '/v1/accounts/import', {
    token: adminToken,
    rawBody: accountsCsv(rows),
    headers: { 'content-type': 'text/csv' },
  });
  return imported.status;
}
