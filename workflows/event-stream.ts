import { patched, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { COALESCED_APPENDS } from './messages';

const { appendEvents } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

type EventData = { type: string } & Record<string, unknown>;
type Batch = {
  events: { type: string; data: Record<string, unknown> }[];
  actor?: string;
  done: Promise<void>;
};

/**
 * The workflow's own stream in the domain event store. The workflow is the stream's only
 * writer, so it tracks the version itself; appends are chained so that concurrent handlers
 * and clocks append in the order the workflow made them, and (with COALESCED_APPENDS) those made
 * while an earlier one is on its way go out together as one.
 */
export class EventStream {
  private version = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private coalesce?: boolean;
  private waiting?: Batch;

  constructor(
    readonly streamId: string,
    private readonly envelope: { applicationId: string; applicantId: string },
  ) {}

  append(events: EventData[], actor?: string): Promise<void> {
    const payload = events.map(({ type, ...data }) => ({ type, data: { ...this.envelope, ...data } }));
    this.coalesce ??= patched(COALESCED_APPENDS);
    if (!this.coalesce) {
      const expectedVersion = this.version;
      this.version += events.length;
      const appended = this.tail.then(() =>
        appendEvents({ streamId: this.streamId, expectedVersion, events: payload, metadata: actor ? { actor } : {} }),
      );
      this.tail = appended.catch(() => undefined);
      return appended.then(() => undefined);
    }
    // Join the batch not yet sent (same actor): one activity records all of it, in order.
    if (this.waiting && this.waiting.actor === actor) {
      this.waiting.events.push(...payload);
      return this.waiting.done;
    }
    const batch: Batch = { events: [...payload], actor, done: Promise.resolve() };
    this.waiting = batch;
    const sent = this.tail.then(() => {
      if (this.waiting === batch) this.waiting = undefined; // sent: later appends start a new batch
      const expectedVersion = this.version;
      this.version += batch.events.length;
      return appendEvents({
        streamId: this.streamId,
        expectedVersion,
        events: batch.events,
        metadata: actor ? { actor } : {},
      });
    });
    batch.done = sent.then(() => undefined);
    this.tail = sent.catch(() => undefined);
    return batch.done;
  }

  /** Resolves once every append made so far has been recorded (or has failed). */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
