import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../apps/embedded/src/processes';
import { startEmbeddedPostgres, type RunningPostgres } from '../../apps/embedded/src/embedded-postgres';
import { sampleApplication } from '../../seeds/sample-application';
import { principals, startStack, type Stack } from '../support/api';

/**
 * The embedded default under ordinary concurrency (the reproduction that found PGlite's socket
 * multiplexer serving pooled connections as one session): 20 applicants each read their own
 * application 40 times while the window processes all of them. Every answer must be the
 * caller's own application — no other applicant's data, no wrong 404, no 5xx.
 */
describe('the embedded default database under concurrent use (real PostgreSQL from embedded-postgres)', () => {
  let dir: string;
  let postgres: RunningPostgres;
  let stack: Stack;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lianbao-embedded-'));
    fs.chmodSync(dir, 0o755); // as root, PostgreSQL runs as its own user, who must reach the data folder
    postgres = await startEmbeddedPostgres(path.join(dir, 'postgres'), await freePort());
    stack = await startStack({ databaseUrl: postgres.url });
  });
  afterAll(async () => {
    await stack?.close();
    await postgres?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 800 concurrent reads of 20 applicants with their own application only, while the window works', async () => {
    const applicants = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const sub = `firm-${i}`;
        const token = await stack.token({ sub, role: 'applicant', name: `企业${i}` });
        const form = sampleApplication({ power: { capacityKva: 100, voltage: '380V' } });
        form.applicant.companyName = `嘉定测试企业第${i}号有限公司`;
        const submitted = await stack.call('POST', '/v1/applications', { token, body: form });
        expect(submitted.status).toBe(201);
        expect(submitted.body.applicantId).toBe(sub);
        return { sub, token, id: submitted.body.id as string, companyName: form.applicant.companyName };
      }),
    );
    const window = await stack.token(principals.window);
    const outcomes = { own: 0, foreign: 0, notFound: 0, serverError: 0, other: 0 };
    await Promise.all([
      // The window accepts every application meanwhile: workflows, activities and projections run.
      ...applicants.map((a) =>
        stack.call('POST', `/v1/applications/${a.id}/window-actions`, { token: window, body: { action: 'accept' } }),
      ),
      ...applicants.map(async (a) => {
        for (let n = 0; n < 40; n++) {
          const reply = await stack.call('GET', `/v1/applications/${a.id}`, { token: a.token });
          if (reply.status >= 500) outcomes.serverError++;
          else if (reply.status === 404) outcomes.notFound++;
          else if (reply.status !== 200) outcomes.other++;
          else if (
            reply.body.id === a.id &&
            reply.body.applicantId === a.sub &&
            reply.body.companyName === a.companyName
          )
            outcomes.own++;
          else outcomes.foreign++;
        }
      }),
    ]);
    expect(outcomes).toEqual({ own: 800, foreign: 0, notFound: 0, serverError: 0, other: 0 });
  });
});
