import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After connection (issue 11): service accounts, interruptions, reliability plans and the
 * published monthly reports; the compensation ledger gains the account an interruption's entry
 * pays (connection entries keep account_no = '') and may hold reversals (negative amounts) there.
 */
export class ServiceLapses1764410000000 implements MigrationInterface {
  name = 'ServiceLapses1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_accounts (
        provider_id text NOT NULL,
        account_no text NOT NULL,
        utility text NOT NULL,
        customer_id text NOT NULL,
        customer_type text NOT NULL,
        address text NOT NULL,
        district text NOT NULL,
        lat double precision,
        lng double precision,
        tariff text,
        energy_fen_per_kwh double precision,
        usage jsonb,
        contracted text NOT NULL,
        source text NOT NULL,
        application_id text,
        opened_at timestamptz NOT NULL,
        PRIMARY KEY (provider_id, account_no)
      )`);
    await q.query(`CREATE INDEX service_accounts_site_idx ON service_accounts (provider_id, district, address)`);
    await q.query(`CREATE INDEX service_accounts_customer_idx ON service_accounts (customer_id)`);
    await q.query(`
      CREATE TABLE interruptions (
        id text PRIMARY KEY,
        reference text NOT NULL,
        provider_id text NOT NULL,
        utility text NOT NULL,
        kind text NOT NULL,
        planned boolean NOT NULL,
        noticed_at timestamptz,
        planned_end_at timestamptz,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        arrived_at timestamptz,
        area jsonb NOT NULL,
        accounts integer NOT NULL,
        measured jsonb,
        cause text NOT NULL,
        status text NOT NULL,
        compensation_fen bigint NOT NULL,
        catalog_version integer NOT NULL,
        reported_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX interruptions_started_idx ON interruptions (started_at DESC, id)`);
    await q.query(`CREATE INDEX interruptions_provider_idx ON interruptions (provider_id, started_at DESC, id)`);
    await q.query(`
      CREATE TABLE reliability_plans (
        provider_id text NOT NULL,
        year integer NOT NULL,
        utility text NOT NULL,
        plan jsonb NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL,
        actual jsonb,
        missed jsonb,
        penalty_fen bigint,
        assessed_at timestamptz,
        PRIMARY KEY (provider_id, year)
      )`);
    await q.query(`
      CREATE TABLE public_reports (
        id text PRIMARY KEY,
        month text NOT NULL,
        produced_for timestamptz NOT NULL,
        produced_at timestamptz NOT NULL,
        corrects text,
        reason text NOT NULL,
        json text NOT NULL,
        csv text NOT NULL
      )`);
    await q.query(`CREATE INDEX public_reports_month_idx ON public_reports (month DESC, produced_at DESC)`);
    await q.query(`ALTER TABLE compensation_ledger ADD COLUMN account_no text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE compensation_ledger DROP CONSTRAINT compensation_ledger_pkey`);
    await q.query(
      `ALTER TABLE compensation_ledger ADD CONSTRAINT compensation_ledger_pkey PRIMARY KEY (application_id, track, stage, unit, account_no)`,
    );
    await q.query(`ALTER TABLE compensation_ledger DROP CONSTRAINT compensation_ledger_amount_fen_check`);
    await q.query(
      `ALTER TABLE compensation_ledger ADD CONSTRAINT compensation_ledger_amount_fen_check CHECK (amount_fen >= 0 OR account_no <> '')`,
    );
    await q.query(`DROP INDEX compensation_ledger_accrued_idx`);
    await q.query(
      `CREATE INDEX compensation_ledger_accrued_idx ON compensation_ledger (accrued_at DESC, application_id, track, stage, unit, account_no)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM compensation_ledger WHERE account_no <> ''`);
    await q.query(`DROP INDEX compensation_ledger_accrued_idx`);
    await q.query(
      `CREATE INDEX compensation_ledger_accrued_idx ON compensation_ledger (accrued_at DESC, application_id, track, stage, unit)`,
    );
    await q.query(`ALTER TABLE compensation_ledger DROP CONSTRAINT compensation_ledger_amount_fen_check`);
    await q.query(
      `ALTER TABLE compensation_ledger ADD CONSTRAINT compensation_ledger_amount_fen_check CHECK (amount_fen >= 0)`,
    );
    await q.query(`ALTER TABLE compensation_ledger DROP CONSTRAINT compensation_ledger_pkey`);
    await q.query(
      `ALTER TABLE compensation_ledger ADD CONSTRAINT compensation_ledger_pkey PRIMARY KEY (application_id, track, stage, unit)`,
    );
    await q.query(`ALTER TABLE compensation_ledger DROP COLUMN account_no`);
    for (const table of ['public_reports', 'reliability_plans', 'interruptions', 'service_accounts'])
      await q.query(`DROP TABLE ${table}`);
  }
}
