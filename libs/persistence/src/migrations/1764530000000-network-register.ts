import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared network register: each provider's segments as they stand (a native `box` with a GiST
 * index finds candidates near a point or a line without any spatial extension; the exact geometry
 * is measured in the domain), every version of every segment (the register as of any moment), and
 * each version's summary (who, when, what).
 */
export class NetworkRegister1764530000000 implements MigrationInterface {
  name = 'NetworkRegister1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network_segments (
        provider_id text NOT NULL,
        segment_id text NOT NULL,
        utility text NOT NULL,
        version integer NOT NULL,
        geometry jsonb NOT NULL,
        attributes jsonb NOT NULL,
        bbox box NOT NULL,
        removed boolean NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (provider_id, segment_id)
      )`);
    await q.query(`CREATE INDEX network_segments_bbox_idx ON network_segments USING gist (bbox) WHERE NOT removed`);
    await q.query(`
      CREATE TABLE network_segment_versions (
        provider_id text NOT NULL,
        segment_id text NOT NULL,
        version integer NOT NULL,
        utility text NOT NULL,
        geometry jsonb,
        attributes jsonb,
        bbox box,
        removed boolean NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        PRIMARY KEY (provider_id, segment_id, version)
      )`);
    await q.query(
      `CREATE INDEX network_segment_versions_bbox_idx ON network_segment_versions USING gist (bbox) WHERE NOT removed`,
    );
    await q.query(`
      CREATE TABLE network_versions (
        provider_id text NOT NULL,
        version integer NOT NULL,
        utility text NOT NULL,
        source text NOT NULL,
        added integer NOT NULL,
        changed integer NOT NULL,
        removed integer NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (provider_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE network_versions`);
    await q.query(`DROP TABLE network_segment_versions`);
    await q.query(`DROP TABLE network_segments`);
  }
}
