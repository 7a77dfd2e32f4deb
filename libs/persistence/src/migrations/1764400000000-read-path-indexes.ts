import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the lists' stable orders, found by test/api/query-plans.e2e.spec.ts at 100 000
 * applications: each list's page comes from an index in its exact order instead of a sort of the
 * whole table.
 */
export class ReadPathIndexes1764400000000 implements MigrationInterface {
  name = 'ReadPathIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // GET /applications (window, admins): newest first, id breaking ties.
    await q.query(`CREATE INDEX applications_submitted_idx ON applications (submitted_at DESC, id)`);
    // GET /breaches?reviewStatus=open (the admin's review queue), newest first.
    await q.query(
      `CREATE INDEX breaches_review_idx ON breaches (review_status, party_kind, breached_at DESC, application_id, track, stage)`,
    );
    // GET /compensations: the ledger, newest first; the CSV export walks it oldest first.
    await q.query(
      `CREATE INDEX compensation_ledger_accrued_idx ON compensation_ledger (accrued_at DESC, application_id, track, stage, unit)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX compensation_ledger_accrued_idx`);
    await q.query(`DROP INDEX breaches_review_idx`);
    await q.query(`DROP INDEX applications_submitted_idx`);
  }
}
