import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from '@temporalio/client';
import { complaintWorkflowId } from '../../workflows/complaint.workflow';
import { readModelTables, rebuildReadModels } from '../../libs/persistence/src';
import { eraseApplicant } from '../../libs/persistence/src/personal-data/personal-data';
import { buildMonthlyReport, reportCsv } from '../../libs/persistence/src/service/reports-store';
import { importAccounts } from '../support/accounts';
import { recordHistory } from '../support/histories';
import { eventually, powerAndWaterForm, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

// What the complainant wrote, full of what must never be published.
const PERSONAL = { name: '王芳', mobile: '13812345678', creditCode: '91350100M000100Y43', account: 'PA-880021' };
const description = `我是${PERSONAL.name}（${PERSONAL.mobile}），公司统一社会信用代码${PERSONAL.creditCode}，户号${PERSONAL.account}：报装后多收了费用。`;

/**
 * Independent complaints on the time-skipping server, through the real API and worker: filed
 * with the district, the provider asked and late (escalated), upheld with a remedy booked once
 * though decided twice at once, disclosed without a trace of the complainant.
 */
describe('independent complaints: handled by the district, escalated when late, disclosed without personal data', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const file = (token: string, link: Record<string, unknown>) =>
    stack.call('POST', '/v1/complaints', { token, body: { category: 'charges', link, description } });
  const act = (token: string, id: string, body: Record<string, unknown>) =>
    stack.call('POST', `/v1/complaints/${id}/actions`, { token, body });

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
    // The complainant's own account, and another business's.
    const imported = await importAccounts(stack, tokens.admin, [
      { account_no: 'PA-880021', customer_id: principals.applicant.sub },
      { account_no: 'PB-880022', customer_id: principals.otherApplicant.sub },
    ]);
    expect(imported).toBe(201);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('a late provider response escalates; an upheld complaint books its remedy once; the public list carries no personal data', async () => {
    // Only one's own account: another business's is not found, naming the field.
    const foreign = await file(tokens.applicant, { kind: 'account', accountNo: 'PB-880022', utility: 'power' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.details[0].path).toBe('link.accountNo');

    const filed = await file(tokens.applicant, { kind: 'account', accountNo: PERSONAL.account, utility: 'power' });
    expect(filed.status).toBe(201);
    const id = filed.body.id;
    expect(filed.body).toMatchObject({ status: 'filed', providerId: 'state-grid-jiading', escalations: [] });
    // The district hears of it; the provider does not (the complaint is not the provider's to handle).
    const adminNotes = await stack.call('GET', '/v1/notifications?pageSize=50', { token: tokens.admin });
    expect(adminNotes.body.items.map((n: { kind: string }) => n.kind)).toContain('complaint-filed');
    expect((await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.power })).status).toBe(404);

    expect((await act(tokens.applicant, id, { action: 'acknowledge' })).status).toBe(403);
    const acknowledged = await act(tokens.admin, id, { action: 'acknowledge' });
    expect(acknowledged.status).toBe(201);
    expect(acknowledged.body.status).toBe('acknowledged');
    const asked = await act(tokens.admin, id, { action: 'request-response', question: '请说明收费依据。' });
    expect(asked.body.status).toBe('awaiting-provider');
    // Now the provider sees it — another provider still does not.
    expect((await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.power })).status).toBe(200);
    expect((await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.water })).status).toBe(404);
    // Deciding before the provider answers is refused.
    expect(
      (await act(tokens.admin, id, { action: 'decide', outcome: 'rejected', reasons: 'x', publicSummary: 'x' })).status,
    ).toBe(409);

    // Three working days pass without an answer: a breach of the provider's, escalated to the lead.
    await env.sleep('6 days');
    const escalated = await eventually(async () => {
      const r = await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.admin });
      return r.body.escalations.includes('complaint-response') && r;
    });
    expect(escalated.body.escalations).toEqual(['complaint-response']);
    const breaches = await stack.call('GET', `/v1/breaches?applicationId=${id}`, { token: tokens.admin });
    expect(breaches.body.items.map((b: { stage: string }) => b.stage)).toEqual(['complaint-response']);
    const lead = await stack.call('GET', '/v1/complaints?escalated=true', { token: tokens.admin });
    expect(lead.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const escalation = await stack.call('GET', '/v1/notifications?pageSize=50', { token: tokens.admin });
    expect(escalation.body.items.map((n: { kind: string }) => n.kind)).toContain('complaint-escalated');

    const answered = await act(tokens.power, id, { action: 'respond', response: '经核查，系计量装置更换费用误收。' });
    expect(answered.status).toBe(201);

    // A public summary with a mobile number in it is refused, naming the field; nothing is decided.
    const leaky = await act(tokens.admin, id, {
      action: 'decide',
      outcome: 'upheld',
      reasons: '误收费用应退还。',
      remedyFen: 50_000,
      publicSummary: `投诉人${PERSONAL.mobile}反映多收费用，属实。`,
    });
    expect(leaky.status).toBe(422);
    expect(leaky.body.error.details).toEqual([
      expect.objectContaining({ path: 'publicSummary', rule: 'no_mobile_number' }),
    ]);

    // Decided twice at once (two clerks, one click each): one decision, one remedy in the ledger.
    const decide = () =>
      act(tokens.admin, id, {
        action: 'decide',
        outcome: 'upheld',
        reasons: `误收费用应退还，并向${PERSONAL.name}致歉。`,
        remedyFen: 50_000,
        publicSummary: '企业反映接入后被多收计量装置费用；经核查属实，责令退还并补偿。',
      });
    const both = await Promise.all([decide(), decide()]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const ledger = await stack.db.dataSource.query(
      `SELECT amount_fen::int AS fen, applicant_id, provider_id FROM compensation_ledger WHERE application_id = $1`,
      [id],
    );
    expect(ledger).toEqual([
      { fen: 50_000, applicant_id: principals.applicant.sub, provider_id: 'state-grid-jiading' },
    ]);

    const accepted = await act(tokens.applicant, id, { action: 'accept' });
    expect(accepted.body.status).toBe('closed');
    expect((await act(tokens.applicant, id, { action: 'reopen', reason: 'x' })).status).toBe(409);

    // Disclosed: the month it closed, the working days, the outcome and remedy, the summary — and
    // nowhere in the JSON or the CSV the complainant's name, mobile, credit code or account number.
    const month = new Date(Date.parse(accepted.body.closedAt) + 8 * 3_600_000).toISOString().slice(0, 7);
    const json = await stack.call('GET', `/v1/public/complaints?month=${month}`);
    expect(json.status).toBe(200);
    expect(json.body.items).toEqual([
      expect.objectContaining({
        id,
        month,
        utility: 'power',
        category: 'charges',
        workingDaysToAcknowledge: 0,
        outcome: 'upheld',
        remedyFen: 50_000,
        escalated: true,
      }),
    ]);
    expect(json.body.items[0].workingDaysToDecide).toBeGreaterThanOrEqual(3);
    const csv = await stack.call('GET', `/v1/public/complaints?month=${month}&format=csv`);
    expect(csv.status).toBe(200);
    const texts = [JSON.stringify(json.body), String(csv.body)];
    expect(texts[1]).toContain('working_days_to_acknowledge');
    for (const text of texts) for (const secret of Object.values(PERSONAL)) expect(text.includes(secret)).toBe(false);
    // The month's report (format 2) counts it for its provider, with its on-time rates.
    const report = await buildMonthlyReport(stack.db.dataSource, month);
    expect(report.format).toBe(2);
    const onTime = (done: string, due: string) => (Date.parse(done) <= Date.parse(due) ? 1 : 0);
    expect(report.complaints).toEqual([
      {
        utility: 'power',
        providerId: 'state-grid-jiading',
        closed: 1,
        acknowledgedOnTimeRate: onTime(accepted.body.acknowledgedAt, accepted.body.acknowledgeDueAt),
        decidedOnTimeRate: onTime(accepted.body.decidedAt, accepted.body.decideDueAt),
        upheld: 1,
        escalated: 1,
        remedyFen: 50_000,
      },
    ]);
    expect(reportCsv(report)).toContain(`${month},complaints,power,state-grid-jiading,closed,1`);
    for (const secret of Object.values(PERSONAL)) expect(JSON.stringify(report).includes(secret)).toBe(false);
    await recordHistory(
      'complaint-escalated-upheld',
      stack.api.app.get(Client).workflow.getHandle(complaintWorkflowId(id)),
    );
  });

  it('a missed decision escalates; a decision is reopened once, then accepted', async () => {
    const filed = await file(tokens.applicant, { kind: 'account', accountNo: PERSONAL.account, utility: 'power' });
    const id = filed.body.id;
    await env.sleep('3 days'); // past the 1-working-day acknowledgement
    await eventually(async () => {
      const r = await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.admin });
      return r.body.escalations.includes('complaint-acknowledgement');
    });
    await act(tokens.admin, id, { action: 'acknowledge' });
    await env.sleep('12 days'); // past the 7-working-day decision
    await eventually(async () => {
      const r = await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.admin });
      return r.body.escalations.includes('complaint-decision');
    });
    const rejected = await act(tokens.admin, id, {
      action: 'decide',
      outcome: 'rejected',
      reasons: '收费符合规定。',
      publicSummary: '企业反映收费过高；经核查收费符合规定。',
    });
    expect(rejected.body).toMatchObject({ status: 'decided', outcome: 'rejected', remedyFen: 0 });
    const reopened = await act(tokens.applicant, id, { action: 'reopen', reason: '请复核计量数据。' });
    expect(reopened.body.status).toBe('reopened');
    const partly = await act(tokens.admin, id, {
      action: 'decide',
      outcome: 'partly-upheld',
      reasons: '部分费用应退还。',
      remedyFen: 10_000,
      publicSummary: '复核后部分费用应退还。',
    });
    expect(partly.body).toMatchObject({ status: 'decided', outcome: 'partly-upheld' });
    expect((await act(tokens.applicant, id, { action: 'reopen', reason: '再次复核' })).status).toBe(409);
    // The complainant's words reach those who handle it, but the event store and Temporal hold them
    // sealed with the complainant's key (an erasure reaches them), never in clear.
    const read = await stack.call('GET', `/v1/complaints/${id}`, { token: tokens.admin });
    expect(read.body).toMatchObject({ description, reopenReason: '请复核计量数据。' });
    const stored = await stack.db.dataSource.query(
      `SELECT type, data FROM events WHERE type IN ('ComplaintFiled', 'ComplaintReopened') AND data->>'complaintId' = $1`,
      [id],
    );
    expect(stored).toHaveLength(2);
    const storedText = JSON.stringify(stored);
    for (const clear of [PERSONAL.mobile, PERSONAL.name, '请复核计量数据']) expect(storedText).not.toContain(clear);
    expect(stored.map((e: { data: Record<string, unknown> }) => e.data.description ?? e.data.reason)).toEqual([
      expect.objectContaining({ $enc: 'aes-256-gcm/v1' }),
      expect.objectContaining({ $enc: 'aes-256-gcm/v1' }),
    ]);
    expect((await act(tokens.applicant, id, { action: 'accept' })).body.status).toBe('closed');
    const ledger = await stack.db.dataSource.query(
      `SELECT amount_fen::int AS fen FROM compensation_ledger WHERE application_id = $1`,
      [id],
    );
    expect(ledger).toEqual([{ fen: 10_000 }]);
  });

  it("what a complaint links to must be the complainant's own: any other is a 404 naming the field, never a 500", async () => {
    const links = [
      { kind: 'application', applicationId: '00000000-0000-1000-8000-000000000000', utility: 'broadband' },
      { kind: 'application', applicationId: 'not-a-uuid', utility: 'water' },
      { kind: 'account', accountNo: 'NO-SUCH', utility: 'gas' },
      { kind: 'interruption', interruptionId: '00000000-0000-1000-8000-000000000000' },
    ];
    for (const link of links) {
      const answer = await stack.call('POST', '/v1/complaints', {
        token: tokens.applicant,
        body: { category: 'delay', link, description: '0' },
      });
      expect([answer.status, answer.body.error?.details?.[0]?.path]).toEqual([
        answer.status === 400 ? 400 : 404,
        answer.status === 400 ? expect.stringMatching(/^link\./) : `link.${Object.keys(link)[1]}`,
      ]);
    }
    // One's own application, by the utility it asks for: the complaint goes to that provider.
    const submitted = await stack.call('POST', '/v1/applications', {
      token: tokens.applicant,
      body: powerAndWaterForm(),
    });
    expect(submitted.status).toBe(201);
    const own = { kind: 'application', applicationId: submitted.body.id };
    expect((await file(tokens.applicant, { ...own, utility: 'gas' })).status).toBe(404); // not asked for
    expect((await file(tokens.otherApplicant, { ...own, utility: 'water' })).status).toBe(404); // not theirs
    const filed = await file(tokens.applicant, { ...own, utility: 'water' });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ providerId: 'jiading-water', utility: 'water', status: 'filed' });
  });

  it('a rebuild gives the complaints, their breaches, remedies and notifications back row for row', async () => {
    await stack.worker.close(); // nothing may append while we compare
    const db = stack.db.dataSource;
    // The complainant erased first: their words read "[erased]" live, and a rebuild gives the same.
    // (The erasure itself, not its workflow: with the worker running, the time-skipping server
    // advanced to the last complaint's escalation during it, and that escalation's projection
    // wrote back the row it had read before the erasure — see the closing note.)
    await eraseApplicant(db, principals.applicant.sub, 'admin-1');
    const words = await db.query(
      `SELECT description, reopen_reason FROM complaints WHERE complainant_id = $1 ORDER BY filed_at`,
      [principals.applicant.sub],
    );
    expect(words.length).toBeGreaterThan(0);
    for (const row of words) expect(row.description).toBe('[erased]');
    expect(words.some((r: { reopen_reason: string | null }) => r.reopen_reason === '[erased]')).toBe(true);
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const name of readModelTables(db))
        tables[name] = await db.query(`SELECT * FROM "${name}" t ORDER BY t::text`);
      return tables;
    };
    const live = await snapshot();
    expect(live.complaints).toHaveLength(3);
    await rebuildReadModels(db);
    expect(await snapshot()).toEqual(live);
  });
});
