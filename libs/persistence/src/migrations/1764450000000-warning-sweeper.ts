import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release 0.3 clocks leave their 75 % warning to the read side: a stage they start says so, and
 * the warning sweeper finds the open ones whose warn_at has come through this partial index.
 */
export class WarningSweeper1764450000000 implements MigrationInterface {
  name = 'WarningSweeper1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application_stages ADD COLUMN warn_by_sweeper boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX application_stages_warnings_due ON application_stages (warn_at)
        WHERE warn_by_sweeper AND status = 'open' AND sla_state = 'on_track'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX application_stages_warnings_due`);
    await q.query(`ALTER TABLE application_stages DROP COLUMN warn_by_sweeper`);
  }
}
