import type { DataSource } from 'typeorm';
import type { ClockEvent } from '../../../domain/src/explanation/stage-explanation';
import type { RecordedInterruption } from '../../../domain/src/what-if/replay-interruption';

/**
 * The interruptions that began in [from, to), each with its own stream's events and the catalog
 * version its service terms came from: what a what-if replays besides the applications. One page
 * of `limit` after `after` (interruption ids in order).
 */
export async function loadRecordedInterruptions(
  dataSource: DataSource,
  period: { from: Date; to: Date },
  page: { after?: string; limit: number } = { limit: 500 },
): Promise<{ interruptions: (RecordedInterruption & { catalogVersion: number })[]; next?: string }> {
  const found: { id: string; catalog_version: number }[] = await dataSource.query(
    `SELECT id, catalog_version FROM interruptions
      WHERE started_at >= $1 AND started_at < $2 AND ($3::text IS NULL OR id > $3)
      ORDER BY id LIMIT $4`,
    [period.from, period.to, page.after ?? null, page.limit],
  );
  if (!found.length) return { interruptions: [] };
  const rows: { stream_id: string; type: string; data: Record<string, unknown> }[] = await dataSource.query(
    `SELECT stream_id, type, data FROM events WHERE stream_id = ANY($1) ORDER BY global_position`,
    [found.map((i) => `interruption-${i.id}`)],
  );
  const byStream = new Map<string, ClockEvent[]>();
  for (const row of rows) {
    const events = byStream.get(row.stream_id) ?? [];
    events.push({ ...row.data, type: row.type });
    byStream.set(row.stream_id, events);
  }
  return {
    interruptions: found.map((i) => ({
      interruptionId: i.id,
      catalogVersion: Number(i.catalog_version),
      events: byStream.get(`interruption-${i.id}`) ?? [],
    })),
    next: found.length === page.limit ? found[found.length - 1].id : undefined,
  };
}

/** How many interruptions began in [from, to): part of a what-if run's total. */
export async function countInterruptions(dataSource: DataSource, period: { from: Date; to: Date }): Promise<number> {
  const [{ n }]: { n: string }[] = await dataSource.query(
    `SELECT count(*) AS n FROM interruptions WHERE started_at >= $1 AND started_at < $2`,
    [period.from, period.to],
  );
  return Number(n);
}
