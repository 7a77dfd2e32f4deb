import type { DataSource } from 'typeorm';
import { networkStream, type NetworkEvent } from '../../../domain/src/networks/events';
import { nearestNetworks, type NearestNetwork } from '../../../domain/src/networks/nearest';
import { boxAround, type NetworkSegment, type SegmentGeometry } from '../../../domain/src/networks/segment';
import type { Utility } from '../../../domain/src/form/utilities';
import { appendToStream } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';

/** Events an append carries at most: a large upload is recorded in pieces, its summary last. */
const APPEND_CHUNK = 2_000;

export interface RecordedVersion {
  version: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Records a new version of a provider's network: `replace` makes the register what `segments`
 * say (segments not listed are taken out); `edit` sets the listed segments and takes out
 * `remove`. Only what differs gets an event; nothing differing records no version. The events go
 * into the provider's stream in pieces of 2 000, the version's summary last; a concurrent record
 * for the same provider loses with a WrongExpectedVersionError.
 */
export async function recordNetwork(
  dataSource: DataSource,
  input: {
    providerId: string;
    utility: Utility;
    segments: readonly NetworkSegment[];
    remove?: readonly string[];
    mode: 'replace' | 'edit';
    source: 'geojson' | 'csv' | 'edit';
    by: string;
    at: Date;
  },
): Promise<RecordedVersion> {
  const stream = networkStream(input.providerId);
  const current: { segment_id: string; version: number; removed: boolean; geometry: unknown; attributes: unknown }[] =
    await dataSource.query(
      `SELECT segment_id, version, removed, geometry, attributes FROM network_segments WHERE provider_id = $1`,
      [input.providerId],
    );
  const [{ version: last }]: { version: number }[] = await dataSource.query(
    `SELECT COALESCE(MAX(version), 0)::int AS version FROM network_versions WHERE provider_id = $1`,
    [input.providerId],
  );
  const version = last + 1;
  const at = input.at.toISOString();
  const have = new Map(current.map((r) => [r.segment_id, r]));
  const events: NetworkEvent[] = [];
  let [added, changed, unchanged] = [0, 0, 0];
  for (const s of input.segments) {
    const row = have.get(s.id);
    if (
      row &&
      !row.removed &&
      canonical({ g: row.geometry, a: row.attributes }) === canonical({ g: s.geometry, a: s.attributes })
    ) {
      unchanged++;
      continue;
    }
    if (row && !row.removed) changed++;
    else added++;
    events.push({
      type: 'NetworkSegmentSet',
      providerId: input.providerId,
      segmentId: s.id,
      version,
      previousVersion: row ? row.version : null,
      geometry: s.geometry,
      attributes: s.attributes,
      at,
    });
  }
  const listed = new Set(input.segments.map((s) => s.id));
  const removing =
    input.mode === 'replace'
      ? current.filter((r) => !r.removed && !listed.has(r.segment_id))
      : current.filter((r) => !r.removed && (input.remove ?? []).includes(r.segment_id));
  for (const r of removing)
    events.push({
      type: 'NetworkSegmentRemoved',
      providerId: input.providerId,
      segmentId: r.segment_id,
      utility: input.utility,
      version,
      previousVersion: r.version,
      at,
    });
  const summary = { version, added, changed, removed: removing.length, unchanged };
  if (!events.length) return { ...summary, version: last };
  events.push({
    type: 'NetworkVersionRecorded',
    providerId: input.providerId,
    utility: input.utility,
    version,
    source: input.source,
    added,
    changed,
    removed: removing.length,
    by: input.by,
    at,
  });
  const [{ streamVersion }]: { streamVersion: number }[] = await dataSource.query(
    `SELECT COALESCE(MAX(stream_version), 0)::int AS "streamVersion" FROM events WHERE stream_id = $1`,
    [stream],
  );
  let expected = streamVersion;
  for (let i = 0; i < events.length; i += APPEND_CHUNK) {
    const chunk = events.slice(i, i + APPEND_CHUNK).map((e, k) => ({
      eventId: deterministicEventId(stream, expected + k + 1),
      type: e.type,
      data: e as unknown as Record<string, unknown>,
    }));
    const { nextVersion } = await appendToStream(dataSource, stream, expected, chunk, project);
    expected = nextVersion;
  }
  return summary;
}

type SegmentRow = {
  provider_id: string;
  segment_id: string;
  geometry: SegmentGeometry;
  attributes: NetworkSegment['attributes'];
};
const toSegment = (r: SegmentRow): NetworkSegment => ({
  id: r.segment_id,
  providerId: r.provider_id,
  geometry: r.geometry,
  attributes: r.attributes,
});

/** Segments whose box comes within `metres` of a point (candidates: the domain measures exactly). */
export async function segmentsNear(
  dataSource: DataSource,
  at: { lat: number; lng: number },
  metres: number,
  utilities?: readonly Utility[],
): Promise<NetworkSegment[]> {
  const [w, s, e, n] = boxAround(at, metres);
  const rows: SegmentRow[] = await dataSource.query(
    `SELECT provider_id, segment_id, geometry, attributes FROM network_segments
      WHERE NOT removed AND bbox && box(point($1, $2), point($3, $4))
        AND ($5::text[] IS NULL OR utility = ANY($5))`,
    [e, n, w, s, utilities ? [...utilities] : null],
  );
  return rows.map(toSegment);
}

/**
 * Each utility's nearest segment to a site: candidates from the box index within a radius that
 * grows (250 m, 1 km, 5 km, 20 km) until the nearest found lies within it — then nothing outside
 * the radius can be nearer. A utility with nothing within 20 km is left out.
 */
export async function nearestNetworksAt(
  dataSource: DataSource,
  at: { lat: number; lng: number },
  utilities: readonly Utility[],
): Promise<NearestNetwork[]> {
  const found = new Map<Utility, NearestNetwork>();
  let wanted = [...utilities];
  for (const radius of [250, 1_000, 5_000, 20_000]) {
    if (!wanted.length) break;
    const nearest = nearestNetworks(at, await segmentsNear(dataSource, at, radius, wanted), wanted);
    for (const n of nearest) if (n.distanceM <= radius || radius === 20_000) found.set(n.utility, n);
    wanted = wanted.filter((u) => !found.has(u));
  }
  return utilities.flatMap((u) => (found.has(u) ? [found.get(u)!] : []));
}

/** A provider's register as it stood at `when` (optionally only what lies in a box). */
export async function networkAsOf(
  dataSource: DataSource,
  providerId: string,
  when: Date,
  box?: [number, number, number, number],
): Promise<NetworkSegment[]> {
  const rows: SegmentRow[] = await dataSource.query(
    `SELECT provider_id, segment_id, geometry, attributes FROM network_segment_versions
      WHERE provider_id = $1 AND NOT removed AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)
        AND ($3::float8 IS NULL OR bbox && box(point($3, $4), point($5, $6)))
      ORDER BY segment_id`,
    [providerId, when, box?.[2] ?? null, box?.[3] ?? null, box?.[0] ?? null, box?.[1] ?? null],
  );
  return rows.map(toSegment);
}

/** A provider's versions, newest first: who, when, what changed. */
export async function networkVersions(dataSource: DataSource, providerId: string) {
  return dataSource.query(
    `SELECT version, utility, source, added, changed, removed, recorded_by AS "by", recorded_at AS "at"
       FROM network_versions WHERE provider_id = $1 ORDER BY version DESC`,
    [providerId],
  ) as Promise<
    {
      version: number;
      utility: string;
      source: string;
      added: number;
      changed: number;
      removed: number;
      by: string;
      at: Date;
    }[]
  >;
}
