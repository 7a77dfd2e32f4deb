import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { buildCalendar } from '../../libs/domain/src/calendar/official-calendar';
import { recordedOutcomes, replayApplication } from '../../libs/domain/src/what-if/replay';
import { catalogsByVersion, loadRecordedApplications } from '../../libs/persistence/src/what-if/recorded-applications';
import { sampleApplication } from '../../seeds/sample-application';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

/**
 * A what-if replay with the catalog the applications were recorded under must come to what the
 * live workflows recorded: the same breaches and the same amounts, clock by clock. Checked on
 * applications run by the real workflows on the time-skipping server: paused, accepted late,
 * surveyed on time and late, left open.
 */
describe('what-if replay against what the live workflows recorded', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const ids: string[] = [];

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  const window = (id: string, body: Record<string, unknown>) =>
    stack.call('POST', `/v1/applications/${id}/window-actions`, { token: tokens.window, body });
  const survey = (id: string, utility = 'power') =>
    eventually(
      async () =>
        (
          await stack.call('POST', `/v1/applications/${id}/services/${utility}/actions`, {
            token: tokens[utility],
            body: { action: 'record-survey', findings: '现场条件具备' },
          })
        ).status === 200,
    );

  it('reproduces every clock of a dozen applications exactly', async () => {
    for (let i = 0; i < 12; i++) {
      const services =
        i % 3 === 0
          ? { power: { capacityKva: 120, voltage: '380V' }, water: { pipeDiameterMm: 50, dailyUseM3: 20 } }
          : { power: { capacityKva: 120, voltage: '380V' } };
      const r = await stack.call('POST', '/v1/applications', {
        token: tokens.applicant,
        body: sampleApplication(services as never),
      });
      expect(r.status).toBe(201);
      ids.push(r.body.id);
    }
    const asked = { action: 'request-supplement', items: ['营业执照'], message: '请补充' };
    for (const i of [1, 5, 9]) expect((await window(ids[i], asked)).status).toBe(200);
    await env.sleep('2 hours');
    for (const i of [1, 5])
      await stack.call('POST', `/v1/applications/${ids[i]}/supplements`, {
        token: tokens.applicant,
        body: { note: '已补' },
      });
    for (const [i, id] of ids.entries())
      if (i !== 9 && i !== 11) expect((await window(id, { action: 'accept' })).status).toBe(200);
    await env.sleep('20 hours');
    for (const i of [0, 2, 4]) await survey(ids[i]);
    await survey(ids[0], 'water');
    await env.sleep('3 days');
    await stack.call('POST', `/v1/applications/${ids[9]}/supplements`, {
      token: tokens.applicant,
      body: { note: '已补' },
    });
    for (const i of [9, 11]) expect((await window(ids[i], { action: 'accept' })).status).toBe(200);
    for (const i of [3, 6, 7]) await survey(ids[i]);
    await survey(ids[3], 'water');
    await env.sleep('9 days'); // past the 6-working-day totals of those still open

    const until = new Date(await env.currentTimeMs());
    const calendar = buildCalendar();
    const compare = async () => {
      const { applications } = await loadRecordedApplications(
        stack.db.dataSource,
        { from: new Date(0), to: new Date('2100-01-01') },
        { limit: 100 },
      );
      const catalogs = await catalogsByVersion(
        stack.db.dataSource,
        applications.map((a) => a.catalogVersion),
      );
      return applications.map((app) => ({
        id: app.applicationId,
        replayed: replayApplication(app, catalogs.get(app.catalogVersion)!, calendar, until).map((o) => [
          `${o.track}/${o.stage}`,
          o.breached,
          o.fen,
        ]),
        recorded: recordedOutcomes(app).map((o) => [`${o.track}/${o.stage}`, o.breached, o.fen]),
      }));
    };
    // The last accruals' appends land a moment after the clock moved: compare once they have.
    const result = await eventually(async () => {
      const r = await compare();
      return r.every((a) => JSON.stringify(a.replayed) === JSON.stringify(a.recorded)) ? r : false;
    }).catch(async () => compare());
    for (const app of result) expect(app.replayed).toEqual(app.recorded);
    expect(result).toHaveLength(12);
    // The history reaches what it should: breaches, and money paid on them.
    const all = result.flatMap((a) => a.recorded) as [string, boolean, number][];
    expect(all.filter(([, breached]) => breached).length).toBeGreaterThan(5);
    expect(all.some(([clock, , fen]) => clock === 'power/total' && fen > 0)).toBe(true);
    expect(all.some(([clock, , fen]) => clock === 'power/survey' && fen > 0)).toBe(true);
  });

  it('over HTTP: a draft halving power runs as a workflow to 100 %, reports the difference by stage and the applications it changes, as CSV too, and can be published', async () => {
    const current = (await stack.call('GET', '/v1/catalog')).body;
    const { version: _v, publishedAt: _p, ...rest } = current;
    const draft = {
      ...rest,
      effectiveFrom: new Date(Date.now() + 86_400_000).toISOString(),
      limits: current.limits.map((l: { scope: string; category: string; limit: { amount: number } }) =>
        l.scope === 'power' && l.category === 'low-voltage-non-residential'
          ? { ...l, limit: { ...l.limit, amount: Math.ceil(l.limit.amount / 2) } }
          : l,
      ),
    };
    const period = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const bad = await stack.call('POST', '/v1/what-if', {
      token: tokens.admin,
      body: { draft, from: period.to, to: period.from },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'to', rule: 'after_from' })]);
    const incomplete = await stack.call('POST', '/v1/what-if', {
      token: tokens.admin,
      body: {
        draft: { ...draft, limits: draft.limits.filter((l: { scope: string }) => l.scope !== 'gas') },
        ...period,
      },
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details[0].path).toMatch(/^draft\./);
    expect((await stack.call('POST', '/v1/what-if', { token: tokens.window, body: { draft, ...period } })).status).toBe(
      403,
    );

    const started = await stack.call('POST', '/v1/what-if', { token: tokens.admin, body: { draft, ...period } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: 12 });
    const run = await eventually(async () => {
      const r = await stack.call('GET', `/v1/what-if/${started.body.id}`, { token: tokens.admin });
      return r.body.status === 'done' ? r.body : undefined;
    });
    expect(run).toMatchObject({ done: 12, total: 12, percent: 100 });
    const total = run.rows.find(
      (r: { utility: string; stage: string }) => r.utility === 'power' && r.stage === 'total',
    );
    expect(total.draft.breaches).toBeGreaterThanOrEqual(total.current.breaches);
    expect(total.difference.fen).toBe(total.draft.fen - total.current.fen);
    expect(run.changedCount).toBe(run.changed.length);
    expect(run.changed.length).toBeGreaterThan(0);
    for (const c of run.changed) {
      expect(ids).toContain(c.current.applicationId);
      expect(c.applicationNumber).toMatch(/^JD-\d{4}-\d{6}$/);
    }
    // Nothing written to the live ledger or breaches by the replay.
    const ledger = await stack.call('GET', '/v1/compensations?pageSize=1', { token: tokens.admin });
    const csv = await stack.call('GET', `/v1/what-if/${run.id}`, {
      token: tokens.admin,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\r\n')[0]).toBe(
      'utility,provider_id,stage,current_breaches,draft_breaches,difference_breaches,current_fen,draft_fen,difference_fen',
    );
    expect((await stack.call('GET', '/v1/what-if', { token: tokens.admin })).body.items[0]).toMatchObject({
      id: run.id,
      status: 'done',
    });
    expect((await stack.call('POST', `/v1/what-if/${run.id}/cancel`, { token: tokens.admin })).status).toBe(409);
    const published = await stack.call('POST', `/v1/what-if/${run.id}/publish`, { token: tokens.admin });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(current.version + 1);
    expect((await stack.call('GET', '/v1/compensations?pageSize=1', { token: tokens.admin })).body.total).toBe(
      ledger.body.total,
    );
  });
});
