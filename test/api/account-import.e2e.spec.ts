import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import { eventually, stackForFile } from '../support/api';

/**
 * Imports of accounts connected before Lianbao, at the size the limits allow: 50,000 rows go in
 * batches (the file's rows never travel as one workflow input), the admin sees how far it got,
 * and a file with an account that exists already imports nothing.
 */
const ROWS = 50_000;

function file(rows: number, prefix: string): string {
  const lines = [ACCOUNT_CSV_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const row: Record<string, string> = {
      account_no: `${prefix}${String(i).padStart(6, '0')}`,
      utility: 'power',
      provider_id: 'state-grid-jiading',
      customer_id: `firm-${i % 997}`,
      customer_type: 'business',
      address: `嘉定区墨玉路 ${i} 号`,
      district: '嘉定区',
      lat: '',
      lng: '',
      tariff: 'single-part',
      energy_fen_per_kwh: '',
      capacity_kw: '8',
      load_factor: '0.3',
      recent_kwh: '',
      recent_hours: '',
      contracted: '',
      opened_at: '2024-03-01T08:00:00+08:00',
    };
    lines.push(ACCOUNT_CSV_COLUMNS.map((c) => row[c]).join(','));
  }
  return lines.join('\r\n');
}

describe('account imports in batches (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  it(`imports ${ROWS.toLocaleString('en')} accounts in batches, with its progress to follow`, async () => {
    const csv = file(ROWS, 'P');
    expect(Buffer.byteLength(csv)).toBeLessThan(20 * 1024 * 1024);
    const started = await env.stack.call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect([201, 202]).toContain(started.status);
    expect(started.body).toMatchObject({ id: expect.any(String), total: ROWS });
    const seen: number[] = [started.body.imported];
    if (started.status === 202)
      expect(started.headers.get('location')).toBe(`/api/v1/accounts/imports/${started.body.id}`);
    const done = await eventually(async () => {
      const reply = await env.stack.call('GET', `/v1/accounts/imports/${started.body.id}`, { token: env.tokens.admin });
      expect(reply.status).toBe(200);
      seen.push(reply.body.imported);
      return reply.body.status !== 'running' && reply.body;
    }, 240_000);
    expect(done).toMatchObject({ status: 'done', total: ROWS, imported: ROWS, finishedAt: expect.any(String) });
    // Progress only ever goes forward.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const listed = await env.stack.call('GET', '/v1/accounts?pageSize=1', { token: env.tokens.admin });
    expect(listed.body.total).toBe(ROWS);
    const staged = await env.stack.db.dataSource.query(`SELECT count(*)::int AS n FROM account_import_rows`);
    expect(staged[0].n).toBe(0); // the staged rows are gone once imported
    // Who may follow an import: admins.
    expect(
      (await env.stack.call('GET', `/v1/accounts/imports/${started.body.id}`, { token: env.tokens.power })).status,
    ).toBe(403);
  }, 300_000);

  it('imports nothing from a file with one account that exists already, and says which', async () => {
    const csv = [file(3, 'N'), file(1, 'P').split('\r\n')[1]].join('\r\n');
    const refused = await env.stack.call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'accounts.state-grid-jiading.P000000', rule: 'exists' }),
    ]);
    const none = await env.stack.call('GET', '/v1/accounts?pageSize=1&providerId=state-grid-jiading', {
      token: env.tokens.admin,
    });
    expect(none.body.total).toBe(ROWS);
  });

  it('reads no CSV before the token is checked: a CSV with a NUL sent anywhere without a token is a 401', async () => {
    for (const path of ['/v1/applications', '/v1/accounts/import']) {
      const reply = await env.stack.call('POST', path, {
        rawBody: `a,b\r\n1,\u0000`,
        headers: { 'content-type': 'text/csv' },
      });
      expect({ path, status: reply.status }).toEqual({ path, status: 401 });
    }
    // …and a large one is not read at all before the 401.
    const big = await env.stack.call('POST', '/v1/documents?kind=site-plan&filename=a.pdf', {
      rawBody: 'x'.repeat(5 * 1024 * 1024),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(big.status).toBe(401);
  });
});
