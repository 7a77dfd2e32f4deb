import type { Page } from 'playwright-core';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { buildCalendar } from '../../libs/domain/src/calendar/official-calendar';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/local-date';
import { eventually, type Stack } from '../support/api';
import { browserStackForFile, rawText, USERS, type Harness } from '../support/browser';

const COMPANY = '上海嘉定示范制造有限公司';
/** The demo applicant's name on the sign-in page. */
const APPLICANT = USERS.applicant;

/**
 * The web app in real headless Chromium, served by the real API, with the real worker, Temporal
 * (the time-skipping server, so deadlines can pass) and Postgres: every role's main path, in
 * Chinese and in English, with no console error, no failed request and no serious axe violation.
 */
describe('the web app in a real browser', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  let harness: Harness;
  let origin: string;
  let applicationId: string;

  const web = browserStackForFile();
  beforeAll(() => ({ env, stack, harness, origin } = web));

  const open = (lang: 'zh' | 'en' = 'zh') => harness.open(lang);
  const signIn = (page: Page, name: string, lang: 'zh' | 'en' = 'zh') => harness.signIn(page, name, lang);
  const axe = async (page: Page, what: string) => expect(await harness.axe(page, what)).toEqual([]);
  const shot = (page: Page, name: string) => harness.shot(page, name);
  const expected4xx = {
    add: (k: string) => harness.expected4xx.add(k),
    delete: (k: string) => harness.expected4xx.delete(k),
  };

  it('the applicant sees every problem of the form at once, corrects them and submits once', async () => {
    const page = await open();
    await signIn(page, APPLICANT);
    await page.getByRole('link', { name: '一表申请' }).first().click();
    await page.getByLabel('企业名称').fill(COMPANY);
    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y44'); // wrong check character
    await page.getByLabel('联系人').fill('王芳');
    await page.getByLabel('手机号码').fill('12345');
    await page.getByLabel('详细地址').fill('嘉定区安亭镇墨玉路 100 号');
    await page.getByRole('checkbox', { name: '电力' }).check();
    await page.getByRole('checkbox', { name: '供水' }).check();
    await page.getByLabel('用电容量（kVA）').fill('100');
    // voltage left out; water left empty
    await page.getByRole('button', { name: '提交申请' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '请修改标出的' });
    await alert.waitFor();
    const fieldErrors = page.locator('.ant-form-item-explain-error');
    await expect(fieldErrors.count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(page.locator('.ant-form-item-has-error').getByLabel('手机号码').count()).resolves.toBe(1);
    await expect(page.locator('.ant-form-item-has-error').getByLabel('统一社会信用代码').count()).resolves.toBe(1);
    // Checked in the browser by the API's own rules: nothing was sent.
    expect(harness.requests.filter((r) => r === 'POST /api/v1/applications')).toEqual([]);
    await shot(page, 'applicant-form-errors-zh');
    await axe(page, 'the one form with errors');

    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
    await page.getByLabel('手机号码').fill('13812345678');
    await page.getByLabel('电压等级').click();
    await page.getByTitle('380V').click();
    await page.getByLabel('管径（mm）').fill('50');
    await page.getByLabel('日用水量（m³）').fill('20');
    await page.getByRole('button', { name: '提交申请' }).dblclick(); // a double click: one application
    await page.waitForURL(/\/applicant\/[0-9a-f-]{36}$/);
    applicationId = page.url().split('/').pop()!;
    await page.getByText(COMPANY).first().waitFor();
    const mine = await stack.call('GET', '/v1/applications', {
      token: await stack.token({ sub: 'firm-1', role: 'applicant', name: '' }),
    });
    expect(mine.body.total).toBe(1);
    await page.context().close();
  });

  it('the window accepts the application and schedules the joint survey on a working day', async () => {
    const page = await open();
    await signIn(page, '窗口 · 张敏');
    await page.getByRole('button', { name: `受理 ${COMPANY}` }).click();
    await page.getByRole('dialog').filter({ hasText: '确认受理' }).getByRole('button', { name: '受理' }).click();
    await page.getByText('已保存').first().waitFor();
    await page.getByRole('button', { name: '安排联合踏勘' }).click();
    // The next working day at 10:00 (Asia/Shanghai), typed into the date picker.
    const calendar = buildCalendar();
    let day = addDays(shanghaiDate(new Date()), 1);
    while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
    const picker = page.getByLabel('踏勘时间');
    await picker.click();
    await shot(page, 'window-date-picker-zh');
    await picker.fill(`${day} 10:00`);
    await picker.press('Enter'); // confirms the date, and submits the dialog's form
    await page.getByRole('dialog', { name: /安排联合踏勘/ }).waitFor({ state: 'hidden' });
    const appointment = await eventually(async () => {
      const r = await stack.call('GET', `/v1/applications/${applicationId}`, { token: await adminToken() });
      return r.body.surveyAppointmentAt;
    });
    expect(appointment).toBe(new Date(`${day}T10:00:00+08:00`).toISOString());
    await page.context().close();
  });

  it('two providers act; a quote that charges outside the red line is refused by the zero-burden rule, shown in the form', async () => {
    await env.sleep('3 days'); // past the appointment: the providers' clocks run
    const power = await open();
    await signIn(power, '国网嘉定 · 李工');
    await power.getByRole('button', { name: '录入踏勘结果' }).click();
    const dialog = power.getByRole('dialog');
    await dialog.getByLabel('踏勘结果').fill('配电房位置已确认');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await power.getByRole('button', { name: '提交方案与报价' }).click();
    await dialog.getByLabel('方案说明').fill('低压接入，新建电缆分支箱');
    await dialog.getByLabel('项目').fill('红线外电缆敷设');
    await dialog.getByLabel('金额（元）').fill('5000');
    await dialog.getByRole('switch', { name: '红线外' }).click();
    expected4xx.add(`POST /api/v1/applications/${applicationId}/services/power/actions`);
    await power
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    const refusal = power.getByTestId('refusal');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('违反“零负担”规定');
    await expect(dialog.locator('.ant-form-item-has-error').getByLabel('金额（元）').count()).resolves.toBe(1);
    await shot(power, 'staff-zero-burden-zh');
    await dialog.getByLabel('金额（元）').fill('0');
    expected4xx.delete(`POST /api/v1/applications/${applicationId}/services/power/actions`);
    await power
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    // Saved once the dialog closes (an earlier "已保存" may still be on screen).
    await power.getByRole('dialog').waitFor({ state: 'hidden' });
    await power.getByText('已保存').first().waitFor();
    await power.context().close();

    const water = await open();
    await signIn(water, '嘉定自来水 · 王工');
    await water.getByRole('button', { name: '录入踏勘结果' }).click();
    await water.getByRole('dialog').getByLabel('踏勘结果').fill('水表井位置已确认');
    await water
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await water.getByRole('dialog').waitFor({ state: 'hidden' });
    await water.getByText('已保存').first().waitFor();
    await water.context().close();
  });

  it('the applicant sees each utility’s lane advance and the timeline', async () => {
    const page = await open();
    await signIn(page, APPLICANT);
    await page.goto(`${origin}/applicant/${applicationId}`);
    const power = page.getByTestId('lane-power');
    await power.getByText('电力 · 国网嘉定供电公司').waitFor(); // the provider by the catalog's name
    await power.getByText('申请人承担').first().waitFor();
    await expect(power.textContent()).resolves.toContain('申请人承担');
    await expect(page.getByTestId('lane-water').textContent()).resolves.toContain('方案与报价');
    // The full record is one click away, grouped by the window and each utility, in words.
    await page
      .getByTestId('timeline')
      .getByText(/查看全部办理记录/)
      .click();
    await page.getByTestId('timeline').locator('.ant-timeline-item').first().waitFor();
    await expect(page.getByTestId('timeline').locator('.ant-timeline-item').count()).resolves.toBeGreaterThan(8);
    await expect(page.getByTestId('timeline').textContent()).resolves.toContain('方案已提交');
    await shot(page, 'applicant-application-zh');
    await axe(page, 'the application page');
    await page.context().close();
  });

  it('an admin waives a breach with a reason and sees the ledger change', async () => {
    await env.sleep('10 days'); // the water plan (3 working days) is now days late and accruing
    const page = await open();
    await signIn(page, '营商办 · 管理员');
    const row = page.getByRole('row').filter({ hasText: '供水' }).filter({ hasText: '方案与报价' });
    await row.getByRole('button', { name: /审核/ }).click();
    await page.getByRole('dialog').getByText('免除').click();
    const warning = page.getByRole('dialog').getByText(/免除将冲回已计补偿 ¥/);
    await warning.waitFor();
    await page.getByRole('dialog').getByLabel('原因').fill('申请人要求暂缓施工，经核实');
    await shot(page, 'admin-waive-zh');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已保存').first().waitFor();
    await page.getByRole('link', { name: '补偿台账' }).click();
    await page.getByTestId('ledger').getByText('已免除').first().waitFor();
    // The totals come from their own request: wait for them to show the waiver, don't race them.
    await page.getByTestId('waived-total').filter({ hasNotText: '¥0.00' }).waitFor();
    await axe(page, 'the ledger');
    await page.context().close();
  });

  it('the public page shows the published limits, in Chinese and in English', async () => {
    const page = await open();
    await page.goto(`${origin}/`);
    const limits = page.getByTestId('limits');
    await limits.getByText('低压非居民').waitFor();
    await expect(limits.textContent()).resolves.toContain('6 个工作日');
    await axe(page, 'the public page');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Published time limits' }).waitFor();
    await expect(limits.textContent()).resolves.toContain('6 working days');
    await expect(limits.textContent()).resolves.toContain('Low voltage, non-residential');
    await axe(page, 'the public page in English');
    await page.context().close();
  });

  it('the one form can be completed with the keyboard alone, with a visible focus', async () => {
    const page = await open();
    await signIn(page, APPLICANT);
    await page.goto(`${origin}/applicant/new`);
    await page.getByLabel('企业名称').focus(); // from here on, only keys
    const type = async (text: string) => {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };
    await type('嘉定键盘科技有限公司');
    await type('91350100M000100Y43');
    await type('李雷');
    await type('13912345678');
    await page.keyboard.press('Tab'); // email is optional
    await type('嘉定区曹安公路 1 号');
    await page.keyboard.press('Tab'); // the district is filled in
    await page.keyboard.press('Space'); // tick power
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // past water, gas, broadband
    await type('100');
    // The voltage: open the list, take the first (220V), move on.
    await page.keyboard.press('ArrowDown');
    // Keys only, but in step with the list: Enter once it is open, Tab once it has closed.
    const list = page.locator('.ant-select-dropdown').filter({ hasText: '220V' });
    await list.waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await list.waitFor({ state: 'hidden' });
    await page.getByTitle('220V').first().waitFor(); // chosen
    // On to the submit button (past the supply, single as it is).
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          text: el.textContent,
          outline: getComputedStyle(el).outlineStyle,
          visible: el.matches(':focus-visible'),
        };
      });
    let focused = await active();
    for (let i = 0; i < 8 && focused.text !== '提交申请'; i++) {
      await page.keyboard.press('Tab');
      focused = await active();
    }
    expect(focused.text).toBe('提交申请');
    expect(focused).toMatchObject({ visible: true }); // keyboard focus…
    expect(focused.outline).not.toBe('none'); // …drawn as an outline
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/applicant\/[0-9a-f-]{36}$/);
    await page.getByText('嘉定键盘科技有限公司').first().waitFor();
    await page.context().close();
  });

  it('provider staff report an interruption and see what each account is owed', async () => {
    const columns =
      'account_no,utility,provider_id,customer_id,customer_type,address,district,lat,lng,tariff,energy_fen_per_kwh,capacity_kw,load_factor,recent_kwh,recent_hours,contracted,opened_at';
    const rows = ['K1', 'K2'].map(
      (no) =>
        `${no},power,state-grid-jiading,c-${no},residential,1 Bolu Road,嘉定区,,,single-part,,8,0.3,,,,2024-01-01T00:00:00+08:00`,
    );
    const imported = await stack.call('POST', '/v1/accounts/import', {
      token: await adminToken(),
      rawBody: [columns, ...rows].join('\r\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect([201, 409]).toContain(imported.status); // 409: a retried test imported them already
    const page = await open();
    await signIn(page, '国网嘉定 · 李工');
    // A provider's supply pages are grouped under one menu entry.
    await openFromGroup(page, '供应服务', '停供事件');
    await page.getByRole('button', { name: '报告停供' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('事件编号').fill('INC-UI-1');
    // 26 hours without supply, ended an hour ago (Shanghai wall-clock time).
    const at = (hoursAgo: number) =>
      new Date(Date.now() - hoursAgo * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await dialog.getByLabel('开始时间').fill(at(27));
    await dialog.getByLabel('开始时间').press('Tab');
    await dialog.getByLabel('恢复时间').fill(at(1));
    await dialog.getByLabel('恢复时间').press('Tab');
    await dialog.getByLabel('户号（以空格或逗号分隔）').fill('K1 K2');
    await dialog.getByLabel('原因').fill('电缆故障');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'INC-UI-1' });
    await row.waitFor();
    // Residential power, 26 hours: ¥50 after 12 hours + ¥25 for the next 12 = ¥75 per account, ¥150 in all.
    await row.getByText('¥150.00').waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    const owed = page.getByTestId(/^compensation-/);
    await owed.getByRole('cell', { name: 'K2', exact: true }).waitFor();
    await expect(owed.textContent()).resolves.toContain('¥75.00');
    await shot(page, 'staff-interruptions-zh');
    await axe(page, 'the interruptions page');
    // How K2's ¥75 was worked out, from the rule for a residential account.
    await owed.getByRole('button', { name: 'K2：赔付怎么算？' }).click();
    await page
      .getByRole('dialog', { name: '恢复供应期限说明' })
      .getByTestId('explanation-lines')
      .getByText('户号 K2：停供 26 小时：满 12 小时 赔 ¥50.00，此后每满 12 小时 加 ¥25.00（1 次）= ¥75.00 → ¥75.00。')
      .waitFor();
    await axe(page, 'an interruption explained');
    await page.context().close();
  });

  it('an admin imports accounts (every problem listed, nothing half-imported) and assesses a reliability plan', async () => {
    const columns =
      'account_no,utility,provider_id,customer_id,customer_type,address,district,lat,lng,tariff,energy_fen_per_kwh,capacity_kw,load_factor,recent_kwh,recent_hours,contracted,opened_at';
    const line = (no: string, tariff: string) =>
      `${no},power,state-grid-jiading,c-${no},residential,2 Bolu Road,嘉定区,,,${tariff},,8,0.3,,,,2024-01-01T00:00:00+08:00`;
    const page = await open();
    await signIn(page, '营商办 · 管理员');
    // The district's rules and data are grouped under one menu entry.
    await openFromGroup(page, '规则与数据', '户号与可靠性');
    expected4xx.add('POST /api/v1/accounts/import');
    await page.locator('input[type=file]').setInputFiles({
      name: 'accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([columns, line('M1', 'single-part'), line('M2', '')].join('\r\n')),
    });
    await expect(page.getByTestId('import-problems').textContent()).resolves.toContain('rows.3.tariff');
    expected4xx.delete('POST /api/v1/accounts/import');
    const accounts = await stack.call('GET', '/v1/accounts?providerId=state-grid-jiading', {
      token: await adminToken(),
    });
    expect(accounts.body.items.map((a: { accountNo: string }) => a.accountNo)).not.toContain('M1'); // none imported
    await page.locator('input[type=file]').setInputFiles({
      name: 'accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([columns, line('M1', 'single-part'), line('M2', 'two-part')].join('\r\n')),
    });
    await page.getByText('已导入 2 户').waitFor();

    await page.getByRole('button', { name: '设定年度计划' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('供应单位').click();
    await page.getByTitle(/电力 ·/).click();
    await dialog.getByLabel('年度').fill('2025');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const plan = page.getByTestId('plans').getByRole('row').filter({ hasText: '2025' });
    await plan.getByRole('button', { name: '年度考核' }).click();
    await page.getByRole('dialog').filter({ hasText: '确认对' }).getByRole('button', { name: '年度考核' }).click();
    // No interruption in 2025 in this database: SAIDI 0 against 300, no penalty.
    await plan.getByText('¥0.00').waitFor();
    await expect(plan.textContent()).resolves.toContain('SAIDI 0.0');
    await axe(page, 'accounts and reliability');
    await page.context().close();
  });

  let calendarAttempt = 0;
  it('an admin loads a calendar year, and replacing a known year asks for confirmation first', async () => {
    // A year of its own on each attempt: a retry must not meet the first attempt's year (a 409).
    const year = String(2031 + calendarAttempt++);
    const page = await open();
    await signIn(page, '营商办 · 管理员');
    // The district's rules and data are grouped under one menu entry.
    await openFromGroup(page, '规则与数据', '工作日历');
    const load = async (holidays: string) => {
      await page.getByRole('button', { name: '导入年度日历' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('年度').fill(year);
      await dialog.getByLabel('节假日（YYYY-MM-DD，以空格或逗号分隔）').fill(holidays);
      await dialog.getByLabel('依据').fill('国办发明电〔2030〕测试号');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
    };
    await load(`${year}-01-01 ${year}-10-01`);
    const row = page.getByTestId('calendar-years').getByRole('row').filter({ hasText: year });
    await row.getByText('管理员导入').waitFor();
    expected4xx.add('POST /api/v1/calendar/years');
    await load(`${year}-01-01 ${year}-10-01 ${year}-10-02`);
    await page.getByRole('button', { name: '替换该年度' }).click();
    await page.getByRole('button', { name: '替换该年度' }).waitFor({ state: 'hidden' });
    await row.getByRole('cell', { name: '3', exact: true }).waitFor(); // three holidays now
    expected4xx.delete('POST /api/v1/calendar/years');
    await axe(page, 'the calendar');
    await page.context().close();
  });

  it('every main page in both languages: screenshots, and no serious accessibility violation', async () => {
    const pages: [string, string | null, string][] = [
      ['public', null, '/'],
      ['sign-in', null, '/login'],
      ['applicant-form', APPLICANT, '/applicant/new'],
      ['applicant-list', APPLICANT, '/applicant'],
      ['applicant-application', APPLICANT, `/applicant/${applicationId}`],
      ['window-inbox', '窗口 · 张敏', '/window'],
      ['staff-tasks', '国网嘉定 · 李工', '/staff'],
      ['staff-interruptions', '国网嘉定 · 李工', '/staff/interruptions'],
      ['agency-permits', '路政 · 周科', '/agency'],
      ['admin-applications', '营商办 · 管理员', '/admin/applications'],
      ['admin-breaches', '营商办 · 管理员', '/admin/breaches'],
      ['admin-ledger', '营商办 · 管理员', '/admin/ledger'],
      ['admin-kpis', '营商办 · 管理员', '/admin/kpis'],
      ['admin-catalog', '营商办 · 管理员', '/admin/catalog'],
      ['admin-service', '营商办 · 管理员', '/admin/service'],
      ['admin-calendar', '营商办 · 管理员', '/admin/calendar'],
    ];
    const raw: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const page = await open(lang);
      let who: string | null = null;
      for (const [name, user, url] of pages) {
        if (user && user !== who) {
          await signIn(page, user, lang);
          who = user;
        }
        await page.goto(`${origin}${url}`);
        await page.locator('main h2').first().waitFor();
        await shot(page, `${name}-${lang}`);
        await axe(page, `${name} (${lang})`);
        raw.push(...(await rawText(page, name, lang)));
      }
      await page.context().close();
    }
    // No code, raw timestamp or validator English on any of them, with the data the steps made.
    expect(raw).toEqual([]);
  });

  async function adminToken() {
    return stack.token({ sub: 'admin-1', role: 'admin', name: '' });
  }
});

/**
 * A page under one of the menu's groups: hovered until its popup shows the link (a hover while the
 * bar is still laying itself out opens nothing), then clicked.
 */
async function openFromGroup(page: Page, group: string, link: string) {
  const target = page.getByRole('link', { name: link });
  await eventually(async () => {
    await page.getByRole('menuitem', { name: group }).hover();
    return target.isVisible();
  }, 20_000);
  await target.click();
}
