import { condition, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../../activities';
import type { Limit } from '../../../libs/domain/src/calendar/deadline';
import type { ClockedStage } from '../../../libs/domain/src/catalog/catalog';
import type { CompensationRule } from '../../../libs/domain/src/catalog/compensation';
import type { Party, Track } from '../../../libs/domain/src/process/events';
import type { EventStream } from '../../event-stream';

const { computeDeadline, compensationSchedule } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '30 seconds' },
});

export interface ClockSpec {
  track: Track;
  stage: ClockedStage;
  party: Party;
  limit: Limit;
  /** Set for providers' stages: what a breach pays the applicant. */
  compensation?: { rule: CompensationRule; providerId: string };
  /** Fast track: at the deadline, call this instead of recording a breach. */
  onDue?: () => Promise<void>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Release v0.1 of the stage clock, frozen with the workflows that use it. Do not edit.
 *
 * One stage's clock against its published limit, inside a workflow: warning at 75 %, breach at
 * the deadline, then compensation at once and per further unit while the stage stays open, up to
 * the cap. The clock stops while paused (time the applicant owes, or a permit with the agencies)
 * and the deadline moves by exactly the paused time.
 */
export class StageClock {
  private dueAt = 0;
  private warnAt = 0;
  private pausedSince?: number;
  private pausedMs = 0;
  private epoch = 0;
  private done = false;
  private breached = false;
  private waived = false;
  private watcher?: Promise<void>;

  constructor(
    private readonly stream: EventStream,
    readonly spec: ClockSpec,
  ) {}

  get isStarted(): boolean {
    return this.dueAt !== 0;
  }

  get isOpen(): boolean {
    return !this.done;
  }

  get isPaused(): boolean {
    return this.pausedSince !== undefined;
  }

  async start(): Promise<void> {
    const startedAt = Date.now();
    const deadline = await computeDeadline({ startedAt: iso(startedAt), limit: this.spec.limit });
    this.dueAt = Date.parse(deadline.dueAt);
    this.warnAt = Date.parse(deadline.warnAt);
    await this.stream.append([
      {
        type: 'StageStarted',
        ...this.ids(),
        party: this.spec.party,
        limit: this.spec.limit,
        startedAt: iso(startedAt),
        ...deadline,
        compensable: this.spec.compensation !== undefined,
      },
    ]);
    this.watcher = this.watch();
  }

  async pause(reason: string): Promise<void> {
    if (this.done || this.isPaused) return;
    this.pausedSince = Date.now();
    this.epoch++;
    await this.stream.append([{ type: 'StagePaused', ...this.ids(), at: iso(this.pausedSince), reason }]);
  }

  async resume(): Promise<void> {
    if (this.done || this.pausedSince === undefined) return;
    const now = Date.now();
    const paused = now - this.pausedSince;
    this.pausedSince = undefined;
    this.pausedMs += paused;
    this.dueAt += paused;
    this.warnAt += paused;
    this.epoch++;
    await this.stream.append([
      {
        type: 'StageResumed',
        ...this.ids(),
        at: iso(now),
        pausedMs: paused,
        dueAt: iso(this.dueAt),
        warnAt: iso(this.warnAt),
      },
    ]);
  }

  async complete(): Promise<void> {
    if (this.done) return;
    if (this.isPaused) await this.resume();
    this.done = true;
    await this.stream.append([
      { type: 'StageCompleted', ...this.ids(), at: iso(Date.now()), late: Date.now() > this.dueAt },
    ]);
  }

  async cancel(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.stream.append([{ type: 'StageCancelled', ...this.ids(), at: iso(Date.now()) }]);
  }

  /** An admin waived this stage's breach: stop accruing (what has accrued was reversed by the review). */
  waive(): void {
    this.waived = true;
    this.epoch++;
  }

  /** Resolves when the clock has nothing more to do (closed, and any breach accounted). */
  settled(): Promise<void> {
    return this.watcher ?? Promise.resolve();
  }

  private ids() {
    return { track: this.spec.track, stage: this.spec.stage };
  }

  /** Sleeps until the (pause-adjusted) instant `target()` or until the stage closes. True if reached. */
  private async reach(target: () => number): Promise<boolean> {
    for (;;) {
      if (this.done) return false;
      if (this.isPaused) {
        await condition(() => this.done || !this.isPaused);
        continue;
      }
      const wait = target() - Date.now();
      if (wait <= 0) return true;
      const epoch = this.epoch;
      await condition(() => this.done || this.epoch !== epoch, wait);
    }
  }

  private async watch(): Promise<void> {
    if (await this.reach(() => this.warnAt)) {
      await this.stream.append([
        {
          type: 'SlaWarningIssued',
          ...this.ids(),
          party: this.spec.party,
          at: iso(Date.now()),
          dueAt: iso(this.dueAt),
        },
      ]);
    }
    if (!(await this.reach(() => this.dueAt))) return;
    if (this.spec.onDue) return this.spec.onDue();
    this.breached = true;
    const dueAt = this.dueAt;
    await this.stream.append([
      { type: 'SlaBreached', ...this.ids(), party: this.spec.party, dueAt: iso(dueAt), at: iso(Date.now()) },
    ]);
    const compensation = this.spec.compensation;
    if (!compensation) return;
    const schedule = await compensationSchedule({ dueAt: iso(dueAt), rule: compensation.rule });
    // Pauses after the breach push later accruals back by the paused time, like the deadline.
    const pausedAtBreach = this.pausedMs;
    for (const accrual of schedule) {
      if (this.waived) return;
      const reached = await this.reach(() => Date.parse(accrual.at) + (this.pausedMs - pausedAtBreach));
      if (!reached || this.waived) return;
      await this.stream.append([
        {
          type: 'CompensationAccrued',
          ...this.ids(),
          unit: accrual.unit,
          amountFen: accrual.amountFen,
          at: iso(Date.now()),
          providerId: compensation.providerId,
        },
      ]);
    }
  }
}
