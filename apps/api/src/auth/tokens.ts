import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ConfigError, oidcDiscovery, type Config } from '../../../../libs/config/src';
import { principalSchema, ROLES, type Principal, type Role } from './principal';

export class InvalidTokenError extends Error {}
/** A good token of someone Lianbao gives no role: signed in, but with nothing to do here. */
export class NoRoleError extends Error {}

const TOKEN_LIFETIME = '12h';

type KeySource = { kind: 'secret'; key: Uint8Array } | { kind: 'remote'; keys: () => Promise<JWTVerifyGetKey> };

/**
 * Verifies bearer tokens: HS256 with JWT_SECRET (development), or an OpenID Provider's RS/ES/PS
 * tokens through its JWKS — found by discovery from AUTH_ISSUER, or at AUTH_JWKS_URL. Keys rotate
 * at the provider: an unknown key id makes the API fetch the keys again (at most once per
 * AUTH_JWKS_COOLDOWN_S), so tokens signed by a new key verify and old ones keep working while
 * their key is still published. Lianbao's role, provider and agency come from configured claims.
 */
export class TokenVerifier {
  private readonly source: KeySource;
  private readonly roleMap: Map<string, Role>;

  constructor(private readonly config: Config) {
    const remote = (url: URL) =>
      createRemoteJWKSet(url, { cooldownDuration: config.AUTH_JWKS_COOLDOWN_S * 1000, timeoutDuration: 5000 });
    if (config.AUTH_JWKS_URL) {
      const keys = remote(new URL(config.AUTH_JWKS_URL));
      this.source = { kind: 'remote', keys: async () => keys };
    } else if (oidcDiscovery(config)) {
      let discovered: Promise<JWTVerifyGetKey> | undefined;
      this.source = {
        kind: 'remote',
        keys: () => {
          discovered ??= discoverJwks(config.AUTH_ISSUER!).then(remote);
          return discovered.catch((error: Error) => {
            discovered = undefined; // the provider was unreachable: ask again next time
            throw new InvalidTokenError(`the identity provider could not be reached: ${error.message}`);
          });
        },
      };
    } else if (config.JWT_SECRET) this.source = { kind: 'secret', key: new TextEncoder().encode(config.JWT_SECRET) };
    else
      throw new ConfigError([
        { variable: 'JWT_SECRET', message: 'is required unless AUTH_ISSUER or AUTH_JWKS_URL is set' },
      ]);
    this.roleMap = new Map(
      (config.AUTH_ROLE_MAP ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split('=') as [string, Role]),
    );
  }

  /**
   * Only the configured algorithms, an expiry always, the issuer and audience when configured
   * (always with JWKS: the config refuses JWKS without them), and a bounded clock skew.
   */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.config.AUTH_CLOCK_SKEW_S,
      };
      ({ payload } =
        this.source.kind === 'secret'
          ? await jwtVerify(token, this.source.key, { ...options, algorithms: ['HS256'] })
          : await jwtVerify(token, await this.source.keys(), {
              ...options,
              algorithms: this.config.AUTH_ALGORITHMS.split(','),
            }));
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError((error as Error).message);
    }
    const role = this.roleOf(payload[this.config.AUTH_ROLE_CLAIM]);
    if (!role) throw new NoRoleError(`the token carries no Lianbao role (claim ${this.config.AUTH_ROLE_CLAIM})`);
    const principal = principalSchema.safeParse({
      sub: payload.sub,
      role,
      name: payload.name ?? payload.preferred_username ?? '',
      provider: payload[this.config.AUTH_PROVIDER_CLAIM] ?? undefined,
      agency: payload[this.config.AUTH_AGENCY_CLAIM] ?? undefined,
    });
    if (!principal.success) throw new InvalidTokenError(principal.error.issues.map((i) => i.message).join('; '));
    return principal.data;
  }

  /** The first value of the role claim (a string or a list) that names a Lianbao role. */
  private roleOf(claim: unknown): Role | undefined {
    const values = Array.isArray(claim) ? claim : [claim];
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const mapped = this.roleMap.get(value) ?? value;
      if ((ROLES as readonly string[]).includes(mapped)) return mapped as Role;
    }
    return undefined;
  }
}

async function discoverJwks(issuer: string): Promise<URL> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  const document = (await response.json()) as { issuer?: string; jwks_uri?: string };
  if (document.issuer !== issuer) throw new Error(`discovery names another issuer (${document.issuer})`);
  if (!document.jwks_uri) throw new Error('discovery names no jwks_uri');
  return new URL(document.jwks_uri);
}

/** Development tokens (npm run token, the dev login, tests): HS256 with JWT_SECRET. */
export async function signDevToken(secret: string, principal: Principal, lifetime = TOKEN_LIFETIME): Promise<string> {
  const { sub, ...claims } = principalSchema.parse(principal);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(new TextEncoder().encode(secret));
}
