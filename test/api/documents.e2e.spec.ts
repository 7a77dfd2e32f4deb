import { createHash } from 'node:crypto';
import { eventually, powerAndWaterForm, stackForFile } from '../support/api';
import { PROGRAM, SAMPLE_PDF, SAMPLE_PNG } from '../support/files';

/** Documents (申请材料): uploaded, checked by content, recorded by hash, scoped like the application. */
describe('documents (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  async function upload(bytes: Buffer, kind: string, filename: string, token = env.tokens.applicant) {
    const response = await fetch(
      `${env.stack.api.url}/v1/documents?kind=${kind}&filename=${encodeURIComponent(filename)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      },
    );
    return { status: response.status, body: await response.json() };
  }

  it('takes a PDF and an image, told by content; refuses a renamed program and a file over 20 MB', async () => {
    const pdf = await upload(SAMPLE_PDF, 'business-licence', '营业执照.pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ kind: 'business-licence', mediaType: 'application/pdf', sha256: sha(SAMPLE_PDF) });
    const png = await upload(SAMPLE_PNG, 'property-proof', 'deed.png');
    expect(png.body).toMatchObject({ mediaType: 'image/png', size: SAMPLE_PNG.length });

    const program = await upload(PROGRAM, 'business-licence', 'licence.pdf');
    expect(program.status).toBe(415);
    expect(program.body.error.messageZh).toMatch(/文件内容不是 PDF、JPG 或 PNG（识别为 exe）/);
    expect(program.body.error.details[0]).toMatchObject({
      rule: 'unsupported_type',
      params: { detected: expect.stringMatching(/msdownload|dosexec/) },
    });

    const big = await upload(Buffer.alloc(30 * 1024 * 1024, 1), 'site-plan', 'plan.pdf');
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ messageZh: '内容过大：不能超过 20 MB' });
    expect(big.body.error.details[0].params).toEqual({ maximum: 20 * 1024 * 1024, origin: 'bytes' });
  });

  it('records each attached file’s hash; staff see only their utility’s kinds; a supplement names a missing one and the upload clears it', async () => {
    const { call } = env.stack;
    const licence = (await upload(SAMPLE_PDF, 'business-licence', '营业执照.pdf')).body;
    const deed = (await upload(SAMPLE_PNG, 'property-proof', 'deed.png')).body;
    const plan = (await upload(SAMPLE_PDF, 'site-plan', 'site.pdf')).body;
    const others = (await upload(SAMPLE_PDF, 'other', 'x.pdf', env.tokens.otherApplicant)).body;

    // Another applicant's file cannot be named.
    const foreign = await call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: { ...powerAndWaterForm(), documents: [{ id: others.id, kind: 'other' }] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toEqual([
      expect.objectContaining({ path: 'documents.0.id', rule: 'unknown_document' }),
    ]);

    const submitted = await call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: {
        ...powerAndWaterForm(),
        documents: [
          { id: licence.id, kind: 'business-licence' },
          { id: deed.id, kind: 'property-proof' },
          { id: plan.id, kind: 'site-plan' },
        ],
      },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const [event] = await env.stack.db.dataSource.query(
      `SELECT data->'form'->'documents' AS documents FROM events WHERE type = 'ApplicationSubmitted' AND stream_id = $1`,
      [`application-${id}`],
    );
    expect(event.documents.map((d: { sha256: string }) => d.sha256)).toEqual([
      sha(SAMPLE_PDF),
      sha(SAMPLE_PNG),
      sha(SAMPLE_PDF),
    ]);

    const list = async (token: string) => (await call('GET', `/v1/applications/${id}/documents`, { token })).body;
    const mine = await list(env.tokens.applicant);
    expect(mine.items.map((d: { kind: string }) => d.kind)).toEqual([
      'business-licence',
      'property-proof',
      'site-plan',
    ]);
    // Power needs a load list (catalog v1): still missing.
    expect(mine.required).toEqual(['business-licence', 'property-proof', 'load-list']);
    expect(mine.missing).toEqual(['load-list']);

    // Accepted, so the providers have it; water's staff see what water needs, not power's site plan.
    await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'request-supplement', items: ['用电负荷清单'], message: '请补充', documents: ['load-list'] },
    });
    const waiting = await call('GET', `/v1/applications/${id}`, { token: env.tokens.applicant });
    expect(waiting.body.supplement).toMatchObject({ documents: ['load-list'] });

    const loadList = (await upload(SAMPLE_PDF, 'load-list', '负荷清单.pdf')).body;
    const supplied = await call('POST', `/v1/applications/${id}/supplements`, {
      token: env.tokens.applicant,
      body: { note: '已补充负荷清单', documents: [{ id: loadList.id, kind: 'load-list' }] },
    });
    expect(supplied.status).toBe(200);
    expect((await list(env.tokens.applicant)).missing).toEqual([]);
    expect((await list(env.tokens.window)).items).toHaveLength(4);

    await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    await eventually(
      async () => (await call('GET', `/v1/applications/${id}`, { token: env.tokens.water })).status === 200,
    );
    const water = await list(env.tokens.water);
    expect(water.items.map((d: { kind: string }) => d.kind)).toEqual(['business-licence', 'property-proof']);
    const power = await list(env.tokens.power);
    expect(power.items.map((d: { kind: string }) => d.kind)).toContain('load-list');

    const open = (docId: string, token: string) =>
      fetch(`${env.stack.api.url}/v1/documents/${docId}`, { headers: { authorization: `Bearer ${token}` } });
    const got = await open(plan.id, env.tokens.power);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(SAMPLE_PDF)).toBe(true);
    expect((await open(plan.id, env.tokens.water)).status).toBe(404);
    expect((await open(plan.id, env.tokens.road)).status).toBe(404);
    expect((await open(plan.id, env.tokens.otherApplicant)).status).toBe(404);
  });
});
