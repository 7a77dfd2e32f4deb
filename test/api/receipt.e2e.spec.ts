import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { dateTimeText, deadlineText } from '../../libs/domain/src/glossary';
import { eventually, powerAndWaterForm, soon, stackForFile } from '../support/api';
import { readPdf } from '../support/pdf';

/** The acceptance receipt (受理回执): a PDF made on the server, in Chinese, with a QR code to the application. */
describe('the acceptance receipt (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();

  async function pdf(id: string, token: string) {
    const response = await fetch(`${env.stack.api.url}/v1/applications/${id}/receipt`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, type: response.headers.get('content-type'), body: response };
  }

  it('is refused before acceptance, then lists the number, every utility’s date and a QR code linking to the application', async () => {
    const { call } = env.stack;
    const submitted = await call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: powerAndWaterForm(),
    });
    const { id, number } = submitted.body as { id: string; number: string };
    const early = await pdf(id, env.tokens.applicant);
    expect(early.status).toBe(409);
    expect((await early.body.json()).error).toMatchObject({ messageZh: '窗口受理后才出具受理回执' });

    await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    await call('POST', `/v1/applications/${id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'schedule-joint-survey', appointmentAt: soon() },
    });
    // Each utility's end-to-end clock starts at the joint survey: its date is the date to connect by.
    const detail = await eventually(async () => {
      const r = await call('GET', `/v1/applications/${id}`, { token: env.tokens.applicant });
      return r.body.services.every((s: { total: unknown }) => s.total) && r.body;
    });

    const reply = await pdf(id, env.tokens.applicant);
    expect(reply.status).toBe(200);
    expect(reply.type).toBe('application/pdf');
    const data = new Uint8Array(await reply.body.arrayBuffer());
    const { text, images } = await readPdf(data);
    expect(text).toContain(number);
    expect(text).toContain('受理回执'); // Chinese as text, not boxes: the font is embedded
    expect(text).toContain('上海嘉定示范制造有限公司');
    // Line breaks aside (a long cell wraps), every utility's date to connect by is on it.
    const flat = text.replace(/\s+/g, '');
    for (const s of detail.services as { utility: string; total: { dueAt: string } }[])
      expect(flat).toContain(deadlineText('zh', s.total.dueAt).replace(/\s+/g, ''));
    expect(text).toMatch(/电力[\s\S]*国网嘉定供电公司[\s\S]*6 个工作日/);

    // The QR code, decoded from the image in the PDF, is the application's address.
    const qr = images[0];
    expect(qr).toBeDefined();
    // pdf.js hands the image over as PNG bytes.
    const png = PNG.sync.read(qr.data);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/applicant/${id}$`));
    expect(flat).toContain(decoded!.data);

    // The applicant was told when the survey is, as people write a time (no raw timestamp, no code).
    const notes = await call('GET', '/v1/notifications?pageSize=50', { token: env.tokens.applicant });
    const survey = notes.body.items.find((n: { kind: string }) => n.kind === 'survey-scheduled');
    expect(survey.messageZh).toBe(`联合踏勘时间：${dateTimeText('zh', detail.surveyAppointmentAt)}`);
    for (const n of notes.body.items as { message: string; messageZh: string }[])
      expect(`${n.message} ${n.messageZh}`).not.toMatch(
        /\d{4}-\d{2}-\d{2}T|\b(survey|plan|total)\b(?! )|[0-9a-f]{8}-[0-9a-f]{4}-/,
      );

    // The window and admins may print it; another applicant and a provider's staff may not.
    expect((await pdf(id, env.tokens.window)).status).toBe(200);
    expect((await pdf(id, env.tokens.otherApplicant)).status).toBe(404);
    expect((await pdf(id, env.tokens.power)).status).toBe(403);
  });
});
