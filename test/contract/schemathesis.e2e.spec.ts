import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../libs/config/src';
import type { Principal } from '../../apps/api/src/auth/principal';
import { powerAndWaterForm, principals, soon, startStack, type Stack } from '../support/api';

/**
 * An outside fuzzer (schemathesis, the PyPI package the project's setup installs pinned into
 * .tools/schemathesis) runs against the live API — real Temporal dev server, real Postgres — once
 * per role's token, with every check and every phase, stateful included (it follows the links
 * the document declares). Any failure fails this spec; each run's report is written to test-results/.
 */
const ST_DIR = path.join(projectRoot, '.tools', 'schemathesis');
const CONFIG = path.join(projectRoot, 'test', 'contract', 'schemathesis.toml');
const REPORTS = path.join(projectRoot, 'test-results');
const ROLES: [string, Principal][] = [
  ['applicant', principals.applicant],
  ['window', principals.window],
  ['staff', principals.power],
  ['agency', principals.road],
  ['admin', principals.admin],
];

describe('an outside fuzzer (schemathesis, all checks, stateful) against the live API, per role', () => {
  let stack: Stack;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(ST_DIR, 'bin', 'st')))
      throw new Error(`schemathesis is not installed in ${ST_DIR}: run "node scripts/setup.js"`);
    stack = await startStack();
    // Data for the operations that read one application: the fuzzer finds its id through links.
    const token = await stack.token(principals.applicant);
    const { id } = (await stack.call('POST', '/v1/applications', { token, body: powerAndWaterForm() })).body;
    const window = await stack.token(principals.window);
    await stack.call('POST', `/v1/applications/${id}/window-actions`, { token: window, body: { action: 'accept' } });
    await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: window,
      body: { action: 'schedule-joint-survey', appointmentAt: soon(3_600_000) },
    });
  });
  afterAll(() => stack?.close());

  it.each(ROLES)(
    'finds no failure with the %s token',
    async (_role, principal) => {
      const token = await stack.token(principal);
      const base = stack.api.url.replace(/\/api$/, '');
      const result = await run('python3', [
        path.join(ST_DIR, 'bin', 'st'),
        '--config-file',
        CONFIG,
        'run',
        `${stack.api.url}/docs-json`,
        '--url',
        base,
        '--checks',
        'all',
        '--max-examples',
        '15',
        '--generation-deterministic',
        '-H',
        `Authorization: Bearer ${token}`,
        '--no-color',
      ]);
      const output = result.stdout + result.stderr;
      // The whole report goes to a file; the console gets one line. Schemathesis closes with a
      // pytest-style banner ("=== 4 warnings in 16s ===") that log readers take for the test
      // runner's own closing summary, so it is never echoed while jest's summary is to follow.
      const report = path.join(REPORTS, `schemathesis-${_role}.txt`);
      fs.mkdirSync(REPORTS, { recursive: true });
      fs.writeFileSync(report, output);
      const cases = /Test cases:\s*\n\s*(.+)/.exec(output)?.[1]?.trim() ?? 'no summary printed';
      process.stdout.write(
        `schemathesis (${_role}): ${cases}; exit ${result.code}; report ${path.relative(projectRoot, report)}\n`,
      );
      if (result.code !== 0) process.stdout.write(output.replace(/^=+ (.*) =+$/gm, '--- $1 ---'));
      expect(result.code).toBe(0);
    },
    300_000,
  );
});

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    // Async, never spawnSync: the API under test answers from this same process.
    const child = spawn(command, args, { env: { ...process.env, PYTHONPATH: ST_DIR }, cwd: projectRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}
