import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release 0.2's read models: each stage's pauses with their reasons, the site's road-works risk as
 * the district decided it, why a process failed, and the register of low-risk zones.
 */
export class CoreCorrectness1764380000000 implements MigrationInterface {
  name = 'CoreCorrectness1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application_stages ADD COLUMN pauses jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`ALTER TABLE applications ADD COLUMN site_risk jsonb`);
    await q.query(`ALTER TABLE applications ADD COLUMN failure jsonb`);
    await q.query(`
      CREATE TABLE risk_zone_registers (
        version integer PRIMARY KEY,
        zones jsonb NOT NULL,
        source text NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL
      )`);
    await q.query(
      `CREATE INDEX application_stages_unknown_calendar_idx ON application_stages (application_id)
         WHERE beyond_known_calendar AND status IN ('open', 'paused')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX application_stages_unknown_calendar_idx`);
    await q.query(`DROP TABLE risk_zone_registers`);
    await q.query(`ALTER TABLE applications DROP COLUMN failure`);
    await q.query(`ALTER TABLE applications DROP COLUMN site_risk`);
    await q.query(`ALTER TABLE application_stages DROP COLUMN pauses`);
  }
}
