import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../libs/config/src';
import { stackForFile } from '../support/api';

const WEB_CLIENT_SCHEMA = path.join(projectRoot, 'apps', 'web', 'src', 'api', 'schema.d.ts');
// The generator as built (npm test builds first); openapi-typescript is ESM inside, which plain Node loads.
const GENERATOR = path.join(projectRoot, 'dist', 'scripts', 'web-client.js');

/** The web app's API types are generated from the OpenAPI document: they must match the API under test. */
describe('the web app’s generated API client', () => {
  const env = stackForFile();

  it('is what openapi-typescript generates from the live OpenAPI document (npm run web:client)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [GENERATOR, `${env.stack.api.url}/docs-json`, '--stdout'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    if (process.env.UPDATE_WEB_CLIENT === '1') fs.writeFileSync(WEB_CLIENT_SCHEMA, stdout);
    // On a difference: run the API (npm start) and `npm run web:client`, or UPDATE_WEB_CLIENT=1 this spec.
    expect(fs.readFileSync(WEB_CLIENT_SCHEMA, 'utf8')).toBe(stdout);
  });
});
