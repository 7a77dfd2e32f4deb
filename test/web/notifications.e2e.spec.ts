import { sampleApplication } from '../../seeds/sample-application';
import { eventually, type Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

const WORDS = {
  zh: { title: '消息', unread: (n: number) => `${n} 条未读`, markRead: '标为已读', markAll: '全部标为已读' },
  en: { title: 'Notifications', unread: (n: number) => `${n} unread`, markRead: 'Mark read', markAll: 'Mark all read' },
};

/** The unread count is the person's, kept by the API: reading one on this screen lowers it at once. */
describe('notifications in the browser (Chromium): the unread count drops as they are read', () => {
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  beforeAll(() => ({ stack, harness, origin } = web));

  /** Two applications of the demo applicant, accepted by the window: two unread notifications. */
  async function twoAccepted(): Promise<number> {
    const firm = await stack.token({ sub: 'firm-1', role: 'applicant', name: '' });
    const clerk = await stack.token({ sub: 'clerk-1', role: 'window', name: '' });
    for (const i of [1, 2]) {
      const form = sampleApplication({ power: { capacityKva: 100, voltage: '380V' } });
      form.applicant.companyName = `嘉定消息测试${i}有限公司`;
      const made = await stack.call('POST', '/v1/applications', { token: firm, body: form });
      expect(made.status).toBe(201);
      const accepted = await stack.call('POST', `/v1/applications/${made.body.id}/window-actions`, {
        token: clerk,
        body: { action: 'accept' },
      });
      expect(accepted.status).toBe(200);
    }
    return eventually(async () => {
      const n = (await stack.call('GET', '/v1/notifications/unread-count', { token: firm })).body.unread as number;
      return n >= 2 && n;
    });
  }

  it.each([
    ['zh', DESKTOP],
    ['en', DESKTOP],
    ['zh', PHONE],
    ['en', PHONE],
  ] as [Lang, typeof DESKTOP][])(
    '%s at %o: one read, the count drops; all read, it is gone',
    async (lang, viewport) => {
      const words = WORDS[lang];
      const unread = await twoAccepted();
      const page = await harness.open(lang, viewport);
      await harness.signIn(page, USERS.applicant, lang);
      const bell = page.getByTestId('notifications-link');
      await eventually(async () => (await bell.getAttribute('aria-label'))?.includes(words.unread(unread)), 20_000);

      await bell.click();
      await page.waitForURL(`${origin}/notifications`);
      await page.getByRole('heading', { level: 2, name: words.title }).waitFor();
      await page.getByRole('button', { name: words.markRead, exact: true }).first().click();
      // The header's count and the page's agree, without a reload.
      await eventually(async () => (await bell.getAttribute('aria-label'))?.includes(words.unread(unread - 1)), 10_000);
      await expect(page.getByRole('button', { name: words.markRead, exact: true }).count()).resolves.toBe(unread - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await harness.axe(page, `notifications (${lang}, ${viewport.width} px)`)).toEqual([]);
      await harness.shot(page, `notifications-${lang}-${viewport.width}`);

      // Read on this device is read everywhere: a second browser of the same person sees the count.
      const other = await harness.open(lang, viewport);
      await harness.signIn(other, USERS.applicant, lang);
      await eventually(
        async () =>
          (await other.getByTestId('notifications-link').getAttribute('aria-label'))?.includes(
            words.unread(unread - 1),
          ),
        20_000,
      );
      await other.context().close();

      await page.getByRole('button', { name: words.markAll }).click();
      await eventually(async () => (await bell.getAttribute('aria-label')) === words.title, 10_000);
      await expect(page.getByRole('button', { name: words.markRead, exact: true }).count()).resolves.toBe(0);
      await page.context().close();
    },
  );
});
