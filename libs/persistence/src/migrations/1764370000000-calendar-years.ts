import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendar years loaded by admins (projected from the `calendar` stream); they override the package's. */
export class CalendarYears1764370000000 implements MigrationInterface {
  name = 'CalendarYears1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY,
        holidays jsonb NOT NULL,
        workdays jsonb NOT NULL,
        source text NOT NULL,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_years`);
  }
}
