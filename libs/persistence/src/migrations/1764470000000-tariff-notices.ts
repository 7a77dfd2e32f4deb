import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tariff-change notices (费率调整提前告知): the public list of current and upcoming changes. */
export class TariffNotices1764470000000 implements MigrationInterface {
  name = 'TariffNotices1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE tariff_notices (
      id text PRIMARY KEY,
      reference text NOT NULL,
      utility text NOT NULL,
      provider_id text NOT NULL,
      title text NOT NULL,
      title_zh text NOT NULL,
      summary text NOT NULL,
      summary_zh text NOT NULL,
      effective_date text NOT NULL,
      customer_types jsonb NOT NULL,
      area jsonb NOT NULL,
      status text NOT NULL,
      accounts integer NOT NULL,
      holders integer NOT NULL,
      reminded_accounts integer,
      published_at timestamptz NOT NULL,
      reminded_at timestamptz,
      in_force_at timestamptz,
      published_by text NOT NULL)`);
    await q.query(`CREATE INDEX tariff_notices_by_date ON tariff_notices (effective_date DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tariff_notices`);
  }
}
