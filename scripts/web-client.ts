// npm run web:client [-- <OpenAPI JSON URL>]: regenerates the web app's typed API client
// (apps/web/src/api/schema.d.ts) from a running API's OpenAPI document (default: npm start's).
// The test suite regenerates it from the API under test and fails when the checked-in file
// differs (test/web/client.e2e.spec.ts), so the UI and the API cannot drift apart.
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectRoot } from '../libs/config/src';

export const WEB_CLIENT_SCHEMA = path.join(projectRoot, 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER =
  "// Generated from the API's OpenAPI document by `npm run web:client` (openapi-typescript). Do not edit:\n" +
  '// the test suite regenerates it and fails when it differs from the API.\n\n';

export async function generateWebClient(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const url = args.find((a) => !a.startsWith('--')) ?? 'http://127.0.0.1:3000/api/docs-json';
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}: is the API running (npm start)?`);
  const generated = await generateWebClient(await response.json());
  // --stdout: print it instead (the test suite compares it with the checked-in file).
  if (args.includes('--stdout')) return void process.stdout.write(generated);
  fs.writeFileSync(WEB_CLIENT_SCHEMA, generated);
  process.stdout.write(`wrote ${path.relative(projectRoot, WEB_CLIENT_SCHEMA)} from ${url}\n`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
