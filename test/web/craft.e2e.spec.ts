import type { Page } from 'playwright-core';
import { sampleApplication } from '../../seeds/sample-application';
import { eventually, type Stack } from '../support/api';
import { browserStackForFile, PHONE, rawText, USERS, type Harness, type Lang } from '../support/browser';
import { PROGRAM, SAMPLE_PDF, SAMPLE_PNG } from '../support/files';

/** What each language calls the things the steps touch. */
const WORDS = {
  zh: {
    submit: '提交申请',
    company: '企业名称',
    mobile: '手机号码',
    power: '电力',
    required: '请填写此项',
    noService: '请至少选择一项：电力、供水、燃气或宽带',
    mobileRule: '请输入 11 位中国大陆手机号码（以 13–19 开头）',
  },
  en: {
    submit: 'Submit application',
    company: 'Company name',
    mobile: 'Mobile',
    power: 'Power',
    required: 'Required',
    noService: 'Choose at least one service: power, water, gas or broadband',
    mobileRule: 'Enter an 11-digit mainland mobile number starting 13–19',
  },
} as const;

/**
 * The web app as a new user meets it (issue 17): in their language, with nothing that reads like a
 * developer's console. Real Chromium, the real API, worker, Temporal and Postgres.
 */
describe('a product its people can use without help', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;

  const web = browserStackForFile();
  beforeAll(() => ({ stack, harness, origin } = web));

  const fieldErrors = (page: Page) => page.locator('.ant-form-item-explain-error').allTextContents();
  const itemOf = (page: Page, label: string) =>
    page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  /** A field's message fades out (antd's motion): wait until it has gone. */
  const noMessage = (page: Page, label: string) =>
    eventually(async () => (await itemOf(page, label).locator('.ant-form-item-explain-error').count()) === 0, 5_000);

  it.each(['zh', 'en'] as Lang[])(
    'the empty form shows every problem in the user’s language (%s) before anything is sent; a fixed field loses its message',
    async (lang) => {
      const words = WORDS[lang];
      const page = await harness.open(lang);
      await harness.signIn(page, USERS.applicant, lang);
      await page.goto(`${origin}/applicant/new`);
      await page.getByLabel(words.company, { exact: true }).waitFor();
      // Required fields are marked before anything goes wrong.
      await expect(page.locator('.ant-form-item-required').count()).resolves.toBeGreaterThanOrEqual(6);
      const sent = harness.requests.length;

      await page.getByRole('button', { name: words.submit }).click();
      await page.getByRole('alert').waitFor();
      const messages = await fieldErrors(page);
      // Company, credit code, contact, mobile, address (district is filled in) and the services.
      expect(messages.length).toBeGreaterThanOrEqual(6);
      expect(messages).toEqual(expect.arrayContaining([words.required, words.noService]));
      if (lang === 'zh') for (const m of messages) expect(m).not.toMatch(/[A-Za-z]{3,}/);
      const alert = await page.getByRole('alert').textContent();
      expect(alert).toContain(words.company); // the field by its label, never its path
      expect(alert).not.toContain('applicant.');
      // Nothing left the browser.
      expect(harness.requests.slice(sent).filter((r) => r.startsWith('POST '))).toEqual([]);
      await harness.shot(page, `craft-empty-form-${lang}`);
      expect(await harness.axe(page, `the empty form (${lang})`)).toEqual([]);

      // Fixing a field removes its message; a wrong value gets the rule's own words.
      await page.getByLabel(words.company, { exact: true }).fill('嘉定示范科技有限公司');
      await noMessage(page, words.company);
      await page.getByLabel(words.mobile, { exact: true }).fill('12345');
      await itemOf(page, words.mobile).getByText(words.mobileRule).waitFor();
      await page.getByLabel(words.mobile, { exact: true }).fill('13812345678');
      await noMessage(page, words.mobile);
      await page.getByRole('checkbox', { name: words.power }).check();
      // The services' message goes; power's capacity and voltage are now asked for.
      await eventually(async () => {
        const now = await fieldErrors(page);
        return !now.includes(words.noService) && now.length === messages.length - 3 + 2;
      }, 5_000);
      expect(harness.requests.slice(sent).filter((r) => r.startsWith('POST '))).toEqual([]);
      await page.context().close();
    },
  );

  /** Submits the sample form as the demo applicant, through the API. */
  async function submitted(companyName: string) {
    const form = sampleApplication({
      power: { capacityKva: 100, voltage: '380V' },
      water: { pipeDiameterMm: 50, dailyUseM3: 20 },
    });
    form.applicant.companyName = companyName;
    const token = await stack.token({ sub: 'firm-1', role: 'applicant', name: '' });
    const reply = await stack.call('POST', '/v1/applications', { token, body: form });
    expect(reply.status).toBe(201);
    return reply.body as { id: string; number: string };
  }

  let accepted: { id: string; number: string };

  it('the window finds an application by number and by company, opens it, and accepts it after confirming', async () => {
    // Its own company on each attempt: a retry must not find the first attempt's too.
    const mark = `窗口查找${Math.floor(1000 + Math.random() * 9000)}号`;
    const company = `上海嘉定${mark}科技有限公司`;
    accepted = await submitted(company);
    await submitted('上海嘉定另一家制造有限公司');
    const page = await harness.open('zh');
    await harness.signIn(page, USERS.window);
    // The inbox says which application, for what, since when.
    const row = page.getByTestId('inbox').getByRole('row').filter({ hasText: accepted.number });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/电力、供水/);

    const search = page.getByRole('searchbox', { name: '按申请编号、企业名称或统一社会信用代码查找' });
    await search.fill(accepted.number);
    await search.press('Enter');
    const results = page.getByTestId('search-results');
    await results.getByText(accepted.number).waitFor();
    await expect(results.getByRole('row').count()).resolves.toBe(2); // the header and the one found
    await search.fill(mark);
    await search.press('Enter');
    await results.getByText(company).waitFor();
    await expect(results.getByRole('row').count()).resolves.toBe(2);

    // The whole application before any action.
    await results.getByRole('button', { name: `查看 ${accepted.number}` }).click();
    const drawer = page.getByTestId('application-drawer');
    await drawer.getByText('91350100M000100Y43').waitFor();
    await expect(drawer.textContent()).resolves.toContain('13812345678');
    await expect(drawer.textContent()).resolves.toContain('100 kVA · 380V');
    await harness.shot(page, 'craft-window-drawer-zh');
    expect(await harness.axe(page, 'the window’s drawer')).toEqual([]);

    // Accepting asks first, saying what will happen; cancelling does nothing.
    await page.getByRole('dialog').getByRole('button', { name: '受理' }).first().click();
    const confirm = page.getByRole('dialog').filter({ hasText: `确认受理 ${accepted.number}` });
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toContain('电力、供水');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const status = async () =>
      (await stack.call('GET', `/v1/applications/${accepted.id}`, { token: await admin() })).body.status;
    expect(await status()).toBe('submitted');
    await page.getByRole('dialog').getByRole('button', { name: '受理' }).first().click();
    await confirm.getByRole('button', { name: '受理' }).click();
    await page.getByText('已保存').first().waitFor();
    expect(await eventually(async () => (await status()) !== 'submitted' && (await status()))).toMatch(
      /accepted|in-progress/,
    );
    await page.context().close();
  });

  it('the applicant reads what happens next and who owes it, downloads the receipt, and sees a rejected application as closed', async () => {
    const page = await harness.open('zh');
    await harness.signIn(page, USERS.applicant);
    await page.goto(`${origin}/applicant/${accepted.id}`);
    const next = page.getByTestId('next-step');
    await next
      .getByText(/已受理。综合窗口将于 \d+月\d+日（周.）24:00前 安排联合踏勘，电力、供水单位届时一同到场。/)
      .waitFor();
    await expect(page.getByTestId('application-number').textContent()).resolves.toBe(accepted.number);
    // The lane lists only what may apply: external works "if needed" until a plan says.
    await expect(page.getByTestId('lane-power').textContent()).resolves.toContain('外线施工（如需）');
    const [receipt] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载受理回执（PDF）' }).click(),
    ]);
    expect(receipt.suggestedFilename()).toBe(`receipt-${accepted.number}.pdf`);
    await harness.shot(page, 'craft-applicant-next-step-zh');

    const refused = await submitted('上海嘉定被拒科技有限公司');
    await stack.call('POST', `/v1/applications/${refused.id}/window-actions`, {
      token: await stack.token({ sub: 'clerk-1', role: 'window', name: '' }),
      body: { action: 'reject', reason: '用地性质不符' },
    });
    await page.goto(`${origin}/applicant/${refused.id}`);
    await next.getByText('本申请未予受理，已结束。理由：用地性质不符').waitFor();
    await expect(page.getByRole('button', { name: '撤回' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '下载受理回执（PDF）' }).count()).resolves.toBe(0);
    expect(await harness.axe(page, 'a rejected application')).toEqual([]);
    await page.context().close();
  });

  it('documents: a PDF and an image go with the form, a renamed program is refused; the window sees them, asks for the missing one, and the applicant’s upload clears it', async () => {
    const page = await harness.open('zh');
    await harness.signIn(page, USERS.applicant);
    await page.goto(`${origin}/applicant/new`);
    await page.getByLabel('企业名称', { exact: true }).fill('上海嘉定材料齐全有限公司');
    await page.getByLabel('统一社会信用代码', { exact: true }).fill('91350100M000100Y43');
    await page.getByLabel('联系人', { exact: true }).fill('王芳');
    await page.getByLabel('手机号码', { exact: true }).fill('13812345678');
    await page.getByLabel('详细地址', { exact: true }).fill('嘉定区安亭镇墨玉路 100 号');
    await page.getByRole('checkbox', { name: '电力' }).check();
    await page.getByLabel('用电容量（kVA）', { exact: true }).fill('100');
    await page.getByLabel('电压等级', { exact: true }).click();
    await page.getByTitle('380V').click();
    const picker = page.getByTestId('document-picker');
    await picker.getByText('用电负荷清单').waitFor(); // power needs a load list
    const attach = async (kind: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        picker.getByRole('button', { name: `上传 ${kind}` }).click(),
      ]);
      await chooser.setFiles(file);
    };
    harness.expected4xx.add('POST /api/v1/documents');
    await attach('营业执照', { name: 'licence.pdf', mimeType: 'application/pdf', buffer: PROGRAM });
    await page.getByText('licence.pdf: 文件内容不是 PDF、JPG 或 PNG（识别为 exe）').waitFor();
    harness.expected4xx.delete('POST /api/v1/documents');
    await expect(picker.getByText('licence.pdf').count()).resolves.toBe(0);
    await attach('营业执照', { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await attach('产权证明或租赁合同', { name: '租赁合同.png', mimeType: 'image/png', buffer: SAMPLE_PNG });
    await picker.getByText('营业执照.pdf').waitFor();
    await picker.getByText('租赁合同.png').waitFor();
    await harness.shot(page, 'craft-form-documents-zh');
    expect(await harness.axe(page, 'the form with documents')).toEqual([]);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/applicant\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const documents = page.getByTestId('documents');
    await documents.getByText('营业执照.pdf').waitFor();
    await documents.getByText('尚缺：用电负荷清单').waitFor();

    // The window opens it, sees its files, and asks for the missing one (proposed by itself).
    const clerk = await harness.open('zh');
    await harness.signIn(clerk, USERS.window);
    const row = clerk.getByTestId('inbox').getByRole('row').filter({ hasText: '上海嘉定材料齐全有限公司' });
    await row.getByRole('button', { name: '查看 上海嘉定材料齐全有限公司' }).click();
    const drawer = clerk.getByTestId('application-drawer');
    await drawer.getByText('租赁合同.png').waitFor();
    await clerk.locator('.ant-drawer').getByRole('button', { name: '要求补正' }).click();
    const dialog = clerk.getByRole('dialog').filter({ hasText: '其他需补正的内容' });
    await dialog.getByText('用电负荷清单').waitFor();
    await dialog.getByLabel('说明').fill('请上传用电负荷清单');
    await dialog.getByRole('button', { name: '确定' }).click();
    await clerk.getByText('已保存').first().waitFor();
    await clerk.context().close();

    // The applicant uploads it with the supplement: nothing is missing any more.
    await page.reload();
    const supplement = page.getByRole('button', { name: '上传 用电负荷清单' });
    await supplement.waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), supplement.click()]);
    await chooser.setFiles({ name: '负荷清单.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await page.getByText('负荷清单.pdf').first().waitFor();
    await page.getByLabel('补正说明').fill('已上传');
    await page.getByRole('button', { name: '补正材料' }).click();
    await documents.getByText('负荷清单.pdf').waitFor();
    await documents.getByText(/尚缺/).waitFor({ state: 'detached' });
    const listed = await stack.call('GET', `/v1/applications/${id}/documents`, { token: await admin() });
    expect(listed.body.missing).toEqual([]);
    await page.context().close();
  });

  it('an admin sees the versions in force and scheduled, the differences in words, and publishes after confirming', async () => {
    const page = await harness.open('zh');
    await harness.signIn(page, USERS.admin);
    await page.goto(`${origin}/admin/catalog`);
    const versions = page.getByTestId('catalog-versions');
    await versions.getByText('现行').waitFor();
    await page.getByLabel('电力 · 低压非居民 · 现场踏勘', { exact: true }).fill('3');
    const differences = page.getByTestId('catalog-differences');
    await differences.getByText('电力 · 低压非居民 · 现场踏勘：1 个工作日 → 3 个工作日').waitFor();
    await page.getByRole('button', { name: '发布新版本' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认发布 1 处修改' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '发布新版本' }).click();
    await page.getByText('已保存').first().waitFor();
    // Published for tomorrow: listed as scheduled beside the version in force.
    await versions.getByText('待生效').waitFor();
    await expect(versions.getByRole('row').count()).resolves.toBe(3);
    expect(await harness.axe(page, 'the catalog page')).toEqual([]);
    await harness.shot(page, 'craft-catalog-zh');
    await page.context().close();
  });

  /** Every page each role reaches, at 390 px, in both languages. */
  const PAGES: [string, string | null, () => string][] = [
    ['public', null, () => '/'],
    ['sign-in', null, () => '/login'],
    ['public-tariffs', null, () => '/tariffs'],
    ['public-complaints', null, () => '/complaints'],
    ['public-faq', null, () => '/faq'],
    ['public-quality', null, () => '/quality'],
    ['applicant-form', USERS.applicant, () => '/applicant/new'],
    ['applicant-list', USERS.applicant, () => '/applicant'],
    ['applicant-application', USERS.applicant, () => `/applicant/${accepted.id}`],
    ['applicant-notifications', USERS.applicant, () => '/notifications'],
    ['applicant-complaints', USERS.applicant, () => '/applicant/complaints'],
    ['applicant-complaint-form', USERS.applicant, () => '/applicant/complaints/new'],
    ['applicant-consultations', USERS.applicant, () => '/applicant/consultations'],
    ['applicant-consultation-form', USERS.applicant, () => '/applicant/consultations/new'],
    ['applicant-interruptions', USERS.applicant, () => '/applicant/interruptions'],
    ['window-inbox', USERS.window, () => '/window'],
    ['window-notifications', USERS.window, () => '/notifications'],
    ['window-consultations', USERS.window, () => '/window/consultations'],
    ['window-follow-ups', USERS.window, () => '/window/follow-ups'],
    ['staff-tasks', USERS.power, () => '/staff'],
    ['staff-interruptions', USERS.power, () => '/staff/interruptions'],
    ['staff-tariffs', USERS.power, () => '/staff/tariffs'],
    ['staff-complaints', USERS.power, () => '/staff/complaints'],
    ['staff-consultations', USERS.power, () => '/staff/consultations'],
    ['staff-quality', USERS.power, () => '/staff/quality'],
    ['agency-permits', USERS.road, () => '/agency'],
    ['admin-applications', USERS.admin, () => '/admin/applications'],
    ['admin-breaches', USERS.admin, () => '/admin/breaches'],
    ['admin-ledger', USERS.admin, () => '/admin/ledger'],
    ['admin-kpis', USERS.admin, () => '/admin/kpis'],
    ['admin-catalog', USERS.admin, () => '/admin/catalog'],
    ['admin-service', USERS.admin, () => '/admin/service'],
    ['admin-calendar', USERS.admin, () => '/admin/calendar'],
    ['admin-what-if', USERS.admin, () => '/admin/what-if'],
    ['admin-complaints', USERS.admin, () => '/admin/complaints'],
    ['admin-consultations', USERS.admin, () => '/admin/consultations'],
    ['admin-follow-ups', USERS.admin, () => '/admin/follow-ups'],
  ];
  /** One test per role and language, so each stays well inside its time limit as pages are added. */
  const ROLES = [...new Set(PAGES.map(([, user]) => user))];
  const CASES = (['zh', 'en'] as Lang[]).flatMap((lang) => ROLES.map((user) => [lang, user ?? 'public'] as const));
  it.each(CASES)(
    'every page at 390 px (%s, %s): nothing wider than the screen, the menu reachable, no raw code, axe clean',
    async (lang, role) => {
      const user = role === 'public' ? null : role;
      const page = await harness.open(lang, PHONE);
      const menu = lang === 'zh' ? '菜单' : 'Menu';
      if (user) await harness.signIn(page, user, lang);
      const found: string[] = [];
      for (const [name, , url] of PAGES.filter(([, u]) => u === user)) {
        await page.goto(`${origin}${url()}`);
        await page.locator('main h2').first().waitFor();
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > PHONE.width) found.push(`${name}: ${width} px wide`);
        found.push(...(await rawText(page, name, lang)));
        found.push(...(await harness.axe(page, `${name} at 390 px (${lang})`)));
        await harness.shot(page, `${name}-390-${lang}`);
        // The menu opens and its links are there.
        await page.getByRole('button', { name: menu }).click();
        const nav = page.getByRole('navigation', { name: 'main' });
        await nav.getByRole('link').first().waitFor();
        await page.keyboard.press('Escape');
        await nav.waitFor({ state: 'hidden' });
      }
      expect(found).toEqual([]);
      await page.context().close();
    },
  );

  const admin = () => stack.token({ sub: 'admin-1', role: 'admin', name: '' });
});
