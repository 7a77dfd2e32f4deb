import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A what-if replay of a draft catalog: its request, progress, and result (never the live ledger). */
export class WhatIfRuns1764520000000 implements MigrationInterface {
  name = 'WhatIfRuns1764520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE what_if_runs (
      id uuid PRIMARY KEY,
      status text NOT NULL,
      period_from timestamptz NOT NULL,
      period_to timestamptz NOT NULL,
      until timestamptz NOT NULL,
      draft jsonb NOT NULL,
      requested_by text NOT NULL,
      requested_at timestamptz NOT NULL,
      finished_at timestamptz,
      total int NOT NULL DEFAULT 0,
      done int NOT NULL DEFAULT 0,
      rows jsonb NOT NULL DEFAULT '[]',
      changed jsonb NOT NULL DEFAULT '[]',
      changed_count int NOT NULL DEFAULT 0
    )`);
    await q.query(`CREATE INDEX what_if_runs_requested_at ON what_if_runs (requested_at DESC)`);
    // The pages a run has counted: a retried page is not counted twice.
    await q.query(`CREATE TABLE what_if_pages (
      run_id uuid NOT NULL REFERENCES what_if_runs (id) ON DELETE CASCADE,
      page_after text NOT NULL,
      PRIMARY KEY (run_id, page_after)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE what_if_pages`);
    await q.query(`DROP TABLE what_if_runs`);
  }
}
