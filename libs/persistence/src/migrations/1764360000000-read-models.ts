import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models projected from the event store (see libs/persistence/src/read-models). */
export class ReadModels1764360000000 implements MigrationInterface {
  name = 'ReadModels1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE applications (
        id text PRIMARY KEY,
        applicant_id text NOT NULL,
        company_name text NOT NULL,
        status text NOT NULL,
        utilities jsonb NOT NULL,
        catalog_version integer NOT NULL,
        form jsonb NOT NULL,
        submitted_at timestamptz NOT NULL,
        survey_appointment_at timestamptz,
        decided_at timestamptz,
        completed_at timestamptz,
        reject_reason text,
        supplement jsonb,
        rating integer,
        rating_comment text,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX applications_applicant_idx ON applications (applicant_id, submitted_at DESC)`);
    await q.query(`CREATE INDEX applications_status_idx ON applications (status)`);
    await q.query(`
      CREATE TABLE application_services (
        application_id text NOT NULL,
        utility text NOT NULL,
        provider_id text NOT NULL,
        category text NOT NULL,
        phase text NOT NULL,
        permit_status text,
        applicant_pays_fen bigint,
        account_id text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (application_id, utility)
      )`);
    await q.query(`CREATE INDEX application_services_provider_idx ON application_services (provider_id)`);
    await q.query(`
      CREATE TABLE application_stages (
        application_id text NOT NULL,
        track text NOT NULL,
        stage text NOT NULL,
        party_kind text NOT NULL,
        party_id text,
        status text NOT NULL,
        sla_state text NOT NULL,
        "limit" jsonb NOT NULL,
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        warn_at timestamptz NOT NULL,
        paused_ms bigint NOT NULL,
        paused_since timestamptz,
        beyond_known_calendar boolean NOT NULL,
        completed_at timestamptz,
        PRIMARY KEY (application_id, track, stage)
      )`);
    await q.query(
      `CREATE INDEX application_stages_open_idx ON application_stages (party_kind, party_id, due_at) WHERE status IN ('open', 'paused')`,
    );
    await q.query(`
      CREATE TABLE breaches (
        application_id text NOT NULL,
        track text NOT NULL,
        stage text NOT NULL,
        party_kind text NOT NULL,
        party_id text,
        due_at timestamptz NOT NULL,
        breached_at timestamptz NOT NULL,
        compensable boolean NOT NULL,
        accrued_fen bigint NOT NULL,
        review_status text NOT NULL,
        PRIMARY KEY (application_id, track, stage)
      )`);
    await q.query(`CREATE INDEX breaches_breached_idx ON breaches (breached_at DESC)`);
    await q.query(`
      CREATE TABLE compensation_ledger (
        application_id text NOT NULL,
        track text NOT NULL,
        stage text NOT NULL,
        unit integer NOT NULL,
        applicant_id text NOT NULL,
        provider_id text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        accrued_at timestamptz NOT NULL,
        status text NOT NULL,
        PRIMARY KEY (application_id, track, stage, unit)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id text PRIMARY KEY,
        recipient_kind text NOT NULL,
        recipient_id text,
        application_id text NOT NULL,
        kind text NOT NULL,
        message text NOT NULL,
        message_zh text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX notifications_recipient_idx ON notifications (recipient_kind, recipient_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE catalog_versions (
        version integer PRIMARY KEY,
        effective_from timestamptz NOT NULL,
        published_at timestamptz NOT NULL,
        document jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'catalog_versions',
      'notifications',
      'compensation_ledger',
      'breaches',
      'application_stages',
      'application_services',
      'applications',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
