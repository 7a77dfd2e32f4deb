import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../libs/config/src';

/**
 * The deployment sketch ships no usable secret and publishes no unauthenticated Temporal: an
 * operator who runs it as it is gets a refusal, not a cluster anyone can sign tokens for.
 */
const compose = fs.readFileSync(path.join(projectRoot, 'deploy', 'compose.yaml'), 'utf8');

/** Each service's lines (the file's own two-space layout under `services:`). */
function services(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string | undefined;
  let inServices = false;
  for (const line of compose.split('\n')) {
    if (/^\S/.test(line)) inServices = line.startsWith('services:');
    const name = inServices ? /^ {2}([\w-]+):\s*$/.exec(line)?.[1] : undefined;
    if (name) found.set((current = name), []);
    else if (inServices && current && line.trim()) found.get(current)!.push(line);
  }
  return found;
}

describe('deploy/compose.yaml', () => {
  it('holds no secret of its own: each one must be given, or compose refuses to start', () => {
    expect(compose).not.toMatch(/change-?me/i);
    const secrets = compose
      .split('\n')
      .filter((l) => /^\s+[A-Z_]*(PASSWORD|PWD|SECRET|KEYS)[A-Z_]*:/.test(l) && !/^\s*#/.test(l));
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const line of secrets) expect(line).toMatch(/:\s*\$\{[A-Z_]+:\?[^}]+\}\s*$/);
    expect(compose).toMatch(/DATABASE_URL: postgres:\/\/lianbao:\$\{POSTGRES_PASSWORD:\?/);
  });

  it('runs the apps in production and publishes Temporal to nobody (its UI on loopback only)', () => {
    const all = services();
    expect([...all.keys()]).toEqual(expect.arrayContaining(['temporal', 'temporal-ui', 'api', 'worker', 'migrate']));
    expect(all.get('temporal')!.join('\n')).not.toMatch(/^\s+ports:/m);
    expect(all.get('temporal-ui')!.join('\n')).toMatch(/ports: \['127\.0\.0\.1:\d+:\d+'\]/);
    expect(all.get('migrate')!.join('\n')).toMatch(/NODE_ENV: production/);
  });
});
