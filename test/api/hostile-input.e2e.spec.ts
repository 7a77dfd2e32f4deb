import fc from 'fast-check';
import { eventually, powerAndWaterForm, soon, principals, startStack, type Stack } from '../support/api';

/**
 * Malformed and hostile bodies, headers and paths at every write endpoint, with a token that may
 * call it: the answer is never a 5xx, always the one error shape, and a refused request writes
 * nothing (the event store is unchanged).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    '../../etc/passwd',
    '%00',
    '\u0000',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'a'.repeat(5000),
    '😀',
    '\uD800',
  ),
);
const json: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ action: hostileString, plan: fc.anything({ maxDepth: 2 }) }),
  fc.constant({ __proto__: { admin: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
);
const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[]', 'null', '1e999999', '"\\ud800"', '{"a":1,"a":2}', '['.repeat(5000), '\u0000'),
);
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
);
const pathSegment = fc.oneof(
  fc.oneof(hostileString, fc.uuid()).map((s) => {
    try {
      return encodeURIComponent(s);
    } catch {
      return '%ED%A0%80'; // a lone surrogate, percent-encoded: invalid UTF-8 in the path
    }
  }),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '..%2F..%2F', '%00'),
);

describe('hostile input at every write endpoint (fast-check)', () => {
  let stack: Stack;
  let app: string;
  const tokens: Record<string, string> = {};

  const eventCount = async () =>
    (await stack.db.dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n as number;

  async function expectRefusedCleanly(send: () => Promise<{ status: number; body: unknown }>) {
    const before = await eventCount();
    const reply = await send();
    expect(reply.status).toBeLessThan(500);
    if (reply.status >= 400) {
      expect(reply.body).toEqual({
        error: expect.objectContaining({
          code: expect.any(String),
          message: expect.any(String),
          details: expect.any(Array),
        }),
      });
      expect(await eventCount()).toBe(before);
    }
  }

  beforeAll(async () => {
    stack = await startStack();
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    app = (await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerAndWaterForm() })).body
      .id;
    await stack.call('POST', `/v1/applications/${app}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });
    await stack.call('POST', `/v1/applications/${app}/window-actions`, {
      token: tokens.window,
      body: { action: 'schedule-joint-survey', appointmentAt: soon() },
    });
    await eventually(async () => (await stack.call('GET', `/v1/tasks`, { token: tokens.power })).body.items.length > 0);
    await eventually(async () => (await stack.call('GET', `/v1/tasks`, { token: tokens.water })).body.items.length > 0);
    // Quiescent: the fixture's workflows have nothing left to record (their clocks now sleep for
    // hours), so any change in the event count during a test is the request's doing.
    let last = -1;
    await eventually(async () => {
      const now = await eventCount();
      const settled = now === last;
      last = now;
      await new Promise((r) => setTimeout(r, 300));
      return settled;
    });
  });
  afterAll(() => stack?.close());

  const endpoints: [string, string, (id: string) => string][] = [
    ['applicant', 'submit', () => '/v1/applications'],
    ['applicant', 'supplement', (id) => `/v1/applications/${id}/supplements`],
    ['applicant', 'withdraw', (id) => `/v1/applications/${id}/withdraw`],
    ['applicant', 'rating', (id) => `/v1/applications/${id}/rating`],
    ['window', 'window action', (id) => `/v1/applications/${id}/window-actions`],
    ['power', 'staff action', (id) => `/v1/applications/${id}/services/power/actions`],
    ['road', 'permit decision', (id) => `/v1/permits/${id}.power/decision`],
    ['admin', 'breach review', (id) => `/v1/breaches/${id}.power.survey/review`],
    ['admin', 'catalog', () => '/v1/catalog'],
    ['admin', 'calendar year', () => '/v1/calendar/years'],
  ];

  it.each(endpoints)('%s: %s — arbitrary JSON bodies', async (who, _name, path) => {
    await fc.assert(
      fc.asyncProperty(json, async (body) => {
        // A withdrawal with a plausible reason would succeed; keep the shared application alive.
        if (_name === 'withdraw' && typeof (body as { reason?: unknown })?.reason === 'string') return;
        await expectRefusedCleanly(() =>
          stack.call('POST', path(app), { token: tokens[who], rawBody: JSON.stringify(body) ?? 'null' }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it.each(endpoints)('%s: %s — malformed raw bodies and content types', async (who, _name, path) => {
    await fc.assert(
      fc.asyncProperty(rawBody, contentType, async (raw, type) => {
        await expectRefusedCleanly(() =>
          stack.call('POST', path(app), { token: tokens[who], rawBody: raw, headers: { 'content-type': type } }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it.each(endpoints)('%s: %s — hostile path segments', async (who, _name, path) => {
    await fc.assert(
      fc.asyncProperty(pathSegment, async (segment) => {
        await expectRefusedCleanly(() =>
          stack.call('POST', path(segment), { token: tokens[who], body: { note: 'x', reason: 'x', score: 3 } }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('hostile headers: bad tokens, idempotency keys and oversized bodies', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (authorization, key) => {
        await expectRefusedCleanly(() =>
          stack.call('POST', '/v1/applications', {
            rawBody: '{}',
            headers: { authorization: `Bearer ${authorization.replace(/[^\x21-\x7e]/g, '')}` },
          }),
        );
        const safeKey = key.replace(/[^\x20-\x7e]/g, '?');
        await expectRefusedCleanly(() =>
          stack.call('POST', '/v1/applications', {
            token: tokens.applicant,
            body: {},
            headers: { 'idempotency-key': safeKey },
          }),
        );
      }),
      { numRuns: RUNS },
    );
    const huge = JSON.stringify({ ...powerAndWaterForm(), padding: 'x'.repeat(2_000_000) });
    const reply = await stack.call('POST', '/v1/applications', { token: tokens.applicant, rawBody: huge });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('validation_failed');
  });
});
