import { rebuildReadModels } from '../../libs/persistence/src';
import { powerAndWaterForm, principals, startStack, type Stack } from '../support/api';

/**
 * Personal data in an append-only store (PIPL): the contact's name, mobile and email are sealed
 * in the events with the applicant's key, kept outside the event store; an admin's erasure
 * deletes the key, after which every read shows them erased — and the store, the projections and
 * a rebuild carry on unchanged.
 */
describe('crypto-shredding of personal data (real Temporal dev server, real Postgres)', () => {
  let stack: Stack;
  const tokens: Record<keyof typeof principals, string> = {} as never;
  beforeAll(async () => {
    stack = await startStack();
    for (const [name, principal] of Object.entries(principals))
      tokens[name as keyof typeof principals] = await stack.token(principal);
  });
  afterAll(() => stack?.close());

  const stored = async (sql: string, id: string) => JSON.stringify(await stack.db.dataSource.query(sql, [id]));

  it('never stores the contact in clear, shows it to those who may see it, and erases it for good', async () => {
    const form = { ...powerAndWaterForm() };
    form.applicant = { ...form.applicant, email: 'wang.fang@example.cn' };
    const { id } = (await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: form })).body;
    await stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: tokens.window,
      body: { action: 'accept' },
    });

    for (const sql of [
      `SELECT data FROM events WHERE data->>'applicationId' = $1`,
      `SELECT form FROM applications WHERE id = $1`,
    ]) {
      const text = await stored(sql, id);
      expect(text).not.toMatch(/13812345678|王芳|wang\.fang/);
      expect(text).toContain('aes-256-gcm/v1');
    }
    const window = (await stack.call('GET', `/v1/applications/${id}`, { token: tokens.window })).body;
    expect(window.form.applicant).toMatchObject({
      contactName: '王芳',
      mobile: '13812345678',
      email: 'wang.fang@example.cn',
    });
    expect((await stack.call('GET', `/v1/applications/${id}`, { token: tokens.power })).body.contact.mobile).toBe(
      '13812345678',
    );
    const timeline = (await stack.call('GET', `/v1/applications/${id}/events`, { token: tokens.admin })).body;
    expect(timeline.find((e: { type: string }) => e.type === 'ApplicationSubmitted').data.form.applicant.mobile).toBe(
      '13812345678',
    );

    const erased = await stack.call('POST', `/v1/applicants/${principals.applicant.sub}/erasure`, {
      token: tokens.admin,
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ applicantId: principals.applicant.sub, erasedAt: expect.any(String) });
    expect(
      (await stack.call('POST', `/v1/applicants/${principals.applicant.sub}/erasure`, { token: tokens.window })).status,
    ).toBe(403);

    const after = (await stack.call('GET', `/v1/applications/${id}`, { token: tokens.window })).body;
    expect(after.form.applicant).toMatchObject({
      companyName: '上海嘉定示范制造有限公司',
      contactName: '[erased]',
      mobile: '[erased]',
      email: '[erased]',
    });
    const erasedTimeline = (await stack.call('GET', `/v1/applications/${id}/events`, { token: tokens.admin })).body;
    expect(JSON.stringify(erasedTimeline)).not.toMatch(/13812345678|王芳/);

    // The store and its projections carry on: a rebuild reproduces the same rows, still erased.
    const before = await stored(`SELECT * FROM applications WHERE id = $1`, id);
    await rebuildReadModels(stack.db.dataSource);
    expect(await stored(`SELECT * FROM applications WHERE id = $1`, id)).toBe(before);
    expect(
      (await stack.call('GET', `/v1/applications/${id}`, { token: tokens.window })).body.form.applicant.mobile,
    ).toBe('[erased]');

    // New data after an erasure is sealed under a new key, readable until erased in its turn.
    const again = (await stack.call('POST', '/v1/applications', { token: tokens.applicant, body: powerAndWaterForm() }))
      .body;
    expect(again.form.applicant.mobile).toBe('13812345678');
    expect(
      (await stack.call('GET', `/v1/applications/${id}`, { token: tokens.window })).body.form.applicant.mobile,
    ).toBe('[erased]');
  });
});
