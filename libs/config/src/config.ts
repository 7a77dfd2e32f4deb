import { z } from 'zod';

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
  /** The prebuilt workflow bundle (npm run build writes it); without it the worker bundles at start. */
  WORKFLOW_BUNDLE_PATH: optionalFile,
  /** HS256 secret for bearer tokens (development default). At least 32 characters. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** OIDC: the issuer's JWKS URL; when set, tokens are verified against it instead of JWT_SECRET. */
  AUTH_JWKS_URL: z.url('must be a URL').optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** The development login (POST /api/v1/dev/login). Never on when NODE_ENV=production. */
  DEV_LOGIN: z.enum(['on', 'off']).optional(),
});

export type Config = z.infer<typeof schema>;

/** The development login is on outside production unless switched off. */
export const devLoginEnabled = (config: Config): boolean =>
  config.NODE_ENV !== 'production' && config.DEV_LOGIN !== 'off';

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
    if (config.NODE_ENV === 'production' && config.DEV_LOGIN === 'on')
      problems.push({ variable: 'DEV_LOGIN', message: 'the development login cannot be on in production' });
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
