// Lianbao's identity provider for development and tests: oidc-provider (a certified OpenID
// Provider for Node) with the demo users of every role. The web app signs in through it with the
// authorization code flow and PKCE; a provider's monitoring system gets tokens with the client
// credentials grant; the API verifies its RS256 access tokens through discovery and JWKS.
// A production district points Lianbao at its own provider instead (README, "Sign-in").
//
//   IDP_PORT (3001), IDP_HOST (127.0.0.1), IDP_ISSUER (http://HOST:PORT)
//   IDP_KEYS_FILE        signing keys, a JSON array of private JWKs; the first signs, all are
//                        published (rotation: put the new key first, keep the old until its tokens
//                        expire). Generated with one RS256 key when the file does not exist.
//   IDP_WEB_ORIGINS      where the web app runs (redirects go to <origin>/auth/callback)
//   IDP_AUDIENCE         the API's audience (urn:lianbao:api); IDP_ACCESS_TOKEN_TTL seconds (600)
//   IDP_MACHINE_CLIENTS  JSON [{ "client_id", "client_secret", "provider" }]: monitoring systems
//   IDP_COOKIE_KEY       signs the provider's cookies (generated when unset)
// Demo users sign in with their id (firm-1, clerk-1, staff-power, …) and the password "demo".
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const env = process.env;
const PORT = Number(env.IDP_PORT ?? 3001);
const HOST = env.IDP_HOST ?? '127.0.0.1';
const ISSUER = env.IDP_ISSUER ?? `http://${HOST}:${PORT}`;
const AUDIENCE = env.IDP_AUDIENCE ?? 'urn:lianbao:api';
const TTL = Number(env.IDP_ACCESS_TOKEN_TTL ?? 600);
const WEB_ORIGINS = (env.IDP_WEB_ORIGINS ?? 'http://127.0.0.1:3000').split(',').map((o) => o.trim().replace(/\/$/, ''));
const MACHINE_CLIENTS = JSON.parse(env.IDP_MACHINE_CLIENTS ?? '[]');
const DEMO_PASSWORD = 'demo';
const USERS = JSON.parse(fs.readFileSync(new URL('../../seeds/demo-users.json', import.meta.url), 'utf8'));

async function signingKeys() {
  const file = env.IDP_KEYS_FILE;
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };
  if (file) fs.writeFileSync(file, JSON.stringify([jwk]), { mode: 0o600 });
  return [jwk];
}

const claimsOf = (user) => ({
  name: user.name,
  role: user.role,
  provider: user.provider,
  agency: user.agency,
});

const provider = new Provider(ISSUER, {
  clients: [
    {
      client_id: env.IDP_WEB_CLIENT_ID ?? 'lianbao-web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: WEB_ORIGINS.map((o) => `${o}/auth/callback`),
      post_logout_redirect_uris: WEB_ORIGINS.map((o) => `${o}/`),
    },
    ...MACHINE_CLIENTS.map((c) => ({
      client_id: c.client_id,
      client_secret: c.client_secret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      lianbao_provider: c.provider,
    })),
  ],
  extraClientMetadata: { properties: ['lianbao_provider'] },
  jwks: { keys: await signingKeys() },
  cookies: { keys: [env.IDP_COOKIE_KEY ?? crypto.randomBytes(32).toString('base64url')] },
  findAccount: (_ctx, id) => {
    const user = USERS.find((u) => u.sub === id);
    return user && { accountId: id, claims: () => ({ sub: id, ...claimsOf(user) }) };
  },
  claims: { openid: ['sub'], profile: ['name'], lianbao: ['role', 'provider', 'agency'] },
  scopes: ['openid', 'profile', 'lianbao', 'offline_access'],
  ttl: {
    AccessToken: TTL,
    ClientCredentials: TTL,
    IdToken: TTL,
    RefreshToken: 8 * 3600,
    Session: 8 * 3600,
    Grant: 8 * 3600,
    Interaction: 3600,
  },
  // The web app renews its access token with a refresh token (rotated on use) before it expires.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      // Signing out of Lianbao signs out here too, without a second question.
      logoutSource: async (ctx, form) => {
        ctx.body = `<!doctype html><html><body onload="document.forms[0].submit()">${form.replace(
          '</form>',
          '<input type="hidden" name="logout" value="yes"/></form>',
        )}</body></html>`;
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => AUDIENCE,
      useGrantedResource: async () => true,
      getResourceServerInfo: async () => ({
        scope: 'openid profile lianbao offline_access',
        audience: AUDIENCE,
        accessTokenTTL: TTL,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  // Lianbao's claims in the access token the API reads (names mapped by AUTH_*_CLAIM).
  extraTokenClaims: async (ctx, token) => {
    if (token.kind === 'ClientCredentials') {
      const client = await ctx.oidc.provider.Client.find(token.clientId);
      return { role: 'staff', provider: client.lianbao_provider, name: token.clientId };
    }
    const user = USERS.find((u) => u.sub === token.accountId);
    return user ? claimsOf(user) : undefined;
  },
});
provider.proxy = true;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:420px;margin:40px auto;padding:0 16px}
label{display:block;margin:12px 0 4px}input,select,button{font-size:16px;padding:8px;width:100%;box-sizing:border-box}
button{margin-top:16px;background:#1677ff;color:#fff;border:0;border-radius:6px}.error{color:#b00020}</style></head>
<body><h1>${escape(title)}</h1>${body}</body></html>`;
}

async function readForm(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 10_000) throw new Error('form too large');
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/** The login page: a demo user's id and the demo password. Consent is implied for Lianbao's own clients. */
async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  const show = (error = '') => {
    const options = USERS.map(
      (u) => `<option value="${escape(u.sub)}">${escape(u.name)} (${escape(u.sub)})</option>`,
    ).join('');
    res.writeHead(error ? 401 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      page(
        '统一身份认证 · Sign in',
        `${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label for="login">用户 User</label><select id="login" name="login">${options}</select>
<label for="password">密码 Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">登录 Sign in</button></form>`,
      ),
    );
  };
  if (req.method !== 'POST') return show();
  const form = await readForm(req);
  const user = USERS.find((u) => u.sub === form.login);
  if (!user || form.password !== DEMO_PASSWORD) return show('用户或密码不正确 · Wrong user or password');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: user.sub, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  grant.addResourceScope(AUDIENCE, String(details.params.scope ?? 'openid'));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: user.sub }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

const callback = provider.callback();
const server = http.createServer((req, res) => {
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (!match) return callback(req, res);
  interaction(req, res, match[1]).catch((error) => {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`sign-in could not go on: ${error.message}`);
  });
});
server.listen(PORT, HOST, () => process.stdout.write(`[idp] ${ISSUER} (jwks ${ISSUER}/jwks)\n`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
