import { z } from 'zod';
import { parseCodecKeys } from '../../temporal/src/codec';
import { urlPassword, weakSecret } from './secrets';

const PLACEHOLDER_PASSWORD = /change[-_ ]?me|changeme|^password$|^postgres$/i;

const port = z.coerce.number().int().min(0).max(65535);
const optionalFile = z.string().min(1).optional();

/**
 * Every setting Lianbao reads from the environment, validated once at start-up.
 * A bad value stops the process with a message naming the variable and the rule.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty` for people (pino-pretty), `json` for machines; by default pretty only on a terminal. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** Logs to this file (JSON lines, appended) instead of standard output. */
  LOG_FILE: optionalFile,
  /** The bearer token a Prometheus scraper sends for /metrics; unset, only this machine may scrape. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How often (seconds) a worker sweeps for stages whose 75 % warning has come (release 0.3); 0: never. */
  WARNING_SWEEP_S: z.coerce.number().int().min(0).max(3600).default(15),
  /** Where the worker serves its Prometheus metrics (/metrics); 0 picks a free port. */
  WORKER_METRICS_PORT: port.default(9464),
  /** Where the worker's Temporal SDK serves its own Prometheus metrics; 0 switches them off. */
  TEMPORAL_SDK_METRICS_PORT: port.default(9465),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('lianbao'),
  TEMPORAL_TLS_CERT: optionalFile,
  TEMPORAL_TLS_KEY: optionalFile,
  TEMPORAL_TLS_CA: optionalFile,
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  /**
   * Keys of the payload codec that encrypts everything Lianbao hands Temporal (AES-256-GCM):
   * `id=base64,id=base64` of 32 random bytes each; the first seals, all open (rotation).
   * Required in production; the embedded default generates one into .data/.
   */
  TEMPORAL_CODEC_KEYS: z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      try {
        parseCodecKeys(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .optional(),
  /** The Temporal web UI's origin, allowed to call the codec endpoint from the browser (CORS). */
  TEMPORAL_UI_ORIGIN: z.url('must be a URL').optional(),
  /** The prebuilt workflow bundle (npm run build writes it); without it the worker bundles at start. */
  WORKFLOW_BUNDLE_PATH: optionalFile,
  /** HS256 secret for bearer tokens (development default). At least 32 characters. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** OIDC: the issuer's JWKS URL; when set, tokens are verified against it instead of JWT_SECRET. */
  AUTH_JWKS_URL: z.url('must be a URL').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** Algorithms accepted from the JWKS issuer (comma-separated). HS256 tokens need JWT_SECRET instead. */
  AUTH_ALGORITHMS: z
    .string()
    .regex(
      /^(RS|PS|ES)(256|384|512)(,(RS|PS|ES)(256|384|512))*$/,
      'a comma-separated list of RS*, PS* or ES* algorithms',
    )
    .default('RS256,ES256'),
  /**
   * Which claims carry the Lianbao role, the provider (staff) and the agency. The role claim may
   * be a string or a list (groups); AUTH_ROLE_MAP renames the identity provider's values
   * (`lianbao-clerks=window,lianbao-admins=admin`).
   */
  AUTH_ROLE_CLAIM: z.string().min(1).default('role'),
  AUTH_PROVIDER_CLAIM: z.string().min(1).default('provider'),
  AUTH_AGENCY_CLAIM: z.string().min(1).default('agency'),
  AUTH_ROLE_MAP: z
    .string()
    .regex(
      /^[^=,]+=(applicant|window|staff|agency|admin)(,[^=,]+=(applicant|window|staff|agency|admin))*$/,
      'value=role pairs, comma-separated (roles: applicant, window, staff, agency, admin)',
    )
    .optional(),
  /** The web app's OpenID Connect client (authorization code + PKCE) at AUTH_ISSUER, and its scopes. */
  AUTH_WEB_CLIENT_ID: z.string().min(1).optional(),
  AUTH_WEB_SCOPES: z.string().min(1).default('openid profile lianbao offline_access'),
  /** How soon an unknown key id may make the API fetch the issuer's keys again, in seconds. */
  AUTH_JWKS_COOLDOWN_S: z.coerce.number().min(0).max(600).default(30),
  /** How far a token's clock may be off (exp, nbf, iat), in seconds. */
  AUTH_CLOCK_SKEW_S: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * The development login (POST /api/v1/dev/login): a token for any role, for the embedded
   * default and tests. Off unless switched on; refused in production.
   */
  DEV_LOGIN: z.enum(['on', 'off']).default('off'),
  /** The district's prefix of application numbers (JD-2026-000123): 2–6 capital letters. */
  APPLICATION_NUMBER_PREFIX: z
    .string()
    .regex(/^[A-Z]{2,6}$/, '2 to 6 capital letters')
    .default('JD'),
  /** Where uploaded documents' bytes are kept: Postgres (bytea), or an S3-compatible object store. */
  DOCUMENT_STORE: z.enum(['postgres', 's3']).default('postgres'),
  /** The object store (with DOCUMENT_STORE=s3): any S3-compatible endpoint, or AWS when unset. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Bucket in the path (most S3-compatible servers) rather than in the host name (AWS). */
  S3_FORCE_PATH_STYLE: z.enum(['on', 'off']).default('on'),
  /** Whether the API makes sure the monthly report's Temporal Schedule exists (off in tests: they make their own). */
  MONTHLY_REPORT_SCHEDULE: z.enum(['on', 'off']).default('on'),
});

export type Config = z.infer<typeof schema>;

/**
 * Sign-in through an OpenID Provider found by discovery: an issuer without a JWKS URL of its own.
 * (JWT_SECRET then signs nothing that is accepted.)
 */
export const oidcDiscovery = (config: Config): boolean => Boolean(config.AUTH_ISSUER && !config.AUTH_JWKS_URL);

/** Whether the API listens only on this machine. */
export const isLoopback = (host: string): boolean => /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);

/** The development login is on only when switched on, and never in production. */
export const devLoginEnabled = (config: Config): boolean =>
  config.NODE_ENV !== 'production' && config.DEV_LOGIN === 'on';

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) {
    const config = result.data;
    const problems: { variable: string; message: string }[] = [];
    if (Boolean(config.TEMPORAL_TLS_CERT) !== Boolean(config.TEMPORAL_TLS_KEY))
      problems.push({
        variable: 'TEMPORAL_TLS_CERT',
        message: 'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together',
      });
    if (config.DEV_LOGIN === 'on' && !isLoopback(config.HOST))
      problems.push({
        variable: 'DEV_LOGIN',
        message: `the development login is for one machine only: HOST ${config.HOST} is reachable from others`,
      });
    if (config.NODE_ENV === 'production' && config.DEV_LOGIN === 'on')
      problems.push({ variable: 'DEV_LOGIN', message: 'the development login cannot be on in production' });
    if (config.AUTH_JWKS_URL && !config.AUTH_ISSUER)
      problems.push({
        variable: 'AUTH_ISSUER',
        message: 'is required with AUTH_JWKS_URL (tokens must name their issuer)',
      });
    if (config.DEV_LOGIN === 'on' && config.AUTH_ISSUER)
      problems.push({
        variable: 'DEV_LOGIN',
        message: 'cannot be on with AUTH_ISSUER: its tokens would not be accepted (sign in at the issuer)',
      });
    if (config.AUTH_WEB_CLIENT_ID && !config.AUTH_ISSUER)
      problems.push({
        variable: 'AUTH_ISSUER',
        message: 'is required with AUTH_WEB_CLIENT_ID (where the web app signs in)',
      });
    if (oidcDiscovery(config) && !config.AUTH_AUDIENCE)
      problems.push({
        variable: 'AUTH_AUDIENCE',
        message: 'is required with AUTH_ISSUER (tokens must be meant for Lianbao)',
      });
    if (oidcDiscovery(config) && !/^https?:\/\//.test(config.AUTH_ISSUER!))
      problems.push({
        variable: 'AUTH_ISSUER',
        message: 'must be the issuer URL (its discovery document is read from it)',
      });
    if (config.AUTH_JWKS_URL && !config.AUTH_AUDIENCE)
      problems.push({
        variable: 'AUTH_AUDIENCE',
        message: 'is required with AUTH_JWKS_URL (tokens must be meant for Lianbao)',
      });
    if (config.NODE_ENV === 'production') {
      const jwt = config.JWT_SECRET && weakSecret(config.JWT_SECRET);
      if (jwt) problems.push({ variable: 'JWT_SECRET', message: jwt });
      const dbPassword = urlPassword(config.DATABASE_URL);
      if (dbPassword && PLACEHOLDER_PASSWORD.test(dbPassword))
        problems.push({ variable: 'DATABASE_URL', message: "the database password is a placeholder ('change-me')" });
    }
    if (config.NODE_ENV === 'production' && !config.TEMPORAL_CODEC_KEYS)
      problems.push({
        variable: 'TEMPORAL_CODEC_KEYS',
        message: 'is required in production (personal data must not reach Temporal in clear)',
      });
    if (config.DOCUMENT_STORE === 's3' && !config.S3_BUCKET)
      problems.push({ variable: 'S3_BUCKET', message: 'is required with DOCUMENT_STORE=s3' });
    if (problems.length) throw new ConfigError(problems);
    return config;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.join('.'),
      message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}
