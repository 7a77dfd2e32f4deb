import { SignJWT } from 'jose';
import { deterministicEventId } from '../../libs/persistence/src/event-store/event-id';
import { appendToStream } from '../../libs/persistence/src/event-store/event-store';
import { BreachRow } from '../../libs/persistence/src';
import { TEST_JWT_SECRET } from '../support/apps';
import { eventually, powerAndWaterForm, stackForFile } from '../support/api';

/** Edges an attacker's probe found (issue 18), each closed and pinned here. */
describe('hardened edges (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  it('refuses a token whose subject the erasure could not name (a space or a slash) with 401', async () => {
    for (const sub of ['firm 1', 'firm/1']) {
      const token = await new SignJWT({ role: 'applicant', name: '' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setExpirationTime('10m')
        .sign(new TextEncoder().encode(TEST_JWT_SECRET));
      const reply = await env.stack.call('GET', '/v1/applications', { token });
      expect({ sub, status: reply.status }).toEqual({ sub, status: 401 });
    }
  });

  it('sends no framework banner and forbids framing and sniffing, on the API and the web app', async () => {
    for (const url of [`${env.stack.api.url}/health`, env.stack.api.url.replace(/\/api$/, '/')]) {
      const reply = await fetch(url);
      expect({ url, poweredBy: reply.headers.get('x-powered-by') }).toEqual({ url, poweredBy: null });
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('x-frame-options')).toBe('DENY');
      expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    // The web app's page: scripts from its own files only — no inline script, no eval, nothing
    // from elsewhere (the browser specs run under this policy and fail on any violation).
    const page = await fetch(env.stack.api.url.replace(/\/api$/, '/'), { headers: { accept: 'text/html' } });
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(await page.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('answers 300 KB of nested JSON with a 4xx, never a 500', async () => {
    const depth = 150_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const reply = await env.stack.call('POST', '/v1/applications', { rawBody: nested });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    const authorised = await env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      rawBody: `{"a":${nested}}`,
    });
    expect(authorised.status).toBe(400);
  });

  it('shows a provider’s staff only their own utility’s breach reviews in the timeline', async () => {
    const { call, db } = env.stack;
    const submitted = await call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: powerAndWaterForm(),
    });
    const id = submitted.body.id as string;
    await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    await eventually(
      async () => (await call('GET', `/v1/applications/${id}`, { token: env.tokens.power })).status === 200,
    );
    // A review of water's closed plan stage, recorded in its own stream (as the breachReview workflow does).
    await db.dataSource.getRepository(BreachRow).save(
      Object.assign(new BreachRow(), {
        applicationId: id,
        track: 'water',
        stage: 'plan',
        partyKind: 'provider',
        partyId: 'jiading-water',
        dueAt: new Date(),
        breachedAt: new Date(),
        compensable: true,
        accruedFen: 0,
        reviewStatus: 'waived',
      }),
    );
    const stream = `breach-${id}.water.plan`;
    await appendToStream(db.dataSource, stream, 0, [
      {
        eventId: deterministicEventId(stream, 1),
        type: 'BreachReviewed',
        data: { track: 'water', stage: 'plan', decision: 'waive', reason: '经核实，申请人原因', by: 'admin-1' },
        metadata: {},
      },
    ]);
    const reviews = async (token: string) =>
      (await call('GET', `/v1/applications/${id}/events`, { token })).body.filter(
        (e: { type: string }) => e.type === 'BreachReviewed',
      );
    expect(await reviews(env.tokens.power)).toEqual([]);
    expect(await reviews(env.tokens.water)).toHaveLength(1);
    expect(await reviews(env.tokens.admin)).toHaveLength(1);
  });
});
