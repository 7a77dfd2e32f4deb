import { currentCalendar } from '../../libs/persistence/src/catalog/calendar-store';
import { firstWorkingDay, publishMonthlyReport } from '../../libs/persistence/src/service/reports-store';
import { stackForFile } from '../support/api';

/** YYYY-MM of the month `back` months before this one (Asia/Shanghai). */
const monthBefore = (back: number) => {
  const now = new Date(Date.now() + 8 * 3_600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
};

/**
 * Supply quality and sustainability figures through the real API: submitted by a provider for a
 * month that is over, every implausible or missing figure listed, published with the twelve-month
 * trend; a provider that has not submitted when the month's report is made has missed the limit,
 * once; the report carries the figures, the connection costs and the small gas category's share.
 */
describe('quality and sustainability figures', () => {
  const env = stackForFile();
  const put = (token: string, provider: string, month: string, body: unknown) =>
    env.stack.call('PUT', `/v1/quality-figures/${provider}/${month}`, { token, body });
  const last = monthBefore(1);
  const power = { voltagePassRatePct: 99.1, lineLossRatePct: 5.2, renewableSharePct: 31.5 };

  it('lists every problem of an implausible month, keeps the latest of a plausible one, and shows the trend', async () => {
    const { tokens } = env;
    const bad = await put(tokens.power, 'state-grid-jiading', last, { voltagePassRatePct: 991, lineLossRatePct: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string; rule: string }) => `${d.path}:${d.rule}`).sort()).toEqual([
      'lineLossRatePct:too_small',
      'renewableSharePct:required',
      'voltagePassRatePct:too_big',
    ]);
    expect((await put(tokens.power, 'jiading-water', last, power)).status).toBe(403);
    expect((await put(tokens.power, 'state-grid-jiading', monthBefore(0), power)).status).toBe(409);
    expect(
      (await put(tokens.power, 'state-grid-jiading', monthBefore(2), { ...power, renewableSharePct: 28 })).status,
    ).toBe(200);
    expect((await put(tokens.power, 'state-grid-jiading', last, { ...power, lineLossRatePct: 9 })).body.version).toBe(
      1,
    );
    const replaced = await put(tokens.power, 'state-grid-jiading', last, power);
    expect(replaced.body).toMatchObject({ utility: 'power', month: last, version: 2 });

    const published = await env.stack.call('GET', `/v1/public/quality?month=${last}`);
    expect(published.status).toBe(200);
    const byProvider = Object.fromEntries(
      published.body.providers.map((p: { providerId: string }) => [p.providerId, p]),
    );
    expect(byProvider['state-grid-jiading']).toMatchObject({ submitted: true, figures: power });
    expect(byProvider['state-grid-jiading'].trend.renewableSharePct).toEqual([
      { month: monthBefore(2), value: 28 },
      { month: last, value: 31.5 },
    ]);
    // Not yet submitted, and the month's report not made yet: due, not missed.
    expect(byProvider['jiading-water']).toMatchObject({ submitted: false, status: 'due', figures: null });
    expect(byProvider['state-grid-jiading'].status).toBe('submitted');
    // A month outside any record is a 400 naming it (the fuzzer's 0000-01 was a 500); one before
    // the first catalog is answered with today's providers, none submitted.
    const ancient = await env.stack.call('GET', '/v1/public/quality?month=0000-01');
    expect(ancient.status).toBe(400);
    expect(ancient.body.error.details[0].path).toBe('query.month');
    const early = await env.stack.call('GET', '/v1/public/quality?month=2001-01');
    expect(early.status).toBe(200);
    expect(early.body.providers.every((p: { submitted: boolean }) => !p.submitted)).toBe(true);
  });

  it("a provider without its figures when the month's report is made has missed the limit, once", async () => {
    const db = env.stack.db.dataSource;
    const calendar = await currentCalendar(db);
    const day = firstWorkingDay(monthBefore(0), calendar);
    const nominalAt = new Date(`${day}T01:00:00+08:00`).toISOString();
    const first = await publishMonthlyReport(db, calendar, { nominalAt });
    expect(first).toMatchObject({ published: true, reportId: last });
    await publishMonthlyReport(db, calendar, { nominalAt }); // the Schedule runs again: nothing more
    const breaches = await env.stack.call('GET', '/v1/breaches?pageSize=100', { token: env.tokens.admin });
    const quality = breaches.body.items.filter((b: { stage: string }) => b.stage === 'quality-figures');
    expect(quality.map((b: { party: { id: string } }) => b.party.id).sort()).toEqual([
      'jiading-gas',
      'jiading-water',
      'telecom-jiading',
    ]);
    const after = await env.stack.call('GET', `/v1/public/quality?month=${last}`);
    const statuses = Object.fromEntries(
      after.body.providers.map((p: { providerId: string; status: string }) => [p.providerId, p.status]),
    );
    expect(statuses).toEqual({
      'state-grid-jiading': 'submitted',
      'jiading-water': 'missed',
      'jiading-gas': 'missed',
      'telecom-jiading': 'missed',
    });
    const report = await env.stack.call('GET', `/v1/public/reports/${last}`);
    expect(report.body.format).toBe(2);
    expect(
      report.body.quality.find((q: { providerId: string }) => q.providerId === 'state-grid-jiading'),
    ).toMatchObject({ submitted: true, figures: power });
    expect(report.body.smallGas).toEqual({ gasApplications: 0, smallStandardized: 0, share: null });
    const csv = await fetch(`${env.stack.api.url}/v1/public/reports/${last}?format=csv`).then((r) => r.text());
    expect(csv).toContain(`${last},quality,power,state-grid-jiading,voltagePassRatePct,99.1`);
    expect(csv).toContain(`${last},quality,water,jiading-water,submitted,false`);
  });

  it('takes months of figures as CSV: every problem of every line and month listed and nothing recorded, else all', async () => {
    const { tokens } = env;
    const [m3, m4] = [monthBefore(3), monthBefore(4)];
    const upload = (token: string, csv: string) =>
      env.stack.call('POST', '/v1/quality-figures', {
        token,
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      });
    const lines = (rows: string[]) => ['provider_id,month,metric,value', ...rows].join('\r\n') + '\r\n';
    const bad = await upload(
      tokens.power,
      lines([
        `state-grid-jiading,${m3},voltagePassRatePct,99.5`,
        `state-grid-jiading,${m3},voltagePassRatePct,99.6`, // twice
        `state-grid-jiading,${m3},lineLossRatePct,25`, // implausible
        `state-grid-jiading,${m3},steam,3`, // not a power figure
        `jiading-water,${m3},pressurePassRatePct,98`, // not its own
        `state-grid-jiading,${monthBefore(0)},lineLossRatePct,5`, // not over
        `state-grid-jiading,${m4},renewableSharePct,about thirty`,
        `state-grid-jiading,${m3}`,
        // m3 has no renewable share; m4 has nothing it can use
      ]),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string; rule: string }) => `${d.path}:${d.rule}`)).toEqual([
      'rows.3.metric:duplicate',
      'rows.5.metric:unknown',
      'rows.6.provider_id:forbidden',
      'rows.7.month:not_over',
      'rows.8.value:number',
      'rows.9:cell_count',
      `months.state-grid-jiading.${m3}.lineLossRatePct:range`,
      `months.state-grid-jiading.${m3}.renewableSharePct:required`,
    ]);
    expect(bad.body.error.messageZh).toContain('未记录');
    const untouched = await env.stack.call('GET', `/v1/public/quality?month=${m3}`);
    expect(untouched.body.providers.every((p: { submitted: boolean }) => !p.submitted)).toBe(true);
    expect((await upload(tokens.power, 'month,figure\r\n')).body.error.details[0]).toMatchObject({
      path: 'header',
      rule: 'columns',
    });
    const json = await env.stack.call('POST', '/v1/quality-figures', { token: tokens.power, body: { a: 1 } });
    expect(json.status).toBe(400);
    expect(json.body.error.details[0].rule).toBe('csv_required');

    const good = await upload(
      tokens.power,
      lines(
        [m3, m4].flatMap((m, i) => [
          `state-grid-jiading,${m},voltagePassRatePct,${99 - i}`,
          `state-grid-jiading,${m},lineLossRatePct,5.5`,
          `state-grid-jiading,${m},renewableSharePct,30`,
        ]),
      ),
    );
    expect(good.status).toBe(201);
    expect(good.body.submitted.map((s: { month: string }) => s.month).sort()).toEqual([m4, m3]);
    // The district may send any provider's figures; a provider may not.
    const water = lines([
      `jiading-water,${m3},pressurePassRatePct,97`,
      `jiading-water,${m3},qualityPassRatePct,99.8`,
      `jiading-water,${m3},nonRevenueWaterRatePct,12`,
    ]);
    expect((await upload(tokens.power, water)).status).toBe(400);
    expect((await upload(tokens.admin, water)).status).toBe(201);
    const read = await env.stack.call('GET', `/v1/public/quality?month=${m3}`);
    const byProvider = Object.fromEntries(read.body.providers.map((p: { providerId: string }) => [p.providerId, p]));
    expect(byProvider['state-grid-jiading']).toMatchObject({
      status: 'submitted',
      figures: { voltagePassRatePct: 99, lineLossRatePct: 5.5, renewableSharePct: 30 },
    });
    expect(byProvider['state-grid-jiading'].trend.voltagePassRatePct).toEqual([
      { month: m4, value: 98 },
      { month: m3, value: 99 },
    ]);
    expect(byProvider['jiading-water']).toMatchObject({ status: 'submitted', figures: { qualityPassRatePct: 99.8 } });
  });
});
