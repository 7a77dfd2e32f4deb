import type { Page } from 'playwright-core';
import { freePort } from '../../apps/embedded/src/processes';
import { startStack, type Stack } from '../support/api';
import { browserHarness, type Harness } from '../support/browser';
import { IDP_AUDIENCE, startIdp, type Idp } from '../support/idp';

/**
 * The web app signing people in at a real OpenID Provider (oidc-provider, its own login page):
 * the authorization code flow with PKCE, no development token anywhere; each role signs in, does
 * one thing of its role, signs out (at the provider too). An access token that expires is renewed
 * without the page noticing; a session the provider will not renew ends in a dialog, and signing in
 * again brings back the half-filled form.
 */
const COMPANY = '上海嘉定统一认证测试有限公司';
const TTL_S = 45;

describe('signing in through the identity provider, in a real browser', () => {
  let idp: Idp;
  let stack: Stack;
  let harness: Harness;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    idp = await startIdp({ webOrigins: [origin], accessTokenTtl: TTL_S });
    stack = await startStack({
      env: {
        PORT: String(port),
        AUTH_ISSUER: idp.issuer,
        AUTH_AUDIENCE: IDP_AUDIENCE,
        AUTH_WEB_CLIENT_ID: 'lianbao-web',
        AUTH_JWKS_COOLDOWN_S: '0',
      },
    });
    harness = await browserHarness(() => origin);
  });
  afterAll(async () => {
    await harness?.close();
    await stack?.close();
    await idp?.stop();
  });
  afterEach(() => {
    expect(harness.problems).toEqual([]);
    // No development token was asked for, and none could have been: the dev login is off.
    expect(harness.requests.filter((r) => r.includes('/dev/login'))).toEqual([]);
  });

  /** From the app's sign-in page, through the provider's login page, back into the app. */
  async function signInAtProvider(page: Page, user: string, returnTo = '/login') {
    await page.goto(`${origin}${returnTo}`);
    await page.getByRole('button', { name: '使用统一身份认证登录' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByLabel('用户 User').selectOption(user);
    await page.getByLabel('密码 Password').fill('demo');
    await page.getByRole('button', { name: '登录 Sign in' }).click();
    await page.waitForURL((url) => url.origin === origin && url.pathname !== '/auth/callback');
  }

  async function signOut(page: Page) {
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/');
    await page.getByRole('button', { name: '登录' }).waitFor();
  }

  async function fillFirstHalf(page: Page) {
    await page.getByLabel('企业名称').fill(COMPANY);
    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
    await page.getByLabel('联系人').fill('王芳');
    await page.getByLabel('手机号码').fill('13812345678');
  }

  async function fillSecondHalfAndSubmit(page: Page) {
    await page.getByLabel('详细地址').fill('嘉定区安亭镇墨玉路 100 号');
    await page.getByRole('checkbox', { name: '供水' }).check();
    await page.getByLabel('管径（mm）').fill('50');
    await page.getByLabel('日用水量（m³）').fill('20');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL(/\/applicant\/[0-9a-f-]{36}$/);
  }

  it('each role signs in at the provider, does one thing of its role, and signs out there too', async () => {
    // The applicant sends the one form.
    let page = await harness.open();
    await signInAtProvider(page, 'firm-1', '/applicant/new');
    expect(new URL(page.url()).pathname).toBe('/applicant/new'); // back where they were going
    await fillFirstHalf(page);
    await fillSecondHalfAndSubmit(page);
    await page.getByText(COMPANY).first().waitFor();
    await signOut(page);
    // Signed out at the provider as well: the next sign-in asks for the password again.
    await page.goto(`${origin}/login`);
    await page.getByRole('button', { name: '使用统一身份认证登录' }).click();
    await page.getByLabel('密码 Password').waitFor();
    await page.context().close();

    // The window accepts it.
    page = await harness.open();
    await signInAtProvider(page, 'clerk-1');
    expect(new URL(page.url()).pathname).toBe('/window');
    await page.getByRole('button', { name: `受理 ${COMPANY}` }).click();
    await page.getByRole('dialog').filter({ hasText: '确认受理' }).getByRole('button', { name: '受理' }).click();
    await page.getByText('已保存').first().waitFor();
    await signOut(page);
    await page.context().close();

    // Provider staff see the dispatched application among their tasks; a road agency and an
    // administrator open their own work (their menus and lists, read with their own tokens).
    for (const [user, home, shows] of [
      ['staff-water', '/staff', COMPANY],
      ['officer-road', '/agency', '待审许可'],
      ['admin-1', '/admin/breaches', '超时审核'],
    ] as const) {
      page = await harness.open();
      await signInAtProvider(page, user);
      expect(new URL(page.url()).pathname).toBe(home);
      await page.getByText(shows).first().waitFor();
      await page.waitForLoadState('networkidle');
      await signOut(page);
      await page.context().close();
    }
    expect(harness.requests).toEqual(expect.arrayContaining(['GET /api/v1/tasks', 'GET /api/v1/breaches']));
  });

  it('tells a signed-in person without a Lianbao role so, instead of sending them round again', async () => {
    harness.expected4xx.add('GET /api/v1/auth/me');
    try {
      const page = await harness.open();
      await signInAtProvider(page, 'visitor-1');
      expect(new URL(page.url()).pathname).toBe('/auth/no-role');
      await page.getByRole('heading', { name: '已登录，但尚未开通联报角色' }).waitFor();
      await harness.axe(page, 'no role').then((serious) => expect(serious).toEqual([]));
      await page.getByRole('button', { name: '退出' }).first().click();
      await page.waitForURL((url) => url.origin === origin && url.pathname === '/');
      await page.context().close();
    } finally {
      harness.expected4xx.delete('GET /api/v1/auth/me');
    }
  });

  it('renews an expiring access token unnoticed, and keeps a half-filled form across a session that ended', async () => {
    const page = await harness.open();
    const renewals: string[] = [];
    page.on('request', (r) => {
      if (r.url() === `${idp.issuer}/token` && /grant_type=refresh_token/.test(r.postData() ?? ''))
        renewals.push(r.url());
    });
    await signInAtProvider(page, 'firm-1', '/applicant/new');
    await fillFirstHalf(page);
    // The access token lives 45 s and is renewed 30 s before it ends: the page carries on.
    await page.waitForEvent('request', {
      predicate: (r) => r.url() === `${idp.issuer}/token` && /refresh_token/.test(r.postData() ?? ''),
      timeout: 30_000,
    });
    await page.waitForLoadState('networkidle');
    expect(renewals.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByLabel('企业名称').inputValue()).resolves.toBe(COMPANY);

    // The provider forgets every session (a restart with its in-memory store): the next renewal
    // fails, and the page says the session ended — over the form, which stays.
    harness.expected4xx.add('POST /token');
    await idp.restart(idp.keys());
    const dialog = page.getByRole('dialog').filter({ hasText: '登录已过期' });
    await dialog.waitFor({ timeout: 45_000 });
    await expect(page.getByLabel('企业名称').inputValue()).resolves.toBe(COMPANY);
    await dialog.getByRole('button', { name: '重新登录' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByLabel('用户 User').selectOption('firm-1');
    await page.getByLabel('密码 Password').fill('demo');
    await page.getByRole('button', { name: '登录 Sign in' }).click();
    await page.waitForURL((url) => url.origin === origin && url.pathname === '/applicant/new');
    // What was typed before is there again; the rest is filled in and the form goes.
    await expect(page.getByLabel('企业名称').inputValue()).resolves.toBe(COMPANY);
    await expect(page.getByLabel('手机号码').inputValue()).resolves.toBe('13812345678');
    await fillSecondHalfAndSubmit(page);
    harness.expected4xx.delete('POST /token');
    // The renewal the provider refused is the only error the browser saw.
    harness.problems.splice(
      0,
      harness.problems.length,
      ...harness.problems.filter((p) => !p.includes(`${idp.issuer}/token`) && !/status of 400/.test(p)),
    );
    await page.context().close();
  }, 180_000);
});
