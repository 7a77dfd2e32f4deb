import { randomUUID } from 'node:crypto';
import { eventually, soon, powerAndWaterForm, stackForFile } from '../support/api';

describe('the HTTP API end to end (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  it('drives one application to connection and a rating with four different tokens', async () => {
    const { call } = env.stack;
    const submitted = await call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: powerAndWaterForm(),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ status: 'submitted', utilities: ['power', 'water'], catalogVersion: 1 });
    const id: string = submitted.body.id;
    expect(submitted.body.joint.stages[0]).toMatchObject({
      stage: 'acceptance',
      status: 'open',
      limit: { amount: 1, unit: 'workingDays' },
    });

    const windowTasks = await call('GET', '/v1/tasks', { token: env.tokens.window });
    expect(
      windowTasks.body.items.map((t: { applicationId: string; stage: string }) => [t.applicationId, t.stage]),
    ).toContainEqual([id, 'acceptance']);
    // Paged in a stable order: pages of one, walked to the end, give the same list.
    const walked = [];
    for (let p = 1; p <= windowTasks.body.total; p++)
      walked.push(...(await call('GET', `/v1/tasks?page=${p}&pageSize=1`, { token: env.tokens.window })).body.items);
    expect(walked).toEqual(windowTasks.body.items);
    expect(windowTasks.body.totalIsAtLeast).toBe(false); // counted exactly below 10 000

    const accepted = await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.application.status).toMatch(/accepted|in-progress/);
    const appointmentAt = soon();
    const scheduled = await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'schedule-joint-survey', appointmentAt },
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.application.surveyAppointmentAt).toBe(appointmentAt);

    for (const utility of ['power', 'water'] as const) {
      const token = env.tokens[utility];
      await eventually(async () => {
        const tasks = await call('GET', '/v1/tasks', { token });
        return tasks.body.items.some(
          (t: { applicationId: string; stage: string }) => t.applicationId === id && t.stage === 'survey',
        );
      });
      const path = `/v1/applications/${id}/services/${utility}/actions`;
      expect(
        (await call('POST', path, { token, body: { action: 'record-survey', findings: 'Meter room ready' } })).status,
      ).toBe(200);
      const plan = await call('POST', path, {
        token,
        body: {
          action: 'submit-plan',
          plan: {
            description: 'Connect at the boundary',
            quote: [{ item: 'Meter inside the site', amountFen: 80_000, outsideRedLine: false }],
            needsExternalWorks: false,
            needsExcavation: false,
          },
        },
      });
      expect(plan.status).toBe(200);
      expect(plan.body.result).toEqual({ phase: 'connection', allowedActions: ['complete-connection'] });
      const service = plan.body.application.services.find((s: { utility: string }) => s.utility === utility);
      expect(service).toMatchObject({
        phase: 'connection',
        applicantPaysFen: 80_000,
        currentStage: { stage: 'connection', status: 'open' },
      });
      const connected = await call('POST', path, {
        token,
        body: { action: 'complete-connection', accountId: `${utility}-001` },
      });
      expect(connected.status).toBe(200);
    }

    const completed = await eventually(async () => {
      const app = await call('GET', `/v1/applications/${id}`, { token: env.tokens.applicant });
      return app.body.status === 'completed' && app;
    });
    expect(
      completed.body.services.map((s: { utility: string; phase: string; accountId: string }) => [
        s.utility,
        s.phase,
        s.accountId,
      ]),
    ).toEqual([
      ['power', 'done', 'power-001'],
      ['water', 'done', 'water-001'],
    ]);
    // Each completed connection opened its service account (its own stream and read model).
    const accounts = await call('GET', '/v1/accounts', { token: env.tokens.applicant });
    expect(accounts.status).toBe(200);
    expect(
      accounts.body.items.map((a: { accountNo: string; utility: string; source: string; customerType: string }) => [
        a.accountNo,
        a.utility,
        a.source,
        a.customerType,
      ]),
    ).toEqual([
      ['water-001', 'water', 'connection', 'business'],
      ['power-001', 'power', 'connection', 'business'],
    ]);
    const opened = await env.stack.db.dataSource.query(
      `SELECT stream_id FROM events WHERE type = 'AccountOpened' ORDER BY stream_id`,
    );
    expect(opened.map((r: { stream_id: string }) => r.stream_id)).toEqual([
      'account-jiading-water-water-001',
      'account-state-grid-jiading-power-001',
    ]);
    const rated = await call('POST', `/v1/applications/${id}/rating`, {
      token: env.tokens.applicant,
      body: { score: 2, comment: '通电晚了两天' },
    });
    expect(rated.status).toBe(200);
    expect(rated.body.application.rating).toEqual({ score: 2, comment: '通电晚了两天' });
    // A 2 opens the window's follow-up call, due within 2 working days of the rating.
    const followUp = await eventually(async () => {
      const r = await call('GET', '/v1/follow-ups?status=open', { token: env.tokens.window });
      return r.body.items.find((f: { subject: { id: string } }) => f.subject.id === id);
    });
    expect(followUp).toMatchObject({ subject: { kind: 'application', id }, score: 2, followUp: { outcome: null } });
    expect(Date.parse(followUp.followUp.dueAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(followUp.followUp.dueAt)).toBeLessThan(Date.now() + 5 * 86_400_000);
    // One rating is one person's score: the public figure withholds it (the count still shows).
    const kpis = await call('GET', '/v1/kpis');
    expect(kpis.body.satisfaction).toMatchObject({
      average: null,
      count: 1,
      minimumCount: 5,
      rate: null,
      target: 0.98,
    });
    // The rating counts once for each utility of the application, with its provider.
    expect(kpis.body.satisfaction.byProvider).toEqual([
      { utility: 'power', providerId: 'state-grid-jiading', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
      { utility: 'water', providerId: 'jiading-water', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
    ]);

    const timeline = await call('GET', `/v1/applications/${id}/events`, { token: env.tokens.applicant });
    const types = timeline.body.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('ApplicationSubmitted');
    expect(types).toEqual(
      expect.arrayContaining([
        'ApplicationAccepted',
        'JointSurveyScheduled',
        'ConnectionCompleted',
        'ApplicationCompleted',
        'ServiceRated',
      ]),
    );
    const notifications = await call('GET', '/v1/notifications', { token: env.tokens.applicant });
    expect(notifications.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['accepted', 'survey-scheduled', 'completed']),
    );
  });

  it('creates exactly one application from twenty concurrent identical submissions with one key', async () => {
    const key = randomUUID();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        env.stack.call('POST', '/v1/applications', {
          token: env.tokens.applicant,
          body: powerAndWaterForm(),
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(replies.map((r) => r.status).sort((a, b) => a - b)).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const rows = await env.stack.db.dataSource.query('SELECT count(*)::int AS n FROM applications WHERE id = $1', [
      replies[0].body.id,
    ]);
    expect(rows[0].n).toBe(1);

    const otherBody = { ...powerAndWaterForm(), services: { water: { pipeDiameterMm: 25, dailyUseM3: 1 } } };
    const conflict = await env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: otherBody,
      headers: { 'idempotency-key': key },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({
      code: 'conflict',
      details: [{ path: 'header.idempotency-key', rule: 'reused_with_different_body' }],
    });
  });

  it('refuses a zero-burden breach with 422 and an action of the wrong stage with 409, naming why', async () => {
    const { call } = env.stack;
    const { body } = await call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() });
    await call('POST', `/v1/applications/${body.id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    const path = `/v1/applications/${body.id}/services/power/actions`;
    await eventually(
      async () =>
        (await call('POST', path, { token: env.tokens.power, body: { action: 'record-survey', findings: 'ok' } }))
          .status === 200,
    );
    const zeroBurden = await call('POST', path, {
      token: env.tokens.power,
      body: {
        action: 'submit-plan',
        plan: {
          description: 'x',
          quote: [{ item: 'Trench', amountFen: 1, outsideRedLine: true }],
          needsExternalWorks: true,
          needsExcavation: false,
        },
      },
    });
    expect(zeroBurden.status).toBe(422);
    expect(zeroBurden.body.error).toMatchObject({
      code: 'business_rule',
      details: [{ path: 'plan.quote.0.amountFen', rule: 'zero_burden' }],
    });
    expect(zeroBurden.body.error.messageZh).toContain('零负担');
    const wrongStage = await call('POST', path, {
      token: env.tokens.power,
      body: { action: 'complete-connection', accountId: 'x' },
    });
    expect(wrongStage.status).toBe(409);
    expect(wrongStage.body.error.code).toBe('conflict');
  });

  it('publishes its OpenAPI document with every route', async () => {
    const doc = (await env.stack.call('GET', '/docs-json')).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'GET /api/health',
        'POST /api/v1/dev/login',
        'GET /api/v1/auth/config',
        'GET /api/v1/auth/me',
        'GET /api/v1/catalog',
        'POST /api/v1/catalog',
        'GET /api/v1/kpis',
        'GET /api/v1/calendar',
        'POST /api/v1/calendar/years',
        'POST /api/v1/applications',
        'GET /api/v1/accounts/imports/{id}',
        'GET /api/v1/applications',
        'GET /api/v1/applications/{id}',
        'GET /api/v1/applications/{id}/events',
        'GET /api/v1/applications/{id}/documents',
        'GET /api/v1/applications/{id}/receipt',
        'GET /api/v1/applications/{id}/stages/{track}/{stage}/explanation',
        'GET /api/v1/interruptions/{id}/stages/{stage}/explanation',
        'POST /api/v1/what-if',
        'GET /api/v1/what-if',
        'GET /api/v1/what-if/{id}',
        'POST /api/v1/what-if/{id}/cancel',
        'POST /api/v1/what-if/{id}/publish',
        'GET /api/v1/catalog/versions',
        'POST /api/v1/documents',
        'GET /api/v1/documents/{id}',
        'POST /api/v1/applications/{id}/supplements',
        'POST /api/v1/applications/{id}/withdraw',
        'POST /api/v1/applications/{id}/rating',
        'POST /api/v1/applications/{id}/window-actions',
        'POST /api/v1/applications/{id}/services/{utility}/actions',
        'GET /api/v1/tasks',
        'GET /api/v1/zones',
        'POST /api/v1/applicants/{applicantId}/erasure',
        'POST /api/v1/permits/{id}/decision',
        'POST /api/v1/temporal-codec/decode',
        'POST /api/v1/temporal-codec/encode',
        'POST /api/v1/zones',
        'GET /api/v1/notifications',
        'GET /api/v1/breaches',
        'POST /api/v1/breaches/{id}/review',
        'GET /api/v1/compensations',
        'GET /api/v1/accounts',
        'POST /api/v1/accounts/import',
        'GET /api/v1/interruptions',
        'POST /api/v1/interruptions',
        'GET /api/v1/interruptions/{id}',
        'POST /api/v1/interruptions/{id}/restoration',
        'POST /api/v1/interruptions/{id}/arrival',
        'GET /api/v1/reliability-plans',
        'PUT /api/v1/reliability-plans/{providerId}/{year}',
        'POST /api/v1/reliability-plans/{providerId}/{year}/assessment',
        'GET /api/v1/public/reports',
        'GET /api/v1/public/reports/{id}',
        'POST /api/v1/reports/{month}/corrections',
        'GET /api/v1/notifications/unread-count',
        'POST /api/v1/notifications/{id}/read',
        'POST /api/v1/notifications/read-all',
        'POST /api/v1/tariff-notices',
        'POST /api/v1/tariff-notices/{id}/withdrawal',
        'GET /api/v1/public/tariff-notices',
        'GET /api/v1/public/tariff-notices/{id}',
        'POST /api/v1/complaints',
        'GET /api/v1/complaints',
        'GET /api/v1/complaints/{id}',
        'POST /api/v1/complaints/{id}/actions',
        'GET /api/v1/public/complaints',
        'GET /api/v1/public/satisfaction',
        'POST /api/v1/consultations',
        'GET /api/v1/consultations',
        'GET /api/v1/consultations/{id}',
        'POST /api/v1/consultations/{id}/actions',
        'GET /api/v1/consultations/{id}/prefill',
        'POST /api/v1/consultations/{id}/application',
        'GET /api/v1/public/faq',
        'POST /api/v1/complaints/{id}/rating',
        'POST /api/v1/interruptions/{id}/rating',
        'GET /api/v1/my-interruptions',
        'GET /api/v1/follow-ups',
        'POST /api/v1/follow-ups/{id}/outcome',
        'PUT /api/v1/quality-figures/{providerId}/{month}',
        'POST /api/v1/quality-figures',
        'GET /api/v1/public/quality',
        'POST /api/v1/networks/{providerId}',
        'GET /api/v1/networks/{providerId}/versions',
        'GET /api/v1/networks',
      ].sort(),
    );
    expect(doc.paths['/api/v1/applications/{id}/services/{utility}/actions'].post.responses).toHaveProperty('422');
    // Every write documents its body, generated from the schema that validates it.
    for (const [path, methods] of Object.entries(
      doc.paths as Record<string, Record<string, { requestBody?: unknown }>>,
    ))
      // Every POST takes a body, except an erasure, an assessment and a read mark (the path says everything).
      if (methods.post && !/\/(erasure|assessment|read|cancel|publish)$/.test(path))
        expect({ path, body: Boolean(methods.post.requestBody) }).toEqual({ path, body: true });
    const form = doc.paths['/api/v1/applications'].post.requestBody.content['application/json'].schema;
    expect(form.required).toEqual(['applicant', 'site', 'services']);
    expect(form.properties.applicant.properties.mobile.pattern).toBe('^1[3-9]\\d{9}$');
  });
});
