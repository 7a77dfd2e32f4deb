import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from '@temporalio/client';
import { ACCOUNT_CSV_COLUMNS } from '../../libs/domain/src/service/accounts';
import { interruptionWorkflowId } from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { eventually, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const accountsCsv = [
  ACCOUNT_CSV_COLUMNS.join(','),
  ...['T1', 'T2'].map((no) =>
    [
      no,
      'power',
      'state-grid-jiading',
      `customer-${no}`,
      'residential',
      '5 Chengzhong Road',
      'Jiading',
      '',
      '',
      'single-part',
      '',
      '8',
      '0.3',
      '',
      '',
      '',
      '2024-01-01T00:00:00+08:00',
    ].join(','),
  ),
].join('\r\n');

/**
 * The interruption's clocks on the time-skipping server, through the real API and worker: the
 * arrival and restoration limits pass while supply is still out, and the correction period ends.
 */
describe('an interruption’s clocks: breached while supply is out, closed after the correction period', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    const imported = await stack.call('POST', '/v1/accounts/import', {
      token: tokens.admin,
      rawBody: accountsCsv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(201);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('records the arrival and restoration breaches at their limits, pays on restoration, and refuses corrections once closed', async () => {
    const startedAt = new Date(Date.now() - 60_000).toISOString();
    const reported = await stack.call('POST', '/v1/interruptions', {
      token: tokens.power,
      body: {
        reference: 'INC-CLOCKS-1',
        utility: 'power',
        startedAt,
        area: { kind: 'accounts', accountNos: ['T1', 'T2'] },
        cause: 'storm',
      },
    });
    expect(reported.status).toBe(201);
    const id = reported.body.id;
    const breaches = async () =>
      (await stack.call('GET', `/v1/breaches?applicationId=${id}`, { token: tokens.admin })).body.items
        .map((b: { stage: string }) => b.stage)
        .sort();
    expect(await breaches()).toEqual([]);

    await env.sleep('1 hour'); // past the 45-minute arrival limit
    expect(await eventually(async () => (await breaches()).length === 1 && breaches())).toEqual(['arrival']);
    await env.sleep('12 hours'); // past the 12-hour restoration limit
    expect(await eventually(async () => (await breaches()).length === 2 && breaches())).toEqual([
      'arrival',
      'restoration',
    ]);
    // Nothing is paid while supply is out: it is settled when supply is back.
    const open = await stack.call('GET', `/v1/interruptions/${id}`, { token: tokens.admin });
    expect(open.body).toMatchObject({ status: 'open', compensationFen: 0 });

    // Back after 25 hours: ¥50 after 12 hours + ¥25 for the next full 12 = 7 500 fen each.
    const endedAt = new Date(Date.parse(startedAt) + 25 * 3_600_000).toISOString();
    await env.sleep('13 hours');
    const restored = await stack.call('POST', `/v1/interruptions/${id}/restoration`, {
      token: tokens.power,
      body: { endedAt },
    });
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ status: 'restored', compensationFen: 15_000 });

    // The correction period (30 days) ends: the interruption closes, and corrections are refused.
    await env.sleep('31 days');
    const closed = await eventually(async () => {
      const r = await stack.call('GET', `/v1/interruptions/${id}`, { token: tokens.admin });
      return r.body.status === 'closed' && r;
    });
    expect(closed.body.compensationFen).toBe(15_000);
    const late = await stack.call('POST', `/v1/interruptions/${id}/restoration`, {
      token: tokens.power,
      body: { endedAt: new Date(Date.parse(startedAt) + 20 * 3_600_000).toISOString() },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/closed/);
    await recordHistory(
      'interruption-power-breached-closed',
      stack.api.app.get(Client).workflow.getHandle(interruptionWorkflowId(id)),
    );
  });
});
