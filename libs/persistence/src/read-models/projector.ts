import type { DataSource, EntityManager } from 'typeorm';
import { readAll, type StoredEvent } from '../event-store/event-store';
import { openForProjection } from '../personal-data/open-for-projection';
import { blankWords, ERASED_IN_TABLES } from '../personal-data/personal-data';
import { readModelEntities } from './entities';
import { carryWarnings } from './warning-sweeper';
import { allProjections, type ProjectedEvent, type Projection } from './projections';

const toProjected = (e: StoredEvent): ProjectedEvent =>
  ({ ...(e.data as object), type: e.type, eventId: e.eventId }) as ProjectedEvent;

type Entity = new () => object;

/**
 * Read-model rows in memory, one map per entity (several projections may write the same table:
 * their rows must meet), keyed by primary key. The fold runs on it synchronously, so the live
 * path and rebuilds share it: the live path loads the rows an append touches first and writes
 * back only what changed; a rebuild starts empty and writes everything once.
 */
class Rows {
  readonly byEntity = new Map<Entity, Map<string, object>>(readModelEntities.map((e) => [e, new Map()]));
  readonly changed = new Map<Entity, Set<string>>(readModelEntities.map((e) => [e, new Set()]));
  private readonly primary = new Map<Entity, string[]>();

  constructor(metadataOf: (entity: Entity) => { primaryColumns: { propertyName: string }[] }) {
    for (const entity of readModelEntities)
      this.primary.set(
        entity,
        metadataOf(entity).primaryColumns.map((c) => c.propertyName),
      );
  }

  primaryColumns(entity: Entity): string[] {
    return this.primary.get(entity)!;
  }

  keyOf(entity: Entity, key: object): string {
    return this.primary
      .get(entity)!
      .map((c) => String((key as Record<string, unknown>)[c]))
      .join('\u0000');
  }

  get(entity: Entity, key: object): object | undefined {
    return this.byEntity.get(entity)!.get(this.keyOf(entity, key));
  }

  set(entity: Entity, key: object, row: object, track = true): void {
    const k = this.keyOf(entity, key);
    this.byEntity.get(entity)!.set(k, row);
    if (track) this.changed.get(entity)!.add(k);
  }
}

function fold(events: readonly StoredEvent[], rows: Rows): void {
  for (const stored of events) {
    const event = toProjected(stored);
    for (const projection of allProjections as Projection<object>[]) {
      for (const key of projection.keys(event)) {
        const next = projection.evolve(rows.get(projection.entity, key), event, key);
        if (next) rows.set(projection.entity, key, next);
      }
    }
  }
}

/**
 * Applies freshly appended events to the read models, in the append's transaction: each row the
 * append touches is read once and written once (INSERT … ON CONFLICT DO UPDATE), however many of
 * the append's events change it.
 */
export async function project(manager: EntityManager, appended: readonly StoredEvent[]): Promise<void> {
  const events = await openForProjection(manager, appended);
  const metadataOf = (entity: Entity) => manager.connection.getMetadata(entity);
  const rows = new Rows(metadataOf);
  const wanted = new Map<Entity, Map<string, object>>();
  for (const stored of events) {
    const event = toProjected(stored);
    for (const projection of allProjections as Projection<object>[])
      for (const key of projection.keys(event)) {
        const byKey = wanted.get(projection.entity) ?? new Map<string, object>();
        byKey.set(rows.keyOf(projection.entity, key), key);
        wanted.set(projection.entity, byKey);
      }
  }
  for (const [entity, keys] of wanted) {
    const columns = rows.primaryColumns(entity);
    const found: object[] = await manager.find(entity, {
      where: [...keys.values()].map((k) =>
        Object.fromEntries(columns.map((c) => [c, (k as Record<string, unknown>)[c]])),
      ) as never,
      // Rows an erasure blanks are held until this append commits (ERASED_IN_TABLES).
      ...(ERASED_IN_TABLES.has(metadataOf(entity).tableName) ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    for (const row of found) rows.set(entity, row, row, false);
  }
  fold(events, rows);
  for (const [entity, keys] of rows.changed) {
    if (keys.size === 0) continue;
    const values = [...keys].map((k) => rows.byEntity.get(entity)!.get(k)!);
    await manager.upsert(entity, values as never, { conflictPaths: rows.primaryColumns(entity) });
  }
}

/** The read models' table names, as mapped on this data source. */
export function readModelTables(dataSource: DataSource | EntityManager): string[] {
  const ds = 'manager' in dataSource ? dataSource : dataSource.connection;
  return readModelEntities.map((entity) => ds.getMetadata(entity).tableName);
}

const WRITE_CHUNK = 2000;
/** How far back the final catch-up looks for events that committed after later-numbered ones. */
const LATE_COMMIT_WINDOW = 10_000;

/** Writes rows into `table` (the shadow), as JSON turned into records by Postgres itself. */
async function writeRows(
  manager: EntityManager,
  entity: Entity,
  table: string,
  values: object[],
  onConflict = '',
): Promise<void> {
  const columns = manager.connection.getMetadata(entity).columns;
  for (let i = 0; i < values.length; i += WRITE_CHUNK) {
    const json = values.slice(i, i + WRITE_CHUNK).map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) {
        const value = column.getEntityValue(row, true);
        if (value !== undefined) record[column.databaseName] = value;
      }
      return record;
    });
    await manager.query(
      `INSERT INTO "${table}" SELECT * FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) ${onConflict}`,
      [JSON.stringify(json)],
    );
  }
}

export interface RebuildReport {
  events: number;
  rows: number;
  /** How long appends waited while the last events were folded and the tables swapped. */
  swapMs: number;
}

/**
 * Rebuilds every read model from the event store without stopping the world. The fold runs in
 * memory (projections are pure) while the API keeps reading the live tables and workflows keep
 * appending; the rows go into shadow tables (`<table>__rebuild`, same columns and indexes). Then,
 * in one short transaction that holds appends back (reads go on), the events that arrived
 * meanwhile are folded in and each shadow table takes its live table's place and index names.
 */
export async function rebuildReadModels(dataSource: DataSource, pageSize = 5000): Promise<RebuildReport> {
  const [{ started }]: { started: Date }[] = await dataSource.query('SELECT now() AS started');
  const rows = new Rows((entity) => dataSource.getMetadata(entity));
  const folded = new Map<string, string>(); // position → event id, for the last stretch only
  let after = '0';
  let events = 0;
  const foldPage = (page: StoredEvent[]) => {
    fold(page, rows);
    events += page.length;
    for (const e of page) folded.set(e.globalPosition, e.eventId);
    if (folded.size > 2 * LATE_COMMIT_WINDOW) {
      const keep = [...folded].slice(-LATE_COMMIT_WINDOW);
      folded.clear();
      for (const [p, id] of keep) folded.set(p, id);
    }
  };
  for (;;) {
    const page = await openForProjection(dataSource, await readAll(dataSource, after, pageSize));
    if (page.length === 0) break;
    foldPage(page);
    after = page[page.length - 1].globalPosition;
  }

  const tables = readModelEntities.map((entity) => ({ entity, table: dataSource.getMetadata(entity).tableName }));
  for (const { entity, table } of tables) {
    await dataSource.query(`DROP TABLE IF EXISTS "${table}__rebuild"`);
    await dataSource.query(`CREATE TABLE "${table}__rebuild" (LIKE "${table}" INCLUDING ALL)`);
    await dataSource.transaction((m) =>
      writeRows(m, entity, `${table}__rebuild`, [...rows.byEntity.get(entity)!.values()]),
    );
  }
  for (const changed of rows.changed.values()) changed.clear();

  const swapStarted = Date.now();
  await dataSource.transaction(async (manager) => {
    // Appends wait here (they insert into events); reads of events and read models go on.
    await manager.query('LOCK TABLE events IN EXCLUSIVE MODE');
    // Erasures wait too (their key UPDATE); what one erased while the shadows were folded was blanked
    // in the live tables only, so it is blanked in the shadows below, before they take their place.
    await manager.query('LOCK TABLE applicant_keys IN SHARE MODE');
    const since = String(Math.max(0, Number(after) - LATE_COMMIT_WINDOW));
    const tail = (await openForProjection(manager, await readAll(manager, since, Number.MAX_SAFE_INTEGER))).filter(
      (e) => folded.get(e.globalPosition) !== e.eventId,
    );
    foldPage(tail);
    for (const { entity, table } of tables) {
      const changed = [...rows.changed.get(entity)!].map((k) => rows.byEntity.get(entity)!.get(k)!);
      if (changed.length === 0) continue;
      const metadata = dataSource.getMetadata(entity);
      const pk = metadata.primaryColumns.map((c) => `"${c.databaseName}"`).join(', ');
      const set = metadata.columns
        .filter((c) => !c.isPrimary)
        .map((c) => `"${c.databaseName}" = EXCLUDED."${c.databaseName}"`)
        .join(', ');
      await writeRows(manager, entity, `${table}__rebuild`, changed, `ON CONFLICT (${pk}) DO UPDATE SET ${set}`);
    }
    const erased: { applicant_id: string }[] = await manager.query(
      'SELECT DISTINCT applicant_id FROM applicant_keys WHERE erased_at >= $1',
      [started],
    );
    for (const { applicant_id } of erased) await blankWords(manager, applicant_id, (table) => `"${table}__rebuild"`);
    await carryWarnings(manager, (table) => `${table}__rebuild`);
    for (const { table } of tables) await swap(manager, table);
  });
  let total = 0;
  for (const byKey of rows.byEntity.values()) total += byKey.size;
  return { events, rows: total, swapMs: Date.now() - swapStarted };
}

/** The shadow takes the live table's name, and each of its indexes the name of its live twin. */
async function swap(manager: EntityManager, table: string): Promise<void> {
  const indexes = async (t: string): Promise<{ name: string; shape: string }[]> =>
    (
      await manager.query(
        `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          WHERE i.indrelid = $1::regclass`,
        [`"${t}"`],
      )
    ).map((r: { name: string; def: string }) => ({
      name: r.name,
      shape: r.def.replace(/^CREATE (UNIQUE )?INDEX \S+ ON \S+/, 'CREATE $1INDEX ON'),
    }));
  const live = await indexes(table);
  const shadow = await indexes(`${table}__rebuild`);
  const constraints: { name: string; index: string }[] = await manager.query(
    `SELECT con.conname AS name, c.relname AS index FROM pg_constraint con JOIN pg_class c ON c.oid = con.conindid
      WHERE con.conrelid = $1::regclass`,
    [`"${table}"`],
  );
  await manager.query(`DROP TABLE "${table}"`);
  await manager.query(`ALTER TABLE "${table}__rebuild" RENAME TO "${table}"`);
  for (const index of live) {
    const twin = shadow.find((s) => s.shape === index.shape);
    if (!twin) throw new Error(`rebuild: no twin for index ${index.name} of ${table}`);
    const constraint = constraints.find((c) => c.index === index.name);
    // Renaming a constraint renames its index with it; other indexes are renamed by themselves.
    const twinConstraint = constraint && (await constraintOf(manager, table, twin.name));
    if (constraint && twinConstraint)
      await manager.query(`ALTER TABLE "${table}" RENAME CONSTRAINT "${twinConstraint}" TO "${constraint.name}"`);
    const current = constraint && twinConstraint ? constraint.name : twin.name;
    if (current !== index.name) await manager.query(`ALTER INDEX "${current}" RENAME TO "${index.name}"`);
  }
}

async function constraintOf(manager: EntityManager, table: string, index: string): Promise<string | undefined> {
  const [row] = await manager.query(
    `SELECT con.conname AS name FROM pg_constraint con JOIN pg_class c ON c.oid = con.conindid
      WHERE con.conrelid = $1::regclass AND c.relname = $2`,
    [`"${table}"`, index],
  );
  return row?.name;
}
