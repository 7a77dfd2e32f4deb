import type { DataSource } from 'typeorm';

/**
 * Streams whose last append failed, and why — so a stuck stream is seen (in /api/health and the
 * metrics), not retried in silence. A stream's row goes when it next appends successfully.
 */
export async function recordProblem(db: DataSource, streamId: string, error: unknown): Promise<void> {
  const kind = error instanceof Error ? error.constructor.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  await db.query(
    `INSERT INTO event_store_problems (stream_id, kind, message, first_seen, last_seen, attempts)
     VALUES ($1, $2, $3, now(), now(), 1)
     ON CONFLICT (stream_id) DO UPDATE SET kind = $2, message = $3, last_seen = now(),
       attempts = event_store_problems.attempts + 1`,
    [streamId, kind, message.slice(0, 2000)],
  );
}

export async function clearProblem(db: DataSource, streamId: string): Promise<void> {
  await db.query(`DELETE FROM event_store_problems WHERE stream_id = $1`, [streamId]);
}

export async function listProblems(
  db: DataSource,
): Promise<{ streamId: string; kind: string; message: string; attempts: number; lastSeen: Date }[]> {
  const rows: { stream_id: string; kind: string; message: string; attempts: number; last_seen: Date }[] =
    await db.query(
      `SELECT stream_id, kind, message, attempts, last_seen FROM event_store_problems ORDER BY last_seen DESC LIMIT 20`,
    );
  return rows.map((r) => ({
    streamId: r.stream_id,
    kind: r.kind,
    message: r.message,
    attempts: r.attempts,
    lastSeen: r.last_seen,
  }));
}
