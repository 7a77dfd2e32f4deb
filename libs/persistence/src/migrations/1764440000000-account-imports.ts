import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account imports in batches: the checked file's rows wait here (not in a workflow input, which
 * a large file would overflow) while the import workflow appends them batch by batch; the import's
 * row says how far it got, for the admin watching it.
 */
export class AccountImports1764440000000 implements MigrationInterface {
  name = 'AccountImports1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE account_imports (
         id uuid PRIMARY KEY,
         created_by text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         total integer NOT NULL,
         imported integer NOT NULL DEFAULT 0,
         status text NOT NULL DEFAULT 'running',
         problem jsonb,
         finished_at timestamptz)`,
    );
    await q.query(
      `CREATE TABLE account_import_rows (
         import_id uuid NOT NULL REFERENCES account_imports (id) ON DELETE CASCADE,
         position integer NOT NULL,
         account jsonb NOT NULL,
         PRIMARY KEY (import_id, position))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_import_rows`);
    await q.query(`DROP TABLE account_imports`);
  }
}
