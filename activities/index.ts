import type { DataSource } from 'typeorm';
import { createEventStoreActivities } from './event-store.activities';

export interface ActivityDeps {
  dataSource: DataSource;
}

/** Every activity the worker registers, built from its dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createEventStoreActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
