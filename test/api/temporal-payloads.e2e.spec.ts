import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import type { temporal } from '@temporalio/proto';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, parseCodecKeys } from '../../libs/temporal/src/codec';
import { TEST_CODEC_KEYS } from '../support/apps';
import { powerAndWaterForm, principals, stackForFile } from '../support/api';

/**
 * Nothing Lianbao hands Temporal is readable there without the codec's key (AES-256-GCM, key id in
 * the metadata, keys that rotate), and the applicant's own fields inside are sealed with the
 * applicant's key before they go in — so an erasure reaches Temporal's histories too.
 */
const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lianbao-logs-')), 'stack.log');
const CLEAR = [/13812345678/, /王芳/, /wang\.fang/, /上海嘉定示范制造/, /91350100M000100Y43/];

const SDK_MARKER_KEYS = [
  'seq',
  'attempt',
  'activity_id',
  'activity_type',
  'complete_time',
  'backoff',
  'original_schedule_time',
];

type History = temporal.api.history.v1.IHistory;

/**
 * Every payload anywhere in a history (inputs, results, Update arguments, memos, signals…), but
 * search attributes: Temporal indexes those, so no codec touches them (Lianbao's hold release
 * markers only — the spec below finds no personal data there either).
 */
function payloadsIn(value: unknown, found: Payload[] = []): Payload[] {
  if (!value || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const v of value) payloadsIn(v, found);
    return found;
  }
  const record = value as Record<string, unknown>;
  if (record.metadata && typeof record.metadata === 'object' && 'data' in record) found.push(record as Payload);
  for (const v of Object.values(record))
    if (v && typeof v === 'object' && !(v instanceof Uint8Array)) payloadsIn(v, found);
  return found;
}

const bytesText = (payloads: Payload[]) =>
  payloads.map((p) => Buffer.from(p.data ?? new Uint8Array()).toString('utf8')).join('\n');

describe('Temporal payloads: encrypted, sealed, erasable (real Temporal dev server, real Postgres)', () => {
  const UI = 'http://127.0.0.1:8233';
  const env = stackForFile({ env: { LOG_LEVEL: 'debug', LOG_FILE: logFile, TEMPORAL_UI_ORIGIN: UI } });
  let connection: Connection;
  let raw: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: env.stack.temporalAddress });
    raw = new Client({ connection }); // no codec: what anyone with the Temporal UI or CLI sees
  });
  afterAll(() => connection?.close());

  const histories = async (id: string): Promise<History[]> =>
    Promise.all(
      [`application-${id}`, `application-${id}-power`, `application-${id}-water`].map((wid) =>
        raw.workflow.getHandle(wid).fetchHistory(),
      ),
    );

  let id: string;

  it('keeps every payload of the application, its connections and its Updates unreadable without the codec', async () => {
    const form = powerAndWaterForm();
    form.applicant = { ...form.applicant, email: 'wang.fang@example.cn' };
    const submitted = await env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: form,
      headers: { 'idempotency-key': 'payloads-1' },
    });
    expect(submitted.status).toBe(201);
    id = submitted.body.id;
    // A keyed retry is still recognised (the fingerprint is keyed, not a plain hash of the body)…
    const again = await env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: form,
      headers: { 'idempotency-key': 'payloads-1' },
    });
    expect([again.status, again.body.id]).toEqual([200, id]);
    // …and another body under the same key still refused.
    const other = await env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: { ...form, applicant: { ...form.applicant, mobile: '13900000000' } },
      headers: { 'idempotency-key': 'payloads-1' },
    });
    expect(other.status).toBe(409);
    await env.stack.call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    await env.stack.call('POST', `/v1/applications/${id}/services/power/actions`, {
      token: env.tokens.power,
      body: { action: 'record-survey', findings: '现场具备接入条件' },
    });
    // The applicant's own words go in sealed with their key, as the form's fields do.
    const withdrawn = await env.stack.call('POST', `/v1/applications/${id}/withdraw`, {
      token: env.tokens.applicant,
      body: { reason: '联系人王芳（13812345678）另行办理' },
    });
    expect(withdrawn.status).toBe(200);

    const all = (await histories(id)).flatMap((h) => payloadsIn(h.events));
    expect(all.length).toBeGreaterThan(20);
    // Only the SDK's own bookkeeping is plain: release markers and a local activity's id and timing.
    const plain = all
      .filter((p) => Buffer.from(p.metadata!.encoding!).toString() !== ENCRYPTED_ENCODING)
      .map((p) => JSON.parse(Buffer.from(p.data ?? []).toString('utf8')));
    expect(plain.length).toBeGreaterThan(0);
    for (const meta of plain)
      expect(
        (Array.isArray(meta) && meta.every((m) => /^lianbao-[\w.-]+$/.test(m))) ||
          /^lianbao-[\w.-]+$/.test(meta.id) ||
          (typeof meta.activity_type === 'string' && Object.keys(meta).every((k) => SDK_MARKER_KEYS.includes(k))),
      ).toBe(true);
    const text = bytesText(all);
    for (const clear of CLEAR) expect(text).not.toMatch(clear);
    const everything = JSON.stringify(
      (await histories(id)).map((h) => h.events),
      (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v),
    );
    for (const clear of CLEAR) expect(everything).not.toMatch(clear);
    expect(text).not.toMatch(/applicationId|"form"|state-grid/); // nothing at all in clear, not only the contact
  });

  it('decodes with the codec, under a rotated key list too, and the form inside is still sealed per applicant', async () => {
    const [started] = (await histories(id))[0].events!;
    const input = started.workflowExecutionStartedEventAttributes!.input!.payloads! as Payload[];

    const rotated = new AesGcmPayloadCodec(
      parseCodecKeys(`test-2=${Buffer.alloc(32, 9).toString('base64')},${TEST_CODEC_KEYS}`),
    );
    const [decoded] = await rotated.decode(input);
    const args = JSON.parse(Buffer.from(decoded.data!).toString('utf8'));
    expect(args).toMatchObject({ applicationId: id, applicantId: principals.applicant.sub });
    for (const field of ['contactName', 'mobile', 'email', 'companyName', 'creditCode'])
      expect(args.form.applicant[field]).toMatchObject({ $enc: 'aes-256-gcm/v1' });
    expect(args.form.site.district).toBe('嘉定区'); // the rest is plain inside the codec

    // New payloads go under the first key; the old key still opens what it sealed.
    const [sealedAnew] = await rotated.encode([decoded]);
    expect(Buffer.from(sealedAnew.metadata!['encryption-key-id']!).toString()).toBe('test-2');
    expect(await rotated.decode([sealedAnew])).toEqual([expect.objectContaining({ data: decoded.data })]);
    const withoutOld = new AesGcmPayloadCodec(parseCodecKeys(`test-2=${Buffer.alloc(32, 9).toString('base64')}`));
    await expect(withoutOld.decode(input)).rejects.toThrow(/unknown key "test-1"/);

    // Histories recorded without the codec still read: it decodes only what it encoded.
    const plain = { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"x"') };
    expect(await rotated.decode([plain])).toEqual([plain]);
  });

  it('serves the codec to admins only, and to the Temporal UI origin only', async () => {
    const [started] = (await histories(id))[0].events!;
    const [payload] = started.workflowExecutionStartedEventAttributes!.input!.payloads!;
    const body = {
      payloads: [
        {
          metadata: Object.fromEntries(
            Object.entries(payload.metadata!).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
          ),
          data: Buffer.from(payload.data!).toString('base64'),
        },
      ],
    };
    const decoded = await env.stack.call('POST', '/v1/temporal-codec/decode', { token: env.tokens.admin, body });
    expect(decoded.status).toBe(200);
    expect(Buffer.from(decoded.body.payloads[0].metadata.encoding, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(decoded.body.payloads[0].data, 'base64').toString()).applicationId).toBe(id);
    expect((await env.stack.call('POST', '/v1/temporal-codec/decode', { token: env.tokens.window, body })).status).toBe(
      403,
    );
    expect((await env.stack.call('POST', '/v1/temporal-codec/decode', { body })).status).toBe(401);
    const preflight = (origin: string) =>
      fetch(`${env.stack.api.url}/v1/temporal-codec/decode`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    const fromUi = await preflight(UI);
    expect([fromUi.status, fromUi.headers.get('access-control-allow-origin')]).toEqual([204, UI]);
    expect(fromUi.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const tampered = structuredClone(body);
    tampered.payloads[0].data = Buffer.from('not what was sealed, not at all').toString('base64');
    const refused = await env.stack.call('POST', '/v1/temporal-codec/decode', {
      token: env.tokens.admin,
      body: tampered,
    });
    expect(refused.status).toBe(409);
  });

  it('after an erasure, no store holds the applicant in clear: histories, events, read models, notifications, ledger, logs', async () => {
    const erased = await env.stack.call('POST', `/v1/applicants/${principals.applicant.sub}/erasure`, {
      token: env.tokens.admin,
    });
    expect(erased.status).toBe(200);

    // Temporal's histories, decoded with the codec (what an operator can read): sealed fields only,
    // and their key is gone.
    const codec = new AesGcmPayloadCodec(parseCodecKeys(TEST_CODEC_KEYS));
    const decoded = await codec.decode((await histories(id)).flatMap((h) => payloadsIn(h.events)));
    const historyText = bytesText(decoded);
    for (const clear of CLEAR) expect(historyText).not.toMatch(clear);
    const keys = await env.stack.db.dataSource.query(
      `SELECT count(*)::int AS n FROM applicant_keys WHERE applicant_id = $1 AND key IS NOT NULL`,
      [principals.applicant.sub],
    );
    expect(keys[0].n).toBe(0);

    // Every table of the database, whole.
    const tables: { table_name: string }[] = await env.stack.db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const dump = JSON.stringify(await env.stack.db.dataSource.query(`SELECT * FROM "${table_name}"`));
      for (const clear of CLEAR)
        expect({ table: table_name, leaked: clear.test(dump) }).toEqual({ table: table_name, leaked: false });
    }

    // What the API answers, to the window and the admin: the application, its timeline, the CSV ledger.
    const reads = await Promise.all([
      env.stack.call('GET', `/v1/applications/${id}`, { token: env.tokens.window }),
      env.stack.call('GET', `/v1/applications/${id}/events`, { token: env.tokens.admin }),
      env.stack.call('GET', `/v1/applications?q=${encodeURIComponent('上海嘉定')}`, { token: env.tokens.window }),
      env.stack.call('GET', '/v1/compensations', { token: env.tokens.admin, headers: { accept: 'text/csv' } }),
      env.stack.call('GET', '/v1/notifications', { token: env.tokens.applicant }),
    ]);
    for (const reply of reads) {
      const text = JSON.stringify(reply.body);
      for (const clear of CLEAR) expect(text).not.toMatch(clear);
    }
    expect(reads[0].body.form.applicant).toMatchObject({ companyName: '[erased]', mobile: '[erased]' });
    expect(reads[2].body.items).toEqual([]);

    // The logs written during this spec (debug level: every request and job).
    const logs = fs.readFileSync(logFile, 'utf8');
    expect(logs.length).toBeGreaterThan(1000);
    for (const clear of CLEAR) expect(logs).not.toMatch(clear);
  });
});
