import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has read which notification. A notification goes to a party (a provider, the window…), so
 * each person reads it for themselves: one row per reader and notification, and a mark per reader
 * below which everything counts as read ("mark all read"). Not a read model: a rebuild keeps it
 * (notification ids are derived from their event, so they survive a rebuild unchanged).
 */
export class NotificationReads1764460000000 implements MigrationInterface {
  name = 'NotificationReads1764460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_reads (
      reader text NOT NULL,
      notification_id text NOT NULL,
      read_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (reader, notification_id))`);
    await q.query(`CREATE TABLE notification_read_marks (
      reader text PRIMARY KEY,
      read_through timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_read_marks`);
    await q.query(`DROP TABLE notification_reads`);
  }
}
