import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { ConfigError, type Config } from '../../../../libs/config/src';
import { principalSchema, type Principal } from './principal';

export class InvalidTokenError extends Error {}

const TOKEN_LIFETIME = '12h';

/** Verifies bearer tokens: HS256 with JWT_SECRET by default, or an OIDC issuer's JWKS. */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;

  constructor(private readonly config: Config) {
    if (config.AUTH_JWKS_URL) this.key = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
    else if (config.JWT_SECRET) this.key = new TextEncoder().encode(config.JWT_SECRET);
    else throw new ConfigError([{ variable: 'JWT_SECRET', message: 'is required unless AUTH_JWKS_URL is set' }]);
  }

  /**
   * Only the configured algorithms, an expiry always, the issuer and audience when configured
   * (always with JWKS: the config refuses JWKS without them), and a bounded clock skew.
   */
  async verify(token: string): Promise<Principal> {
    try {
      const options = {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.config.AUTH_CLOCK_SKEW_S,
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, { ...options, algorithms: ['HS256'] })
          : await jwtVerify(token, this.key, { ...options, algorithms: this.config.AUTH_ALGORITHMS.split(',') });
      const principal = principalSchema.safeParse(payload);
      if (!principal.success) throw new InvalidTokenError(principal.error.issues.map((i) => i.message).join('; '));
      return principal.data;
    } catch (error) {
      throw error instanceof InvalidTokenError ? error : new InvalidTokenError((error as Error).message);
    }
  }
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
