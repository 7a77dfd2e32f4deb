import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/local-date';
import { sampleApplication } from '../../seeds/sample-application';
import { eventually, type Stack } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

const WORDS = {
  zh: { title: '消息', unread: (n: number) => `${n} 条未读`, markRead: '标为已读', markAll: '全部标为已读' },
  en: { title: 'Notifications', unread: (n: number) => `${n} unread`, markRead: 'Mark read', markAll: 'Mark all read' },
};

/**
 * What the district answers to the public for, in Chromium, in both languages, at 1366 and 390 px:
 * notifications read per person (the count is the API's, not the browser's), tariff changes.
 */
describe('accountable to the public, in the browser', () => {
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

  const TARIFF = {
    zh: {
      publish: '发布价格调整',
      reference: '文件编号',
      titleZh: '标题（中文）',
      titleEn: '标题（英文）',
      summaryZh: '调整内容（中文，将公开）',
      summaryEn: '调整内容（英文，将公开）',
      date: '执行日期',
      announce: '发布公告',
      list: '价格调整公告',
      upcoming: '即将执行 · 还有 30 天',
      required: '请填写此项',
    },
    en: {
      publish: 'Announce a tariff change',
      reference: 'Document number',
      titleZh: 'Title (Chinese)',
      titleEn: 'Title (English)',
      summaryZh: 'What changes (Chinese, published)',
      summaryEn: 'What changes (English, published)',
      date: 'Takes effect',
      announce: 'Announce',
      list: 'Tariff change notices',
      upcoming: 'Upcoming · in 30 days',
      required: 'Required',
    },
  };

  it.each(['zh', 'en'] as Lang[])(
    'a provider announces a tariff change 30 days ahead (%s); anyone reads it, on a desktop and on a phone',
    async (lang) => {
      const words = TARIFF[lang];
      const page = await harness.open(lang);
      await harness.signIn(page, USERS.power, lang);
      await page.goto(`${origin}/staff/tariffs`);
      await page.getByRole('heading', { level: 2, name: words.publish }).waitFor();
      // A provider's bar holds every item on one line at 1366 px.
      expect((await page.locator('nav[aria-label="main"] ul').first().boundingBox())!.height).toBeLessThanOrEqual(64);
      // Nothing filled: every required field says so, in the reader's language, before anything is sent.
      const sent = harness.requests.length;
      await page.getByRole('button', { name: words.announce, exact: true }).click();
      await page.getByText(words.required).first().waitFor();
      expect(await page.getByText(words.required).count()).toBeGreaterThanOrEqual(6);
      expect(harness.requests.slice(sent).filter((r) => r.startsWith('POST '))).toEqual([]);

      const titleZh = `居民生活用电价格调整（${lang}）`;
      const title = `Residential electricity price adjustment (${lang})`;
      await page.getByLabel(words.reference).fill(`HJ-2027-${lang}`);
      await page.getByLabel(words.titleZh).fill(titleZh);
      await page.getByLabel(words.titleEn).fill(title);
      await page.getByLabel(words.summaryZh).fill('第一档电价由每千瓦时0.617元调整为0.635元。');
      await page.getByLabel(words.summaryEn).fill('The first tier goes from 0.617 to 0.635 yuan per kWh.');
      const picker = page.getByLabel(words.date);
      await picker.click();
      await picker.fill(addDays(shanghaiDate(new Date()), 30));
      await picker.press('Tab'); // takes the typed day and closes the calendar (Enter would submit the form)
      await eventually(async () => (await page.locator('.ant-picker-dropdown:visible').count()) === 0, 5_000);
      expect(await harness.axe(page, `the tariff form (${lang})`)).toEqual([]);
      await harness.shot(page, `tariff-form-${lang}`);
      await page.getByRole('button', { name: words.announce, exact: true }).click();
      // Confirmed first: everyone affected is told at once.
      await page.getByRole('dialog').getByRole('button', { name: words.announce }).click();
      await page.waitForURL(`${origin}/tariffs`);
      await page.getByRole('heading', { level: 3, name: lang === 'zh' ? titleZh : title }).waitFor();
      await page.getByText(words.upcoming).first().waitFor();
      await page.context().close();

      // Anyone, signed in or not, on a desktop and on a phone.
      for (const viewport of [DESKTOP, PHONE]) {
        const reader = await harness.open(lang, viewport);
        await reader.goto(`${origin}/tariffs`);
        await reader.getByRole('heading', { level: 2, name: words.list }).waitFor();
        await reader.getByRole('heading', { level: 3, name: lang === 'zh' ? titleZh : title }).waitFor();
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(await harness.axe(reader, `the tariff list (${lang}, ${viewport.width} px)`)).toEqual([]);
        await harness.shot(reader, `tariffs-${lang}-${viewport.width}`);
        await reader.context().close();
      }
    },
  );

  it.each(['zh', 'en'] as Lang[])(
    'a provider withdraws an announced change before its day (%s): why is required, checked, and shown to everyone',
    async (lang) => {
      const words =
        lang === 'zh'
          ? {
              withdraw: '撤回',
              reasonZh: '撤回原因（中文）',
              reasonEn: '撤回原因（英文）',
              withdrawn: '已撤回',
              said: '价格主管部门已暂停本次调整',
            }
          : {
              withdraw: 'Withdraw',
              reasonZh: 'Why it will not happen (Chinese)',
              reasonEn: 'Why it will not happen (English)',
              withdrawn: 'Withdrawn',
              said: 'The pricing authority has suspended the change',
            };
      const title = `Gas price change to withdraw (${lang})`;
      const titleZh = `待撤回的电价调整（${lang}）`;
      const staff = await stack.token({ sub: 'staff-power', role: 'staff', name: '', provider: 'state-grid-jiading' });
      const published = await stack.call('POST', '/v1/tariff-notices', {
        token: staff,
        body: {
          reference: `HJ-WD-${lang}`,
          utility: 'power',
          title,
          titleZh,
          summary: 'The first tier goes up.',
          summaryZh: '第一档电价上调。',
          effectiveDate: addDays(shanghaiDate(new Date()), 35),
          customerTypes: ['residential'],
        },
      });
      expect([200, 201]).toContain(published.status);

      const page = await harness.open(lang);
      await harness.signIn(page, USERS.power, lang);
      await page.goto(`${origin}/staff/tariffs`);
      const card = page
        .locator('.ant-card')
        .filter({ has: page.getByRole('heading', { level: 3, name: lang === 'zh' ? titleZh : title }) })
        .last(); // the notice's own card, not the list's around it
      await card.getByRole('button', { name: words.withdraw, exact: true }).click();
      const dialog = page.getByRole('dialog');
      // A mobile number in the public reason comes back on its field, in the reader's language.
      await dialog.getByLabel(words.reasonZh).fill('详询王工 13812345678');
      await dialog.getByLabel(words.reasonEn).fill(`${words.said}.`);
      harness.expected4xx.add(`POST /api/v1/tariff-notices/${published.body.id}/withdrawal`);
      await dialog.getByRole('button', { name: new RegExp(`${words.withdraw}$`) }).click();
      await dialog.locator('.ant-form-item-has-error').filter({ hasText: words.reasonZh }).waitFor();
      await eventually(async () => (await page.locator('.ant-form-show-help-item-appear').count()) === 0, 5_000);
      expect(await harness.axe(page, `withdrawing a tariff change (${lang})`)).toEqual([]);
      await harness.shot(page, `tariff-withdraw-${lang}`);
      harness.expected4xx.delete(`POST /api/v1/tariff-notices/${published.body.id}/withdrawal`);
      await dialog.getByLabel(words.reasonZh).fill('价格主管部门已暂停本次调整。');
      await dialog.getByRole('button', { name: new RegExp(`${words.withdraw}$`) }).click();
      await dialog.waitFor({ state: 'detached' });
      await card.getByText(words.withdrawn, { exact: true }).waitFor();
      await expect(card.getByRole('button', { name: words.withdraw, exact: true }).count()).resolves.toBe(0);
      await page.context().close();

      const reader = await harness.open(lang, PHONE);
      await reader.goto(`${origin}/tariffs`);
      const shown = reader
        .locator('.ant-card')
        .filter({ has: reader.getByRole('heading', { level: 3, name: lang === 'zh' ? titleZh : title }) })
        .last();
      await shown.getByTestId('tariff-withdrawal').filter({ hasText: words.said }).waitFor();
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await harness.axe(reader, `a withdrawn tariff change (${lang}, 390 px)`)).toEqual([]);
      await harness.shot(reader, `tariff-withdrawn-${lang}-390`);
      await reader.context().close();
      expect(harness.problems).toEqual([]);
    },
  );

  it.each(['zh', 'en'] as Lang[])(
    'satisfaction (%s): the share of 4–5 against 98 %%, per provider, flagged below it in words, on a desktop and a phone',
    async (lang) => {
      // Seven power-and-water applications rated 5, 5, 4, 5, 2, 4, 5: 6 of 7 satisfied = 85.7 %.
      const q = (sql: string, params: unknown[]) => stack.db.dataSource.query(sql, params);
      const [{ n }] = await q(`SELECT count(*)::int AS n FROM events WHERE type = 'ServiceRated'`, []);
      if (n === 0)
        for (const [i, score] of [5, 5, 4, 5, 2, 4, 5].entries()) {
          const id = `00000000-0000-4000-8000-00000000000${i}`;
          for (const [utility, provider] of [
            ['power', 'state-grid-jiading'],
            ['water', 'jiading-water'],
          ])
            await q(
              `INSERT INTO application_services (application_id, utility, provider_id, category, phase, updated_at)
               VALUES ($1, $2, $3, 'low-voltage', 'connected', now())`,
              [id, utility, provider],
            );
          await q(
            `INSERT INTO events (stream_id, stream_version, event_id, type, data)
             VALUES ($1, 1, gen_random_uuid(), 'ServiceRated', $2)`,
            [`application-${id}`, { score, at: new Date().toISOString() }],
          );
        }
      const words =
        lang === 'zh'
          ? {
              below: '低于目标',
              caption: '各供应单位满意度',
              power: '国网嘉定供电公司 · 电力',
              bySource: '按评价事项的满意率',
              connection: '接入办理',
              complaint: '投诉处理',
              tooFew: '满 5 条评价后公布',
            }
          : {
              below: 'Below target',
              caption: 'Satisfaction by provider',
              power: 'State Grid Shanghai Jiading · Power',
              bySource: 'Satisfaction by what was rated',
              connection: 'a connection',
              complaint: "a complaint's handling",
              tooFew: 'shown from 5 ratings',
            };
      for (const viewport of [DESKTOP, PHONE]) {
        const reader = await harness.open(lang, viewport);
        await reader.goto(`${origin}/`);
        const table = reader.getByRole('table', { name: words.caption });
        const power = table.getByRole('row').filter({ hasText: words.power });
        await power.waitFor();
        expect(await power.innerText()).toMatch(new RegExp(`7\\s+85\\.7 %\\s+${words.below}`));
        // By what was rated: the seven connections; no complaint rated, so nothing shown for it.
        const sources = reader.getByRole('table', { name: words.bySource });
        expect(await sources.getByRole('row').filter({ hasText: words.connection }).innerText()).toMatch(
          new RegExp(`7\\s+85\\.7 %\\s+${words.below}`),
        );
        expect(await sources.getByRole('row').filter({ hasText: words.complaint }).innerText()).toContain(words.tooFew);
        // The headline figure is the share too, never an average out of 5.
        await reader.getByText('85.7 %', { exact: true }).first().waitFor();
        expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        expect(await harness.axe(reader, `satisfaction (${lang}, ${viewport.width} px)`)).toEqual([]);
        await harness.shot(reader, `satisfaction-${lang}-${viewport.width}`);
        await reader.context().close();
      }
    },
  );
});
