import { eventually } from '../support/api';
import { browserStackForFile, DESKTOP, PHONE, USERS, type Harness, type Lang } from '../support/browser';

const WORDS = {
  zh: {
    menu: '月度质量数据',
    title: '报送月度供应质量与可持续性数据',
    voltage: '电压合格率（%）',
    loss: '线损率（%）',
    renewable: '可再生能源占比（%）',
    submit: '报送',
    tooBig: '不能大于 100',
    submitted: '已报送',
    publicTitle: '供应质量与可持续性',
    missing: '待报送',
    notNumber: '第 4 行 value: 须为数字',
    recorded: '已记录：',
  },
  en: {
    menu: 'Monthly figures',
    title: "Submit the month's quality and sustainability figures",
    voltage: 'Voltage pass rate (%)',
    loss: 'Line loss rate (%)',
    renewable: 'Renewable share (%)',
    submit: 'Submit',
    tooBig: 'outside the plausible range 80–100',
    submitted: 'Submitted',
    publicTitle: 'Supply quality and sustainability',
    missing: 'Due',
    notNumber: 'Line 4 value: must be a number',
    recorded: 'Recorded: ',
  },
};

/**
 * Quality figures in Chromium, in both languages: the power provider submits last month's (an
 * implausible voltage rate refused on its field first), and anyone reads them — on a laptop and
 * on a phone — with the providers that have not submitted marked in words.
 */
describe('quality and sustainability figures in the browser', () => {
  let harness: Harness;
  let origin: string;
  const web = browserStackForFile();
  beforeAll(() => ({ harness, origin } = web));

  it.each(['zh', 'en'] as Lang[])('%s: submitted by the provider, read by anyone', async (lang) => {
    const words = WORDS[lang];
    const page = await harness.open(lang);
    await harness.signIn(page, USERS.power, lang);
    await page.goto(`${origin}/staff/quality`);
    await page.getByRole('heading', { level: 2, name: words.title }).waitFor();
    await page.getByLabel(words.voltage, { exact: true }).fill('999');
    await page.getByLabel(words.loss, { exact: true }).fill('5.2');
    await page.getByLabel(words.renewable, { exact: true }).fill('31.5');
    harness.expected4xx.add(`PUT /api/v1/quality-figures/state-grid-jiading/${lastMonth()}`);
    await page.getByRole('button', { name: words.submit, exact: true }).click();
    const error = page.locator('.ant-form-item-has-error').filter({ hasText: words.voltage });
    await error.getByText(words.tooBig).waitFor();
    // The message has finished appearing (axe would catch its fading-in colour).
    await eventually(async () => (await page.locator('.ant-form-show-help-item-appear').count()) === 0, 5_000);
    expect(await harness.axe(page, `the figures with an error (${lang})`)).toEqual([]);
    await harness.shot(page, `quality-submit-error-${lang}`);
    harness.expected4xx.delete(`PUT /api/v1/quality-figures/state-grid-jiading/${lastMonth()}`);
    await page.getByLabel(words.voltage, { exact: true }).fill('99.1');
    // By its words at the end: antd's loading icon sometimes stays in the button, faded out, when
    // headless Chromium skips the end of its leave transition ("loading 报送").
    await page.getByRole('button', { name: new RegExp(`${words.submit}$`) }).click();
    await page.getByText(words.submitted, { exact: true }).waitFor();

    // Earlier months as a CSV file: a slip is shown by line and column in the reader's language.
    // On a fresh page: headless Chromium can leave the form's button in its faded loading state.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: words.title }).waitFor();
    const month = monthsBack(lang === 'zh' ? 2 : 3);
    const csv = (renewable: string) =>
      [
        'provider_id,month,metric,value',
        `state-grid-jiading,${month},voltagePassRatePct,98.7`,
        `state-grid-jiading,${month},lineLossRatePct,5.1`,
        `state-grid-jiading,${month},renewableSharePct,${renewable}`,
      ].join('\n');
    const file = page.locator('input[type=file][accept*=csv]');
    harness.expected4xx.add('POST /api/v1/quality-figures');
    await file.setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('abc')) });
    await page.getByTestId('quality-csv-problems').getByText(words.notNumber).waitFor();
    expect(await harness.axe(page, `the CSV's problems (${lang})`)).toEqual([]);
    await harness.shot(page, `quality-csv-problems-${lang}`);
    harness.expected4xx.delete('POST /api/v1/quality-figures');
    await file.setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('30.2')) });
    await page
      .getByRole('status')
      .filter({ hasText: `${words.recorded}${month}` })
      .waitFor();
    await page.context().close();

    for (const viewport of [DESKTOP, PHONE]) {
      const reader = await harness.open(lang, viewport);
      await reader.goto(`${origin}/quality`);
      await reader.getByRole('heading', { level: 2, name: words.publicTitle }).waitFor();
      await reader.getByText('99.1', { exact: true }).waitFor();
      await reader.getByText(words.missing).first().waitFor();
      // The months before drawn as a line, its values in words for a screen reader.
      const trend = reader.locator(`[data-testid=quality-trend] svg[aria-label^="${words.voltage}"]`).first();
      expect(await trend.getAttribute('aria-label')).toContain(`${monthsBack(lang === 'zh' ? 2 : 3)}: 98.7`);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await harness.axe(reader, `the figures (${lang}, ${viewport.width} px)`)).toEqual([]);
      await harness.shot(reader, `quality-public-${lang}-${viewport.width}`);
      await reader.context().close();
    }
    expect(harness.problems).toEqual([]);
  });
});

function monthsBack(n: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1)).toISOString().slice(0, 7);
}
const lastMonth = () => monthsBack(1);
