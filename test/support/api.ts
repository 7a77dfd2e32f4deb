import { randomUUID } from 'node:crypto';
import { signDevToken } from '../../apps/api/src/auth/tokens';
import type { Principal } from '../../apps/api/src/auth/principal';
import { applySeeds } from '../../seeds';
import { sampleApplication, SAMPLE_SERVICES } from '../../seeds/sample-application';
import { startApi, startWorker, testConfig, TEST_JWT_SECRET, type RunningApi, type RunningWorker } from './apps';
import { createMigratedDatabase } from './postgres';
import { devServerAddress } from './temporal';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  headers: Headers;
}

/** API + worker + real Temporal dev server + a fresh real Postgres database, over HTTP. */
export async function startStack(
  options: { temporalAddress?: string; databaseUrl?: string; env?: Record<string, string> } = {},
) {
  const db = await createMigratedDatabase(options.databaseUrl);
  await applySeeds(db.dataSource);
  const config = testConfig({
    DATABASE_URL: db.url,
    TEMPORAL_ADDRESS: options.temporalAddress ?? devServerAddress(),
    TEMPORAL_TASK_QUEUE: `api-${randomUUID()}`,
    ...options.env,
  });
  const worker: RunningWorker = await startWorker(config);
  const api: RunningApi = await startApi(config);

  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    } else if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const response = await fetch(`${api.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. CSV)
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  return {
    db,
    api,
    worker,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    temporalAddress: config.TEMPORAL_ADDRESS,
    call,
    token: (principal: Principal) => signDevToken(TEST_JWT_SECRET, principal),
    async close() {
      await api.close();
      await worker.close().catch(() => undefined); // a spec may have stopped it already
      await db.drop();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

/** Polls `probe` until it returns a truthy value (bounded). */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const principals = {
  applicant: { sub: 'applicant-a', role: 'applicant', name: '王芳' } as Principal,
  otherApplicant: { sub: 'applicant-b', role: 'applicant', name: '李雷' } as Principal,
  window: { sub: 'clerk-1', role: 'window', name: '窗口' } as Principal,
  power: { sub: 'staff-power', role: 'staff', name: '国网', provider: 'state-grid-jiading' } as Principal,
  water: { sub: 'staff-water', role: 'staff', name: '水务', provider: 'jiading-water' } as Principal,
  gas: { sub: 'staff-gas', role: 'staff', name: '燃气', provider: 'jiading-gas' } as Principal,
  road: { sub: 'officer-road', role: 'agency', name: '路政', agency: 'road-authority' } as Principal,
  police: { sub: 'officer-police', role: 'agency', name: '交警', agency: 'traffic-police' } as Principal,
  admin: { sub: 'admin-1', role: 'admin', name: '营商办' } as Principal,
};

export const powerAndWaterForm = () =>
  sampleApplication({ power: SAMPLE_SERVICES.power, water: SAMPLE_SERVICES.water });

/** An appointment `ms` from now (the providers' clocks start when it comes). */
export const soon = (ms = 1500) => new Date(Date.now() + ms).toISOString();

/**
 * One stack for a spec file, started before its specs and closed after them, with a token for
 * every principal: `const env = stackForFile(); … env.stack.call(…, { token: env.tokens.window })`.
 */
export function stackForFile(options: Parameters<typeof startStack>[0] = {}) {
  const env = { stack: undefined as unknown as Stack, tokens: {} as Record<keyof typeof principals, string> };
  beforeAll(async () => {
    env.stack = await startStack(options);
    for (const [name, principal] of Object.entries(principals))
      env.tokens[name as keyof typeof principals] = await env.stack.token(principal);
  });
  afterAll(() => env.stack?.close());
  return env;
}
