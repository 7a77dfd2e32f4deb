import type { DataSource, EntityManager } from 'typeorm';

export interface NewEvent {
  /** Deterministic (derived from workflow id + sequence), so a retried append is recognised. */
  eventId: string;
  type: string;
  schemaVersion?: number;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export interface StoredEvent extends Required<NewEvent> {
  globalPosition: string;
  streamId: string;
  streamVersion: number;
  recordedAt: Date;
}

export class WrongExpectedVersionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Stream ${streamId} is at version ${actual}, expected ${expected}.`);
  }
}

/**
 * An append named an event already stored (same stream and version, so the same id) with other
 * content: not a retry but a second writer — e.g. a workflow run reset in Temporal recording a
 * different past. Retrying cannot help; the store keeps what it has.
 */
export class EventConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly streamVersion: number,
    readonly eventId: string,
  ) {
    super(
      `Stream ${streamId} already holds a different event at version ${streamVersion} (${eventId}); ` +
        'a retried append must carry the same content.',
    );
  }
}

/** JSON with sorted keys and without undefined, as jsonb would give it back. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date))
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

interface EventRowRaw {
  global_position: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

export const toStored = (r: EventRowRaw): StoredEvent => ({
  globalPosition: r.global_position,
  streamId: r.stream_id,
  streamVersion: r.stream_version,
  eventId: r.event_id,
  type: r.type,
  schemaVersion: r.schema_version,
  data: r.data,
  metadata: r.metadata,
  recordedAt: r.recorded_at,
});

/**
 * Appends events to one stream in one transaction, after checking the stream is at
 * `expectedVersion`. Events whose ids are already stored (a retried append) are skipped, so
 * retrying the same append is a no-op that returns the stored events.
 */
export async function appendToStream(
  dataSource: DataSource,
  streamId: string,
  expectedVersion: number,
  events: NewEvent[],
  onAppended?: (manager: EntityManager, appended: StoredEvent[]) => Promise<void>,
): Promise<{ nextVersion: number; appended: StoredEvent[] }> {
  return dataSource.transaction(async (manager) => {
    // Serialise appends per stream; the unique constraint is the backstop.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [streamId]);
    const ids = events.map((e) => e.eventId);
    const existing: EventRowRaw[] = ids.length
      ? await manager.query('SELECT * FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY stream_version', [ids])
      : [];
    // A known id is a retry only if it carries what is stored; anything else is refused, loudly.
    for (const row of existing) {
      const incoming = events.find((e) => e.eventId === row.event_id)!;
      if (row.type !== incoming.type || canonical(row.data) !== canonical(incoming.data))
        throw new EventConflictError(row.stream_id, row.stream_version, row.event_id);
    }
    const known = new Set(existing.map((r) => r.event_id));
    const fresh = events.filter((e) => !known.has(e.eventId));
    const [{ version }] = await manager.query(
      'SELECT COALESCE(MAX(stream_version), 0)::int AS version FROM events WHERE stream_id = $1',
      [streamId],
    );
    if (fresh.length === 0) return { nextVersion: version, appended: [] };
    const base = expectedVersion + (events.length - fresh.length);
    if (version !== base) throw new WrongExpectedVersionError(streamId, base, version);
    // One statement for the whole append, however many events it records.
    const rows: EventRowRaw[] = await manager.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
       SELECT $1, $2::int + n, e.event_id, e.type, e.schema_version, e.data, e.metadata
         FROM ROWS FROM (
                jsonb_to_recordset($3::jsonb) AS (event_id uuid, type text, schema_version int, data jsonb, metadata jsonb)
              ) WITH ORDINALITY AS e(event_id, type, schema_version, data, metadata, n)
        ORDER BY n
       RETURNING *`,
      [
        streamId,
        base,
        JSON.stringify(
          fresh.map((event) => ({
            event_id: event.eventId,
            type: event.type,
            schema_version: event.schemaVersion ?? 1,
            data: event.data,
            metadata: event.metadata ?? {},
          })),
        ),
      ],
    );
    const appended = rows.map(toStored).sort((a, b) => a.streamVersion - b.streamVersion);
    if (onAppended) await onAppended(manager, appended);
    return { nextVersion: base + fresh.length, appended };
  });
}

export async function readStream(dataSource: DataSource | EntityManager, streamId: string): Promise<StoredEvent[]> {
  const rows: EventRowRaw[] = await dataSource.query(
    'SELECT * FROM events WHERE stream_id = $1 ORDER BY stream_version',
    [streamId],
  );
  return rows.map(toStored);
}

/** Every event in global order; `after` pages through. */
export async function readAll(
  dataSource: DataSource | EntityManager,
  after = '0',
  limit = 1000,
): Promise<StoredEvent[]> {
  const rows: EventRowRaw[] = await dataSource.query(
    'SELECT * FROM events WHERE global_position > $1 ORDER BY global_position LIMIT $2',
    [after, limit],
  );
  return rows.map(toStored);
}

/**
 * Appends to many new or known streams in one transaction and two statements (imports and the
 * bench's generator): each stream must be at its expected version, as with appendToStream. Not
 * for retries: an event id already stored fails the whole batch.
 */
export async function appendToStreams(
  dataSource: DataSource,
  batch: { streamId: string; expectedVersion: number; events: NewEvent[] }[],
  onAppended?: (manager: EntityManager, appended: StoredEvent[]) => Promise<void>,
): Promise<number> {
  if (batch.length === 0) return 0;
  return dataSource.transaction(async (manager) => {
    const streams = batch.map((b) => b.streamId).sort();
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended(s, 0)) FROM unnest($1::text[]) s ORDER BY s', [
      streams,
    ]);
    const versions: { stream_id: string; version: number }[] = await manager.query(
      `SELECT stream_id, MAX(stream_version)::int AS version FROM events WHERE stream_id = ANY($1) GROUP BY stream_id`,
      [streams],
    );
    const at = new Map(versions.map((v) => [v.stream_id, v.version]));
    for (const b of batch)
      if ((at.get(b.streamId) ?? 0) !== b.expectedVersion)
        throw new WrongExpectedVersionError(b.streamId, b.expectedVersion, at.get(b.streamId) ?? 0);
    const rows = batch.flatMap((b) =>
      b.events.map((event, i) => ({
        stream_id: b.streamId,
        stream_version: b.expectedVersion + i + 1,
        event_id: event.eventId,
        type: event.type,
        schema_version: event.schemaVersion ?? 1,
        data: event.data,
        metadata: event.metadata ?? {},
      })),
    );
    const inserted: unknown = await manager.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
       SELECT stream_id, stream_version, event_id, type, schema_version, data, metadata
         FROM jsonb_to_recordset($1::jsonb)
              AS e(stream_id text, stream_version int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb)
       ${onAppended ? 'RETURNING *' : ''}`,
      [JSON.stringify(rows)],
    );
    if (onAppended)
      await onAppended(
        manager,
        (inserted as EventRowRaw[]).map(toStored).sort((a, b) => Number(a.globalPosition) - Number(b.globalPosition)),
      );
    return rows.length;
  });
}
