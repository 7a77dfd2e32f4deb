import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from '@temporalio/client';
import { ratingWorkflowId } from '../../workflows/rating.workflow';
import { importAccounts } from '../support/accounts';
import { recordHistory } from '../support/histories';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const ACCOUNT = 'PF-770001';
/**
 * Ratings beyond the connection, on the time-skipping server through the real API and worker: a
 * business rates an interruption it lived through and a closed complaint's handling, once each; the
 * 2 opens the window's follow-up, which breaches once when not recorded in 2 working days and is
 * then recorded once; both ratings count in the satisfaction rate, by what was rated.
 */
describe('ratings of complaints and interruptions, and the follow-up of a poor one', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    expect(
      await importAccounts(stack, tokens.admin, [{ account_no: ACCOUNT, customer_id: principals.applicant.sub }]),
    ).toBe(201);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('a 5 for an interruption opens nothing; a 2 for a complaint opens a follow-up that breaches once, then is recorded', async () => {
    // An interruption the business lived through, restored: rated once, by those it affected.
    const start = Date.now() - 5 * 3_600_000;
    const cut = await stack.call('POST', '/v1/interruptions', {
      token: tokens.power,
      body: {
        reference: `INC-${randomUUID()}`,
        utility: 'power',
        startedAt: new Date(start).toISOString(),
        endedAt: new Date(start + 2 * 3_600_000).toISOString(),
        area: { kind: 'accounts', accountNos: [ACCOUNT] },
        cause: 'cable fault',
      },
    });
    expect(cut.status).toBe(201);
    await eventually(
      async () => (await stack.call('GET', `/v1/interruptions/${cut.body.id}`, { token: tokens.admin })).body.endedAt,
    );
    // The business finds it among the interruptions it lived through, not yet rated; another does not.
    const mine = async (token: string) =>
      (await stack.call('GET', '/v1/my-interruptions', { token })).body.items as Record<string, unknown>[];
    expect(await mine(tokens.applicant)).toEqual([
      expect.objectContaining({ id: cut.body.id, utility: 'power', accountNos: [ACCOUNT], rating: null }),
    ]);
    expect(await mine(tokens.otherApplicant)).toEqual([]);
    expect((await stack.call('GET', '/v1/my-interruptions', { token: tokens.power })).status).toBe(403);
    const rateCut = (token: string, body: Record<string, unknown>) =>
      stack.call('POST', `/v1/interruptions/${cut.body.id}/rating`, { token, body });
    expect((await rateCut(tokens.otherApplicant, { score: 5 })).status).toBe(404);
    const bad = await rateCut(tokens.applicant, { score: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'score' });
    const five = await rateCut(tokens.applicant, { score: 5 });
    expect(five.status).toBe(201);
    expect(five.body).toMatchObject({ subject: { kind: 'interruption' }, score: 5, followUp: null });
    const twice = await Promise.all([rateCut(tokens.applicant, { score: 1 }), rateCut(tokens.applicant, { score: 1 })]);
    expect(twice.map((r) => r.status)).toEqual([409, 409]);
    expect((await mine(tokens.applicant))[0].rating).toMatchObject({ score: 5 });

    // A complaint, decided and accepted; it is rated once closed, not before.
    const filed = await stack.call('POST', '/v1/complaints', {
      token: tokens.applicant,
      body: {
        category: 'service',
        link: { kind: 'account', accountNo: ACCOUNT, utility: 'power' },
        description: '抢修人员态度差。',
      },
    });
    const complaintId = filed.body.id;
    const act = (token: string, body: Record<string, unknown>) =>
      stack.call('POST', `/v1/complaints/${complaintId}/actions`, { token, body });
    const rateComplaint = (body: Record<string, unknown>) =>
      stack.call('POST', `/v1/complaints/${complaintId}/rating`, { token: tokens.applicant, body });
    await act(tokens.admin, { action: 'acknowledge' });
    await act(tokens.admin, {
      action: 'decide',
      outcome: 'rejected',
      reasons: '录音显示沟通规范。',
      publicSummary: '企业反映抢修人员态度差；经核查沟通规范。',
    });
    const early = await rateComplaint({ score: 2 });
    expect(early.status).toBe(409);
    expect(early.body.error.details[0]).toMatchObject({ path: 'id', rule: 'not_rateable_yet' });
    expect((await act(tokens.applicant, { action: 'accept' })).body.status).toBe('closed');
    const two = await rateComplaint({ score: 2, comment: '结果不满意' });
    expect(two.status).toBe(201);
    const ratingId = two.body.id;
    expect(two.body).toMatchObject({
      subject: { kind: 'complaint', id: complaintId },
      score: 2,
      comment: '结果不满意',
      followUp: { outcome: null, late: false },
    });
    // The comment is sealed in the event store, as the business's other words are.
    const [stored] = await stack.db.dataSource.query(
      `SELECT data->'comment' AS comment FROM events WHERE stream_id = $1 AND type = 'Rated'`,
      [`rating-${ratingId}`],
    );
    expect(JSON.stringify(stored.comment)).not.toContain('结果不满意');
    // The window is told and has it on its list; a business has no such list.
    const notes = await stack.call('GET', '/v1/notifications?pageSize=50', { token: tokens.window });
    expect(notes.body.items.map((n: { kind: string }) => n.kind)).toContain('follow-up-opened');
    const open = await stack.call('GET', '/v1/follow-ups?status=open', { token: tokens.window });
    expect(open.body.items.map((f: { id: string }) => f.id)).toEqual([ratingId]);
    expect((await stack.call('GET', '/v1/follow-ups', { token: tokens.applicant })).status).toBe(403);

    // Two working days pass unrecorded (a weekend at most in between): one breach of the window's.
    await env.sleep('5 days');
    await eventually(
      async () =>
        (await stack.call('GET', '/v1/follow-ups?status=late', { token: tokens.window })).body.items.length === 1,
    );
    const record = (outcome: string) =>
      stack.call('POST', `/v1/follow-ups/${ratingId}/outcome`, {
        token: tokens.window,
        body: { outcome, note: '已电话回访，解释了处理依据，企业表示理解。' },
      });
    const both = await Promise.all([record('explained'), record('explained')]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const recorded = both.find((r) => r.status === 201)!;
    expect(recorded.body.followUp).toMatchObject({ outcome: 'explained', late: true });
    const breaches = await stack.call('GET', `/v1/breaches?applicationId=${ratingId}`, { token: tokens.admin });
    expect(breaches.body.items).toEqual([
      expect.objectContaining({
        track: 'joint',
        stage: 'follow-up',
        party: expect.objectContaining({ kind: 'window' }),
      }),
    ]);

    // Both count in the satisfaction rate, by what was rated: the interruption's 5, the complaint's 2.
    const satisfaction = await stack.call('GET', '/v1/kpis');
    expect(satisfaction.body.satisfaction.bySource).toEqual([
      { source: 'application', ratings: 0, satisfied: 0, rate: null, belowTarget: null },
      { source: 'complaint', ratings: 1, satisfied: 0, rate: null, belowTarget: null },
      { source: 'interruption', ratings: 1, satisfied: 1, rate: null, belowTarget: null },
    ]);
    expect(satisfaction.body.satisfaction.byProvider).toEqual([
      { utility: 'power', providerId: 'state-grid-jiading', ratings: 2, satisfied: 1, rate: null, belowTarget: null },
    ]);
    await recordHistory(
      'rating-follow-up-late-recorded',
      stack.api.app.get(Client).workflow.getHandle(ratingWorkflowId(ratingId)),
    );
  });
});
