import { EventStore1764356400000 } from './1764356400000-event-store';

/** Every migration, oldest first. Listed explicitly so the same array serves the CLI, the apps and tests. */
export const migrations = [EventStore1764356400000];
