import { EventRow } from './event-store/event.entity';

/** Every TypeORM entity, listed once for the data source. */
export const entities = [EventRow];
