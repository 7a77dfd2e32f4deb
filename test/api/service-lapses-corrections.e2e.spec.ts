import { randomUUID } from 'node:crypto';
import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import { Client } from '@temporalio/client';
import { interruptionWorkflowId } from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { eventually, stackForFile } from '../support/api';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

const account = (no: string) =>
  ACCOUNT_CSV_COLUMNS.map(
    (c) =>
      ({
        account_no: no,
        utility: 'power',
        provider_id: 'state-grid-jiading',
        customer_id: `customer-${no}`,
        customer_type: 'residential',
        address: '5 Chengzhong Road',
        district: 'Jiading',
        tariff: 'single-part',
        capacity_kw: '8',
        load_factor: '0.3',
        opened_at: '2024-01-01T00:00:00+08:00',
      })[c as string] ?? '',
  ).join(',');
const accountsCsv = [ACCOUNT_CSV_COLUMNS.join(','), ...['C1', 'C2', 'C3'].map(account)].join('\r\n') + '\r\n';

/**
 * The loose ends of the service-lapse figures an outside run found: what counts in the notice
 * on-time rate, a reference reused with other content, the arrival reply, a planned interruption
 * without its notice, and a year whose figures are assessed.
 */
describe('interruption reports: retries, corrections and figures that hold', () => {
  const env = stackForFile();
  const call = (...args: Parameters<typeof env.stack.call>) => env.stack.call(...args);
  const report = (body: Record<string, unknown>) =>
    call('POST', '/v1/interruptions', {
      token: env.tokens.power,
      body: {
        reference: `INC-${randomUUID()}`,
        utility: 'power',
        area: { kind: 'accounts', accountNos: ['C1'] },
        ...body,
      },
    });
  const status = (id: string) =>
    eventually(async () => {
      const r = await call('GET', `/v1/interruptions/${id}`, { token: env.tokens.admin });
      return r.body.status !== 'open' && r.body;
    });

  beforeAll(async () => {
    const imported = await call('POST', '/v1/accounts/import', {
      token: env.tokens.admin,
      rawBody: accountsCsv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(201);
  });

  it('refuses a planned interruption without when it was announced, naming noticedAt', async () => {
    const start = Date.now() - 2 * HOUR;
    const r = await report({ planned: true, startedAt: iso(start), plannedEndAt: iso(start + HOUR) });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([expect.objectContaining({ path: 'noticedAt', rule: 'required' })]);
    const late = await report({
      planned: true,
      noticedAt: iso(start + 10 * 60_000),
      startedAt: iso(start),
      plannedEndAt: iso(start + HOUR),
    });
    expect(late.status).toBe(400);
    expect(late.body.error.details).toEqual([
      expect.objectContaining({ path: 'noticedAt', rule: 'notice_after_start' }),
    ]);
  });

  it('the same reference with other content is a 409 — sent later or at the same moment — and changes nothing', async () => {
    const start = Date.now() - 3 * HOUR;
    const body = {
      reference: `INC-${randomUUID()}`,
      startedAt: iso(start),
      endedAt: iso(start + HOUR),
      cause: 'fault',
    };
    const first = await report(body);
    expect(first.status).toBe(201);
    expect((await report(body)).status).toBe(200);
    const other = await report({ ...body, area: { kind: 'accounts', accountNos: ['C1', 'C2'] } });
    expect(other.status).toBe(409);
    expect(other.body.error.details).toEqual([
      expect.objectContaining({ path: 'reference', rule: 'reused_with_other_content' }),
    ]);
    const still = await call('GET', `/v1/interruptions/${first.body.id}`, { token: env.tokens.admin });
    expect(still.body.accounts).toBe(1);

    // Two bodies under one new reference at once: one is recorded, the other refused.
    const reference = `INC-${randomUUID()}`;
    const both = await Promise.all([
      report({ reference, startedAt: iso(start), cause: 'cable' }),
      report({ reference, startedAt: iso(start), cause: 'transformer' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('the reply to an arrival already shows the arrival clock stopped', async () => {
    const reported = await Promise.all([1, 2, 3, 4].map(() => report({ startedAt: iso(Date.now() - 10 * 60_000) })));
    const replies = await Promise.all(
      reported.map((r) =>
        call('POST', `/v1/interruptions/${r.body.id}/arrival`, {
          token: env.tokens.power,
          body: { arrivedAt: iso(Date.now() - 60_000) },
        }),
      ),
    );
    for (const reply of replies) {
      expect(reply.status).toBe(201);
      expect(reply.body.arrivedAt).not.toBeNull();
      expect(reply.body.clocks.find((c: { stage: string }) => c.stage === 'arrival')).toMatchObject({
        status: 'done',
      });
    }
    await recordHistory(
      'interruption-arrival-settled',
      env.stack.api.app.get(Client).workflow.getHandle(interruptionWorkflowId(reported[0].body.id)),
    );
  });

  it('the notice on-time rate counts only restored planned interruptions (1 of 2, not 2 of 3)', async () => {
    const oct = (day: number) => Date.parse(`2026-10-${String(day).padStart(2, '0')}T09:00:00+08:00`);
    const planned = (day: number, noticeDays: number, restored: boolean) =>
      report({
        planned: true,
        noticedAt: iso(oct(day) - noticeDays * DAY),
        startedAt: iso(oct(day)),
        plannedEndAt: iso(oct(day) + 2 * HOUR),
        ...(restored ? { endedAt: iso(oct(day) + 2 * HOUR) } : {}),
      });
    // Announced in time and restored; announced late and restored; announced in time, still out.
    const rs = [await planned(8, 10, true), await planned(15, 2, true), await planned(22, 10, false)];
    expect(rs.map((r) => r.status)).toEqual([201, 201, 201]);
    await status(rs[0].body.id);
    await status(rs[1].body.id);
    const kpis = await call('GET', '/v1/kpis?month=2026-10');
    const power = kpis.body.reliability.find((r: { providerId: string }) => r.providerId === 'state-grid-jiading');
    expect(power.noticeOnTimeRate).toBe(0.5);
  });

  it('an assessed year never changes: its interruptions can no longer be reported or corrected', async () => {
    const start = Date.parse('2025-03-10T08:00:00+08:00');
    const cut = await report({ startedAt: iso(start), endedAt: iso(start + 2 * HOUR) });
    expect(cut.status).toBe(201);
    await status(cut.body.id);
    // Within the correction period (it runs from the restoration report), and 2025 still open: taken.
    const corrected = await call('POST', `/v1/interruptions/${cut.body.id}/restoration`, {
      token: env.tokens.power,
      body: { endedAt: iso(start + 3 * HOUR) },
    });
    expect(corrected.status).toBe(201);
    const plan = await call('PUT', '/v1/reliability-plans/state-grid-jiading/2025', {
      token: env.tokens.admin,
      body: {
        utility: 'power',
        saidiMinutes: 300,
        saifi: 2,
        onTimeRestorationPct: 90,
        penalty: { perSaidiMinuteFen: 1_000, perSaifiHundredthFen: 500, perOnTimePointFen: 2_000, capFen: 1_000_000 },
      },
    });
    expect(plan.status).toBe(200);
    const assessed = await call('POST', '/v1/reliability-plans/state-grid-jiading/2025/assessment', {
      token: env.tokens.admin,
    });
    expect(assessed.status).toBe(201);
    const march = async () =>
      (await call('GET', '/v1/kpis?month=2025-03')).body.reliability.find(
        (r: { providerId: string }) => r.providerId === 'state-grid-jiading',
      );
    const before = await march();
    // 3 hours for 1 of 3 accounts served: 60 minutes.
    expect(before.all.saidiMinutes).toBe(60);

    const again = await call('POST', `/v1/interruptions/${cut.body.id}/restoration`, {
      token: env.tokens.power,
      body: { endedAt: iso(start + 30 * HOUR) },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual([
      expect.objectContaining({ rule: 'year_assessed', params: { year: 2025 } }),
    ]);
    const fresh = await report({ startedAt: iso(start + 5 * DAY), endedAt: iso(start + 5 * DAY + HOUR) });
    expect(fresh.status).toBe(409);
    expect(fresh.body.error.details).toEqual([expect.objectContaining({ path: 'startedAt', rule: 'year_assessed' })]);
    // The year's figures are what they were when it was assessed.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await march()).toEqual(before);
    const detail = await call('GET', `/v1/interruptions/${cut.body.id}`, { token: env.tokens.admin });
    expect(Date.parse(detail.body.endedAt)).toBe(start + 3 * HOUR);
  });
});
