import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoOptions } from './logging.module';
import { maskText } from './mask';

describe('personal data in logs', () => {
  it('is masked by shape: mobiles and resident ID numbers, not business credit codes', () => {
    expect(maskText('call 13812345678 or +86 13912345678')).toBe('call 138****5678 or +86 139****5678');
    expect(maskText('ID 11010519491231002X')).toBe('ID 110105********002X');
    expect(maskText('credit code 91350100M000100Y43, order 202611281234567890123')).toBe(
      'credit code 91350100M000100Y43, order 202611281234567890123',
    );
  });

  it('never reaches the output of the real logger, at any depth or in the message', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino(pinoOptions('info'), sink);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer secret' } },
        form: { applicant: { contact: { mobile: '13812345678' } } },
        note: 'ID 11010519491231002X',
      },
      'applicant 王芳 13812345678 submitted',
    );
    const out = lines.join('');
    expect(out).not.toContain('13812345678');
    expect(out).not.toContain('11010519491231002X');
    expect(out).not.toContain('Bearer secret');
    expect(JSON.parse(out)).toMatchObject({
      msg: 'applicant 王芳 138****5678 submitted',
      form: { applicant: { contact: { mobile: '138****5678' } } },
      note: 'ID 110105********002X',
    });
  });
});
