import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain event store: one append-only table for every stream.
 * - global_position orders all events; transaction_id lets readers wait for transactions that are
 *   still committing instead of skipping past a gap in global_position.
 * - UNIQUE(stream_id, stream_version) is the optimistic-concurrency check;
 *   UNIQUE(event_id) makes a retried append (same deterministic id) a no-op.
 * - A trigger refuses UPDATE and DELETE, so history cannot be rewritten by mistake.
 */
export class EventStore1764356400000 implements MigrationInterface {
  name = 'EventStore1764356400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_id       text        NOT NULL,
        stream_version  integer     NOT NULL CHECK (stream_version >= 1),
        event_id        uuid        NOT NULL,
        type            text        NOT NULL,
        schema_version  integer     NOT NULL DEFAULT 1,
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL DEFAULT '{}'::jsonb,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version),
        CONSTRAINT events_event_id_unique UNIQUE (event_id)
      )`);
    await q.query(`CREATE INDEX events_type_idx ON events (type)`);
    await q.query(`
      CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events is append-only: % is not allowed', TG_OP USING ERRCODE = 'raise_exception';
      END $$`);
    await q.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE events`);
    await q.query(`DROP FUNCTION events_append_only()`);
  }
}
