import type { DataSource, EntityManager } from 'typeorm';
import { readAll, type StoredEvent } from '../event-store/event-store';
import { readModelEntities } from './entities';
import { allProjections, type ProjectedEvent } from './projections';

const toProjected = (e: StoredEvent): ProjectedEvent =>
  ({ ...(e.data as object), type: e.type, eventId: e.eventId }) as ProjectedEvent;

/** Applies events to every read model, in order. The same code serves live appends and rebuilds. */
export async function project(manager: EntityManager, events: readonly StoredEvent[]): Promise<void> {
  for (const stored of events) {
    const event = toProjected(stored);
    for (const projection of allProjections) {
      for (const key of projection.keys(event)) {
        const row = (await manager.findOneBy(projection.entity, key as never)) ?? undefined;
        const next = projection.evolve(row, event, key);
        if (next) await manager.save(projection.entity, next);
      }
    }
  }
}

/** The read models' table names, as mapped on this data source. */
export function readModelTables(dataSource: DataSource | EntityManager): string[] {
  const ds = 'manager' in dataSource ? dataSource : dataSource.connection;
  return readModelEntities.map((entity) => ds.getMetadata(entity).tableName);
}

/** Empties every read model and replays the whole event store into them, in one transaction. */
export async function rebuildReadModels(dataSource: DataSource, pageSize = 1000): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `TRUNCATE ${readModelTables(dataSource)
        .map((t) => `"${t}"`)
        .join(', ')}`,
    );
    let after = '0';
    let count = 0;
    for (;;) {
      const page = await readAll(manager, after, pageSize);
      if (page.length === 0) return count;
      await project(manager, page);
      count += page.length;
      after = page[page.length - 1].globalPosition;
    }
  });
}
