import { randomUUID } from 'node:crypto';
import { stackForFile } from '../support/api';

/**
 * Satisfaction as published: the share of ratings of 4–5 against 98 %, read from the ratings in the
 * event store with the services of what was rated, over the months asked for (Asia/Shanghai).
 */
describe('satisfaction per utility and provider, against 98 %', () => {
  const env = stackForFile();

  it('equals the hand-computed rates for the months asked for, flags those below 98 %, withholds small counts', async () => {
    const q = (sql: string, params: unknown[] = []) => env.stack.db.dataSource.query(sql, params);
    // Six applications for power and water rated in November 2026 (Shanghai): 5, 5, 4, 4, 3, 5 → 5 of 6.
    // Five for gas rated 5 each in November, one rated at 23:30 on 30 November Shanghai time
    // (15:30 UTC, November's), and one power-and-water rating of 1 on 1 December 00:10 Shanghai
    // (30 November 16:10 UTC), which belongs to December.
    const rate = async (score: number, at: string, services: [string, string][]) => {
      const id = randomUUID();
      for (const [utility, provider] of services)
        await q(
          `INSERT INTO application_services (application_id, utility, provider_id, category, phase, updated_at)
           VALUES ($1, $2, $3, 'low-voltage', 'connected', now())`,
          [id, utility, provider],
        );
      await q(
        `INSERT INTO events (stream_id, stream_version, event_id, type, data) VALUES ($1, 1, $2, 'ServiceRated', $3)`,
        [`application-${id}`, randomUUID(), { score, at }],
      );
    };
    const powerWater: [string, string][] = [
      ['power', 'state-grid-jiading'],
      ['water', 'jiading-water'],
    ];
    for (const [i, score] of [5, 5, 4, 4, 3, 5].entries()) await rate(score, `2026-11-0${i + 2}T02:00:00Z`, powerWater);
    for (let i = 0; i < 4; i++) await rate(5, `2026-11-1${i}T02:00:00Z`, [['gas', 'jiading-gas']]);
    await rate(5, '2026-11-30T15:30:00Z', [['gas', 'jiading-gas']]);
    await rate(1, '2026-11-30T16:10:00Z', powerWater);

    const november = await env.stack.call('GET', '/v1/public/satisfaction?from=2026-11&to=2026-11');
    expect(november.status).toBe(200);
    expect(november.body).toMatchObject({ from: '2026-11', to: '2026-11', target: 0.98, minimumCount: 5 });
    // 10 of 11 ratings satisfied overall; power and water 5 of 6 (83.3 %, below); gas 5 of 5.
    expect(november.body.overall).toEqual({ ratings: 11, satisfied: 10, rate: 10 / 11, belowTarget: true });
    expect(november.body.byProvider).toEqual([
      { utility: 'gas', providerId: 'jiading-gas', ratings: 5, satisfied: 5, rate: 1, belowTarget: false },
      { utility: 'power', providerId: 'state-grid-jiading', ratings: 6, satisfied: 5, rate: 5 / 6, belowTarget: true },
      { utility: 'water', providerId: 'jiading-water', ratings: 6, satisfied: 5, rate: 5 / 6, belowTarget: true },
    ]);
    // December alone: one rating, so no rate is shown — but the count is.
    const december = await env.stack.call('GET', '/v1/public/satisfaction?from=2026-12');
    expect(december.body.byUtility).toEqual([
      { utility: 'power', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
      { utility: 'water', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
    ]);
    // The KPIs carry the same figures for a month, beside the average kept for earlier readers.
    const kpis = await env.stack.call('GET', '/v1/kpis?month=2026-11');
    expect(kpis.body.satisfaction).toMatchObject({
      month: '2026-11',
      target: 0.98,
      rate: 10 / 11,
      belowTarget: true,
      byProvider: november.body.byProvider,
    });

    // A period the wrong way round, or a month that is not one, is a 400 naming the field.
    const backwards = await env.stack.call('GET', '/v1/public/satisfaction?from=2026-12&to=2026-11');
    expect([backwards.status, backwards.body.error.details[0].path]).toEqual([400, 'query.to']);
    expect(backwards.body.error.details[0]).toMatchObject({
      rule: 'period_order',
      messageZh: '结束月份不能早于开始月份',
    });
    const nonsense = await env.stack.call('GET', '/v1/public/satisfaction?from=2026-13');
    expect([nonsense.status, nonsense.body.error.details[0].path]).toEqual([400, 'query.from']);
  });
});
