import type { DataSource } from 'typeorm';
import { appendToStream, type NewEvent } from '../libs/persistence/src/event-store/event-store';

export interface EventStoreDeps {
  dataSource: DataSource;
}

export function createEventStoreActivities({ dataSource }: EventStoreDeps) {
  return {
    /** Idempotent: a retry with the same event ids appends nothing and reports the stream's version. */
    async appendEvents(input: { streamId: string; expectedVersion: number; events: NewEvent[] }): Promise<number> {
      const { nextVersion } = await appendToStream(dataSource, input.streamId, input.expectedVersion, input.events);
      return nextVersion;
    },
  };
}
