import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Client } from '@temporalio/client';
import { consultationWorkflowId } from '../../workflows/consultation.workflow';
import { recordHistory } from '../support/histories';
import { eventually, powerAndWaterForm, principals, startStack, type Stack } from '../support/api';
import { timeSkippingEnvironment } from '../support/temporal';

const question = {
  utilities: ['power', 'water'],
  question: '我们在嘉定新开一家食品厂，需要用电约 200 千伏安、用水每天 30 吨，报装要多久？要准备哪些材料？',
  site: { address: '嘉定区叶城路 1288 号', district: '嘉定区' },
  companyName: '上海嘉禾食品有限公司',
};

/**
 * One-window consultation on the time-skipping server, through the real API and worker: asked
 * by a business before it applies, a part routed to its provider and answered late (one breach,
 * in the district's breach queue), published to the FAQ without personal data and found by a
 * Chinese search, then turned into an application from a pre-filled, still validated form.
 */
describe('one-window consultation: answered on published limits, published as FAQ, turned into an application', () => {
  let env: TestWorkflowEnvironment;
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const ask = (body: Record<string, unknown> = question, token = tokens.applicant) =>
    stack.call('POST', '/v1/consultations', { token, body });
  const act = (token: string, id: string, body: Record<string, unknown>) =>
    stack.call('POST', `/v1/consultations/${id}/actions`, { token, body });
  const get = (token: string, id: string) => stack.call('GET', `/v1/consultations/${id}`, { token });

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
    stack = await startStack({ temporalAddress: env.address });
    for (const [name, principal] of Object.entries(principals)) tokens[name] = await stack.token(principal);
  });
  afterAll(async () => {
    await stack?.close();
    await env?.teardown();
  });

  it('a routed part answered late is one breach; the answer goes to the FAQ; the consultation becomes an application', async () => {
    // Bad input names the field and the rule.
    const bad = await ask({ utilities: [], question: ' ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['question', 'utilities']);

    const asked = await ask();
    expect(asked.status).toBe(201);
    const id = asked.body.id;
    expect(asked.body).toMatchObject({ status: 'asked', utilities: ['power', 'water'], late: [], applicationId: null });
    expect(asked.body.thread).toEqual([expect.objectContaining({ kind: 'question', party: 'asker' })]);
    // The asker reads their own words back; the event store holds them sealed with their key.
    expect(asked.body).toMatchObject({ question: question.question, companyName: question.companyName });
    expect(asked.body.site).toEqual(question.site);
    const [stored] = await stack.db.dataSource.query(
      `SELECT data FROM events WHERE type = 'ConsultationAsked' AND data->>'consultationId' = $1`,
      [id],
    );
    for (const clear of [question.question, question.companyName, question.site.address])
      expect(JSON.stringify(stored.data)).not.toContain(clear);
    expect(stored.data.question).toMatchObject({ $enc: 'aes-256-gcm/v1' });
    expect(stored.data.site).toMatchObject({ district: '嘉定区', address: { $enc: 'aes-256-gcm/v1' } });
    // The window hears of it; another business and the providers cannot see it.
    const windowNotes = await stack.call('GET', '/v1/notifications?pageSize=50', { token: tokens.window });
    expect(windowNotes.body.items.map((n: { kind: string }) => n.kind)).toContain('consultation-asked');
    expect((await get(tokens.otherApplicant, id)).status).toBe(404);
    expect((await get(tokens.power, id)).status).toBe(404);
    expect((await act(tokens.applicant, id, { action: 'answer', answer: 'x' })).status).toBe(403);

    // The window routes power to its provider — twice at once: one part, one 409.
    const route = () =>
      act(tokens.window, id, { action: 'route', utility: 'power', note: '请答复用电报装时限与材料。' });
    const routed = await Promise.all([route(), route()]);
    expect(routed.map((r) => r.status).sort()).toEqual([201, 409]);
    const answeredWater = await act(tokens.window, id, {
      action: 'answer',
      answer: '用水报装：材料为营业执照与用水申请表，接水时限 5 个工作日。',
    });
    expect(answeredWater.body.status).toBe('routed');
    expect(answeredWater.body.parts).toEqual([
      expect.objectContaining({ utility: 'power', providerId: 'state-grid-jiading', answeredAt: null }),
    ]);
    // Now the power provider sees it (and may answer); the water provider does not.
    expect((await get(tokens.power, id)).status).toBe(200);
    expect((await get(tokens.water, id)).status).toBe(404);
    expect((await act(tokens.water, id, { action: 'answer', answer: 'x' })).status).toBe(404);

    // A working day passes (and a weekend, at most): the provider's answer is late — one breach.
    await env.sleep('4 days');
    const late = await eventually(async () => {
      const r = await get(tokens.window, id);
      return r.body.late.length > 0 && r;
    });
    expect(late.body.late).toEqual(['consultation-answer/power']);
    const answered = await act(tokens.power, id, {
      action: 'answer',
      answer: '低压 160 千伏安以下由供电公司投资到红线，200 千伏安需高压接入，时限 15 个工作日。',
    });
    expect(answered.status).toBe(201);
    expect(answered.body.status).toBe('answered');
    expect(answered.body.thread.map((m: { kind: string; party: string }) => `${m.kind}/${m.party}`)).toEqual([
      'question/asker',
      'routed/window',
      'answer/window',
      'answer/provider',
    ]);
    // In the district's breach queue, once — the late answer did not add another.
    await env.sleep('2 days');
    const breaches = await stack.call('GET', `/v1/breaches?applicationId=${id}`, { token: tokens.admin });
    expect(breaches.body.items).toEqual([
      expect.objectContaining({
        track: 'power',
        stage: 'consultation-answer',
        party: expect.objectContaining({ kind: 'provider' }),
      }),
    ]);
    const recorded = await stack.db.dataSource.query(
      `SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'SlaBreached'`,
      [`consultation-${id}`],
    );
    expect(recorded).toEqual([{ n: 1 }]);
    const asker = await stack.call('GET', '/v1/notifications?pageSize=50', { token: tokens.applicant });
    expect(asker.body.items.filter((n: { kind: string }) => n.kind === 'consultation-answered')).toHaveLength(2);

    // Published to the FAQ: a mobile number in the public text is refused, naming the field.
    const leaky = await act(tokens.window, id, {
      action: 'publish',
      question: '食品厂用电用水报装要多久？',
      answer: '请致电 13812345678 咨询。',
    });
    expect(leaky.status).toBe(422);
    expect(leaky.body.error.details).toEqual([expect.objectContaining({ path: 'answer', rule: 'no_mobile_number' })]);
    const published = await act(tokens.window, id, {
      action: 'publish',
      question: '新办工厂的用电、用水报装要多久？',
      answer: '用水 5 个工作日；用电 160 千伏安以下低压接入，以上高压接入 15 个工作日。',
    });
    expect(published.body.published).toBe(true);
    const found = await stack.call('GET', `/v1/public/faq?q=${encodeURIComponent('报装')}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([expect.objectContaining({ id, utilities: ['power', 'water'] })]);
    expect(JSON.stringify(found.body)).not.toContain(question.companyName);
    const phrases = ['用电 工作日', '千伏安', 'FAQ'].map((q) => `/v1/public/faq?q=${encodeURIComponent(q)}`);
    const [both, unit, none] = await Promise.all(phrases.map((p) => stack.call('GET', p)));
    expect(both.body.total).toBe(1);
    expect(unit.body.total).toBe(1);
    expect(none.body.total).toBe(0);
    expect((await stack.call('GET', `/v1/public/faq?q=${encodeURIComponent('燃气')}`)).body.total).toBe(0);
    expect((await stack.call('GET', '/v1/public/faq?utility=gas')).body.total).toBe(0);

    // Turned into an application: the form starts from what the consultation told us …
    const prefill = await stack.call('GET', `/v1/consultations/${id}/prefill`, { token: tokens.applicant });
    expect(prefill.body).toEqual({
      applicant: { companyName: question.companyName },
      site: question.site,
      utilities: ['power', 'water'],
    });
    // … and is still validated: what the consultation did not say is still asked for.
    const form = powerAndWaterForm();
    const incomplete = await stack.call('POST', `/v1/consultations/${id}/application`, {
      token: tokens.applicant,
      body: { ...form, applicant: { ...form.applicant, mobile: '' } },
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.map((d: { path: string }) => d.path)).toEqual(['applicant.mobile']);
    const applied = await stack.call('POST', `/v1/consultations/${id}/application`, {
      token: tokens.applicant,
      body: form,
    });
    expect(applied.status).toBe(201);
    const again = await stack.call('POST', `/v1/consultations/${id}/application`, {
      token: tokens.applicant,
      body: form,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(applied.body.id);
    const linked = await eventually(async () => {
      const r = await get(tokens.applicant, id);
      return r.body.status === 'closed' && r;
    });
    expect(linked.body.applicationId).toBe(applied.body.id);
    await recordHistory(
      'consultation-routed-late-converted',
      stack.api.app.get(Client).workflow.getHandle(consultationWorkflowId(id)),
    );
  });

  it("the window's own reply is on its clock too: late once, then answered", async () => {
    const asked = await ask({ utilities: ['gas'], question: '小型标准化燃气接入适用哪些用户？' });
    const id = asked.body.id;
    expect(asked.body.site).toBeNull();
    await env.sleep('4 days');
    await eventually(async () => (await get(tokens.window, id)).body.late.includes('consultation-reply/joint'));
    const answered = await act(tokens.window, id, { action: 'answer', answer: '每小时用气 10 立方米以下的用户。' });
    expect(answered.body).toMatchObject({ status: 'answered', late: ['consultation-reply/joint'] });
    const breaches = await stack.call('GET', `/v1/breaches?applicationId=${id}`, { token: tokens.admin });
    expect(breaches.body.items).toEqual([
      expect.objectContaining({
        track: 'joint',
        stage: 'consultation-reply',
        party: expect.objectContaining({ kind: 'window' }),
      }),
    ]);
    // The window may reply again in the thread; a business sees only its own consultations.
    const mine = await stack.call('GET', '/v1/consultations', { token: tokens.otherApplicant });
    expect(mine.body.items).toEqual([]);
    const lateList = await stack.call('GET', '/v1/consultations?late=true', { token: tokens.window });
    expect(lateList.body.items.map((c: { id: string }) => c.id)).toContain(id);
    // Left answered for the open period, it closes; nothing more can be done to it.
    await env.sleep('31 days');
    await eventually(async () => (await get(tokens.applicant, id)).body.status === 'closed');
    expect((await act(tokens.window, id, { action: 'answer', answer: 'x' })).status).toBe(409);
  });
});
