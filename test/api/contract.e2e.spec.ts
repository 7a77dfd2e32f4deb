import { randomUUID } from 'node:crypto';
import { csvCell } from '../../apps/api/src/oversight/oversight.controllers';
import { stackForFile } from '../support/api';

/** Defects an outside fuzzer and a reviewer found in the contract, each pinned by a spec. */
describe('the API contract (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  it('names the path parameter a malformed id is in, not "(body)"', async () => {
    const reply = await env.stack.call('GET', '/v1/applications/not-a-uuid', { token: env.tokens.admin });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual([
      {
        path: 'path.id',
        rule: 'invalid_format',
        message: 'must be an application id (a UUID)',
        messageZh: '编号格式不正确',
        params: expect.objectContaining({ format: 'uuid' }),
      },
    ]);
    const query = await env.stack.call('GET', '/v1/applications?page=0', { token: env.tokens.admin });
    expect(query.body.error.details[0]).toMatchObject({ path: 'query.page', rule: 'too_small' });
  });

  it('bounds every integer parameter: 4xx, never a 500', async () => {
    const version = await env.stack.call('GET', '/v1/catalog?version=9007199254740990');
    expect(version.status).toBe(400);
    expect(version.body.error.details[0]).toMatchObject({ path: 'query.version', rule: 'too_big' });
    const page = await env.stack.call('GET', '/v1/applications?page=9007199254740990&pageSize=200', {
      token: env.tokens.admin,
    });
    expect(page.status).toBe(400);
    expect((await env.stack.call('GET', '/v1/notifications?page=100000', { token: env.tokens.admin })).status).toBe(
      200,
    );
  });

  it('replaces a calendar year already known only when asked to, with no partial write', async () => {
    const year = { year: 2025, holidays: [], workdays: [], source: 'a typo' };
    const refused = await env.stack.call('POST', '/v1/calendar/years', { token: env.tokens.admin, body: year });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([
      { path: 'query.replace', rule: 'confirmation_required', message: 'send replace=true to replace a known year' },
    ]);
    expect((await env.stack.call('GET', '/v1/calendar?year=2025')).body.holidays.length).toBeGreaterThan(10);
    const replaced = await env.stack.call('POST', '/v1/calendar/years?replace=true', {
      token: env.tokens.admin,
      body: { ...year, holidays: ['2025-01-01'], source: 'corrected notice' },
    });
    expect(replaced.status).toBe(201);
    expect((await env.stack.call('GET', '/v1/calendar?year=2025')).body).toMatchObject({ holidays: ['2025-01-01'] });
  });

  it('keeps negative amounts numbers in CSV (a reversal is -2500, not text)', () => {
    expect([-2500, '-2500', '-25.00', 0].map(csvCell)).toEqual(['-2500', '-2500', '-25.00', '0']);
  });

  it('neutralises CSV cells a spreadsheet would run, tab and carriage return included', () => {
    expect(['=1+1', '+1', '-1+1', '@SUM(A1)', '\tcmd', '\rcmd', 'plain'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1+1",
      "'@SUM(A1)",
      `"'\tcmd"`,
      `"'\rcmd"`,
      'plain',
    ]);
  });

  it('exports every matching ledger row as CSV — past 100,000, in pages, nothing cut', async () => {
    const app = randomUUID();
    await env.stack.db.dataSource.query(
      `INSERT INTO compensation_ledger (application_id, track, stage, unit, applicant_id, provider_id, amount_fen, accrued_at, status)
       SELECT $1, 'power', 'survey', n, 'applicant-a', 'state-grid-jiading', 5000, timestamptz '2026-01-01' + n * interval '1 minute', 'accrued'
         FROM generate_series(1, 100010) AS n`,
      [app],
    );
    const csv = await env.stack.call('GET', `/v1/compensations?applicationId=${app}`, {
      token: env.tokens.admin,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    const lines = String(csv.body).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 100_010);
    expect(lines[1]).toContain(',1,5000,50.00,');
    expect(lines.at(-1)).toContain(',100010,5000,50.00,');
  });
});
