// npm run token -- --role staff --provider state-grid-jiading [--sub id] [--name "…"] [--agency road-authority]
// Mints a development token signed with JWT_SECRET (or the embedded default's .data/dev-jwt-secret).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir } from '../libs/config/src';
import { signDevToken } from '../apps/api/src/auth/tokens';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      provider: { type: 'string' },
      agency: { type: 'string' },
    },
  });
  const secretFile = path.join(dataDir, 'dev-jwt-secret');
  const secret =
    process.env.JWT_SECRET ?? (fs.existsSync(secretFile) ? fs.readFileSync(secretFile, 'utf8').trim() : '');
  if (!secret) throw new Error('Set JWT_SECRET, or run npm start once so .data/dev-jwt-secret exists.');
  const role = values.role ?? 'applicant';
  const principal = {
    sub: values.sub ?? `${role}-dev`,
    role,
    name: values.name ?? `Development ${role}`,
    provider: values.provider,
    agency: values.agency,
  };
  process.stdout.write(`${await signDevToken(secret, principal as never)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
