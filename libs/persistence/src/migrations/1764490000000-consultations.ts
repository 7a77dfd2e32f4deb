import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-window consultation (一窗咨询): the threads, and the FAQ with its search terms (GIN, no extension). */
export class Consultations1764490000000 implements MigrationInterface {
  name = 'Consultations1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE consultations (
      id text PRIMARY KEY,
      asker_id text NOT NULL,
      utilities jsonb NOT NULL,
      question text NOT NULL,
      site jsonb,
      company_name text,
      status text NOT NULL,
      asked_at timestamptz NOT NULL,
      reply_due_at timestamptz NOT NULL,
      replied_at timestamptz,
      thread jsonb NOT NULL,
      parts jsonb NOT NULL,
      provider_ids text[] NOT NULL,
      breaches jsonb NOT NULL,
      published boolean NOT NULL,
      application_id text,
      closed_at timestamptz)`);
    await q.query(`CREATE INDEX consultations_by_asker ON consultations (asker_id, asked_at DESC)`);
    await q.query(`CREATE INDEX consultations_by_provider ON consultations USING gin (provider_ids)`);
    await q.query(`CREATE TABLE faq (
      id text PRIMARY KEY,
      utilities text[] NOT NULL,
      question text NOT NULL,
      answer text NOT NULL,
      published_at timestamptz NOT NULL,
      terms text[] NOT NULL)`);
    await q.query(`CREATE INDEX faq_terms ON faq USING gin (terms)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE faq`);
    await q.query(`DROP TABLE consultations`);
  }
}
