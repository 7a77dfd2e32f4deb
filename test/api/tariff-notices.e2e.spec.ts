import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from '@temporalio/client';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/local-date';
import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import { tariffNoticeWorkflowId } from '../../workflows/tariff-notice.workflow';
import { readModelTables, rebuildReadModels } from '../../libs/persistence/src';
import { recordHistory } from '../support/histories';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const account = (no: string, values: Record<string, string>) =>
  ACCOUNT_CSV_COLUMNS.map(
    (c) =>
      ({
        account_no: no,
        utility: 'power',
        provider_id: 'state-grid-jiading',
        customer_type: 'residential',
        address: '5 Chengzhong Road',
        district: 'Jiading',
        tariff: 'single-part',
        capacity_kw: '8',
        load_factor: '0.3',
        opened_at: '2024-01-01T00:00:00+08:00',
        ...values,
      })[c as string] ?? '',
  ).join(',');
// Holder h1 has two residential accounts in Jiading; h3 is a business; h4 lives in Baoshan; h5 has water.
const accountsCsv =
  [
    ACCOUNT_CSV_COLUMNS.join(','),
    account('P1', { customer_id: 'holder-1' }),
    account('P2', { customer_id: 'holder-1', address: '7 Chengzhong Road' }),
    account('P3', { customer_id: 'holder-3', customer_type: 'business' }),
    account('P4', { customer_id: 'holder-4', district: 'Baoshan' }),
    account('W5', {
      customer_id: 'holder-5',
      utility: 'water',
      provider_id: 'jiading-water',
      tariff: '',
      capacity_kw: '',
      load_factor: '',
    }),
  ].join('\r\n') + '\r\n';

/**
 * Tariff-change notices on the time-skipping server, through the real API and worker: the
 * minimum notice refused with the earliest day, the affected holders told at publication and
 * again a week before (a timer), the change in force on its day.
 */
describe('tariff-change notices: 30 days ahead, every affected holder told twice, in force on the day', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const holder = async (sub: string) => stack.token({ sub, role: 'applicant', name: sub });
  const notes = async (sub: string) =>
    (await stack.call('GET', '/v1/notifications?pageSize=100', { token: await holder(sub) })).body.items as {
      kind: string;
      message: string;
      messageZh: string;
      createdAt: string;
    }[];
  const today = shanghaiDate(new Date());
  const draft = (effectiveDate: string, extra: Record<string, unknown> = {}) => ({
    reference: 'HJ-PRICE-2027-01',
    utility: 'power',
    title: 'Residential electricity price adjustment',
    titleZh: '居民生活用电价格调整',
    summary: 'The first tier goes from 0.617 to 0.635 yuan per kWh.',
    summaryZh: '第一档电价由每千瓦时0.617元调整为0.635元。',
    effectiveDate,
    customerTypes: ['residential'],
    area: { kind: 'districts', districts: ['Jiading'] },
    ...extra,
  });

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    const imported = await stack.call('POST', '/v1/accounts/import', {
      token: tokens.admin,
      rawBody: accountsCsv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(201);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('refuses 29 days ahead naming the minimum and the earliest day; refuses personal data in the public text', async () => {
    const short = await stack.call('POST', '/v1/tariff-notices', {
      token: tokens.power,
      body: draft(addDays(today, 29)),
    });
    expect(short.status).toBe(422);
    const earliest = addDays(today, 30);
    expect(short.body.error.message).toContain('30 days');
    expect(short.body.error.message).toContain(earliest);
    expect(short.body.error.messageZh).toContain(earliest);
    expect(short.body.error.details).toEqual([
      expect.objectContaining({
        path: 'effectiveDate',
        rule: 'minimum_notice',
        params: { minimumDays: 30, earliest, givenDays: 29 },
      }),
    ]);
    const personal = await stack.call('POST', '/v1/tariff-notices', {
      token: tokens.power,
      body: draft(earliest, { summaryZh: '咨询请致电13812345678。' }),
    });
    expect(personal.status).toBe(422);
    expect(personal.body.error.details).toEqual([
      expect.objectContaining({ path: 'summaryZh', rule: 'no_mobile_number' }),
    ]);
    // Only the provider of the utility announces its tariff.
    const other = await stack.call('POST', '/v1/tariff-notices', { token: tokens.water, body: draft(earliest) });
    expect(other.status).toBe(403);
    const none = await stack.call('GET', '/v1/public/tariff-notices');
    expect(none.body.items).toEqual([]);
  });

  it('30 days ahead: published, exactly the affected holders told, again 7 days before, in force on the day', async () => {
    const effectiveDate = addDays(today, 30);
    const published = await stack.call('POST', '/v1/tariff-notices', {
      token: tokens.power,
      body: draft(effectiveDate),
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ status: 'upcoming', accounts: 2, holders: 1, effectiveDate });
    expect(published.body.provider.nameZh).toBeTruthy();
    // Sent again: the same notice; with other content: a conflict.
    const again = await stack.call('POST', '/v1/tariff-notices', { token: tokens.power, body: draft(effectiveDate) });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(published.body.id);
    const changed = await stack.call('POST', '/v1/tariff-notices', {
      token: tokens.power,
      body: draft(effectiveDate, { customerTypes: ['residential', 'business'] }),
    });
    expect(changed.status).toBe(409);

    // Holder 1 once (both accounts named); nobody else.
    const first = await eventually(async () => {
      const n = (await notes('holder-1')).filter((x) => x.kind === 'tariff-notice');
      return n.length > 0 && n;
    });
    expect(first).toHaveLength(1);
    expect(first[0].messageZh).toContain('P1、P2');
    expect(first[0].message).toContain('P1, P2');
    for (const sub of ['holder-3', 'holder-4', 'holder-5']) expect(await notes(sub)).toEqual([]);

    // The public list: the change, without any account or holder.
    const list = await stack.call('GET', '/v1/public/tariff-notices');
    expect(list.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [published.body.id, 'upcoming'],
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/holder-|P1|P2/);

    // A week before the effective day, at 09:00 Beijing time: told again.
    await env.sleep('24 days');
    const reminder = await eventually(async () => {
      const n = (await notes('holder-1')).filter((x) => x.kind === 'tariff-reminder');
      return n.length > 0 && n;
    });
    expect(reminder).toHaveLength(1);
    expect(reminder[0].createdAt).toBe(new Date(`${addDays(effectiveDate, -7)}T09:00:00+08:00`).toISOString());
    expect(reminder[0].messageZh).toMatch(/^一周后执行/);
    for (const sub of ['holder-3', 'holder-4', 'holder-5']) expect(await notes(sub)).toEqual([]);

    await env.sleep('7 days');
    const inForce = await eventually(async () => {
      const r = await stack.call('GET', `/v1/public/tariff-notices/${published.body.id}`);
      return r.body.status === 'in-force' && r;
    });
    expect(inForce.body.remindedAt).toBe(reminder[0].createdAt);
    await recordHistory(
      'tariff-notice-reminded-in-force',
      stack.api.app.get(Client).workflow.getHandle(tariffNoticeWorkflowId(published.body.id)),
    );
  });

  it('withdrawn before it takes effect: once (parallel: 200/409), those told are told why, no reminder follows', async () => {
    const effectiveDate = addDays(today, 40);
    const published = await stack.call('POST', '/v1/tariff-notices', {
      token: tokens.power,
      body: draft(effectiveDate, { reference: 'HJ-PRICE-2027-02' }),
    });
    expect(published.status).toBe(201);
    const id = published.body.id;
    await eventually(async () => (await notes('holder-1')).filter((x) => x.kind === 'tariff-notice').length === 2);
    const withdraw = (token: string, body: Record<string, unknown>, notice = id) =>
      stack.call('POST', `/v1/tariff-notices/${notice}/withdrawal`, { token, body });
    const reason = {
      reason: 'The pricing authority has suspended the change.',
      reasonZh: '价格主管部门已暂停本次调整。',
    };
    // Another provider's staff do not see it; a reason with a mobile number is not published.
    expect((await withdraw(tokens.water, reason)).status).toBe(404);
    const personal = await withdraw(tokens.power, { ...reason, reasonZh: '详询王工 13812345678' });
    expect(personal.status).toBe(422);
    expect(personal.body.error.details[0].path).toBe('reasonZh');
    // The change in force already cannot be withdrawn.
    const inForce = (await stack.call('GET', '/v1/public/tariff-notices?status=in-force')).body.items[0];
    expect((await withdraw(tokens.power, reason, inForce.id)).status).toBe(409);

    const both = await Promise.all([withdraw(tokens.power, reason), withdraw(tokens.admin, reason)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const done = both.find((r) => r.status === 200)!;
    expect(done.body).toMatchObject({ status: 'withdrawn', withdrawal: { ...reason, at: expect.any(String) } });
    const told = await eventually(async () => {
      const n = (await notes('holder-1')).filter((x) => x.kind === 'tariff-withdrawn');
      return n.length > 0 && n;
    });
    expect(told).toHaveLength(1);
    expect(told[0].messageZh).toContain('价格主管部门已暂停本次调整');
    expect(told[0].messageZh).toContain('P1、P2');
    for (const sub of ['holder-3', 'holder-4', 'holder-5']) expect(await notes(sub)).toEqual([]);
    const listed = await stack.call('GET', '/v1/public/tariff-notices?status=withdrawn');
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([id]);

    // Past its reminder and its day: nothing more for it.
    await env.sleep('41 days');
    expect((await notes('holder-1')).filter((x) => x.kind === 'tariff-reminder')).toHaveLength(1);
    expect((await stack.call('GET', `/v1/public/tariff-notices/${id}`)).body.status).toBe('withdrawn');
    await recordHistory(
      'tariff-notice-withdrawn',
      stack.api.app.get(Client).workflow.getHandle(tariffNoticeWorkflowId(id)),
    );
  });

  it('a rebuild gives the notices and the holders’ notifications back row for row', async () => {
    await stack.worker.close(); // nothing may append while we compare
    const db = stack.db.dataSource;
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const name of readModelTables(db))
        tables[name] = await db.query(`SELECT * FROM "${name}" t ORDER BY t::text`);
      return tables;
    };
    const live = await snapshot();
    expect(live.tariff_notices).toHaveLength(2);
    // The first notice's two; the second's publication and withdrawal.
    expect(live.notifications.filter((n) => (n as { kind: string }).kind.startsWith('tariff-'))).toHaveLength(4);
    await rebuildReadModels(db);
    expect(await snapshot()).toEqual(live);
  });
});
