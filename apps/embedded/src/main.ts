import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { dataDir, isLoopback, projectRoot } from '../../../libs/config/src';
import { createDataSource } from '../../../libs/persistence/src';
import { findTemporalCli, historyCache, SQLITE_PRAGMAS } from '../../../libs/temporal/src';
import { applySeeds } from '../../../seeds';
import { startEmbeddedPostgres } from './embedded-postgres';
import { isPortFree, startChild, stopChild, waitForPort } from './processes';

/**
 * The embedded default: one command, no configuration. Starts what is not configured
 * (Temporal dev server unless TEMPORAL_ADDRESS; a real PostgreSQL unless DATABASE_URL), applies migrations
 * and seeds, then runs the API and the worker as child processes. Ctrl-C stops them all;
 * everything persists under .data/, so the next start resumes where this one stopped.
 */
const HOST = process.env.HOST ?? '127.0.0.1';
const API_PORT = Number(process.env.PORT ?? 3000);
const TEMPORAL_PORT = Number(process.env.EMBEDDED_TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.EMBEDDED_TEMPORAL_UI_PORT ?? 8233);
const PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
const IDP_PORT = Number(process.env.EMBEDDED_IDP_PORT ?? 3001);
/** EMBEDDED_IDP=on: sign in through a real OpenID Provider (apps/idp) instead of the demo picker. */
const EMBEDDED_IDP = process.env.EMBEDDED_IDP === 'on';

const apps: ChildProcess[] = [];
let temporal: ChildProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];
let stopping = false;

function say(message: string): void {
  process.stdout.write(`[lianbao] ${message}\n`);
}

async function requireFreePort(port: number, what: string, variable: string): Promise<void> {
  if (!(await isPortFree(port, HOST)))
    throw new Error(`Port ${port} for ${what} is in use. Stop what holds it or set ${variable}.`);
}

async function startTemporal(): Promise<string> {
  if (process.env.TEMPORAL_ADDRESS) return process.env.TEMPORAL_ADDRESS;
  await requireFreePort(TEMPORAL_PORT, 'Temporal', 'EMBEDDED_TEMPORAL_PORT');
  await requireFreePort(TEMPORAL_UI_PORT, 'the Temporal web UI', 'EMBEDDED_TEMPORAL_UI_PORT');
  const cli = findTemporalCli();
  const child = startChild(
    'temporal',
    cli,
    [
      'server',
      'start-dev',
      '--db-filename',
      path.join(dataDir, 'temporal.sqlite'),
      // WAL with synchronous=NORMAL: crash-safe, without an fsync per commit (the default's
      // fsyncs left the 2-core machine waiting on its disk half the time under load).
      ...SQLITE_PRAGMAS,
      // A district's open applications (each with its connections) stay in memory between tasks.
      ...historyCache(16_384),
      '--ip',
      HOST,
      '--port',
      String(TEMPORAL_PORT),
      '--ui-ip',
      HOST,
      '--ui-port',
      String(TEMPORAL_UI_PORT),
      '--log-level',
      'error',
      // The UI reads histories through the API's codec endpoint (admins only: the UI passes an
      // access token only where it has a sign-in of its own; otherwise payloads stay sealed there).
      '--ui-codec-endpoint',
      `http://${HOST}:${API_PORT}/api/v1/temporal-codec`,
    ],
    process.env,
  );
  temporal = child;
  await waitForPort(TEMPORAL_PORT, HOST, 60_000, 'The Temporal dev server');
  await waitForPort(TEMPORAL_UI_PORT, HOST, 60_000, 'The Temporal web UI');
  return `${HOST}:${TEMPORAL_PORT}`;
}

/** The identity provider (oidc-provider with the demo users), its keys kept in .data/. */
async function startIdp(): Promise<string> {
  await requireFreePort(IDP_PORT, 'the identity provider', 'EMBEDDED_IDP_PORT');
  const cookieKey = path.join(dataDir, 'idp-cookie-key');
  if (!fs.existsSync(cookieKey)) fs.writeFileSync(cookieKey, randomBytes(32).toString('base64url'), { mode: 0o600 });
  const child = startChild('idp', process.execPath, [path.join(projectRoot, 'apps', 'idp', 'idp.mjs')], {
    ...process.env,
    IDP_HOST: HOST,
    IDP_PORT: String(IDP_PORT),
    IDP_KEYS_FILE: path.join(dataDir, 'idp-keys.json'),
    IDP_WEB_ORIGINS: `http://${HOST}:${API_PORT}`,
    IDP_COOKIE_KEY: fs.readFileSync(cookieKey, 'utf8'),
  });
  apps.push(child);
  await waitForPort(IDP_PORT, HOST, 30_000, 'The identity provider');
  return `http://${HOST}:${IDP_PORT}`;
}

async function startPostgres(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  await requireFreePort(PG_PORT, 'the embedded Postgres', 'EMBEDDED_PG_PORT');
  // .data/ from an earlier Lianbao on PGlite: its Temporal database expects that event store, which
  // does not move over. Carrying on would leave running applications writing to an empty store.
  if (fs.existsSync(path.join(dataDir, 'pglite')) && !fs.existsSync(path.join(dataDir, 'postgres')))
    throw new Error(
      `${dataDir} was made by an earlier Lianbao on PGlite, which is no longer used, and its data does not ` +
        `move over. Start over with: rm -rf .data   (or move it away), then npm start again.`,
    );
  const postgres = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), PG_PORT);
  cleanups.push(() => postgres.stop());
  return postgres.url;
}

async function migrateAndSeed(url: string): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    say(`migrations: ${ran.length ? ran.map((m) => m.name).join(', ') : 'up to date'}`);
    const seeded = await applySeeds(dataSource);
    say(`seeds: ${seeded.length ? seeded.join(', ') : 'already applied'}`);
  } finally {
    await dataSource.destroy();
  }
}

function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): void {
  const entry = path.join(projectRoot, 'dist', 'apps', name, 'src', 'main.js');
  const child = startChild(name, process.execPath, [entry], env);
  child.once('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}); stopping everything.`);
      void shutdown(1);
    }
  });
  apps.push(child);
}

async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  // Apps first (they drain work), then Temporal, then the database they were using.
  await Promise.all(apps.map((child) => stopChild(child)));
  if (temporal) await stopChild(temporal);
  for (const cleanup of cleanups.reverse()) await cleanup();
  say('stopped.');
  process.exit(exitCode);
}

/** The development token secret: JWT_SECRET, else one generated once and kept in .data/. */
function devJwtSecret(): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = path.join(dataDir, 'dev-jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

/** The payload codec's key: TEMPORAL_CODEC_KEYS, else one generated once and kept in .data/. */
function devCodecKeys(): string {
  if (process.env.TEMPORAL_CODEC_KEYS) return process.env.TEMPORAL_CODEC_KEYS;
  const file = path.join(dataDir, 'temporal-codec-keys');
  if (!fs.existsSync(file)) fs.writeFileSync(file, `local-1=${randomBytes(32).toString('base64')}`, { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  // If whatever started us goes away (npm killed without passing the signal on), stop too:
  // nothing of Lianbao may outlive the command that ran it.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown(0), 1000).unref();

  const [temporalAddress, databaseUrl] = await Promise.all([startTemporal(), startPostgres()]);
  await migrateAndSeed(databaseUrl);
  const issuer = EMBEDDED_IDP ? await startIdp() : undefined;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: temporalAddress,
    DATABASE_URL: databaseUrl,
    HOST,
    PORT: String(API_PORT),
    JWT_SECRET: devJwtSecret(),
    TEMPORAL_CODEC_KEYS: devCodecKeys(),
    TEMPORAL_UI_ORIGIN: process.env.TEMPORAL_UI_ORIGIN ?? `http://${HOST}:${TEMPORAL_UI_PORT}`,
    // Request-by-request logs would bury the banner: warnings and errors only, unless asked.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The children write to pipes; read by a person at a terminal, their lines should be too.
    LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    // The embedded default is for one machine: its sign-in page picks a demo user of each role.
    // Listening for other machines (HOST=0.0.0.0), nobody gets a one-click admin.
    DEV_LOGIN: process.env.DEV_LOGIN ?? (isLoopback(HOST) && !issuer ? 'on' : 'off'),
    ...(issuer ? { AUTH_ISSUER: issuer, AUTH_AUDIENCE: 'urn:lianbao:api', AUTH_WEB_CLIENT_ID: 'lianbao-web' } : {}),
  };
  startApp('worker', env);
  startApp('api', env);
  await waitForPort(API_PORT, HOST, 60_000, 'The API');

  const api = `http://${HOST}:${API_PORT}`;
  say('ready:');
  say(`  web app        ${api}/   (sign in at ${api}/login${issuer ? '' : ': a demo user of any role'})`);
  say(`  API            ${api}/api`);
  say(`  health         ${api}/api/health`);
  say(`  API docs       ${api}/api/docs`);
  say(`  metrics        ${api}/metrics (API), http://${HOST}:${env.WORKER_METRICS_PORT ?? 9464}/metrics (worker)`);
  if (!process.env.TEMPORAL_ADDRESS) say(`  Temporal UI    http://${HOST}:${TEMPORAL_UI_PORT}`);
  say(`  Temporal       ${temporalAddress}`);
  say(
    `  database       ${process.env.DATABASE_URL ? '(DATABASE_URL)' : `PostgreSQL 18 on ${HOST}:${PG_PORT} (.data/postgres)`}`,
  );
  if (issuer) say(`  sign-in        ${issuer} (identity provider; demo users, password "demo")`);
  else if (env.DEV_LOGIN === 'on')
    say(
      `  dev login      POST ${api}/api/v1/dev/login  {"sub":"me","role":"applicant"}  (or: npm run token -- --role window)`,
    );
  else say(`  dev login      off (HOST ${HOST} is reachable from other machines)`);
  say('Ctrl-C stops everything; data stays in .data/.');
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[lianbao] ${(error as Error).message}\n`);
  await shutdown(1);
});
