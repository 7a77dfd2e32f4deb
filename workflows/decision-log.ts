import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { appendEvents } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** An event as workflow code decides it: its type and its data. */
export type Decided = { type: string } & Record<string, unknown>;
type Batch = { events: { type: string; data: Record<string, unknown>; metadata: { actor: string } }[] };

/**
 * Release 0.3's way of recording: the workflow's own stream in the domain event store, written
 * one decision at a time. Everything one decision produces (a stage completed and the next
 * started; a submission, its site's risk and the acceptance clock) goes out in one append, each
 * event carrying its own actor, so decisions of different actors made while an append is on its
 * way share the next one. The workflow is the stream's only writer and tracks its version.
 */
export class DecisionLog {
  private version = 0;
  private tail: Promise<unknown> = Promise.resolve();
  private waiting?: Batch & { done: Promise<void> };

  constructor(
    readonly streamId: string,
    private readonly envelope: { applicationId: string; applicantId: string },
  ) {}

  /** Records one decision's events, in order after every earlier one. Nothing is sent for none. */
  record(events: Decided[], actor: string): Promise<void> {
    if (events.length === 0) return this.waiting?.done ?? Promise.resolve();
    const payload = events.map(({ type, ...data }) => ({
      type,
      data: { ...this.envelope, ...data },
      metadata: { actor },
    }));
    if (this.waiting) {
      this.waiting.events.push(...payload);
      return this.waiting.done;
    }
    const batch: Batch & { done: Promise<void> } = { events: payload, done: Promise.resolve() };
    this.waiting = batch;
    const sent = this.tail.then(() => {
      this.waiting = undefined; // on its way: later decisions start the next batch
      const expectedVersion = this.version;
      this.version += batch.events.length;
      return appendEvents({ streamId: this.streamId, expectedVersion, events: batch.events });
    });
    batch.done = sent.then(() => undefined);
    this.tail = sent.catch(() => undefined);
    return batch.done;
  }

  /** Resolves once everything recorded so far is in the store (or has failed). */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
