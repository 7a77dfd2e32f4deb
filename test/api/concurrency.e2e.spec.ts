import { randomUUID } from 'node:crypto';
import { SAMPLE_SERVICES, sampleApplication } from '../../seeds/sample-application';
import { eventually, soon, type Reply, stackForFile } from '../support/api';

/**
 * Two clerks clicking at once, an applicant double-clicking: every window and applicant action
 * sent N times in parallel over real HTTP takes effect exactly once; the others get 409, never a
 * 5xx, and the event store holds one event.
 */
describe('concurrent actions over HTTP (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  const submit = async (
    services: Parameters<typeof sampleApplication>[0] = { power: SAMPLE_SERVICES.power, water: SAMPLE_SERVICES.water },
  ) =>
    (
      await env.stack.call('POST', '/v1/applications', {
        token: env.tokens.applicant,
        body: sampleApplication(services),
      })
    ).body.id as string;
  const window = (id: string, body: object) =>
    env.stack.call('POST', `/v1/applications/${id}/window-actions`, { token: env.tokens.window, body });
  const applicant = (id: string, action: string, body: object) =>
    env.stack.call('POST', `/v1/applications/${id}/${action}`, { token: env.tokens.applicant, body });
  const count = async (id: string, type: string) =>
    (
      await env.stack.db.dataSource.query(
        `SELECT count(*)::int AS n FROM events WHERE data->>'applicationId' = $1 AND type = $2`,
        [id, type],
      )
    )[0].n as number;
  /** Sends the same request n times at once; expects one 200 and n−1 409s. */
  async function once(n: number, send: () => Promise<Reply>): Promise<Reply> {
    const replies = await Promise.all(Array.from({ length: n }, send));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(n - 1).fill(409)]);
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.error.code).toBe('conflict');
    return replies.find((r) => r.status === 200)!;
  }

  it('accepts once when ten clerks click at once, then sets the joint survey once from five identical clicks', async () => {
    const id = await submit();
    await once(10, () => window(id, { action: 'accept' }));
    expect(await count(id, 'ApplicationAccepted')).toBe(1);
    const notices = await env.stack.db.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE application_id = $1 AND kind = 'accepted'`,
      [id],
    );
    expect(notices[0].n).toBe(1);
    const appointmentAt = soon(60_000);
    await once(5, () => window(id, { action: 'schedule-joint-survey', appointmentAt }));
    expect(await count(id, 'JointSurveyScheduled')).toBe(1);
    const moved = soon(120_000);
    await once(5, () =>
      window(id, { action: 'reschedule-joint-survey', appointmentAt: moved, reason: 'the owner asked' }),
    );
    expect(await count(id, 'JointSurveyScheduled')).toBe(2);
  });

  it('requests a supplement once, takes it once, and rejects once', async () => {
    const id = await submit();
    await once(5, () => window(id, { action: 'request-supplement', items: ['licence'], message: '' }));
    await once(5, () => applicant(id, 'supplements', { note: 'attached' }));
    await once(5, () => window(id, { action: 'reject', reason: 'outside the district' }));
    expect([
      await count(id, 'SupplementRequested'),
      await count(id, 'SupplementProvided'),
      await count(id, 'ApplicationRejected'),
    ]).toEqual([1, 1, 1]);
  });

  it('takes a missed survey once, after its appointment', async () => {
    const id = await submit();
    await window(id, { action: 'accept' });
    await window(id, { action: 'schedule-joint-survey', appointmentAt: soon(1000) });
    await eventually(async () =>
      (await env.stack.call('GET', '/v1/tasks', { token: env.tokens.power })).body.items.some(
        (t: { applicationId: string }) => t.applicationId === id,
      ),
    );
    await once(5, () => window(id, { action: 'report-missed-survey', note: 'locked' }));
    expect(await count(id, 'JointSurveyMissed')).toBe(1);
  });

  it('withdraws once; the reply already shows the application withdrawn', async () => {
    const id = await submit();
    await window(id, { action: 'accept' });
    const ok = await once(5, () => applicant(id, 'withdraw', { reason: 'project cancelled' }));
    expect(ok.body.result.status).toBe('withdrawn');
    expect(ok.body.application.status).toBe('withdrawn');
    expect(await count(id, 'ApplicationWithdrawn')).toBe(1);
  });

  it('takes one rating from five clicks', async () => {
    const id = await submit({ broadband: SAMPLE_SERVICES.broadband });
    await window(id, { action: 'accept' });
    const telecom = await env.stack.token({
      sub: 'staff-telecom',
      role: 'staff',
      name: '电信',
      provider: 'telecom-jiading',
    });
    const act = (body: object) =>
      env.stack.call('POST', `/v1/applications/${id}/services/broadband/actions`, { token: telecom, body });
    await eventually(async () => (await act({ action: 'record-survey', findings: 'ok' })).status === 200);
    await act({
      action: 'submit-plan',
      plan: { description: 'fibre', quote: [], needsExternalWorks: false, needsExcavation: false },
    });
    await act({ action: 'complete-connection', accountId: `BB-${randomUUID().slice(0, 8)}` });
    await eventually(
      async () =>
        (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.applicant })).body.status ===
        'completed',
    );
    await once(5, () => applicant(id, 'rating', { score: 5 }));
    expect(await count(id, 'ServiceRated')).toBe(1);
  });
});
