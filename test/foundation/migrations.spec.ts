import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { createDataSource, migrations } from '../../libs/persistence/src';

describe('migrations on real Postgres', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('create the schema from nothing, refuse to rewrite events, and roll back to nothing', async () => {
    const ds = createDataSource({ url: db.url, poolSize: 2 });
    await ds.initialize();
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran.map((m) => m.name)).toEqual(migrations.map((m) => new m().name));

      const columns = await ds.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position`,
      );
      expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual([
        'global_position',
        'stream_id',
        'stream_version',
        'event_id',
        'type',
        'schema_version',
        'data',
        'metadata',
        'recorded_at',
        'transaction_id',
      ]);

      await ds.query(
        `INSERT INTO events (stream_id, stream_version, event_id, type, data) VALUES ('s', 1, gen_random_uuid(), 'T', '{}')`,
      );
      await expect(ds.query(`UPDATE events SET type = 'X'`)).rejects.toThrow(/append-only/);
      await expect(ds.query(`DELETE FROM events`)).rejects.toThrow(/append-only/);
      await expect(
        ds.query(
          `INSERT INTO events (stream_id, stream_version, event_id, type, data) VALUES ('s', 1, gen_random_uuid(), 'T', '{}')`,
        ),
      ).rejects.toThrow(/events_stream_version_unique/);

      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
