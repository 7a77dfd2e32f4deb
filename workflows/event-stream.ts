import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { appendEvents } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

type EventData = { type: string } & Record<string, unknown>;

/**
 * The workflow's own stream in the domain event store. The workflow is the stream's only
 * writer, so it tracks the version itself; appends are chained so that concurrent handlers
 * and clocks append in the order the workflow made them.
 */
export class EventStream {
  private version = 0;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly streamId: string,
    private readonly envelope: { applicationId: string; applicantId: string },
  ) {}

  append(events: EventData[], actor?: string): Promise<void> {
    const expectedVersion = this.version;
    this.version += events.length;
    const payload = events.map(({ type, ...data }) => ({ type, data: { ...this.envelope, ...data } }));
    const appended = this.tail.then(() =>
      appendEvents({ streamId: this.streamId, expectedVersion, events: payload, metadata: actor ? { actor } : {} }),
    );
    this.tail = appended.catch(() => undefined);
    return appended.then(() => undefined);
  }

  /** Resolves once every append made so far has been recorded (or has failed). */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
