import type { DataSource, EntityManager } from 'typeorm';
import { warningNotification } from './notifications.projection';

interface DueRow {
  application_id: string;
  track: string;
  stage: string;
  party_kind: string;
  party_id: string | null;
  due_at: Date;
  warn_at: Date;
}

/**
 * The 75 % warnings of release 0.3's clocks, off Temporal's timer path: every open stage whose
 * warn_at has come (and that is neither paused, warned nor breached) turns amber and its party is
 * told, in one transaction per batch. Any number of workers may sweep at once (SKIP LOCKED), and a
 * stage is warned once (its notification's id is the stage's). A pause or a recount moves warn_at
 * in the read model, so the sweeper always reads the deadline as it stands.
 */
export async function sweepWarnings(dataSource: DataSource, now: Date, batch = 500): Promise<number> {
  let warned = 0;
  for (;;) {
    const rows: DueRow[] = await dataSource.transaction(async (m) => {
      const due: DueRow[] = await m.query(
        `WITH due AS (
         UPDATE application_stages s SET sla_state = 'warning'
           FROM (SELECT application_id, track, stage FROM application_stages
                  WHERE warn_by_sweeper AND status = 'open' AND sla_state = 'on_track' AND warn_at <= $1
                  ORDER BY warn_at LIMIT $2 FOR UPDATE SKIP LOCKED) d
          WHERE (s.application_id, s.track, s.stage) = (d.application_id, d.track, d.stage)
          RETURNING s.application_id, s.track, s.stage, s.party_kind, s.party_id, s.due_at, s.warn_at)
         SELECT * FROM due`,
        [now, batch],
      );
      if (due.length === 0) return due;
      const notifications = due.map((r) => ({
        id: `warning:${r.application_id}:${r.track}:${r.stage}`,
        applicationId: r.application_id,
        ...warningNotification({
          track: r.track,
          stage: r.stage,
          party: (r.party_kind === 'window'
            ? { kind: 'window' }
            : { kind: r.party_kind, id: r.party_id }) as Parameters<typeof warningNotification>[0]['party'],
          dueAt: r.due_at.toISOString(),
          at: r.warn_at.toISOString(),
        }),
      }));
      await m.query(
        `INSERT INTO notifications (id, recipient_kind, recipient_id, application_id, kind, message, message_zh, created_at)
         SELECT n.id, n."recipientKind", n."recipientId", n."applicationId", n.kind, n.message, n."messageZh", n."createdAt"
           FROM jsonb_to_recordset($1::jsonb) AS n(id text, "recipientKind" text, "recipientId" text, "applicationId" text,
                                                   kind text, message text, "messageZh" text, "createdAt" timestamptz)
         ON CONFLICT (id) DO NOTHING`,
        [JSON.stringify(notifications)],
      );
      return due;
    });
    warned += rows.length;
    if (rows.length < batch) return warned;
  }
}

/**
 * A rebuild folds the read models from the events, and a sweeper's warning is not an event: the
 * stages it turned amber, and what it told their parties, are carried from the live tables into
 * the rebuilt ones (inside the swap, with the sweeper held off), so a rebuild keeps them.
 */
export async function carryWarnings(manager: EntityManager, shadow: (table: string) => string): Promise<void> {
  await manager.query('LOCK TABLE application_stages IN SHARE ROW EXCLUSIVE MODE');
  await manager.query(
    `UPDATE "${shadow('application_stages')}" r SET sla_state = 'warning'
       FROM application_stages l
      WHERE (r.application_id, r.track, r.stage) = (l.application_id, l.track, l.stage)
        AND l.sla_state = 'warning' AND r.sla_state = 'on_track' AND r.warn_by_sweeper`,
  );
  await manager.query(
    `INSERT INTO "${shadow('notifications')}" SELECT * FROM notifications WHERE id LIKE 'warning:%' ON CONFLICT (id) DO NOTHING`,
  );
}
