import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Independent complaints (独立投诉): the district's register, and what it discloses once closed. */
export class Complaints1764480000000 implements MigrationInterface {
  name = 'Complaints1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE complaints (
      id text PRIMARY KEY,
      complainant_id text NOT NULL,
      provider_id text NOT NULL,
      utility text NOT NULL,
      category text NOT NULL,
      link jsonb NOT NULL,
      description text NOT NULL,
      status text NOT NULL,
      filed_at timestamptz NOT NULL,
      acknowledge_due_at timestamptz NOT NULL,
      decide_due_at timestamptz NOT NULL,
      acknowledged_at timestamptz,
      acknowledge_working_days integer,
      question text,
      response_due_at timestamptz,
      response text,
      responded_at timestamptz,
      outcome text,
      reasons text,
      remedy_fen integer,
      public_summary text,
      decided_at timestamptz,
      decide_working_days integer,
      reopened boolean NOT NULL,
      reopen_reason text,
      closed_at timestamptz,
      closed_how text,
      escalations jsonb NOT NULL)`);
    await q.query(`CREATE INDEX complaints_closed ON complaints (closed_at) WHERE closed_at IS NOT NULL`);
    await q.query(`CREATE INDEX complaints_by_complainant ON complaints (complainant_id, filed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE complaints`);
  }
}
