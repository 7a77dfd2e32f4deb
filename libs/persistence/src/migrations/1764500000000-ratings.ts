import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ratings of complaints and interruptions, and the follow-up (回访) of every poor rating. */
export class Ratings1764500000000 implements MigrationInterface {
  name = 'Ratings1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ratings (
      id text PRIMARY KEY,
      subject_kind text NOT NULL,
      subject_id text NOT NULL,
      rater_id text NOT NULL,
      score integer NOT NULL,
      comment text,
      services jsonb NOT NULL,
      rated_at timestamptz NOT NULL,
      follow_up_due_at timestamptz,
      follow_up_outcome text,
      follow_up_note text,
      follow_up_at timestamptz,
      follow_up_by text,
      follow_up_late boolean NOT NULL,
      follow_up_abandoned boolean NOT NULL)`);
    await q.query(`CREATE INDEX ratings_by_subject ON ratings (subject_kind, subject_id)`);
    await q.query(`CREATE INDEX ratings_follow_ups ON ratings (follow_up_due_at) WHERE follow_up_due_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ratings`);
  }
}
