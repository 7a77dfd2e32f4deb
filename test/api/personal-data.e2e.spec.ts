import { rebuildReadModels } from '../../libs/persistence/src';
import { powerAndWaterForm, principals, stackForFile } from '../support/api';

/**
 * Personal data in an append-only store (PIPL): the contact's name, mobile and email are sealed
 * in the events with the applicant's key, kept outside the event store; an admin's erasure
 * deletes the key, after which every read shows them erased — and the store, the projections and
 * a rebuild carry on unchanged.
 */
describe('crypto-shredding of personal data (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  const stored = async (sql: string, id: string) => JSON.stringify(await env.stack.db.dataSource.query(sql, [id]));

  it('never stores the contact in clear, shows it to those who may see it, and erases it for good', async () => {
    const form = { ...powerAndWaterForm() };
    form.applicant = { ...form.applicant, email: 'wang.fang@example.cn' };
    const { id } = (await env.stack.call('POST', '/v1/applications', { token: env.tokens.applicant, body: form })).body;
    await env.stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });

    // What the applicant writes in their own words is sealed too.
    const REASON = '法人王芳另有安排，改到宝山区办理';
    const withdrawn = await env.stack.call('POST', `/v1/applications/${id}/withdraw`, {
      token: env.tokens.applicant,
      body: { reason: REASON },
    });
    expect(withdrawn.status).toBe(200);
    const reasons = async () =>
      (await env.stack.call('GET', `/v1/applications/${id}/events`, { token: env.tokens.applicant })).body
        .filter((e: { type: string }) => /Withdrawn$/.test(e.type))
        .map((e: { data: { reason: string } }) => e.data.reason);
    expect(await reasons()).toEqual(expect.arrayContaining([REASON]));
    expect(await stored(`SELECT data FROM events WHERE data->>'applicationId' = $1`, id)).not.toMatch(/宝山区办理/);

    for (const sql of [
      `SELECT data FROM events WHERE data->>'applicationId' = $1`,
      `SELECT form FROM applications WHERE id = $1`,
    ]) {
      const text = await stored(sql, id);
      expect(text).not.toMatch(/13812345678|王芳|wang\.fang/);
      expect(sql.includes('events') ? text : '').not.toMatch(/上海嘉定示范|91350100M000100Y43/);
      expect(text).toContain('aes-256-gcm/v1');
    }
    const window = (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.window })).body;
    expect(window.form.applicant).toMatchObject({
      contactName: '王芳',
      mobile: '13812345678',
      email: 'wang.fang@example.cn',
    });
    expect(
      (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.power })).body.contact.mobile,
    ).toBe('13812345678');
    const timeline = (await env.stack.call('GET', `/v1/applications/${id}/events`, { token: env.tokens.admin })).body;
    expect(timeline.find((e: { type: string }) => e.type === 'ApplicationSubmitted').data.form.applicant.mobile).toBe(
      '13812345678',
    );

    // An application still running when the erasure comes keeps going afterwards.
    const running = (
      await env.stack.call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() })
    ).body.id;

    const erased = await env.stack.call('POST', `/v1/applicants/${principals.applicant.sub}/erasure`, {
      token: env.tokens.admin,
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ applicantId: principals.applicant.sub, erasedAt: expect.any(String) });
    expect(
      (await env.stack.call('POST', `/v1/applicants/${principals.applicant.sub}/erasure`, { token: env.tokens.window }))
        .status,
    ).toBe(403);

    const after = (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.window })).body;
    expect(after.form.applicant).toMatchObject({
      companyName: '[erased]',
      creditCode: '[erased]',
      contactName: '[erased]',
      mobile: '[erased]',
      email: '[erased]',
    });
    expect(new Set(await reasons())).toEqual(new Set(['[erased]']));
    const erasedTimeline = (await env.stack.call('GET', `/v1/applications/${id}/events`, { token: env.tokens.admin }))
      .body;
    expect(JSON.stringify(erasedTimeline)).not.toMatch(/13812345678|王芳/);

    const accepted = await env.stack.call('POST', `/v1/applications/${running}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.application.status).toMatch(/accepted|in-progress/);
    expect(accepted.body.application.form.applicant).toMatchObject({ companyName: '[erased]', mobile: '[erased]' });

    // The store and its projections carry on: a rebuild reproduces the same rows, still erased.
    const before = await stored(`SELECT * FROM applications WHERE id = $1`, id);
    await rebuildReadModels(env.stack.db.dataSource);
    expect(await stored(`SELECT * FROM applications WHERE id = $1`, id)).toBe(before);
    expect(
      (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.window })).body.form.applicant.mobile,
    ).toBe('[erased]');

    // New data after an erasure is sealed under a new key, readable until erased in its turn.
    const again = (
      await env.stack.call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() })
    ).body;
    expect(again.form.applicant.mobile).toBe('13812345678');
    expect(
      (await env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.window })).body.form.applicant.mobile,
    ).toBe('[erased]');
  });
});
