import type { Page } from 'playwright-core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { eventually, startStack, type Stack } from '../support/api';
import { browserHarness, USERS, type Harness, type Lang } from '../support/browser';
import { timeSkippingEnvironment } from '../support/temporal';

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
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  let harness: Harness;
  let origin: string;

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address, env: { DEV_LOGIN: 'on' } });
    origin = stack.api.url.replace(/\/api$/, '');
    harness = await browserHarness(() => origin);
  });
  afterAll(async () => {
    await harness?.close();
    await stack?.close();
    await env?.teardown();
  });
  afterEach(() => {
    expect(harness.problems).toEqual([]);
  });

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
});
