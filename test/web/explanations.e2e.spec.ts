import { randomUUID } from 'node:crypto';
import { sampleApplication } from '../../seeds/sample-application';
import { importAccounts } from '../support/accounts';
import { principals, type Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

/**
 * "Why this date?" in Chromium: a business on a phone (Chinese) opens how its late survey's
 * compensation was worked out; the provider's staff on a laptop (English) open why the survey's
 * deadline is the day it is. From an application whose survey the time-skipping server made late.
 */
describe('a deadline explained in the browser', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  let id: string;

  beforeAll(async () => {
    ({ stack, harness, origin } = web);
    const token = (sub: string, role: string, extra = {}) => stack.token({ sub, role, name: '', ...extra } as never);
    const business = await token('firm-1', 'applicant');
    const window = await token('clerk-1', 'window');
    const submitted = await stack.call('POST', '/v1/applications', {
      token: business,
      body: sampleApplication({ power: { capacityKva: 120, voltage: '380V' } }),
    });
    id = submitted.body.id;
    await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: window,
      body: { action: 'request-supplement', items: ['营业执照'], message: '请补充营业执照' },
    });
    await web.env.sleep('2 hours');
    await stack.call('POST', `/v1/applications/${id}/supplements`, { token: business, body: { note: '已上传' } });
    const accepted = await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: window,
      body: { action: 'accept' },
    });
    expect(accepted.status).toBe(200);
    await web.env.sleep('6 days'); // the survey (1 working day) is days late
  });

  const check = async (page: Awaited<ReturnType<Harness['open']>>, lang: Lang, what: string) => {
    const viewport = page.viewportSize()!;
    expect(await harness.axe(page, `${what} (${lang}, ${viewport.width} px)`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await harness.shot(page, `${what}-${lang}-${viewport.width}`);
  };

  it('zh, 390 px: the business opens how its late survey’s compensation was worked out', async () => {
    const page = await harness.open('zh', PHONE);
    await harness.signIn(page, USERS.applicant, 'zh');
    await page.goto(`${origin}/applicant/${id}`);
    const lane = page.getByTestId('lane-power');
    await lane.getByRole('button', { name: '现场踏勘：赔付怎么算？' }).click();
    const drawer = page.getByRole('dialog', { name: '现场踏勘期限说明' });
    await drawer.getByTestId('explanation').waitFor();
    const strip = drawer.getByTestId('day-strip').getByRole('listitem');
    expect(await strip.count()).toBeGreaterThan(1);
    await expect(strip.first().getAttribute('aria-label')).resolves.toMatch(/开始日（不计）/);
    const lines = drawer.getByTestId('explanation-lines');
    await lines.getByText('现场踏勘时限：1 个工作日', { exact: false }).waitFor();
    await lines.getByText('逾期一次性赔付', { exact: false }).waitFor();
    await expect(lines.textContent()).resolves.toMatch(/合计：记入 ¥[\d.]+ − 免除 ¥0\.00 = 应付申请人 ¥[\d.]+。/);
    await check(page, 'zh', 'explanation-compensation');
    await page.context().close();
  });

  it('zh, 390 px: the business opens why the deadline its next step names is that day', async () => {
    const page = await harness.open('zh', PHONE);
    await harness.signIn(page, USERS.applicant, 'zh');
    await page.goto(`${origin}/applicant/${id}`);
    const next = page.getByTestId('next-step');
    await next.getByText('现场踏勘', { exact: false }).first().waitFor();
    await next.getByRole('button', { name: '为什么是这天？：现场踏勘' }).click();
    const drawer = page.getByRole('dialog', { name: '现场踏勘期限说明' });
    await drawer.getByTestId('explanation-lines').getByText('现场踏勘时限：1 个工作日', { exact: false }).waitFor();
    await check(page, 'zh', 'explanation-next-step');
    await page.context().close();
  });

  it('en, 1366 px: the provider’s staff open why the survey deadline is the day it is', async () => {
    const page = await harness.open('en', DESKTOP);
    await harness.signIn(page, USERS.power, 'en');
    const row = page.getByRole('row').filter({ hasText: 'Site survey' }).first();
    await row.getByRole('button', { name: 'Why this date?: Site survey' }).click();
    const drawer = page.getByRole('dialog', { name: 'How the Site survey deadline is counted' });
    await drawer.getByTestId('explanation').waitFor();
    const lines = drawer.getByTestId('explanation-lines');
    await lines.getByText('Site survey limit: 1 working day', { exact: false }).waitFor();
    await lines.getByText('passed with the stage still open', { exact: false }).waitFor();
    await expect(lines.textContent()).resolves.toMatch(/In all: booked ¥[\d.]+/);
    await check(page, 'en', 'explanation-deadline');
    await page.context().close();
  });

  it('en, 390 px: a business opens what it is owed for an interruption, and how it was worked out', async () => {
    const no = `EXP-${randomUUID().slice(0, 6)}`; // its own account on each attempt
    const admin = await stack.token({ sub: 'admin-1', role: 'admin', name: '' });
    expect(await importAccounts(stack, admin, [{ account_no: no, customer_id: 'firm-1' }])).toBe(201);
    const start = Date.now() - 20 * 3_600_000;
    const cut = await stack.call('POST', '/v1/interruptions', {
      token: await stack.token(principals.power),
      body: {
        reference: `INC-${randomUUID()}`,
        utility: 'power',
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + 15 * 3_600_000).toISOString(),
        area: { kind: 'accounts', accountNos: [no] },
        cause: 'cable fault',
      },
    });
    expect(cut.status).toBe(201);
    const page = await harness.open('en', PHONE);
    await harness.signIn(page, USERS.applicant, 'en');
    await page.goto(`${origin}/applicant/interruptions`);
    const card = page.getByTestId('lived-interruption').filter({ hasText: no });
    await card.getByRole('button', { name: 'The restoration limit and what you are owed' }).click();
    const drawer = page.getByRole('dialog', { name: 'How the Restoration deadline is counted' });
    const lines = drawer.getByTestId('explanation-lines');
    // 15 h at 24 kWh an hour = 360 kWh, × 5 × ¥0.65 = ¥1,170.00.
    await lines.getByText(`Account ${no}: 15 h without supply`, { exact: false }).waitFor();
    await expect(lines.textContent()).resolves.toContain('Owed in all: ¥1170.00.');
    await check(page, 'en', 'explanation-interruption');
    await page.context().close();
  });

  it('zh, 1366 px: the district opens how a ledger entry was worked out', async () => {
    const page = await harness.open('zh', DESKTOP);
    await harness.signIn(page, USERS.admin, 'zh');
    await page.goto(`${origin}/admin/ledger`);
    const row = page.getByTestId('ledger').getByRole('row').filter({ hasText: '现场踏勘' }).first();
    await row.getByRole('button', { name: '赔付怎么算？' }).click();
    const drawer = page.getByRole('dialog', { name: '现场踏勘期限说明' });
    const lines = drawer.getByTestId('explanation-lines');
    await lines.getByText('逾期一次性赔付', { exact: false }).waitFor();
    await expect(lines.textContent()).resolves.toMatch(/合计：记入 ¥[\d.]+ − 免除 ¥0\.00 = 应付申请人 ¥[\d.]+。/);
    await check(page, 'zh', 'explanation-ledger');
    await page.context().close();
  });
});
