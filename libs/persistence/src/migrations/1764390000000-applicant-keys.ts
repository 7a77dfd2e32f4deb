import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release 0.2's operational tables. Per-applicant keys for the personal fields sealed in the event store (crypto-shredding). Not
 * part of the event store and not a read model: a rebuild never touches it, and erasing an
 * applicant sets their key to NULL for good.
 */
export class ApplicantKeys1764390000000 implements MigrationInterface {
  name = 'ApplicantKeys1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE applicant_keys (
        key_id uuid PRIMARY KEY,
        applicant_id text NOT NULL,
        key bytea,
        created_at timestamptz NOT NULL,
        erased_at timestamptz,
        erased_by text,
        CHECK ((key IS NULL) = (erased_at IS NOT NULL))
      )`);
    // At most one live key per applicant; erased ones stay as the record of the erasure.
    await q.query(`CREATE UNIQUE INDEX applicant_keys_live_idx ON applicant_keys (applicant_id) WHERE key IS NOT NULL`);
    // Operations: streams whose last append failed (libs/persistence/src/event-store/problems.ts).
    await q.query(`
      CREATE TABLE event_store_problems (
        stream_id text PRIMARY KEY,
        kind text NOT NULL,
        message text NOT NULL,
        first_seen timestamptz NOT NULL,
        last_seen timestamptz NOT NULL,
        attempts integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_store_problems`);
    await q.query(`DROP TABLE applicant_keys`);
  }
}
