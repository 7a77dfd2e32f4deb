import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { TokenVerifier, signDevToken } from '../../apps/api/src/auth/tokens';
import { ConfigError, loadConfig } from '../../libs/config/src';
import { startApi, testConfig, TEST_JWT_SECRET } from '../support/apps';
import { createMigratedDatabase, type TestDatabase } from '../support/postgres';
import { devServerAddress } from '../support/temporal';

describe('OIDC / JWKS verification', () => {
  let server: http.Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const sign = (claims: Record<string, unknown>, audience = 'lianbao') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('u-1')
      .setIssuer('https://id.example.cn')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);

  const verifier = () =>
    new TokenVerifier(
      testConfig({
        DATABASE_URL: 'postgres://x@127.0.0.1/x',
        AUTH_JWKS_URL: jwksUrl,
        AUTH_ISSUER: 'https://id.example.cn',
        AUTH_AUDIENCE: 'lianbao',
      }),
    );

  it("accepts the issuer's tokens and reads the claims", async () => {
    expect(await verifier().verify(await sign({ role: 'staff', provider: 'jiading-water', name: '水务' }))).toEqual({
      sub: 'u-1',
      role: 'staff',
      provider: 'jiading-water',
      name: '水务',
    });
  });

  it('refuses another audience, missing claims, and HS256 development tokens', async () => {
    await expect(verifier().verify(await sign({ role: 'admin' }, 'someone-else'))).rejects.toThrow(/aud/);
    await expect(verifier().verify(await sign({ role: 'staff' }))).rejects.toThrow(
      'staff tokens need a provider claim',
    );
    await expect(
      verifier().verify(await signDevToken(TEST_JWT_SECRET, { sub: 'x', role: 'admin', name: '' })),
    ).rejects.toThrow();
  });

  it('requires an expiry, allows only the configured algorithms, and bounds clock skew', async () => {
    const noExp = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('u-1')
      .setIssuer('https://id.example.cn')
      .setAudience('lianbao')
      .sign(privateKey);
    await expect(verifier().verify(noExp)).rejects.toThrow(/exp/);
    // Signed with an algorithm the issuer's key supports but Lianbao was not told to accept.
    const ps = await generateKeyPair('PS256');
    const psToken = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'PS256', kid: 'k1' })
      .setSubject('u-1')
      .setIssuer('https://id.example.cn')
      .setAudience('lianbao')
      .setExpirationTime('5m')
      .sign(ps.privateKey);
    await expect(verifier().verify(psToken)).rejects.toThrow();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'u-1', role: 'admin', exp: Math.floor(Date.now() / 1000) + 60 }),
    ).toString('base64url')}.`;
    await expect(verifier().verify(unsigned)).rejects.toThrow();
    // 30 seconds of skew by default: 10 s past expiry passes, 2 minutes does not.
    const expiredBy = (seconds: number) =>
      new SignJWT({ role: 'window' })
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('u-1')
        .setIssuer('https://id.example.cn')
        .setAudience('lianbao')
        .setExpirationTime(Math.floor(Date.now() / 1000) - seconds)
        .sign(privateKey);
    await expect(verifier().verify(await expiredBy(10))).resolves.toMatchObject({ role: 'window' });
    await expect(verifier().verify(await expiredBy(120))).rejects.toThrow(/exp/);
  });

  it('refuses to start with JWKS but no issuer or audience, or with the dev login on in production', () => {
    expect(() =>
      testConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', AUTH_JWKS_URL: jwksUrl, AUTH_AUDIENCE: 'lianbao' }),
    ).toThrow(/AUTH_ISSUER: is required with AUTH_JWKS_URL/);
    expect(() =>
      testConfig({
        DATABASE_URL: 'postgres://x@127.0.0.1/x',
        AUTH_JWKS_URL: jwksUrl,
        AUTH_ISSUER: 'https://id.example.cn',
      }),
    ).toThrow(/AUTH_AUDIENCE: is required with AUTH_JWKS_URL/);
    expect(() =>
      testConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', NODE_ENV: 'production', DEV_LOGIN: 'on' }),
    ).toThrow(/DEV_LOGIN: the development login cannot be on in production/);
    // The launcher's default is for one machine: listening for others, no dev login.
    expect(() => testConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x', HOST: '0.0.0.0', DEV_LOGIN: 'on' })).toThrow(
      /DEV_LOGIN: the development login is for one machine only/,
    );
  });

  it('refuses placeholder and predictable secrets in production, and a production without the payload codec', () => {
    const production = (env: Record<string, string>) =>
      testConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://lianbao:Vq8sJm2xPz@db/lianbao',
        TEMPORAL_CODEC_KEYS: `k1=${randomBytes(32).toString('base64')}`,
        JWT_SECRET: randomBytes(48).toString('base64'),
        ...env,
      });
    expect(() => production({})).not.toThrow();
    // What deploy/compose.yaml used to ship: an admin token forged with it was accepted.
    expect(() => production({ JWT_SECRET: 'change-me-to-at-least-32-characters-long' })).toThrow(
      /JWT_SECRET: is a placeholder/,
    );
    expect(() => production({ JWT_SECRET: 'a'.repeat(64) })).toThrow(/JWT_SECRET: is a placeholder/);
    expect(() => production({ JWT_SECRET: 'abababababababababababababababababab' })).toThrow(
      /JWT_SECRET: is too predictable \(about 36 bits/,
    );
    expect(() => production({ DATABASE_URL: 'postgres://lianbao:change-me@postgres:5432/lianbao' })).toThrow(
      /DATABASE_URL: the database password is a placeholder/,
    );
    expect(() => production({ TEMPORAL_CODEC_KEYS: '' })).toThrow(/TEMPORAL_CODEC_KEYS/);
    const { TEMPORAL_CODEC_KEYS: _dropped, ...withoutCodec } = production({});
    expect(() =>
      loadConfig(
        Object.fromEntries(Object.entries(withoutCodec).filter(([, v]) => typeof v === 'string')) as NodeJS.ProcessEnv,
      ),
    ).toThrow(/TEMPORAL_CODEC_KEYS: is required in production/);
    expect(() => production({ TEMPORAL_CODEC_KEYS: 'k1=c2hvcnQ=' })).toThrow(/must be 32 bytes/);
    // Outside production the test secret is fine.
    expect(() => testConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x' })).not.toThrow();
  });

  it('needs a secret or a JWKS URL', () => {
    const config = { ...testConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/x' }), JWT_SECRET: undefined };
    expect(() => new TokenVerifier(config)).toThrow(ConfigError);
  });
});

describe('the development login and token lifetimes over HTTP', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  it('gives working tokens only when switched on, is off by default (NODE_ENV unset too), and does not exist in production', async () => {
    const env = { DATABASE_URL: db.url, TEMPORAL_ADDRESS: devServerAddress() };
    // A real secret and no NODE_ENV: nobody may mint an admin token.
    const unset = await startApi(loadConfig({ ...env, JWT_SECRET: TEST_JWT_SECRET, PORT: '0', LOG_LEVEL: 'error' }));
    try {
      const login = await fetch(`${unset.url}/v1/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'x', role: 'admin' }),
      });
      expect(login.status).toBe(404);
    } finally {
      await unset.close();
    }
    const dev = await startApi(testConfig({ ...env, NODE_ENV: 'development', DEV_LOGIN: 'on' }));
    try {
      const login = await fetch(`${dev.url}/v1/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'clerk-9', role: 'window', name: '窗口' }),
      });
      expect(login.status).toBe(201);
      const { token } = await login.json();
      expect((await fetch(`${dev.url}/v1/tasks`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      await dev.close();
    }
    const prod = await startApi(
      testConfig({ ...env, NODE_ENV: 'production', JWT_SECRET: randomBytes(48).toString('base64') }),
    );
    try {
      const login = await fetch(`${prod.url}/v1/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sub: 'x', role: 'admin' }),
      });
      expect(login.status).toBe(404);
      expect((await login.json()).error.code).toBe('not_found');
    } finally {
      await prod.close();
    }
  });

  it('refuses an expired token with 401 naming the header', async () => {
    const api = await startApi(testConfig({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: devServerAddress() }));
    try {
      const expired = await signDevToken(TEST_JWT_SECRET, { sub: 'a', role: 'applicant', name: '' }, '-1m');
      const reply = await fetch(`${api.url}/v1/notifications`, { headers: { authorization: `Bearer ${expired}` } });
      expect(reply.status).toBe(401);
      expect((await reply.json()).error.details[0]).toMatchObject({
        path: 'header.authorization',
        rule: 'invalid_token',
      });
    } finally {
      await api.close();
    }
  });
});
