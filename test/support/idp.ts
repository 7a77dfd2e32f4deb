import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { projectRoot } from '../../libs/config/src';
import { freePort, stopChild, waitForPort } from '../../apps/embedded/src/processes';

/** The API's audience at the identity provider (an absolute URI, as resource indicators require). */
export const IDP_AUDIENCE = 'urn:lianbao:api';
export const MACHINE_CLIENT = {
  client_id: 'monitoring-state-grid-jiading',
  client_secret: 'monitoring-secret-0123456789abcdef',
  provider: 'state-grid-jiading',
};

export async function signingKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    ...(await exportJWK(privateKey)),
    kid: `k-${Math.random().toString(36).slice(2, 10)}`,
    alg: 'RS256',
    use: 'sig',
  };
}

/**
 * The real identity provider (apps/idp/idp.mjs: oidc-provider) as a process on a free port, with
 * the keys given (the first signs). restart() brings it back with other keys — a key rotation.
 */
export async function startIdp(options: { webOrigins?: string[]; accessTokenTtl?: number; keys?: JWK[] } = {}) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianbao-idp-'));
  const keysFile = path.join(dir, 'keys.json');
  fs.writeFileSync(keysFile, JSON.stringify(options.keys ?? [await signingKey()]));
  const issuer = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, [path.join(projectRoot, 'apps', 'idp', 'idp.mjs')], {
      env: {
        ...process.env,
        IDP_PORT: String(port),
        IDP_KEYS_FILE: keysFile,
        IDP_AUDIENCE,
        IDP_WEB_ORIGINS: (options.webOrigins ?? ['http://127.0.0.1:3000']).join(','),
        IDP_ACCESS_TOKEN_TTL: String(options.accessTokenTtl ?? 600),
        IDP_MACHINE_CLIENTS: JSON.stringify([MACHINE_CLIENT]),
        IDP_COOKIE_KEY: 'test-cookie-key-0123456789',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (!/WARNING/.test(text)) process.stderr.write(`[idp] ${text}`);
    });
    await waitForPort(port, '127.0.0.1', 20_000, 'The identity provider');
  };
  await start();
  return {
    issuer,
    port,
    /** A token for a machine client (client credentials grant). */
    async machineToken(client = MACHINE_CLIENT): Promise<string> {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'lianbao' }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string };
      if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    /** The signing keys in force, the signing one first. */
    keys: (): JWK[] => JSON.parse(fs.readFileSync(keysFile, 'utf8')),
    async restart(keys: JWK[]): Promise<void> {
      await stopChild(child);
      fs.writeFileSync(keysFile, JSON.stringify(keys));
      await start();
    },
    async stop(): Promise<void> {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Idp = Awaited<ReturnType<typeof startIdp>>;
