import type { Page } from 'playwright-core';
import { eventually, type Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

const WORDS = {
  zh: {
    menu: '咨询',
    new: '我要咨询',
    power: '电力',
    question: '您的问题',
    companyName: '企业名称',
    address: '详细地址',
    send: '提交咨询',
    pick: '请至少选择一项',
    asked: '待答复',
    route: '转交供应单位',
    note: '转交说明',
    routed: '待供应单位答复',
    answer: '答复',
    answerText: '答复内容',
    answered: '已答复',
    publish: '发布到常见问题',
    faqQuestion: '公开的问题',
    faqAnswer: '公开的答复',
    noMobile: '将公开发布，不得包含手机号码',
    apply: '转为报装申请',
    prefilled: '已根据您的咨询预填',
    creditCode: '统一社会信用代码',
    contact: '联系人',
    mobile: '手机号码',
    capacity: '用电容量（kVA）',
    voltage: '电压等级',
    submit: '提交申请',
    openApplication: '查看由此转成的申请',
    faqTitle: '常见问题',
    search: '搜索问题或答复，如：报装 时限',
    noMatch: '没有找到',
  },
  en: {
    menu: 'Questions',
    new: 'Ask a question',
    power: 'Power',
    question: 'Your question',
    companyName: 'Company name',
    address: 'Address',
    send: 'Send the question',
    pick: 'Pick at least one',
    asked: 'Awaiting reply',
    route: 'Pass to a provider',
    note: 'Note for the provider',
    routed: 'With a provider',
    answer: 'Answer',
    answerText: 'Answer',
    answered: 'Answered',
    publish: 'Publish to the FAQ',
    faqQuestion: 'Question, for the public',
    faqAnswer: 'Answer, for the public',
    noMobile: 'This is published: it must not contain a mobile number',
    apply: 'Apply from this question',
    prefilled: 'filled in from your question',
    creditCode: 'Unified social credit code',
    contact: 'Contact',
    mobile: 'Mobile',
    capacity: 'Capacity (kVA)',
    voltage: 'Voltage',
    submit: 'Submit application',
    openApplication: 'Open the application made from it',
    faqTitle: 'Frequently asked questions',
    search: 'Search questions and answers, e.g. 报装 时限',
    noMatch: 'Nothing found',
  },
};

/**
 * A consultation in Chromium, in both languages: a business asks (on a phone in Chinese, on a
 * laptop in English), the window passes the power part to its provider, the provider answers, the
 * window publishes a rewritten answer (a mobile number refused on its field), the business applies
 * from the question with the form pre-filled, and anyone finds the answer in the FAQ.
 */
describe('consultation in the browser: asked, routed, answered, published, turned into an application', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  beforeAll(() => ({ stack, harness, origin } = web));

  /** Opens the consultation whose question starts with `marker` in the list on the page. */
  const openThread = async (page: Page, marker: string) => {
    await page.getByRole('row').filter({ hasText: marker }).getByRole('button').click();
    return page.locator('.ant-drawer');
  };

  it.each(['zh', 'en'] as Lang[])('%s: asked, routed and answered, published, applied from', async (lang) => {
    const words = WORDS[lang];
    const viewport = lang === 'zh' ? PHONE : DESKTOP;
    const marker = `充电桩-${lang}-${Date.now() % 100000}`;
    const question = `${marker}：我们想在园区装 8 个直流充电桩，需要增容吗？大概多久能接电？`;
    const company = lang === 'zh' ? '上海嘉定咨询样例有限公司' : 'Jiading Sample Charging Co.';

    // The business asks; sending without picking a utility says so on the field.
    const page = await harness.open(lang, viewport);
    await harness.signIn(page, USERS.applicant, lang);
    await page.goto(`${origin}/applicant/consultations`);
    await page.getByRole('link', { name: words.new }).click();
    await page.getByLabel(words.question, { exact: true }).fill(question);
    await page.getByRole('button', { name: words.send }).click();
    await page.getByText(words.pick).waitFor();
    await page.getByRole('checkbox', { name: words.power }).check();
    await page.getByLabel(words.companyName, { exact: true }).fill(company);
    await page.getByLabel(words.address, { exact: true }).fill('嘉定区安亭镇墨玉路 88 号');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect(await harness.axe(page, `the consultation form (${lang}, ${viewport.width} px)`)).toEqual([]);
    await harness.shot(page, `consultation-ask-${lang}-${viewport.width}`);
    await page.getByRole('button', { name: words.send }).click();
    await page.waitForURL(/\/applicant\/consultations\?open=/);
    await page.locator('.ant-drawer').getByText(words.asked).first().waitFor();
    await page.context().close();

    // The window passes the power part to its provider.
    const clerk = await harness.open(lang);
    await harness.signIn(clerk, USERS.window, lang);
    await clerk.goto(`${origin}/window/consultations`);
    let drawer = await openThread(clerk, marker);
    await drawer.getByText(question).waitFor();
    await drawer.getByRole('button', { name: words.route, exact: true }).click();
    const routeModal = clerk.getByRole('dialog', { name: words.route });
    await routeModal.getByLabel(words.note).fill('请答复增容与接电时限。');
    await clerk.locator('.ant-modal-footer .ant-btn-primary').click();
    await drawer.getByText(words.routed).first().waitFor();

    // The provider answers its part.
    const provider = await harness.open(lang);
    await harness.signIn(provider, USERS.power, lang);
    await provider.goto(`${origin}/staff/consultations`);
    drawer = await openThread(provider, marker);
    await drawer.getByRole('button', { name: words.answer, exact: true }).click();
    await provider
      .getByRole('dialog', { name: words.answer })
      .getByLabel(words.answerText)
      .fill('8 个 120 kW 直流桩约 960 kW，需高压增容，15 个工作日内接电。');
    await provider.locator('.ant-modal-footer .ant-btn-primary').click();
    await drawer.getByText(words.answered).first().waitFor();
    await provider.context().close();

    // The window publishes a rewritten answer: a mobile number is refused on its field first.
    await clerk.reload();
    drawer = await openThread(clerk, marker);
    await drawer.getByRole('button', { name: words.publish, exact: true }).click();
    const publish = clerk.getByRole('dialog', { name: words.publish });
    await publish.getByLabel(words.faqQuestion).fill(`${marker} 园区装直流充电桩要增容吗？`);
    await publish
      .getByLabel(words.faqAnswer)
      .fill('总功率超过低压上限需高压增容，约 15 个工作日，可致电 13812345678。');
    harness.expected4xx.add(`POST /api/v1/consultations/${await consultationId(marker)}/actions`);
    await clerk.locator('.ant-modal-footer .ant-btn-primary').click();
    await publish.getByText(words.noMobile).waitFor();
    expect(await harness.axe(clerk, `publishing with its error (${lang})`)).toEqual([]);
    await harness.shot(clerk, `consultation-publish-error-${lang}`);
    await publish.getByLabel(words.faqAnswer).fill('总功率超过低压上限需高压增容，约 15 个工作日接电。');
    await publish.getByText(words.noMobile).waitFor({ state: 'detached' });
    await clerk.locator('.ant-modal-footer .ant-btn-primary').click();
    await publish.waitFor({ state: 'detached' });
    await clerk.context().close();

    // The business reads the thread and applies from it: the form arrives pre-filled.
    const applicant = await harness.open(lang, viewport);
    await harness.signIn(applicant, USERS.applicant, lang);
    await applicant.goto(`${origin}/applicant/consultations`);
    drawer = await openThread(applicant, marker);
    await drawer.getByText('15 个工作日内接电').waitFor();
    expect(await harness.axe(applicant, `the thread (${lang}, ${viewport.width} px)`)).toEqual([]);
    await harness.shot(applicant, `consultation-thread-${lang}-${viewport.width}`);
    await drawer.getByRole('link', { name: words.apply }).click();
    await applicant.getByText(words.prefilled).waitFor();
    await eventually(
      async () => (await applicant.getByLabel(words.companyName, { exact: true }).inputValue()) === company,
    );
    expect(await applicant.getByRole('checkbox', { name: words.power }).isChecked()).toBe(true);
    await applicant.getByLabel(words.creditCode, { exact: true }).fill('91350100M000100Y43');
    await applicant.getByLabel(words.contact, { exact: true }).fill('王芳');
    await applicant.getByLabel(words.mobile, { exact: true }).fill('13812345678');
    await applicant.getByLabel(words.capacity, { exact: true }).fill('100');
    await applicant.getByLabel(words.voltage, { exact: true }).click();
    await applicant.getByTitle('380V').click();
    await applicant.getByRole('button', { name: words.submit }).click();
    await applicant.waitForURL(/\/applicant\/[0-9a-f-]{36}$/);
    const applicationId = applicant.url().split('/').pop();
    await applicant.goto(`${origin}/applicant/consultations?open=${await consultationId(marker)}`);
    await applicant.locator('.ant-drawer').getByRole('link', { name: words.openApplication }).click();
    await applicant.waitForURL(`${origin}/applicant/${applicationId}`);
    await applicant.context().close();

    // Anyone finds it in the FAQ, on a laptop and on a phone, by a Chinese phrase.
    for (const size of [DESKTOP, PHONE]) {
      const reader = await harness.open(lang, size);
      await reader.goto(`${origin}/faq`);
      await reader.getByRole('heading', { level: 2, name: words.faqTitle }).waitFor();
      const search = reader.getByRole('searchbox', { name: words.search });
      await search.fill('没有这样的问题');
      await search.press('Enter');
      await reader.getByText(words.noMatch).waitFor();
      await search.fill(`${marker.split('-')[0]} 增容`);
      await search.press('Enter');
      await reader.getByRole('button', { name: new RegExp(`${marker} 园区装直流充电桩`) }).click();
      await reader.getByText('约 15 个工作日接电').waitFor();
      const text = await reader.locator('main').first().innerText();
      expect(text).not.toContain(company);
      expect(text).not.toContain('13812345678');
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      expect(await harness.axe(reader, `the FAQ (${lang}, ${size.width} px)`)).toEqual([]);
      await harness.shot(reader, `faq-${lang}-${size.width}`);
      await reader.context().close();
    }
    expect(harness.problems).toEqual([]);
  });

  /** The id of the consultation whose question carries `marker`. */
  async function consultationId(marker: string): Promise<string> {
    const window = await stack.token({ sub: 'clerk-1', role: 'window', name: '' });
    return eventually(
      async () =>
        (await stack.call('GET', '/v1/consultations', { token: window })).body.items.find((c: { question: string }) =>
          c.question.startsWith(marker),
        )?.id,
    );
  }
});
