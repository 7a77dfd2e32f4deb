import type { DataSource } from 'typeorm';
import { appendToStream } from '../libs/persistence/src/event-store/event-store';
import { deterministicEventId } from '../libs/persistence/src/event-store/event-id';
import { project } from '../libs/persistence/src/read-models/projector';

export interface EventStoreDeps {
  dataSource: DataSource;
}

export interface AppendInput {
  streamId: string;
  expectedVersion: number;
  events: { type: string; data: Record<string, unknown> }[];
  metadata?: Record<string, unknown>;
}

export function createEventStoreActivities({ dataSource }: EventStoreDeps) {
  return {
    /**
     * Appends a workflow's events and updates the read models in the same transaction, so a read
     * right after an Update returns sees its effect. Event ids derive from stream + version: a
     * retried append is recognised and appends nothing.
     */
    async appendEvents({ streamId, expectedVersion, events, metadata }: AppendInput): Promise<number> {
      const { nextVersion } = await appendToStream(
        dataSource,
        streamId,
        expectedVersion,
        events.map((event, i) => ({
          eventId: deterministicEventId(streamId, expectedVersion + i + 1),
          type: event.type,
          data: event.data,
          metadata: metadata ?? {},
        })),
        project,
      );
      return nextVersion;
    },
  };
}
