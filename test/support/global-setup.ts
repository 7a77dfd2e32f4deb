import { spawn } from 'node:child_process';
import net from 'node:net';
import { findTemporalCli } from '../../libs/temporal/src';

/** Jest globalSetup: one real Temporal CLI dev server (in memory) shared by every end-to-end file. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export default async function globalSetup(): Promise<void> {
  const cli = findTemporalCli(); // throws, naming the fix, when the binary is missing
  const port = await freePort();
  const child = spawn(
    cli,
    ['server', 'start-dev', '--headless', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!(await waitForPort(port, 60_000))) {
    child.kill('SIGKILL');
    throw new Error(`The Temporal dev server (${cli}) did not listen on 127.0.0.1:${port} within 60 s.`);
  }
  process.env.TEST_TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
  (globalThis as { __temporalDevServer?: typeof child }).__temporalDevServer = child;
}
