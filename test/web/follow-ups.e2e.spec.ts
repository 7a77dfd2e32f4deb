import { importAccounts } from '../support/accounts';
import { randomUUID } from 'node:crypto';
import { eventually, principals, type Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

const WORDS = {
  zh: {
    open: '查看',
    two: '2 不满意',
    rateTitle: '对投诉处理的评价',
    comment: '评价意见',
    send: '提交评价',
    thanks: '感谢您的评价',
    hint: '打 1–2 分时，一窗会在 2 个工作日内回访您',
    title: '差评回访',
    record: '记录回访结果',
    note: '回访情况',
    explained: '已解释说明',
    recorded: '已回访',
  },
  en: {
    open: 'Open',
    two: '2 Poor',
    rateTitle: 'How the complaint was handled',
    comment: 'Comment',
    send: 'Send the rating',
    thanks: 'Thank you for your rating',
    hint: 'Rate 1 or 2 and the window will call you back within 2 working days',
    title: 'Follow-ups after poor ratings',
    record: 'Record the call',
    note: 'What was said and done',
    explained: 'Explained',
    recorded: 'Called back',
  },
};

/**
 * A poor rating in Chromium, in both languages: the business rates its closed complaint's handling
 * 2 (on a phone in Chinese), the window finds the follow-up on its list and records the call.
 */
describe('a poor rating and its follow-up in the browser', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  beforeAll(() => ({ stack, harness, origin } = web));

  /** A closed complaint of the demo business about its account `no`, through the API. */
  async function closedComplaint(no: string, story: string): Promise<string> {
    const admin = await stack.token({ sub: 'admin-1', role: 'admin', name: '' });
    const business = await stack.token({ sub: 'firm-1', role: 'applicant', name: '' });
    const imported = await importAccounts(stack, admin, [{ account_no: no, customer_id: 'firm-1' }]);
    expect([201, 409]).toContain(imported); // 409: a retried test imported it already
    const filed = await stack.call('POST', '/v1/complaints', {
      token: business,
      body: { category: 'service', link: { kind: 'account', accountNo: no, utility: 'power' }, description: story },
    });
    const act = (token: string, body: Record<string, unknown>) =>
      stack.call('POST', `/v1/complaints/${filed.body.id}/actions`, { token, body });
    await act(admin, { action: 'acknowledge' });
    await act(admin, {
      action: 'decide',
      outcome: 'rejected',
      reasons: '经核查服务规范。',
      publicSummary: '企业反映服务态度问题；经核查服务规范。',
    });
    expect((await act(business, { action: 'accept' })).body.status).toBe('closed');
    return filed.body.id;
  }

  it.each(['zh', 'en'] as Lang[])(
    '%s: a 2 for a closed complaint reaches the window, which records the call',
    async (lang) => {
      const words = WORDS[lang];
      const story = `回访样例-${lang}：抢修人员态度差。`;
      const id = await closedComplaint(`FU-${lang.toUpperCase()}-1`, story);
      const viewport = lang === 'zh' ? PHONE : DESKTOP;

      const page = await harness.open(lang, viewport);
      await harness.signIn(page, USERS.applicant, lang);
      await page.goto(`${origin}/applicant/complaints`);
      await page
        .getByRole('row')
        .filter({ hasText: lang === 'zh' ? '服务态度' : 'Service' })
        .first()
        .waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: words.open, exact: true }) });
      await eventually(async () => (await row.count()) > 0);
      // The newest complaint is this one (filed just now).
      await row.first().getByRole('button', { name: words.open, exact: true }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByText(story).waitFor();
      await drawer.getByText(words.rateTitle).waitFor();
      await drawer.getByText(words.hint).waitFor();
      await drawer.getByText(words.two, { exact: true }).click();
      await drawer.getByLabel(words.comment).fill(`处理结果不满意-${lang}`);
      expect(await harness.axe(page, `rating a complaint (${lang}, ${viewport.width} px)`)).toEqual([]);
      await harness.shot(page, `complaint-rating-${lang}-${viewport.width}`);
      await drawer.getByRole('button', { name: words.send }).click();
      await page.getByText(words.thanks).waitFor();
      await drawer.getByText(words.rateTitle).first().waitFor();
      await page.context().close();

      // The window has it on its list and records the call.
      const clerk = await harness.open(lang);
      await harness.signIn(clerk, USERS.window, lang);
      await clerk.goto(`${origin}/window/follow-ups`);
      await clerk.getByRole('heading', { level: 2, name: words.title }).waitFor();
      const followUp = clerk
        .getByRole('row')
        .filter({ hasText: `处理结果不满意-${lang}` })
        .first();
      await followUp.getByRole('button', { name: words.record }).click();
      const modal = clerk.getByRole('dialog', { name: words.record });
      await modal.getByText(words.explained, { exact: true }).click();
      await modal.getByLabel(words.note).fill(`已电话回访（${lang}），解释了处理依据。`);
      expect(await harness.axe(clerk, `recording a follow-up (${lang})`)).toEqual([]);
      await clerk.locator('.ant-modal-footer .ant-btn-primary').click();
      await modal.waitFor({ state: 'detached' });
      await clerk
        .locator('.ant-segmented')
        .getByText(lang === 'zh' ? '全部' : 'All', { exact: true })
        .click();
      await clerk
        .getByRole('row')
        .filter({ hasText: `已电话回访（${lang}）` })
        .getByText(words.recorded)
        .first()
        .waitFor();
      await harness.shot(clerk, `follow-ups-${lang}`);
      await clerk.context().close();
      const window = await stack.token({ sub: 'clerk-1', role: 'window', name: '' });
      const listed = await stack.call('GET', '/v1/follow-ups', { token: window });
      expect(listed.body.items.find((f: { subject: { id: string } }) => f.subject.id === id)?.followUp.outcome).toBe(
        'explained',
      );
      expect(harness.problems).toEqual([]);
    },
  );

  it.each(['zh', 'en'] as Lang[])(
    '%s: a business finds the interruption it lived through and rates how it was dealt with, once',
    async (lang) => {
      const words =
        lang === 'zh'
          ? {
              nav: '供应中断',
              title: '影响您户号的供应中断',
              back: '已恢复供应',
              four: '4 满意',
              rated: '您的评价：4 满意',
            }
          : {
              nav: 'Interruptions',
              title: 'Interruptions that affected your accounts',
              back: 'Supply back',
              four: '4 Good',
              rated: 'Your rating: 4 Good',
            };
      // Its own account on each attempt: a retried test must not find the first attempt's interruption too.
      const no = `IN-${lang.toUpperCase()}-${randomUUID().slice(0, 6)}`;
      const admin = await stack.token({ sub: 'admin-1', role: 'admin', name: '' });
      expect([201, 409]).toContain(await importAccounts(stack, admin, [{ account_no: no, customer_id: 'firm-1' }]));
      const start = Date.now() - 6 * 3_600_000;
      const cut = await stack.call('POST', '/v1/interruptions', {
        token: await stack.token(principals.power),
        body: {
          reference: `INC-${randomUUID()}`,
          utility: 'power',
          startedAt: new Date(start).toISOString(),
          endedAt: new Date(start + 90 * 60_000).toISOString(),
          area: { kind: 'accounts', accountNos: [no] },
          cause: 'cable fault',
        },
      });
      expect(cut.status).toBe(201);

      const viewport = lang === 'zh' ? PHONE : DESKTOP;
      const page = await harness.open(lang, viewport);
      await harness.signIn(page, USERS.applicant, lang);
      const link = page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: words.nav });
      if (viewport === PHONE)
        // The sign-in's own navigation closes a menu opened a moment before it lands: open it until it stays.
        await eventually(async () => {
          if (await link.isVisible()) return true;
          await page.getByRole('button', { name: '菜单' }).click();
          await page.waitForTimeout(400);
          return false;
        });
      await link.click();
      await page.getByRole('heading', { level: 2, name: words.title }).waitFor();
      const card = page.getByTestId('lived-interruption').filter({ hasText: no });
      await eventually(async () => {
        if ((await card.count()) > 0) return true;
        await page.reload(); // the restoration is projected a moment after the report
        return false;
      });
      await card.getByText(words.back).waitFor();
      await card.getByText(words.four, { exact: true }).click();
      expect(await harness.axe(page, `rating an interruption (${lang}, ${viewport.width} px)`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await harness.shot(page, `interruption-rating-${lang}-${viewport.width}`);
      await card.getByRole('button', { name: new RegExp(lang === 'zh' ? '提交评价$' : 'Send the rating$') }).click();
      await card.getByTestId('lived-rating').filter({ hasText: words.rated }).waitFor();
      await page.context().close();
      const mine = await stack.call('GET', '/v1/my-interruptions', {
        token: await stack.token({ sub: 'firm-1', role: 'applicant', name: '' }),
      });
      expect(mine.body.items.find((i: { id: string }) => i.id === cut.body.id)?.rating).toMatchObject({ score: 4 });
      expect(harness.problems).toEqual([]);
    },
  );
});
