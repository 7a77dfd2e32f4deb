import { spawn } from 'node:child_process';
import { freePort, waitForPort } from '../../apps/embedded/src/processes';
import { findTemporalCli } from '../../libs/temporal/src';

/** Jest globalSetup: one real Temporal CLI dev server (in memory) shared by every end-to-end file. */
export default async function globalSetup(): Promise<void> {
  const cli = findTemporalCli(); // throws, naming the fix, when the binary is missing
  const port = await freePort();
  const child = spawn(
    cli,
    ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'],
    // Its log is kept, not echoed: shown if it fails to start, and never after jest's summary
    // (at teardown it logs the closing of connections).
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  try {
    await waitForPort(port, '127.0.0.1', 60_000, `The Temporal dev server (${cli})`);
  } catch (error) {
    child.kill('SIGKILL');
    process.stderr.write(log);
    throw error;
  }
  process.env.TEST_TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
  (globalThis as { __temporalDevServer?: typeof child }).__temporalDevServer = child;
}
