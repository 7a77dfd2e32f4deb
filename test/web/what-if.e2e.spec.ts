import fs from 'node:fs';
import { sampleApplication } from '../../seeds/sample-application';
import type { Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness } from '../support/browser';

/**
 * What-if in Chromium: the admin edits a limit on the catalog page, tries the draft on the past,
 * watches it run to 100 %, reads the difference and the application it changes (zh, laptop); the
 * same result in English on a phone.
 */
describe('what-if in the browser', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  let resultUrl = '';

  beforeAll(async () => {
    ({ stack, harness, origin } = web);
    const business = await stack.token({ sub: 'firm-1', role: 'applicant', name: '' });
    const window = await stack.token({ sub: 'clerk-1', role: 'window', name: '' });
    const submitted = await stack.call('POST', '/v1/applications', {
      token: business,
      body: sampleApplication({ power: { capacityKva: 120, voltage: '380V' } }),
    });
    await stack.call('POST', `/v1/applications/${submitted.body.id}/window-actions`, {
      token: window,
      body: { action: 'accept' },
    });
    await web.env.sleep('3 days'); // the survey (1 working day) is late
  });

  it('zh, 1366 px: a survey limit of 5 working days, tried on the past, shows one breach fewer and its money', async () => {
    const page = await harness.open('zh', DESKTOP);
    await harness.signIn(page, USERS.admin);
    await page.goto(`${origin}/admin/catalog`);
    await page.getByTestId('catalog-versions').getByText('现行').waitFor();
    await page.getByLabel('电力 · 低压非居民 · 现场踏勘', { exact: true }).fill('5');
    await page.getByRole('button', { name: /按此草案试算$/ }).click();
    await page.waitForURL(/\/admin\/what-if\/[0-9a-f-]{36}$/);
    resultUrl = page.url();
    const result = page.getByTestId('what-if-result');
    await result.getByText('已完成', { exact: true }).waitFor();
    await result.getByText('已重算 1 / 1 件申请和停供事件').waitFor();
    const survey = page.getByTestId('what-if-rows').getByRole('row').filter({ hasText: '现场踏勘' });
    await expect(survey.textContent()).resolves.toMatch(/−1 · −¥[\d,.]+/);
    const changed = page.getByTestId('what-if-changed');
    await changed.getByRole('button', { name: /^JD-\d{4}-\d{6}$/ }).waitFor();
    expect(await harness.axe(page, 'a what-if result (zh, 1366 px)')).toEqual([]);
    await harness.shot(page, 'what-if-zh-1366');
    // Nothing reached the live ledger: the breach is still there, with its money.
    const admin = await stack.token({ sub: 'admin-1', role: 'admin', name: '' });
    const breaches = await stack.call('GET', '/v1/breaches?partyKind=provider', { token: admin });
    expect(breaches.body.items.some((b: { stage: string }) => b.stage === 'survey')).toBe(true);
    // The CSV, then the draft published from the result.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 CSV$/ }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^what-if-[0-9a-f-]{36}\.csv$/);
    const csv = fs.readFileSync((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'utility,provider_id,stage,current_breaches,draft_breaches,difference_breaches,current_fen,draft_fen,difference_fen',
    );
    expect(csv).toMatch(/\npower,state-grid-jiading,survey,1,0,-1,/);
    await page.getByRole('button', { name: /发布此草案$/ }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '按此试算所用的草案发布新版本？' });
    await confirm.getByRole('button', { name: /发布新版本$/ }).click();
    await page.getByText('已保存').first().waitFor();
    const versions = await stack.call('GET', '/v1/catalog/versions', { token: admin });
    expect(versions.body.items.map((v: { state: string }) => v.state)).toContain('scheduled');
    await page.context().close();
  });

  it('en, 390 px: the same result reads in English on a phone', async () => {
    expect(resultUrl).not.toBe('');
    const page = await harness.open('en', PHONE);
    await harness.signIn(page, USERS.admin, 'en');
    await page.goto(resultUrl);
    const result = page.getByTestId('what-if-result');
    await result.getByText('Done', { exact: true }).waitFor();
    await result.getByText('1 of 1 applications and interruptions replayed').waitFor();
    await page.getByTestId('what-if-rows').getByText('Site survey').waitFor();
    expect(await harness.axe(page, 'a what-if result (en, 390 px)')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await harness.shot(page, 'what-if-en-390');
    await page.context().close();
  });
});
