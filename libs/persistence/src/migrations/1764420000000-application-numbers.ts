import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Application numbers (JD-2026-000123): a counter per year and the number given to each
 * application id (once: a retried append gets the same), recorded in ApplicationSubmitted by the
 * append; and the number on the read model, unique and searchable. Applications submitted before
 * numbers existed keep none (their events carry none).
 */
export class ApplicationNumbers1764420000000 implements MigrationInterface {
  name = 'ApplicationNumbers1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE application_number_counters (year integer PRIMARY KEY, last integer NOT NULL)`);
    await q.query(
      `CREATE TABLE application_numbers (application_id text PRIMARY KEY, number text NOT NULL UNIQUE, given_at timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query(`ALTER TABLE applications ADD COLUMN number text`);
    await q.query(`CREATE UNIQUE INDEX applications_number_idx ON applications (number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX applications_number_idx`);
    await q.query(`ALTER TABLE applications DROP COLUMN number`);
    await q.query(`DROP TABLE application_numbers`);
    await q.query(`DROP TABLE application_number_counters`);
  }
}
