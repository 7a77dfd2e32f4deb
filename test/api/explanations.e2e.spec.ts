import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sampleApplication } from '../../seeds/sample-application';
import { randomUUID } from 'node:crypto';
import { importAccounts } from '../support/accounts';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const powerOnly = () => sampleApplication({ power: { capacityKva: 120, voltage: '380V' } });

/**
 * Deadlines explained over HTTP, from the events the real workflows recorded on the real
 * time-skipping server: a supplement pause on the window's clock, a late survey and its
 * compensation, a waiver, and who may ask.
 */
describe('a deadline explained over HTTP', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  let id: string;
  const explain = (track: string, stage: string, who = 'applicant') =>
    stack.call('GET', `/v1/applications/${id}/stages/${track}/${stage}/explanation`, { token: tokens[who] });

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    const submitted = await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerOnly() });
    id = submitted.body.id;
    const asked = await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: tokens.window,
      body: { action: 'request-supplement', items: ['营业执照'], message: '请补充营业执照' },
    });
    expect(asked.status).toBe(200);
    await env.sleep('3 hours');
    const supplied = await stack.call('POST', `/v1/applications/${id}/supplements`, {
      token: tokens.applicant,
      body: { note: '已上传' },
    });
    expect(supplied.status).toBe(200);
    const accepted = await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });
    expect(accepted.status).toBe(200);
    await env.sleep('6 days'); // the survey (1 working day) is now days late
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it("the window's clock: the supplement pause, what it gave back, and the deadline it moved to", async () => {
    const res = await explain('joint', 'acceptance');
    expect(res.status).toBe(200);
    const x = res.body;
    expect(x).toMatchObject({ applicationId: id, track: 'joint', stage: 'acceptance', state: 'done-on-time' });
    expect(x.matchesRecorded).toBe(true);
    expect(x.pauses).toHaveLength(1);
    expect(x.pauses[0]).toMatchObject({ reason: 'supplement' });
    expect(Date.parse(x.pauses[0].to) - Date.parse(x.pauses[0].from)).toBeGreaterThanOrEqual(3 * 3_600_000);
    expect(x.moves.map((m: { why: string }) => m.why)).toEqual(['started', 'resumed']);
    expect(x.text.zh.some((line: string) => line.includes('等待申请人补正材料'))).toBe(true);
    expect(x.text.en.some((line: string) => line.startsWith('Stood still'))).toBe(true);
    expect(typeof x.catalogVersion).toBe('number');
  });

  it('the late survey: its deadline as the application shows it, each unit of compensation summing to the ledger', async () => {
    const res = await explain('power', 'survey');
    expect(res.status).toBe(200);
    const x = res.body;
    expect(x.state).toBe('running');
    expect(x.matchesRecorded).toBe(true);
    const app = await stack.call('GET', `/v1/applications/${id}`, { token: tokens.applicant });
    const power = app.body.services.find((s: { utility: string }) => s.utility === 'power');
    expect(Date.parse(power.currentStage.dueAt)).toBe(Date.parse(x.dueAt));
    expect(x.breach.dueAt).toBe(x.dueAt);
    expect(x.compensation.units[0]).toMatchObject({ unit: 0, status: 'paid' });
    const ledger = await stack.call('GET', `/v1/compensations?applicationId=${id}`, { token: tokens.admin });
    const survey = ledger.body.items.filter((r: { stage: string; track: string }) => r.stage === 'survey');
    const sum = survey.reduce((total: number, r: { amountFen: number }) => total + r.amountFen, 0);
    expect(sum).toBeGreaterThan(0);
    expect(x.compensation.netFen).toBe(sum);
    expect(x.compensation.accruedFen).toBe(sum);
    const paid = x.compensation.units.filter((u: { status: string }) => u.status === 'paid');
    expect(paid.map((u: { unit: number }) => u.unit).sort()).toEqual(
      survey.map((r: { unit: number }) => r.unit).sort(),
    );
    expect(x.text.en.at(-1)).toMatch(/^In all: booked ¥[\d.]+ − waived ¥0\.00 = ¥[\d.]+ owed to the applicant\.$/);
  });

  it('a waiver reverses what was booked: the explanation says so and owes nothing', async () => {
    const waived = await stack.call('POST', `/v1/breaches/${id}.power.survey/review`, {
      token: tokens.admin,
      body: { decision: 'waive', reason: '现场因防汛封闭' },
    });
    expect(waived.status).toBe(201);
    const x = (await explain('power', 'survey', 'admin')).body;
    expect(x.compensation.waivedFen).toBe(x.compensation.accruedFen);
    expect(x.compensation.netFen).toBe(0);
    expect(x.compensation.units.filter((u: { status: string }) => u.status === 'waived').length).toBeGreaterThan(0);
  });

  it('is scoped like the application, names a wrong track or stage, and says when a clock has not started', async () => {
    expect((await explain('power', 'survey', 'power')).status).toBe(200); // the provider's own
    expect((await explain('power', 'survey', 'water')).status).toBe(404); // not theirs
    expect((await explain('joint', 'acceptance', 'power')).status).toBe(404); // the window's clock
    expect((await explain('power', 'survey', 'otherApplicant')).status).toBe(404);
    expect((await explain('power', 'survey', 'road')).status).toBe(404);
    expect((await explain('power', 'survey', 'window')).status).toBe(200);
    const notStarted = await explain('power', 'construction');
    expect(notStarted.status).toBe(404);
    expect(notStarted.body.error.messageZh).toBe('该申请没有此环节的计时，或尚未开始计时');
    const wrongTrack = await explain('electricity', 'survey');
    expect(wrongTrack.status).toBe(400);
    expect(wrongTrack.body.error.details).toEqual([
      expect.objectContaining({ path: 'path.track', rule: 'invalid_value' }),
    ]);
    const wrongStage = await explain('power', 'lunch');
    expect(wrongStage.status).toBe(400);
    expect(wrongStage.body.error.details).toEqual([
      expect.objectContaining({ path: 'path.stage', rule: 'invalid_value' }),
    ]);
  });

  it("an interruption's restoration: each account's rule and arithmetic, equal to what it was booked; a business sees only its own", async () => {
    const suffix = randomUUID().slice(0, 6);
    const shop = `EX-SHOP-${suffix}`;
    const home = `EX-HOME-${suffix}`;
    expect(
      await importAccounts(stack, tokens.admin, [
        { account_no: shop, customer_id: 'applicant-a' }, // business, single-part, 80 kW × 0.3
        { account_no: home, customer_id: 'household-1', customer_type: 'residential' },
      ]),
    ).toBe(201);
    // 29 hours without power, ended an hour ago.
    const now = Date.now();
    const reported = await stack.call('POST', '/v1/interruptions', {
      token: tokens.power,
      body: {
        reference: `INC-${suffix}`,
        utility: 'power',
        startedAt: new Date(now - 30 * 3_600_000).toISOString(),
        endedAt: new Date(now - 3_600_000).toISOString(),
        area: { kind: 'accounts', accountNos: [shop, home] },
        cause: 'cable fault',
      },
    });
    expect(reported.status).toBe(201);
    const url = `/v1/interruptions/${reported.body.id}/stages/restoration/explanation`;
    const x = await eventually(async () => {
      const r = await stack.call('GET', url, { token: tokens.admin });
      return r.status === 200 && r.body.accounts.length === 2 ? r.body : undefined;
    });
    expect(x.clock).toMatchObject({ stage: 'restoration', limit: { amount: 720, unit: 'minutes' } });
    expect(x.clock.breach).toBeDefined();
    const byNo = Object.fromEntries(x.accounts.map((a: { accountNo: string }) => [a.accountNo, a]));
    // By hand: 24 kWh an hour × 29 h = 696 kWh, × 5 × ¥0.65 = ¥2,262.00.
    expect(byNo[shop]).toMatchObject({ minutes: 1740, owedFen: 226_200, netFen: 226_200 });
    expect(byNo[shop].arithmetic.en).toBe(
      "29 h without supply: at the account's likely 24.00 kWh an hour, 696 kWh not supplied; a single-part tariff pays 5 × the energy charge (¥0.65/kWh) → ¥2262.00.",
    );
    // By hand: ¥50 at 12 h, then ¥25 for each further full 12 h (one) = ¥75.00.
    expect(byNo[home]).toMatchObject({ minutes: 1740, owedFen: 7_500, netFen: 7_500 });
    expect(byNo[home].arithmetic.zh).toBe(
      '停供 29 小时：满 12 小时 赔 ¥50.00，此后每满 12 小时 加 ¥25.00（1 次）= ¥75.00 → ¥75.00。',
    );
    for (const a of x.accounts) expect(a.bookings.at(-1).owedFen).toBe(a.owedFen);

    const mine = await stack.call('GET', url, { token: tokens.applicant });
    expect(mine.status).toBe(200);
    expect(mine.body.accounts.map((a: { accountNo: string }) => a.accountNo)).toEqual([shop]);
    expect(JSON.stringify(mine.body)).not.toContain(home);
    expect((await stack.call('GET', url, { token: tokens.otherApplicant })).status).toBe(404);
    expect((await stack.call('GET', url, { token: tokens.water })).status).toBe(404);
    expect((await stack.call('GET', url, { token: tokens.power })).status).toBe(200);
    const wrong = await stack.call('GET', `/v1/interruptions/${reported.body.id}/stages/lunch/explanation`, {
      token: tokens.admin,
    });
    expect(wrong.status).toBe(400);
  });
});
