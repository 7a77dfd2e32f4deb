import { eventually, powerAndWaterForm, principals, startStack, type Stack } from '../support/api';

describe('actions on ended processes and services never requested', () => {
  let stack: Stack;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    stack = await startStack();
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
  });
  afterAll(() => stack?.close());

  it('answer 409 "ended" for a rejected application, and 404 for a utility it did not request', async () => {
    const { call } = stack;
    const { body } = await call('POST', '/v1/applications', { token: tokens.applicant, body: powerAndWaterForm() });
    const rejected = await call('POST', `/v1/applications/${body.id}/window-actions`, {
      token: tokens.window,
      body: { action: 'reject', reason: 'Outside the district' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.application).toMatchObject({ status: 'rejected', rejectReason: 'Outside the district' });
    await eventually(
      async () =>
        (await call('POST', `/v1/applications/${body.id}/rating`, { token: tokens.applicant, body: { score: 1 } }))
          .status === 409,
    );

    for (const [token, path, payload] of [
      [tokens.window, 'window-actions', { action: 'accept' }],
      [tokens.applicant, 'supplements', { note: 'late papers' }],
      [tokens.applicant, 'withdraw', { reason: 'too late' }],
    ] as const) {
      const reply = await call('POST', `/v1/applications/${body.id}/${path}`, { token, body: payload });
      expect({ path, status: reply.status, rule: reply.body.error.details[0]?.rule }).toEqual({
        path,
        status: 409,
        rule: 'closed',
      });
      expect(reply.body.error.messageZh).toBe('该申请流程已结束');
    }

    const gasStaff = await stack.token({ ...principals.gas, provider: 'state-grid-jiading' }); // power's staff asking for gas
    const notRequested = await call('POST', `/v1/applications/${body.id}/services/gas/actions`, {
      token: gasStaff,
      body: { action: 'record-survey', findings: 'x' },
    });
    expect(notRequested.status).toBe(404);
    expect(notRequested.body.error.details[0]).toMatchObject({ path: 'utility', rule: 'not_requested' });
  });
});
