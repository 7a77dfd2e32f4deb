import { eventually, powerAndWaterForm, principals, soon, startStack, type Stack } from '../support/api';

type Who = 'none' | 'applicant' | 'otherApplicant' | 'window' | 'power' | 'gas' | 'road' | 'admin';
const WHO: Who[] = ['none', 'applicant', 'otherApplicant', 'window', 'power', 'gas', 'road', 'admin'];

/** Expected status per caller; `power` serves the application, `gas` staff and the road agency do not. */
type Row = [method: string, path: (ids: Ids) => string, body: unknown, expected: Record<Who, number>];
interface Ids {
  app: string;
}

const all = (status: number, overrides: Partial<Record<Who, number>> = {}): Record<Who, number> =>
  ({
    ...Object.fromEntries(WHO.map((w) => [w, status])),
    ...overrides,
  }) as Record<Who, number>;

const validDraft = {}; // admin gets 400 (every field missing): proves the admin got past auth

const MATRIX: Row[] = [
  ['GET', () => '/v1/catalog', undefined, all(200)],
  ['GET', () => '/v1/kpis', undefined, all(200)],
  ['GET', () => '/v1/calendar', undefined, all(200)],
  ['GET', () => '/v1/applications', undefined, all(200, { none: 401 })],
  [
    'GET',
    (i) => `/v1/applications/${i.app}`,
    undefined,
    all(200, { none: 401, otherApplicant: 404, gas: 404, road: 404 }),
  ],
  [
    'GET',
    (i) => `/v1/applications/${i.app}/events`,
    undefined,
    all(200, { none: 401, otherApplicant: 404, gas: 404, road: 404 }),
  ],
  ['GET', () => '/v1/tasks', undefined, all(403, { none: 401, window: 200, power: 200, gas: 200, road: 200 })],
  ['GET', () => '/v1/notifications', undefined, all(200, { none: 401 })],
  ['GET', () => '/v1/breaches', undefined, all(403, { none: 401, admin: 200 })],
  ['GET', () => '/v1/compensations', undefined, all(403, { none: 401, admin: 200 })],
  ['POST', () => '/v1/applications', powerAndWaterForm(), all(403, { none: 401, applicant: 201, otherApplicant: 201 })],
  [
    'POST',
    (i) => `/v1/applications/${i.app}/supplements`,
    { note: 'x' },
    all(403, { none: 401, applicant: 409, otherApplicant: 404 }),
  ],
  [
    'POST',
    (i) => `/v1/applications/${i.app}/rating`,
    { score: 4 },
    all(403, { none: 401, applicant: 409, otherApplicant: 404 }),
  ],
  [
    'POST',
    (i) => `/v1/applications/${i.app}/window-actions`,
    { action: 'reject', reason: 'x' },
    all(403, { none: 401, window: 409 }),
  ],
  [
    'POST',
    (i) => `/v1/applications/${i.app}/services/power/actions`,
    { action: 'complete-connection', accountId: 'x' },
    all(403, { none: 401, power: 409, gas: 404 }),
  ],
  ['POST', (i) => `/v1/permits/${i.app}.power/decision`, { decision: 'approve' }, all(403, { none: 401, road: 404 })],
  [
    'POST',
    (i) => `/v1/breaches/${i.app}.power.survey/review`,
    { decision: 'uphold' },
    all(403, { none: 401, admin: 404 }),
  ],
  ['POST', () => '/v1/catalog', validDraft, all(403, { none: 401, admin: 400 })],
  ['POST', () => '/v1/calendar/years', {}, all(403, { none: 401, admin: 400 })],
  // Withdrawal changes state, so it runs last; only the owner gets through.
  [
    'POST',
    (i) => `/v1/applications/${i.app}/withdraw`,
    { reason: 'changed plans' },
    all(403, { none: 401, otherApplicant: 404, applicant: 200 }),
  ],
];

describe('authorisation: every endpoint × every role', () => {
  let stack: Stack;
  const tokens = {} as Record<Who, string | undefined>;
  const ids = {} as Ids;

  beforeAll(async () => {
    stack = await startStack();
    for (const who of WHO) tokens[who] = who === 'none' ? undefined : await stack.token(principals[who]);
    const submitted = await stack.call('POST', '/v1/applications', {
      token: tokens.applicant,
      body: powerAndWaterForm(),
    });
    ids.app = submitted.body.id;
    await stack.call('POST', `/v1/applications/${ids.app}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });
    await eventually(
      async () =>
        (await stack.call('GET', `/v1/applications/${ids.app}`, { token: tokens.window })).body.status ===
        'in-progress',
    );
  });
  afterAll(() => stack?.close());

  it.each(MATRIX.map((row) => [`${row[0]} ${row[1]({ app: ':id' })}`, row] as const))(
    '%s',
    async (_name, [method, path, body, expected]) => {
      // The owner goes last so a state change of theirs cannot alter what the others see.
      const order: Who[] = [...WHO.filter((w) => w !== 'applicant'), 'applicant'];
      const actual: Partial<Record<Who, number>> = {};
      for (const who of order) {
        const reply = await stack.call(method, path(ids), { token: tokens[who], body });
        actual[who] = reply.status;
        if (reply.status >= 400)
          expect(reply.body).toEqual({
            error: expect.objectContaining({
              code: expect.any(String),
              message: expect.any(String),
              details: expect.any(Array),
            }),
          });
      }
      expect(actual).toEqual(expected);
    },
  );

  it("shows one applicant nothing of another's", async () => {
    const other = await stack.call('GET', '/v1/applications', { token: tokens.otherApplicant });
    const text = JSON.stringify(other.body);
    expect(text).not.toContain(ids.app);
    expect(
      other.body.items.every((a: { applicantId: string }) => a.applicantId === principals.otherApplicant.sub),
    ).toBe(true);
    const notifications = await stack.call('GET', '/v1/notifications', { token: tokens.otherApplicant });
    expect(JSON.stringify(notifications.body)).not.toContain(ids.app);
    const staffOfGas = await stack.call('GET', '/v1/applications', { token: tokens.gas });
    expect(JSON.stringify(staffOfGas.body)).not.toContain(ids.app);
  });

  it('shows each role the fields it needs and no more: staff their own service and the contact, agencies the permit and the site', async () => {
    const { id } = (
      await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerAndWaterForm() })
    ).body;
    await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });
    await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: tokens.window,
      body: { action: 'schedule-joint-survey', appointmentAt: soon(500) },
    });
    const power = (body: object) =>
      stack.call('POST', `/v1/applications/${id}/services/power/actions`, { token: tokens.power, body });
    await eventually(
      async () => (await power({ action: 'record-survey', findings: 'Cable crosses Moyu Road' })).status === 200,
    );
    await power({
      action: 'submit-plan',
      plan: {
        description: 'Trench across Moyu Road',
        quote: [
          { item: 'Trench outside the red line', amountFen: 0, outsideRedLine: true },
          { item: 'Meter cabinet', amountFen: 123_456, outsideRedLine: false },
        ],
        needsExternalWorks: true,
        needsExcavation: true,
      },
    });
    expect((await power({ action: 'apply-road-permit', route: 'Moyu Road, 40 m', lengthM: 40 })).status).toBe(200);
    const water = await stack.token(principals.water);
    const view = async (token: string | undefined) =>
      (await stack.call('GET', `/v1/applications/${id}`, { token })).body;

    // Both providers' clocks started at the appointment; compare views once each has recorded it.
    await eventually(async () =>
      (await view(tokens.window)).services.every(
        (s: { total: unknown; stages: { stage: string }[] }) =>
          s.total !== null && s.stages.some((st) => st.stage === 'survey'),
      ),
    );
    const full = await view(tokens.window);
    expect(full.form.applicant).toMatchObject({ creditCode: '91350100M000100Y43', mobile: '13812345678' });
    expect(full.services.map((s: { utility: string }) => s.utility)).toEqual(['power', 'water']);
    expect(await view(tokens.applicant)).toEqual(full);

    const staff = await view(tokens.power);
    expect(staff.services.map((s: { utility: string }) => s.utility)).toEqual(['power']);
    expect(staff.contact).toEqual({
      companyName: '上海嘉定示范制造有限公司',
      contactName: '王芳',
      mobile: '13812345678',
    });
    expect(Object.keys(staff.requests)).toEqual(['power']);
    expect(staff).not.toHaveProperty('form');
    expect(JSON.stringify(staff)).not.toMatch(/creditCode|91350100M000100Y43|pipeDiameterMm/);
    const waterStaff = await view(water);
    expect(waterStaff.services.map((s: { utility: string }) => s.utility)).toEqual(['water']);
    expect(JSON.stringify(waterStaff)).not.toMatch(/Meter cabinet|capacityKva|state-grid-jiading/);

    const agency = await view(tokens.road);
    expect(Object.keys(agency).sort()).toEqual([
      'companyName',
      'id',
      'number',
      'permits',
      'site',
      'siteRisk',
      'status',
      'submittedAt',
      'updatedAt',
    ]);
    expect(agency.permits).toEqual([
      expect.objectContaining({
        id: `${id}.power`,
        utility: 'power',
        permitStatus: 'pending',
        stage: expect.objectContaining({ stage: 'road-authority-permit' }),
      }),
    ]);
    expect(JSON.stringify(agency)).not.toMatch(/13812345678|王芳|creditCode|amountFen|applicantPaysFen|Meter cabinet/);

    const timeline = async (token: string | undefined) =>
      (await stack.call('GET', `/v1/applications/${id}/events`, { token })).body.map((e: { type: string }) => e.type);
    expect(await timeline(tokens.window)).toContain('ApplicationSubmitted');
    expect(await timeline(tokens.power)).not.toContain('ApplicationSubmitted');
    expect(new Set(await timeline(tokens.road))).toEqual(new Set(['RoadPermitApplied', 'StageStarted']));
  });
});
