import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { ACCOUNT_CSV_COLUMNS, parseAccountImport } from '../../libs/domain/src/service/accounts';
import { importAccounts } from '../../libs/persistence/src/service/accounts-store';
import { startStack, type Stack } from '../support/api';
import { IDP_AUDIENCE, MACHINE_CLIENT, signingKey, startIdp, type Idp } from '../support/idp';

/**
 * The API against a real OpenID Provider (oidc-provider, run as a process): its RS256 tokens
 * verified through discovery and JWKS, a provider's monitoring system signing in with the client
 * credentials grant, and a signing-key rotation in the middle of the run.
 */
describe('sign-in through an OpenID Provider (real identity provider, Temporal, Postgres)', () => {
  let idp: Idp;
  let stack: Stack;

  beforeAll(async () => {
    idp = await startIdp();
    stack = await startStack({
      env: { AUTH_ISSUER: idp.issuer, AUTH_AUDIENCE: IDP_AUDIENCE, AUTH_JWKS_COOLDOWN_S: '0' },
    });
    // One account of the provider, for its monitoring system to report a cut on.
    const row = {
      account_no: 'M-1',
      utility: 'power',
      provider_id: MACHINE_CLIENT.provider,
      customer_id: 'firm-1',
      customer_type: 'business',
      address: '嘉定区墨玉路 1 号',
      district: '嘉定区',
      tariff: 'single-part',
      capacity_kw: '8',
      load_factor: '0.3',
      opened_at: '2024-03-01T08:00:00+08:00',
    } as Record<string, string>;
    const parsed = parseAccountImport(
      [ACCOUNT_CSV_COLUMNS.join(','), ACCOUNT_CSV_COLUMNS.map((c) => row[c] ?? '').join(',')].join('\r\n'),
      new Date().toISOString(),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await importAccounts(stack.db.dataSource, parsed.accounts);
  });
  afterAll(async () => {
    await stack?.close();
    await idp?.stop();
  });

  const report = (token: string) =>
    stack.call('POST', '/v1/interruptions', {
      token,
      body: {
        reference: `INC-${randomUUID()}`,
        utility: 'power',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        area: { kind: 'accounts', accountNos: ['M-1'] },
        cause: 'cable fault',
      },
    });

  it("lets a provider's monitoring system report an interruption with a client-credentials token", async () => {
    const token = await idp.machineToken();
    const reply = await report(token);
    expect([reply.status, reply.body.error?.details]).toEqual([201, undefined]);
    const read = await stack.call('GET', `/v1/interruptions/${reply.body.id}`, { token });
    expect(read.body).toMatchObject({ providerId: MACHINE_CLIENT.provider });
    // The development secret's tokens mean nothing here.
    const dev = await stack.token({ sub: 'admin-1', role: 'admin', name: '' });
    expect((await stack.call('GET', '/v1/tasks', { token: dev })).status).toBe(401);
  });

  it('keeps old tokens working across a signing-key rotation, takes the new key, and refuses an unknown one', async () => {
    const before = await idp.machineToken();
    const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid;
    expect((await report(before)).status).toBe(201);

    // The provider rotates: a new key signs, the old one stays published until its tokens expire.
    const published = (await (await fetch(`${idp.issuer}/jwks`)).json()) as { keys: { kid: string }[] };
    expect(published.keys.map((k) => k.kid)).toEqual([kidOf(before)]);
    const next = await signingKey();
    await idp.restart([next, ...idp.keys()]);
    const after = await idp.machineToken();
    expect(kidOf(after)).toBe(next.kid);
    expect(kidOf(before)).not.toBe(next.kid);
    expect((await report(after)).status).toBe(201);
    expect((await report(before)).status).toBe(201);

    // A token signed by a key the provider never published: refused, naming the header.
    const stranger = await signingKey();
    const forged = await new SignJWT({ role: 'admin', name: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: stranger.kid })
      .setSubject('intruder')
      .setIssuer(idp.issuer)
      .setAudience(IDP_AUDIENCE)
      .setExpirationTime('5m')
      .sign(await importJWK(stranger, 'RS256'));
    const refused = await stack.call('GET', '/v1/tasks', { token: forged });
    expect(refused.status).toBe(401);
    expect(refused.body.error.details[0]).toMatchObject({ path: 'header.authorization', rule: 'invalid_token' });
  });
});
