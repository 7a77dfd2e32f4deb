import { seedCatalog } from '../../seeds/catalog.seed';
import { ANTING_SITE, sampleApplication } from '../../seeds/sample-application';
import { eventually, stackForFile } from '../support/api';

const around = ({ lat, lng }: { lat: number; lng: number }, d = 0.01) => [
  [lng - d, lat - d],
  [lng + d, lat - d],
  [lng + d, lat + d],
  [lng - d, lat + d],
  [lng - d, lat - d],
];

/** The rules of the process as the window, the admin and the public see them over HTTP. */
describe('process rules over HTTP (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  it("shows the window the zone register's answer for the site, and records the window's override with its reason", async () => {
    const published = await env.stack.call('POST', '/v1/zones', {
      token: env.tokens.admin,
      body: {
        zones: [
          {
            id: 'anting-industrial',
            name: '安亭工业园',
            geometry: { type: 'Polygon', coordinates: [around(ANTING_SITE)] },
          },
        ],
        source: '嘉定区低风险区域名录（测试）',
      },
    });
    expect(published.status).toBe(201);
    expect((await env.stack.call('GET', '/v1/zones')).body).toMatchObject({
      version: 1,
      zones: [{ id: 'anting-industrial' }],
    });

    const { id } = (
      await env.stack.call('POST', '/v1/applications', {
        token: env.tokens.applicant,
        body: sampleApplication({ power: { capacityKva: 100, voltage: '380V' } }),
      })
    ).body;
    const task = (await env.stack.call('GET', '/v1/tasks', { token: env.tokens.window })).body.items.find(
      (t: { applicationId: string }) => t.applicationId === id,
    );
    expect(task.siteRisk).toMatchObject({ lowRisk: true, source: 'register', zoneId: 'anting-industrial' });

    const accepted = await env.stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept', siteRisk: { lowRisk: false, reason: 'The trench crosses a school entrance' } },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.application.siteRisk).toEqual({
      lowRisk: false,
      source: 'window',
      reason: 'The trench crosses a school entrance',
      zoneId: 'anting-industrial',
    });
    // The applicant cannot tick their way onto the fast track: the form has no such box.
    const ticked = sampleApplication({ power: { capacityKva: 100, voltage: '380V' } });
    (ticked.site as Record<string, unknown>).lowRiskZone = true;
    const submitted = await env.stack.call('POST', '/v1/applications', { token: env.tokens.applicant, body: ticked });
    expect(submitted.body.form.site).not.toHaveProperty('lowRiskZone');
  });

  it('refuses an incomplete catalog in one 400 that lists every problem, and publishes nothing', async () => {
    const before = (await env.stack.call('GET', '/v1/catalog')).body.version;
    const reply = await env.stack.call('POST', '/v1/catalog', {
      token: env.tokens.admin,
      body: {
        ...seedCatalog,
        limits: seedCatalog.limits.filter((l) => l.scope !== 'broadband'),
      },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'effectiveFrom', rule: 'in_the_past', message: expect.stringContaining('must be now or later') },
        { path: 'limits', rule: 'missing_limit', message: 'no limit for broadband broadband-standard survey' },
        { path: 'limits', rule: 'missing_limit', message: 'no limit for broadband broadband-standard total' },
      ]),
    );
    expect((await env.stack.call('GET', '/v1/catalog')).body.version).toBe(before);
  });

  it('warns while open deadlines rely on an unknown calendar year, and recomputes them when an admin loads it', async () => {
    // High-voltage dual supply: 32 working days end to end, which reach past the package's last year.
    const { id } = (
      await env.stack.call('POST', '/v1/applications', {
        token: env.tokens.applicant,
        body: sampleApplication({ power: { capacityKva: 2000, voltage: '10kV', supply: 'dual' } }),
      })
    ).body;
    await env.stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    const total = await eventually(async () => {
      const detail = await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.admin });
      return detail.body.services[0]?.total;
    });
    expect(total.beyondKnownCalendar).toBe(true);
    const health = await env.stack.call('GET', '/health');
    expect(health.body.warnings).toEqual([
      expect.objectContaining({ code: 'unknown_calendar', count: expect.any(Number) }),
    ]);
    expect((await env.stack.call('GET', '/v1/calendar')).body.openDeadlinesOnUnknownCalendar).toBeGreaterThan(0);

    const year = new Date(total.dueAt).getUTCFullYear();
    const loaded = await env.stack.call('POST', '/v1/calendar/years', {
      token: env.tokens.admin,
      body: { year, holidays: [`${year}-01-01`], workdays: [], source: `test notice for ${year}` },
    });
    expect(loaded.status).toBe(201);
    expect(loaded.body.recalculated).toBeGreaterThanOrEqual(1);
    const moved = await eventually(async () => {
      const events = (await env.stack.call('GET', `/v1/applications/${id}/events`, { token: env.tokens.admin })).body;
      return events.find(
        (e: { type: string; data: { stage: string } }) => e.type === 'DeadlineRecomputed' && e.data.stage === 'total',
      );
    });
    expect(moved.data.reason).toBe(`calendar year ${year} loaded (test notice for ${year})`);
    const after = (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.admin })).body.services[0]
      .total;
    expect(after.beyondKnownCalendar).toBe(false);
    expect((await env.stack.call('GET', '/health')).body.warnings).toEqual([]);
  });
});
