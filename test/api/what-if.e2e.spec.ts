import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { serviceTermsOf, type ServiceTerms } from '../../libs/domain/src/service/service-terms';
import { recordedInterruptionOutcomes, replayInterruption } from '../../libs/domain/src/what-if/replay-interruption';
import { catalogsByVersion } from '../../libs/persistence/src/what-if/recorded-applications';
import { loadRecordedInterruptions } from '../../libs/persistence/src/what-if/recorded-interruptions';
import { sampleApplication } from '../../seeds/sample-application';
import { importAccounts } from '../support/accounts';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';
import { replayedBesideRecorded } from '../support/what-if';

/** Power's notice down to 48 hours, as a draft might: an interruption announced 2 days ahead is then on time. */
const shorterNotice = (terms: ServiceTerms): ServiceTerms => ({
  ...terms,
  utilities: {
    ...terms.utilities,
    power: { ...terms.utilities.power, notice: { ...terms.utilities.power.notice, noticeMinutes: 48 * 60 } },
  },
});

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
  const interruptions: string[] = [];

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    const residential = { customer_type: 'residential', capacity_kw: '8' };
    expect(
      await importAccounts(stack, tokens.admin, [
        { account_no: 'W1', customer_id: 'customer-W1', ...residential },
        { account_no: 'W2', customer_id: 'customer-W2', ...residential },
      ]),
    ).toBe(201);
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

  // First, while the workflows' clock still stands where the API's does (reports are checked against the latter).
  it('reproduces the clocks of interruptions the live workflow ran: late arrival, corrected end, short notice', async () => {
    const start = Date.now() - 60_000;
    const iso = (ms: number) => new Date(ms).toISOString();
    const report = async (reference: string, extra: Record<string, unknown> = {}) => {
      const r = await stack.call('POST', '/v1/interruptions', {
        token: tokens.power,
        body: {
          reference,
          utility: 'power',
          startedAt: iso(start),
          area: { kind: 'accounts', accountNos: ['W1', 'W2'] },
          cause: 'cable fault',
          ...extra,
        },
      });
      expect(r.status).toBe(201);
      interruptions.push(r.body.id);
      return r.body.id as string;
    };
    const act = async (id: string, what: 'arrival' | 'restoration', body: Record<string, string>) =>
      expect((await stack.call('POST', `/v1/interruptions/${id}/${what}`, { token: tokens.power, body })).status).toBe(
        201,
      );
    const late = await report('WI-1'); // the crew reports after 45 minutes; back at 13 h, corrected to 26 h
    const quick = await report('WI-2'); // the crew on time, back in 5 h
    // Announced 2 days and a minute ahead (power needs 7), planned for 4 hours, back after 5.
    const planned = await report('WI-3', {
      planned: true,
      noticedAt: iso(start - 48 * 3_600_000 - 60_000),
      plannedEndAt: iso(start + 4 * 3_600_000),
    });
    await env.sleep('30 minutes');
    await act(quick, 'arrival', { arrivedAt: iso(start + 25 * 60_000) });
    await env.sleep('40 minutes');
    await act(late, 'arrival', { arrivedAt: iso(start + 60 * 60_000) });
    await env.sleep('270 minutes');
    await act(quick, 'restoration', { endedAt: iso(start + 5 * 3_600_000) });
    await act(planned, 'restoration', { endedAt: iso(start + 5 * 3_600_000) });
    await env.sleep('8 hours');
    await act(late, 'restoration', { endedAt: iso(start + 13 * 3_600_000) });
    await env.sleep('14 hours');
    await act(late, 'restoration', { endedAt: iso(start + 26 * 3_600_000) });

    const until = new Date(await env.currentTimeMs());
    const compare = async () => {
      const { interruptions: recorded } = await loadRecordedInterruptions(stack.db.dataSource, {
        from: new Date(0),
        to: new Date('2100-01-01'),
      });
      const catalogs = await catalogsByVersion(
        stack.db.dataSource,
        recorded.map((i) => i.catalogVersion),
      );
      const brief = (o: { stage: string; breached: boolean; fen: number }) => [o.stage, o.breached, o.fen];
      return recorded.map((i) => {
        const terms = serviceTermsOf(catalogs.get(i.catalogVersion)!);
        return {
          id: i.interruptionId,
          recorded: recordedInterruptionOutcomes(i).map(brief),
          replayed: replayInterruption(i, terms, until).map(brief),
          draft: replayInterruption(i, shorterNotice(terms), until).map(brief),
        };
      });
    };
    const result = await eventually(async () => {
      const r = await compare();
      return r.length === 3 && r.every((i) => JSON.stringify(i.replayed) === JSON.stringify(i.recorded)) ? r : false;
    }).catch(async () => compare());
    for (const i of result) expect(i.replayed).toEqual(i.recorded);
    const of = (id: string) => result.find((i) => i.id === id)!;
    // By hand: ¥50 at 12 h + ¥25 for the next full 12 = ¥75 each of two accounts; ¥100 notice each.
    expect(of(late).recorded).toEqual([
      ['arrival', true, 0],
      ['restoration', true, 15_000],
    ]);
    expect(of(quick).recorded).toEqual([
      ['arrival', false, 0],
      ['restoration', false, 0],
    ]);
    expect(of(planned).recorded).toEqual([
      ['notice', true, 20_000],
      ['restoration', true, 0],
    ]);
    // With 48 hours' notice enough, the planned one owes nothing for its notice; nothing else moves.
    expect(of(planned).draft).toEqual([
      ['notice', false, 0],
      ['restoration', true, 0],
    ]);
    expect(of(late).draft).toEqual(of(late).recorded);
  });

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

    const result = await replayedBesideRecorded(stack.db.dataSource, new Date(await env.currentTimeMs()), 100);
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
      service: shorterNotice(serviceTermsOf(current)),
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
    expect(started.body).toMatchObject({ status: 'running', total: 15 }); // 12 applications, 3 interruptions
    const run = await eventually(async () => {
      const r = await stack.call('GET', `/v1/what-if/${started.body.id}`, { token: tokens.admin });
      return r.body.status === 'done' ? r.body : undefined;
    });
    expect(run).toMatchObject({ done: 15, total: 15, percent: 100 });
    const total = run.rows.find(
      (r: { utility: string; stage: string }) => r.utility === 'power' && r.stage === 'total',
    );
    expect(total.draft.breaches).toBeGreaterThanOrEqual(total.current.breaches);
    expect(total.difference.fen).toBe(total.draft.fen - total.current.fen);
    expect(run.changedCount).toBe(run.changed.length);
    expect(run.changed.length).toBeGreaterThan(0);
    for (const c of run.changed.filter((c: { current: { subject?: string } }) => !c.current.subject)) {
      expect(ids).toContain(c.current.applicationId);
      expect(c.applicationNumber).toMatch(/^JD-\d{4}-\d{6}$/);
    }
    // The planned interruption's notice: late now, on time under the draft; shown by its reference.
    expect(run.changed.filter((c: { current: { subject?: string } }) => c.current.subject)).toEqual([
      {
        current: expect.objectContaining({
          applicationId: interruptions[2],
          stage: 'notice',
          breached: true,
          fen: 20_000,
        }),
        draft: expect.objectContaining({ breached: false, fen: 0 }),
        applicationNumber: 'WI-3',
      },
    ]);
    const notice = run.rows.find(
      (r: { utility: string; stage: string }) => r.utility === 'power' && r.stage === 'notice',
    );
    expect(notice).toMatchObject({ current: { breaches: 1, fen: 20_000 }, difference: { breaches: -1, fen: -20_000 } });
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
    expect(String(csv.body)).toContain(`\r\ninterruption,${interruptions[2]},WI-3,power,notice,true,false,20000,0\r\n`);
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
