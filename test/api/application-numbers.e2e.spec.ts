import { shanghaiDate } from '../../libs/domain/src/calendar/local-date';
import { APPLICATION_NUMBER } from '../../libs/domain/src/process/application-number';
import { rebuildReadModels } from '../../libs/persistence/src';
import { powerAndWaterForm, stackForFile } from '../support/api';

/** The application number (申请编号): given at submission, unique, kept, and searchable everywhere. */
describe('application numbers (real Temporal dev server, real Postgres)', () => {
  const env = stackForFile();
  const year = shanghaiDate(new Date()).slice(0, 4);

  const submit = (companyName: string, key?: string) => {
    const form = powerAndWaterForm();
    form.applicant.companyName = companyName;
    return env.stack.call('POST', '/v1/applications', {
      token: env.tokens.applicant,
      body: form,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
  };

  it('ten submissions at once get ten different numbers of this year; a keyed retry keeps its number', async () => {
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(`嘉定编号测试${i}号有限公司`)));
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    const numbers = replies.map((r) => r.body.number as string);
    for (const n of numbers) {
      expect(n).toMatch(APPLICATION_NUMBER);
      expect(n.startsWith(`JD-${year}-`)).toBe(true);
    }
    expect(new Set(numbers).size).toBe(10);

    const first = await submit('嘉定重试有限公司', 'retry-key-1');
    const again = await submit('嘉定重试有限公司', 'retry-key-1');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
  });

  it('the window finds an application by its number, by part of the company’s name and by credit code', async () => {
    const made = await submit('上海嘉定寻找我科技有限公司');
    const find = async (q: string) =>
      (
        await env.stack.call('GET', `/v1/applications?q=${encodeURIComponent(q)}`, { token: env.tokens.window })
      ).body.items.map((a: { id: string }) => a.id);
    expect(await find(made.body.number)).toEqual([made.body.id]);
    expect(await find(made.body.number.toLowerCase())).toEqual([made.body.id]);
    expect(await find('寻找我')).toEqual([made.body.id]);
    expect(await find('91350100M000100Y43')).toContain(made.body.id);
    expect(await find('100%')).toEqual([]); // % is a character here, not a wildcard
    // An applicant searches only their own.
    const other = await env.stack.call('GET', `/v1/applications?q=${made.body.number}`, {
      token: env.tokens.otherApplicant,
    });
    expect(other.body.items).toEqual([]);
    // The number is on the detail and on the window's tasks.
    const detail = await env.stack.call('GET', `/v1/applications/${made.body.id}`, { token: env.tokens.window });
    expect(detail.body.number).toBe(made.body.number);
    const tasks = await env.stack.call('GET', '/v1/tasks?pageSize=200', { token: env.tokens.window });
    const task = tasks.body.items.find((t: { applicationId: string }) => t.applicationId === made.body.id);
    expect(task).toMatchObject({ applicationNumber: made.body.number, utilities: ['power', 'water'] });
  });

  it('a rebuild of the read models gives every application the number it had', async () => {
    const before = await env.stack.db.dataSource.query(`SELECT id, number FROM applications ORDER BY id`);
    await rebuildReadModels(env.stack.db.dataSource);
    expect(await env.stack.db.dataSource.query(`SELECT id, number FROM applications ORDER BY id`)).toEqual(before);
    expect(before.every((r: { number: string | null }) => r.number !== null)).toBe(true);
  });
});
