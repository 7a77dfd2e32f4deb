import { EventRow } from './event-store/event.entity';
import { readModelEntities } from './read-models/entities';

/** Every TypeORM entity, listed once for the data source. */
export const entities = [EventRow, ...readModelEntities];
