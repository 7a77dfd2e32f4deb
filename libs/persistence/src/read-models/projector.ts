import type { DataSource, EntityManager } from 'typeorm';
import { readAll, type StoredEvent } from '../event-store/event-store';
import { readModelEntities } from './entities';
import { allProjections, type ProjectedEvent, type Projection } from './projections';

const toProjected = (e: StoredEvent): ProjectedEvent =>
  ({ ...(e.data as object), type: e.type, eventId: e.eventId }) as ProjectedEvent;

/**
 * Folds events through every projection. Rows are read and written through `rows`, so the same
 * fold serves the live path (rows in Postgres, inside the append's transaction) and rebuilds
 * (rows in memory, written once at the end).
 */
interface RowStore {
  get(projection: Projection<object>, key: object): Promise<object | undefined>;
  set(projection: Projection<object>, key: object, row: object): Promise<void>;
}

async function fold(events: readonly StoredEvent[], rows: RowStore): Promise<void> {
  for (const stored of events) {
    const event = toProjected(stored);
    for (const projection of allProjections) {
      for (const key of projection.keys(event)) {
        const next = projection.evolve(await rows.get(projection, key), event, key);
        if (next) await rows.set(projection, key, next);
      }
    }
  }
}

/** Applies freshly appended events to the read models, in the append's transaction. */
export async function project(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
  await fold(events, {
    get: async (projection, key) => (await manager.findOneBy(projection.entity, key as never)) ?? undefined,
    // One statement per row (INSERT … ON CONFLICT DO UPDATE), where save() would select first.
    set: async (projection, _key, row) =>
      void (await manager.upsert(projection.entity, row as never, {
        conflictPaths: manager.connection.getMetadata(projection.entity).primaryColumns.map((c) => c.propertyName),
      })),
  });
}

/** The read models' table names, as mapped on this data source. */
export function readModelTables(dataSource: DataSource | EntityManager): string[] {
  const ds = 'manager' in dataSource ? dataSource : dataSource.connection;
  return readModelEntities.map((entity) => ds.getMetadata(entity).tableName);
}

const INSERT_CHUNK = 500;

/**
 * Empties every read model and replays the whole event store into it, in one transaction. The
 * fold runs in memory (projections are pure) and the rows are bulk-inserted once at the end, so
 * a rebuild costs one read of the store and one write per row, not round trips per event.
 */
export async function rebuildReadModels(dataSource: DataSource, pageSize = 5000): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const tables = readModelTables(dataSource).map((t) => `"${t}"`);
    await manager.query(`TRUNCATE ${tables.join(', ')}`);
    // One map per entity: several projections may write the same table (their rows must meet).
    const byEntity = new Map<new () => object, Map<string, object>>(readModelEntities.map((e) => [e, new Map()]));
    const keyOf = (projection: Projection<object>, key: object) =>
      manager.connection
        .getMetadata(projection.entity)
        .primaryColumns.map((c) => String((key as Record<string, unknown>)[c.propertyName]))
        .join('\u0000');
    const memory: RowStore = {
      get: async (projection, key) => byEntity.get(projection.entity)!.get(keyOf(projection, key)),
      set: async (projection, key, row) => void byEntity.get(projection.entity)!.set(keyOf(projection, key), row),
    };
    let after = '0';
    let count = 0;
    for (;;) {
      const page = await readAll(manager, after, pageSize);
      if (page.length === 0) break;
      await fold(page, memory);
      count += page.length;
      after = page[page.length - 1].globalPosition;
    }
    for (const [entity, rows] of byEntity) {
      const values = [...rows.values()];
      for (let i = 0; i < values.length; i += INSERT_CHUNK)
        await manager
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(values.slice(i, i + INSERT_CHUNK) as never)
          .execute();
    }
    return count;
  });
}
