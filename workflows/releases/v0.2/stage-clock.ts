import { condition, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../../activities';
import type { Limit } from '../../../libs/domain/src/calendar/deadline';
import type { PauseSpan } from '../../../libs/domain/src/calendar/pauses';
import type { ClockedStage } from '../../../libs/domain/src/catalog/catalog';
import type { CompensationRule, LateDayLedger } from '../../../libs/domain/src/catalog/compensation';
import type { Party, Track } from '../../../libs/domain/src/process/events';
import type { EventStream } from '../../event-stream';

// Deadline maths stays a (remote) activity: as a local activity it hung the time-skipping
// server's clocks (sla.spec timed out), so LOCAL_READS covers the catalog and the zone register only.
const { clockTimes } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumInterval: '30 seconds' },
});

export interface ClockSpec {
  track: Track;
  stage: ClockedStage;
  party: Party;
  limit: Limit;
  /** Set for providers' stages: what a breach pays the applicant, and the utility's pay-once ledger. */
  compensation?: { rule: CompensationRule; providerId: string; ledger: LateDayLedger };
  /** Fast track: at the deadline, call this instead of recording a breach. */
  onDue?: () => Promise<void>;
}

/** Why a clock stands still. Each reason is held and released on its own; the clock runs when none holds. */
export type PauseReason = 'supplement' | 'survey-missed' | 'survey-moved' | 'road-permit';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Release 0.2's clock, frozen (deadline maths in an activity).
 * One stage's clock against its published limit, inside a workflow: a warning at 75 %, a breach
 * at the deadline, then compensation at once and per further unit while the stage stays open, up
 * to the cap. It stands still while any reason holds it (time the applicant owes; a permit with
 * the agencies) and each reason's span is recorded. When the last reason lets go, the deadline is
 * recomputed from the start and every pause by the domain's rule (libs/domain/src/calendar/
 * pauses.ts), in an activity so replays reuse the answer.
 */
export class StageClock {
  private startedAt = 0;
  private dueAt = 0;
  private warnAt = 0;
  private beyondKnownCalendar = false;
  private readonly holds = new Map<PauseReason, number>();
  private readonly spans: PauseSpan[] = [];
  private stoppedSince?: number;
  private recomputing = false;
  private epoch = 0;
  private done = false;
  private breachDueAt?: number;
  private accruals: { unit: number; at: number; amountFen: number }[] = [];
  private waived = false;
  private readonly paid: { unit: number; amountFen: number }[] = [];
  private watcher?: Promise<void>;

  constructor(
    private readonly stream: EventStream,
    readonly spec: ClockSpec,
  ) {}

  get isStarted(): boolean {
    return this.startedAt !== 0;
  }

  get isOpen(): boolean {
    return !this.done;
  }

  get deadline(): number {
    return this.dueAt;
  }

  /** The deadline passed while the stage was open (recorded as SlaBreached). */
  get breached(): boolean {
    return this.breachDueAt !== undefined;
  }

  get reliesOnUnknownCalendar(): boolean {
    return this.beyondKnownCalendar && !this.done;
  }

  private get isStopped(): boolean {
    return this.holds.size > 0 || this.recomputing;
  }

  /** Starts the clock at `at` (now, or an instant that has just come, like an appointment). */
  async start(at = Date.now()): Promise<void> {
    if (this.startedAt !== 0 || this.done) return;
    this.startedAt = at;
    const times = await clockTimes({ startedAt: iso(this.startedAt), limit: this.spec.limit, pauses: [] });
    this.setTimes(times);
    const appended = this.stream.append([
      {
        type: 'StageStarted',
        ...this.ids(),
        party: this.spec.party,
        limit: this.spec.limit,
        startedAt: iso(this.startedAt),
        dueAt: times.dueAt,
        warnAt: times.warnAt,
        beyondKnownCalendar: times.beyondKnownCalendar,
        compensable: this.spec.compensation !== undefined,
      },
      // Reasons that took hold while the start was being recorded.
      ...[...this.holds].map(([reason, since]) => ({ type: 'StagePaused', ...this.ids(), at: iso(since), reason })),
    ]);
    this.watcher = this.watch();
    await appended;
  }

  /** Stops the clock for `reason` (a no-op if that reason already holds it). */
  pause(reason: PauseReason): Promise<void> {
    if (this.done || this.holds.has(reason)) return Promise.resolve();
    const now = Date.now();
    if (!this.isStopped) this.stoppedSince = now;
    this.holds.set(reason, now);
    this.epoch++;
    if (!this.isStarted) return Promise.resolve();
    return this.stream.append([{ type: 'StagePaused', ...this.ids(), at: iso(now), reason }]);
  }

  /** Lets go of `reason`; the clock runs again only when no other reason holds it. */
  async resume(reason: PauseReason): Promise<void> {
    const from = this.holds.get(reason);
    if (this.done || from === undefined) return;
    const now = Date.now();
    this.holds.delete(reason);
    this.spans.push({ from: Math.max(from, this.startedAt), to: now });
    if (!this.isStarted) return;
    const reasonSpan = { type: 'StageResumed', ...this.ids(), at: iso(now), reason, pausedMs: now - from };
    if (this.holds.size > 0) return this.stream.append([{ ...reasonSpan, stoppedMs: 0, running: false }]);
    const stoppedMs = now - (this.stoppedSince ?? now);
    this.stoppedSince = undefined;
    await this.recompute();
    await this.stream.append([
      { ...reasonSpan, stoppedMs, running: true, dueAt: iso(this.dueAt), warnAt: iso(this.warnAt) },
    ]);
  }

  /**
   * The calendar changed (an admin loaded a year): recompute from the start and every pause, and
   * record why the deadline moved. Only a clock counted past the known calendar needs it.
   */
  async recalculate(reason: string): Promise<void> {
    if (!this.reliesOnUnknownCalendar || !this.isStarted) return;
    const previousDueAt = this.dueAt;
    await this.recompute();
    await this.stream.append([
      {
        type: 'DeadlineRecomputed',
        ...this.ids(),
        at: iso(Date.now()),
        reason,
        previousDueAt: iso(previousDueAt),
        dueAt: iso(this.dueAt),
        warnAt: iso(this.warnAt),
        beyondKnownCalendar: this.beyondKnownCalendar,
      },
    ]);
  }

  complete(): Promise<void> {
    return this.close('StageCompleted');
  }

  cancel(): Promise<void> {
    return this.close('StageCancelled');
  }

  /**
   * An admin waived this stage's breach: nothing more accrues, from this instant. Returns every
   * unit this clock paid, so the waiver reverses exactly those (its record is appended after any
   * accrual already on its way to the store).
   */
  waive(): { unit: number; amountFen: number }[] {
    this.waived = true;
    this.epoch++;
    return this.paid.filter((p) => p.amountFen > 0);
  }

  /** Resolves when the clock has nothing more to do (closed, and any breach accounted). */
  settled(): Promise<void> {
    return this.watcher ?? Promise.resolve();
  }

  private close(type: 'StageCompleted' | 'StageCancelled'): Promise<void> {
    if (this.done) return Promise.resolve();
    const now = Date.now();
    const clockNow = this.stoppedSince ?? now; // a stage closed while stopped was not late meanwhile
    this.done = true;
    this.epoch++;
    if (!this.isStarted) return Promise.resolve();
    const late = type === 'StageCompleted' ? { late: clockNow > this.dueAt } : {};
    return this.stream.append([{ type, ...this.ids(), at: iso(now), ...late }]);
  }

  private async recompute(): Promise<void> {
    this.recomputing = true;
    this.epoch++;
    const compensation = this.spec.compensation;
    const times = await clockTimes({
      startedAt: iso(this.startedAt),
      limit: this.spec.limit,
      pauses: this.spans,
      breach:
        this.breachDueAt !== undefined && compensation
          ? { dueAt: iso(this.breachDueAt), rule: compensation.rule }
          : undefined,
    });
    this.setTimes(times);
    this.recomputing = false;
    this.epoch++;
  }

  private setTimes(times: Awaited<ReturnType<Activities['clockTimes']>>): void {
    // After a breach the deadline has passed for good; only the accruals move with later pauses.
    if (this.breachDueAt === undefined) {
      this.dueAt = Date.parse(times.dueAt);
      this.warnAt = Date.parse(times.warnAt);
    }
    this.beyondKnownCalendar = times.beyondKnownCalendar;
    if (times.accruals) this.accruals = times.accruals.map((a) => ({ ...a, at: Date.parse(a.at) }));
  }

  private ids() {
    return { track: this.spec.track, stage: this.spec.stage };
  }

  /** Sleeps until the (pause-adjusted) instant `target()` or until the stage closes. True if reached. */
  private async reach(target: () => number): Promise<boolean> {
    for (;;) {
      if (this.done) return false;
      if (this.isStopped) {
        await condition(() => this.done || !this.isStopped);
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
    this.breachDueAt = this.dueAt;
    await this.stream.append([
      { type: 'SlaBreached', ...this.ids(), party: this.spec.party, dueAt: iso(this.dueAt), at: iso(Date.now()) },
    ]);
    const compensation = this.spec.compensation;
    if (!compensation) return;
    await this.recompute(); // the accrual schedule, from the breach, on the calendar as it stands
    for (let i = 0; i < this.accruals.length; i++) {
      if (this.waived || !(await this.reach(() => this.accruals[i].at)) || this.waived) return;
      const accrual = this.accruals[i];
      const { owedFen, lateDay } = compensation.ledger.claim(
        { unit: accrual.unit, at: new Date(accrual.at), amountFen: accrual.amountFen },
        compensation.rule.unit,
      );
      this.paid.push({ unit: accrual.unit, amountFen: owedFen });
      if (owedFen === 0) continue; // another clock of this utility already paid this day at a rate as high
      await this.stream.append([
        {
          type: 'CompensationAccrued',
          ...this.ids(),
          unit: accrual.unit,
          amountFen: owedFen,
          ruleFen: accrual.amountFen,
          ...(lateDay ? { lateDay } : {}),
          at: iso(Date.now()),
          providerId: compensation.providerId,
        },
      ]);
    }
  }
}
