import type { DataSource } from 'typeorm';
import type { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import { createCatalogActivities } from './catalog.activities';
import { createEventStoreActivities } from './event-store.activities';
import { createSlaActivities } from './sla.activities';
import { createServiceActivities } from './service.activities';
import { createTariffActivities } from './tariff.activities';

export interface ActivityDeps {
  dataSource: DataSource;
  /** The worker's Prometheus series (the event store counts breaches, accruals and append latency). */
  metrics?: import('../libs/metrics/src/metrics').Metrics;
  calendar?: () => Promise<WorkingCalendar>;
  /** The district's prefix of application numbers (APPLICATION_NUMBER_PREFIX; JD by default). */
  numberPrefix?: string;
}

/** Every activity the worker registers, built from its dependencies. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createEventStoreActivities(deps),
    ...createSlaActivities(deps),
    ...createCatalogActivities(deps),
    ...createServiceActivities(deps),
    ...createTariffActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
