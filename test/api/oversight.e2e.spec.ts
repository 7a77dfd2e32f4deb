import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { seedCatalog } from '../../seeds/catalog.seed';
import { sampleApplication } from '../../seeds/sample-application';
import { principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const powerOnly = () => sampleApplication({ power: { capacityKva: 120, voltage: '380V' } });

/** The real API and worker on the real time-skipping server, so deadlines pass on demand. */
describe('oversight over HTTP: breaches, waivers, the ledger, KPIs and catalog versions', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  let appId: string;

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    const submitted = await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerOnly() });
    appId = submitted.body.id;
    await stack.call('POST', `/v1/applications/${appId}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });
    await env.sleep('5 days'); // the survey (1 working day) is now days late
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('lists the breach for the admin, with what it has accrued, and shows it to the applicant', async () => {
    const breaches = await stack.call('GET', `/v1/breaches?applicationId=${appId}&partyKind=provider`, {
      token: tokens.admin,
    });
    expect(breaches.status).toBe(200);
    const survey = breaches.body.items.find((b: { stage: string }) => b.stage === 'survey');
    expect(survey).toMatchObject({
      id: `${appId}.power.survey`,
      party: { kind: 'provider', id: 'state-grid-jiading' },
      compensable: true,
      reviewStatus: 'open',
    });
    expect(survey.accruedFen).toBeGreaterThanOrEqual(10_000);

    const app = await stack.call('GET', `/v1/applications/${appId}`, { token: tokens.applicant });
    const power = app.body.services[0];
    expect(power.currentStage).toMatchObject({ stage: 'survey', slaState: 'breached' });
    expect(power.compensation.accruedFen).toBeGreaterThanOrEqual(survey.accruedFen);
  });

  it('exports the ledger as CSV', async () => {
    const csv = await stack.call('GET', `/v1/compensations?applicationId=${appId}`, {
      token: tokens.admin,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = String(csv.body).trim().split('\r\n');
    expect(lines[0]).toBe(
      'application_id,applicant_id,provider_id,track,stage,unit,amount_fen,amount_yuan,accrued_at,status,account_no',
    );
    expect(lines.slice(1).some((l) => l.includes(',power,survey,0,10000,100.00,') && l.endsWith(',accrued,'))).toBe(
      true,
    );
  });

  it('waives a breach only with a reason, records it, reverses the amount, and only once', async () => {
    const id = `${appId}.power.survey`;
    const noReason = await stack.call('POST', `/v1/breaches/${id}/review`, {
      token: tokens.admin,
      body: { decision: 'waive' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details).toEqual([
      expect.objectContaining({ path: 'reason', message: 'waiving needs a reason' }),
    ]);

    const waived = await stack.call('POST', `/v1/breaches/${id}/review`, {
      token: tokens.admin,
      body: { decision: 'waive', reason: 'Site closed by flood alert' },
    });
    expect(waived.status).toBe(201);
    expect(waived.body).toMatchObject({ reviewStatus: 'waived', accruedFen: 0 });

    const ledger = await stack.call('GET', `/v1/compensations?applicationId=${appId}`, { token: tokens.admin });
    const survey = ledger.body.items.filter((r: { stage: string }) => r.stage === 'survey');
    expect(survey.length).toBeGreaterThan(0);
    expect(survey.every((r: { status: string }) => r.status === 'waived')).toBe(true);

    const timeline = await stack.call('GET', `/v1/applications/${appId}/events`, { token: tokens.admin });
    expect(timeline.body.find((e: { type: string }) => e.type === 'BreachReviewed')).toMatchObject({
      data: { decision: 'waive', reason: 'Site closed by flood alert', by: 'admin-1' },
    });
    await env.sleep('5 days'); // the survey is still open, but a waived breach accrues nothing more
    const after = await stack.call('GET', `/v1/compensations?applicationId=${appId}&status=accrued`, {
      token: tokens.admin,
    });
    expect(after.body.items.filter((r: { stage: string }) => r.stage === 'survey')).toEqual([]);
    const again = await stack.call('POST', `/v1/breaches/${id}/review`, {
      token: tokens.admin,
      body: { decision: 'uphold' },
    });
    expect(again.status).toBe(409);

    const kpis = await stack.call('GET', '/v1/kpis');
    expect(kpis.body.compensation.waivedFen).toBeGreaterThan(0);
    expect(kpis.body.breaches.provider).toBeGreaterThanOrEqual(1);
  });

  it("loads next year's official calendar for the admin, and publishes it to everyone", async () => {
    const year = { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'test notice for 2027' };
    const bad = await stack.call('POST', '/v1/calendar/years', {
      token: tokens.admin,
      body: { ...year, workdays: ['2027-01-06'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ path: 'workdays.0', rule: 'workday_on_weekend' }),
    ]);
    expect((await stack.call('GET', '/v1/calendar?year=2027')).status).toBe(404);

    const loaded = await stack.call('POST', '/v1/calendar/years', { token: tokens.admin, body: year });
    expect(loaded.status).toBe(201);
    const calendar = await stack.call('GET', '/v1/calendar');
    expect(calendar.body.knownYears).toContain(2027);
    expect(calendar.body.years.find((y: { year: number }) => y.year === 2027)).toMatchObject({
      loadedByAdmin: true,
      holidays: 1,
    });
    expect((await stack.call('GET', '/v1/calendar?year=2027')).body).toEqual(year);
  });

  it('publishes a new catalog version for later applications only', async () => {
    const draft = {
      ...seedCatalog,
      effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
      notes: 'v2: acceptance in 2 working days',
      limits: seedCatalog.limits.map((l) =>
        l.stage === 'acceptance' ? { ...l, limit: { amount: 2, unit: 'workingDays' as const } } : l,
      ),
    };
    const invalid = await stack.call('POST', '/v1/catalog', {
      token: tokens.admin,
      body: {
        ...draft,
        limits: [
          { ...draft.limits[0], limit: { amount: 2, unit: 'fortnights' } },
          { ...draft.limits[1], limit: { amount: -1, unit: 'workingDays' } },
        ],
      },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['limits.0.limit.unit', 'limits.1.limit.amount']),
    );

    const published = await stack.call('POST', '/v1/catalog', { token: tokens.admin, body: draft });
    expect(published.status).toBe(201);
    expect(published.body.version).toBe(2);
    expect((await stack.call('GET', '/v1/catalog')).body.version).toBe(2);
    expect((await stack.call('GET', '/v1/catalog?version=1')).body.version).toBe(1);

    const running = await stack.call('GET', `/v1/applications/${appId}`, { token: tokens.applicant });
    expect(running.body.catalogVersion).toBe(1);
    const later = await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerOnly() });
    expect(later.body.catalogVersion).toBe(2);
    expect(later.body.joint.stages[0].limit).toEqual({ amount: 2, unit: 'workingDays' });
  });
});
