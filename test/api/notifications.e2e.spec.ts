import { eventually, powerAndWaterForm, principals, stackForFile } from '../support/api';

interface Note {
  id: string;
  kind: string;
  read: boolean;
  createdAt: string;
}

/**
 * Notifications are read by people, not by browsers: a notification for the window is every
 * clerk's, and each clerk reads it for themselves; the unread count follows on any device.
 */
describe('notifications: read and unread per person', () => {
  const env = stackForFile();
  const call = (...args: Parameters<typeof env.stack.call>) => env.stack.call(...args);
  let secondClerk: string;
  const list = async (token: string, query = '') =>
    (await call('GET', `/v1/notifications?pageSize=100${query}`, { token })).body as {
      items: Note[];
      total: number;
      unread: number;
    };
  const unread = async (token: string) =>
    (await call('GET', '/v1/notifications/unread-count', { token })).body.unread as number;

  beforeAll(async () => {
    secondClerk = await env.stack.token({ ...principals.window, sub: 'clerk-2', name: '窗口二' });
  });

  it('one clerk reading a window notification leaves it unread for the other; reading twice at once counts once', async () => {
    const submitted = await Promise.all(
      [1, 2].map(() => call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() })),
    );
    expect(submitted.map((r) => r.status)).toEqual([201, 201]);
    const tasks = await eventually(async () => {
      const page = await list(env.tokens.window);
      const mine = page.items.filter((n) => n.kind === 'task-opened');
      return mine.length >= 2 && page;
    });
    expect(tasks.unread).toBe(tasks.total);
    expect(tasks.items.every((n) => !n.read)).toBe(true);
    expect(await unread(secondClerk)).toBe(tasks.total);

    const [first] = tasks.items;
    const both = await Promise.all([
      call('POST', `/v1/notifications/${encodeURIComponent(first.id)}/read`, { token: env.tokens.window }),
      call('POST', `/v1/notifications/${encodeURIComponent(first.id)}/read`, { token: env.tokens.window }),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both.map((r) => r.body.unread)).toEqual([tasks.total - 1, tasks.total - 1]);
    const after = await list(env.tokens.window);
    expect(after.items.find((n) => n.id === first.id)?.read).toBe(true);
    expect(after.unread).toBe(tasks.total - 1);
    expect((await list(env.tokens.window, '&unread=true')).items.map((n) => n.id)).not.toContain(first.id);
    // The other clerk has read nothing.
    expect(await unread(secondClerk)).toBe(tasks.total);

    // Not the caller's: an applicant cannot mark (or learn about) the window's notification.
    const foreign = await call('POST', `/v1/notifications/${encodeURIComponent(first.id)}/read`, {
      token: env.tokens.applicant,
    });
    expect(foreign.status).toBe(404);
    const unknown = await call('POST', '/v1/notifications/no-such-id/read', { token: env.tokens.window });
    expect(unknown.status).toBe(404);
  });

  it('"all read" up to what the person saw: a notification that arrived after it stays unread', async () => {
    const seen = await list(secondClerk);
    expect(seen.unread).toBeGreaterThan(0);
    const through = seen.items[0].createdAt;
    // Another application arrives after the clerk looked.
    await new Promise((r) => setTimeout(r, 50));
    const later = await call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() });
    expect(later.status).toBe(201);
    await eventually(async () => (await list(secondClerk)).total > seen.total);

    const marked = await call('POST', '/v1/notifications/read-all', { token: secondClerk, body: { through } });
    expect(marked.status).toBe(201);
    const now = await list(secondClerk);
    expect(marked.body.unread).toBe(now.total - seen.total);
    expect(now.items.filter((n) => !n.read).every((n) => Date.parse(n.createdAt) > Date.parse(through))).toBe(true);
    // An older mark sent late changes nothing; a bad date is a 400 naming the field.
    await call('POST', '/v1/notifications/read-all', { token: secondClerk, body: { through: '2020-01-01T00:00:00Z' } });
    expect(await unread(secondClerk)).toBe(now.total - seen.total);
    const bad = await call('POST', '/v1/notifications/read-all', {
      token: secondClerk,
      body: { through: 'yesterday' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('through');
    // Without a moment: everything up to now.
    expect((await call('POST', '/v1/notifications/read-all', { token: secondClerk, body: {} })).body.unread).toBe(0);
    // …or with no body at all, as the OpenAPI document says it may be sent.
    expect(await call('POST', '/v1/notifications/read-all', { token: secondClerk })).toMatchObject({
      status: 201,
      body: { unread: 0 },
    });
    const openapi = await call('GET', '/docs-json');
    expect(openapi.body.paths['/api/v1/notifications/read-all'].post.requestBody.required).toBe(false);
  });

  it('the applicant’s own notifications: accepted, then read on another device', async () => {
    const made = await call('POST', '/v1/applications', { token: env.tokens.applicant, body: powerAndWaterForm() });
    const accepted = await call('POST', `/v1/applications/${made.body.id}/window-actions`, {
      token: env.tokens.window,
      body: { action: 'accept' },
    });
    expect(accepted.status).toBe(200);
    const mine = await eventually(async () => {
      const page = await list(env.tokens.applicant);
      return page.items.some((n) => n.kind === 'accepted') && page;
    });
    expect(mine.unread).toBeGreaterThan(0);
    // Another device (a new token for the same person) sees the same count, and reading there counts here.
    const phone = await env.stack.token(principals.applicant);
    expect(await unread(phone)).toBe(mine.unread);
    await call('POST', '/v1/notifications/read-all', { token: phone, body: {} });
    expect(await unread(env.tokens.applicant)).toBe(0);
    expect(await unread(env.tokens.otherApplicant)).toBe(0);
  });
});
