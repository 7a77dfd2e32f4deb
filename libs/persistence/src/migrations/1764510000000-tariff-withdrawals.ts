import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A tariff notice withdrawn before it took effect: when, and why in both languages. */
export class TariffWithdrawals1764510000000 implements MigrationInterface {
  name = 'TariffWithdrawals1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tariff_notices
      ADD COLUMN withdrawn_at timestamptz,
      ADD COLUMN withdrawal_reason text,
      ADD COLUMN withdrawal_reason_zh text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tariff_notices
      DROP COLUMN withdrawn_at, DROP COLUMN withdrawal_reason, DROP COLUMN withdrawal_reason_zh`);
  }
}
