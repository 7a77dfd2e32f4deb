import type { EntityManager } from 'typeorm';
import {
  appendToStream,
  ERASED,
  eraseApplicant,
  project,
  rebuildReadModels,
  sealText,
} from '../../libs/persistence/src';
import { deterministicEventId } from '../../libs/persistence/src/event-store/event-id';
import { createMigratedDatabase } from '../support/postgres';

/**
 * An erasure racing a projection of the same complaint: the projection reads the row (words in
 * clear), the erasure blanks it, the projection writes back what it read. Driven step by step: the
 * projection's write is held until the erasure has had its chance to run.
 */
describe('erasure vs a projection in flight (real Postgres)', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  const envelope = (id: string, complainant: string) => ({
    complaintId: id,
    complainantId: complainant,
    providerId: 'state-grid-jiading',
    utility: 'power',
  });

  async function file(id: string, complainant: string, words: string) {
    const streamId = `complaint-${id}`;
    const at = new Date().toISOString();
    await appendToStream(
      db.dataSource,
      streamId,
      0,
      [
        {
          eventId: deterministicEventId(streamId, 1),
          type: 'ComplaintFiled',
          data: {
            ...envelope(id, complainant),
            category: 'delay',
            link: { kind: 'none' },
            description: await sealText(db.dataSource, complainant, `${id}:description`, words),
            filedAt: at,
            acknowledgeDueAt: at,
            decideDueAt: at,
          },
        },
      ],
      project,
    );
    return streamId;
  }

  /** Appends one more event whose projection stops before its write until `release` is called. */
  function heldAppend(streamId: string, version: number, type: string, data: Record<string, unknown>) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let read!: () => void;
    const hasRead = new Promise<void>((resolve) => (read = resolve));
    const held = (manager: EntityManager): EntityManager =>
      new Proxy(manager, {
        get(target, property) {
          if (property === 'upsert')
            return async (...args: unknown[]) => {
              read();
              await gate;
              return (target.upsert as (...a: unknown[]) => unknown).apply(target, args);
            };
          const value = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const done = appendToStream(
      db.dataSource,
      streamId,
      version,
      [{ eventId: deterministicEventId(streamId, version + 1), type, data }],
      (manager, appended) => project(held(manager), appended),
    );
    return { hasRead, release, done };
  }

  const row = async (id: string) =>
    (
      await db.dataSource.query(`SELECT description, reopen_reason, escalations FROM complaints WHERE id = $1`, [id])
    )[0];

  it('an event without words, projected while the complainant is erased, does not write the words back', async () => {
    const stream = await file('c-race-1', 'firm-race-1', '隔壁工地挖断了电缆，三天没电');
    expect((await row('c-race-1')).description).toBe('隔壁工地挖断了电缆，三天没电');
    const append = heldAppend(stream, 1, 'ComplaintEscalated', {
      ...envelope('c-race-1', 'firm-race-1'),
      stage: 'acknowledge',
      at: new Date().toISOString(),
    });
    await append.hasRead; // the projection holds the row as it was, words in clear
    const erasure = eraseApplicant(db.dataSource, 'firm-race-1', 'admin-1');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the erasure's turn, if nothing holds it
    append.release();
    await Promise.all([append.done, erasure]);
    expect(await row('c-race-1')).toMatchObject({ description: ERASED, escalations: ['acknowledge'] });
  });

  it('words opened with the key just before it is erased are blanked, not left in clear', async () => {
    const stream = await file('c-race-2', 'firm-race-2', '第一次的说法');
    const append = heldAppend(stream, 1, 'ComplaintReopened', {
      ...envelope('c-race-2', 'firm-race-2'),
      by: 'firm-race-2',
      reason: await sealText(db.dataSource, 'firm-race-2', 'c-race-2:reason', '赔偿金额算错了'),
      decideDueAt: new Date().toISOString(),
      at: new Date().toISOString(),
    });
    await append.hasRead;
    const erasure = eraseApplicant(db.dataSource, 'firm-race-2', 'admin-1');
    await new Promise((resolve) => setTimeout(resolve, 300));
    append.release();
    await Promise.all([append.done, erasure]);
    expect(await row('c-race-2')).toMatchObject({ description: ERASED, reopen_reason: ERASED });
  });

  it("an erasure while a rebuild folds is not undone when the rebuilt tables take the live ones' place", async () => {
    await file('c-race-3', 'firm-race-3', '施工队把路面挖坏了');
    // An append in flight holds the rebuild at its swap, after it has folded the words in clear.
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await runner.query('LOCK TABLE events IN ROW EXCLUSIVE MODE');
    const rebuild = rebuildReadModels(db.dataSource);
    const waiting = async () =>
      (
        await db.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'events' AND NOT l.granted`,
        )
      )[0].n > 0;
    for (let i = 0; i < 200 && !(await waiting()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await waiting()).toBe(true);
    await eraseApplicant(db.dataSource, 'firm-race-3', 'admin-1');
    expect((await row('c-race-3')).description).toBe(ERASED);
    await runner.commitTransaction();
    await runner.release();
    await rebuild;
    expect((await row('c-race-3')).description).toBe(ERASED);
  });
});
