import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const options = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
} as const;
const remote = proxyActivities<Activities>(options);
const local = proxyLocalActivities<Activities>(options);

/**
 * Where an append runs. 'task': inside the workflow task (a local activity), for events that are a
 * pure function of the workflow's input and what it has pinned — a retried task re-appends the
 * very same events and the store returns them. 'activity': an activity of its own, for events
 * stamped with the workflow's clock (a retried task would stamp them anew).
 */
export type AppendIn = 'task' | 'activity';

/** An event as workflow code decides it: its type and its data. */
export type Decided = { type: string } & Record<string, unknown>;
type Batch = {
  events: { type: string; data: Record<string, unknown>; metadata: { actor: string } }[];
  appendIn: AppendIn;
};

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

  /**
   * Records one decision's events, in order after every earlier one. Nothing is sent for none.
   * Events joining a batch not yet sent go where that batch goes.
   */
  record(events: Decided[], actor: string, appendIn: AppendIn = 'activity'): Promise<void> {
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
    const batch: Batch & { done: Promise<void> } = { events: payload, appendIn, done: Promise.resolve() };
    this.waiting = batch;
    const sent = this.tail.then(() => {
      this.waiting = undefined; // on its way: later decisions start the next batch
      const expectedVersion = this.version;
      this.version += batch.events.length;
      const { appendEvents } = batch.appendIn === 'task' ? local : remote;
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
