import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { projectRoot } from '../../libs/config/src';
import { startStack, type Stack } from './api';
import { timeSkippingEnvironment } from './temporal';

// Debian's chromium, installed by the project's setup (scripts/setup.js); flags as this machine needs them.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SHOTS = path.join(projectRoot, 'test-results', 'screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

/** The demo users on the sign-in page, by what the button says. */
export const USERS = {
  applicant: '上海嘉定精密制造有限公司',
  window: '窗口 · 张敏',
  power: '国网嘉定 · 李工',
  water: '嘉定自来水 · 王工',
  road: '路政 · 周科',
  admin: '营商办 · 管理员',
} as const;

export type Lang = 'zh' | 'en';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

/**
 * Real Chromium on the web app: pages that record every console error, failed request and
 * unexpected 4xx/5xx answer into `problems` (a spec asserts it stays empty), plus axe and screenshots.
 */
export async function browserHarness(origin: () => string) {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
  /** Problems seen on any page: console errors, failed requests, 5xx answers. */
  const problems: string[] = [];
  /** 4xx answers a step expects (the form's validation, the zero-burden refusal): their console lines are expected too. */
  const expected4xx = new Set<string>();
  /** Every API request any page sent, as "METHOD /path". */
  const requests: string[] = [];

  async function open(lang: Lang = 'zh', viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ locale: lang === 'zh' ? 'zh-CN' : 'en-GB', viewport });
    const page = await context.newPage();
    // Waits on the server (a submission, a clerk's action) share two cores with the other spec file
    // jest runs beside this one — on CI a 3,400-event workflow test: give them a minute, not 30 s.
    page.setDefaultTimeout(60_000);
    const seen4xx: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) requests.push(`${r.method()} ${url.pathname}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 500) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
      if (r.status() >= 400 && r.status() < 500) {
        const key = `${r.request().method()} ${new URL(r.url()).pathname}`;
        if (!expected4xx.has(key)) problems.push(`unexpected ${r.status()} ${key}`);
        seen4xx.push(r.url());
      }
    });
    page.on('requestfailed', (r) => {
      // A download the test does not follow, or a navigation away while a poll is in flight, is not a failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // Chromium logs every 4xx answer as "Failed to load resource"; those the step expected are not errors.
      if (
        /Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()) &&
        seen4xx.includes(m.location().url)
      )
        return;
      problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${origin()}/`);
    await page.evaluate((l) => localStorage.setItem('lianbao.lang', l), lang);
    return page;
  }

  async function signIn(page: Page, name: string, lang: Lang = 'zh') {
    await page.goto(`${origin()}/login`);
    await page
      .getByRole('button', { name: `${lang === 'zh' ? '以此身份登录' : 'Sign in as this user'}: ${name}` })
      .click();
    await page.waitForURL((url) => url.pathname !== '/login');
  }

  let axeText: string | undefined;
  const axeSource = () => (axeText ??= fs.readFileSync(AXE, 'utf8'));
  async function axe(page: Page, what: string) {
    // A drawer sliding in or a message fading in has colours half-way (axe would count them):
    // wait until every finite animation and transition has finished (spinners run forever).
    await page
      .waitForFunction(
        () =>
          document
            .getAnimations()
            .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
        null,
        { timeout: 5_000 },
      )
      .catch(() => undefined);
    // Evaluated through the DevTools protocol, not as a <script>: the app's CSP refuses inline
    // scripts (as it should), and the page must be checked under that very policy.
    await page.evaluate(axeSource());
    const violations: { id: string; impact: string; nodes: { target: string[] }[] }[] = await page.evaluate(
      async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: never[] }> } }).axe.run();
        return result.violations;
      },
    );
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${what}: ${v.id} (${v.impact}) at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    return serious;
  }

  async function shot(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  }

  return { browser, problems, expected4xx, requests, open, signIn, axe, shot, close: () => browser.close() };
}

export type Harness = Awaited<ReturnType<typeof browserHarness>>;

/** What must never reach a person: codes, raw timestamps, validator English. */
const RAW = [
  /state-grid-jiading|jiading-water|jiading-gas|telecom-jiading|road-authority|traffic-police/,
  /survey-scheduling|survey-missed|survey-moved|road-permit|low-voltage-non-residential|china-telecom/,
  /\b(Application|Stage|Sla|Road|Joint|Supplement|Compensation|Connection|Service|Breach|Deadline)[A-Z][A-Za-z]+\b/,
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  /joint\/\*|\b\d+ working days\b.*\b1 working days\b|\b1 working days\b/,
];
const VALIDATOR_EN = /Invalid (input|option)|expected (string|number|one of)|received undefined|must be /;

/** The raw codes and validator English a page shows, as "page: what" lines (none is right). */
export async function rawText(page: Page, name: string, lang: Lang): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = RAW.filter((raw) => raw.test(text)).map((raw) => `${name}: ${text.match(raw)![0]}`);
  if (lang === 'zh' && VALIDATOR_EN.test(text)) found.push(`${name}: ${text.match(VALIDATOR_EN)![0]}`);
  return found;
}

/**
 * The real stack for a browser spec file: the time-skipping Temporal server (deadlines can pass
 * on demand), API + worker with the development sign-in, Postgres, and Chromium; after each test,
 * no console error, failed request or unexpected 4xx/5xx may have been seen.
 */
export function browserStackForFile() {
  const web = {} as { env: TestWorkflowEnvironment; stack: Stack; harness: Harness; origin: string };
  beforeAll(async () => {
    web.env = await timeSkippingEnvironment();
    web.stack = await startStack({ temporalAddress: web.env.address, env: { DEV_LOGIN: 'on' } });
    web.origin = web.stack.api.url.replace(/\/api$/, '');
    web.harness = await browserHarness(() => web.origin);
  });
  afterAll(async () => {
    await web.harness?.close();
    await web.stack?.close();
    await web.env?.teardown();
  });
  // A browser step that waits on the server can outlast its minute when the two-core CI machine is
  // saturated (two browsers and three servers at once): such a test runs once more, its first
  // errors printed. A test that fails for a reason fails both times.
  jest.retryTimes(1, { logErrorsBeforeRetry: true });
  beforeEach(() => {
    web.harness.problems.length = 0; // what a failed first attempt saw is not the retry's
  });
  afterEach(() => {
    expect(web.harness.problems).toEqual([]);
  });
  return web;
}
