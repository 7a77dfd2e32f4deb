import type { DataSource } from 'typeorm';
import type { Catalog } from '../../../domain/src/catalog/catalog';
import type { ClockEvent } from '../../../domain/src/explanation/stage-explanation';
import { UTILITIES, type Utility } from '../../../domain/src/form/utilities';
import type { RecordedApplication } from '../../../domain/src/what-if/replay';
import { catalogVersion } from '../catalog/catalog-store';

/** Events of a clock: its own, and the review of its breach. */
const CLOCK_EVENTS = new Set([
  'StageStarted',
  'StagePaused',
  'StageResumed',
  'DeadlineRecomputed',
  'SlaBreached',
  'CompensationAccrued',
  'StageCompleted',
  'StageCancelled',
  'BreachReviewed',
]);

/**
 * The applications submitted in [from, to), each with its clocks' recorded events and the catalog
 * version it pinned: what a what-if replay reads. One page of `limit` applications after `after`
 * (application ids in submission order), so a long period is read in pieces.
 */
export async function loadRecordedApplications(
  dataSource: DataSource,
  period: { from: Date; to: Date },
  page: { after?: string; limit: number } = { limit: 500 },
): Promise<{ applications: (RecordedApplication & { catalogVersion: number })[]; next?: string }> {
  const apps: { id: string; submitted_at: Date }[] = await dataSource.query(
    `SELECT id, submitted_at FROM applications
      WHERE submitted_at >= $1 AND submitted_at < $2 AND ($3::text IS NULL OR id > $3)
      ORDER BY id LIMIT $4`,
    [period.from, period.to, page.after ?? null, page.limit],
  );
  if (!apps.length) return { applications: [] };
  const ids = apps.map((a) => a.id);
  // By stream id, so the (stream_id, stream_version) index serves the read: each application's own
  // stream, its connections', and the review streams of breaches reviewed after a connection closed.
  const breaches: { stream: string }[] = await dataSource.query(
    `SELECT 'breach-' || application_id || '.' || track || '.' || stage AS stream FROM breaches WHERE application_id = ANY($1)`,
    [ids],
  );
  const streams = [
    ...ids.flatMap((id) => [`application-${id}`, ...UTILITIES.map((u) => `application-${id}-${u}`)]),
    ...breaches.map((b) => b.stream),
  ];
  const rows: { stream_id: string; type: string; data: Record<string, unknown> }[] = await dataSource.query(
    `SELECT stream_id, type, data FROM events
      WHERE stream_id = ANY($1) AND (type = 'ApplicationSubmitted' OR type = ANY($2))
      ORDER BY global_position`,
    [streams, [...CLOCK_EVENTS]],
  );
  const byId = new Map<string, RecordedApplication & { catalogVersion: number }>();
  for (const id of ids) byId.set(id, { applicationId: id, services: [], clocks: {}, catalogVersion: 0 });
  for (const row of rows) {
    const app = byId.get(String(row.data.applicationId));
    if (!app) continue;
    if (row.type === 'ApplicationSubmitted') {
      const services = (row.data.services ?? []) as { utility: Utility; category: string; provider: { id: string } }[];
      app.services = services.map((s) => ({ utility: s.utility, category: s.category, providerId: s.provider.id }));
      app.catalogVersion = Number(row.data.catalogVersion ?? (row.data.catalog as Catalog | undefined)?.version ?? 0);
      continue;
    }
    const key = `${String(row.data.track)}/${String(row.data.stage)}`;
    ((app.clocks[key] as ClockEvent[] | undefined) ??= []).push({ ...row.data, type: row.type });
  }
  return { applications: [...byId.values()], next: apps.length === page.limit ? ids[ids.length - 1] : undefined };
}

/** Published versions by number, read once each. */
export async function catalogsByVersion(
  dataSource: DataSource,
  versions: Iterable<number>,
): Promise<Map<number, Catalog>> {
  const map = new Map<number, Catalog>();
  for (const v of new Set(versions)) map.set(v, await catalogVersion(dataSource, v));
  return map;
}
