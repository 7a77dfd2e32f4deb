import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents (申请材料): the files, kept in Postgres (bytea) — uploaded first, owned by the
 * applicant, named by the form or a supplement — and the read model of which application carries
 * which (projected from the events, which record each file's SHA-256).
 */
export class Documents1764430000000 implements MigrationInterface {
  name = 'Documents1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE documents (
      id uuid PRIMARY KEY,
      owner_id text NOT NULL,
      kind text NOT NULL,
      filename text NOT NULL,
      media_type text NOT NULL,
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL,
      -- The bytes: here (bytea), or in the object store at the location (DOCUMENT_STORE=s3).
      content bytea,
      location text,
      CHECK ((content IS NULL) <> (location IS NULL)),
      uploaded_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX documents_owner_idx ON documents (owner_id, uploaded_at DESC)`);
    await q.query(`CREATE TABLE application_documents (
      application_id text NOT NULL,
      document_id text NOT NULL,
      kind text NOT NULL,
      filename text NOT NULL,
      media_type text NOT NULL,
      size integer NOT NULL,
      sha256 text NOT NULL,
      via text NOT NULL,
      position integer NOT NULL,
      attached_at timestamptz NOT NULL,
      PRIMARY KEY (application_id, document_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE application_documents`);
    await q.query(`DROP TABLE documents`);
  }
}
