#!/usr/bin/env node
// `npm start`: one Node process from first line to last, so Ctrl-C — or a signal to npm's own pid,
// which npm passes to its direct child — reaches the launcher, which stops everything it started.
//   1. setup (npm packages, the Temporal binaries) — a no-op when done;
//   2. build — only when a source is newer than the last build;
//   3. the embedded launcher (apps/embedded), in this same process.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
execFileSync(process.execPath, [path.join(root, 'scripts', 'setup.js')], { cwd: root, stdio: 'inherit' });

const stamp = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['apps', 'libs', 'workflows', 'activities', 'seeds', 'scripts', 'package-lock.json', 'tsconfig.json'];

function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => name !== 'node_modules')
    .reduce((max, name) => Math.max(max, newest(path.join(entry, name))), stat.mtimeMs);
}

const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (SOURCES.some((s) => newest(path.join(root, s)) > built)) {
  process.stdout.write('[lianbao] building (sources changed since the last build)\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
} else process.stdout.write('[lianbao] build is up to date\n');

require(path.join(root, 'dist', 'apps', 'embedded', 'src', 'main.js'));
