import { condition } from '@temporalio/workflow';
import { clockTimes, type ClockTimes } from '../libs/domain/src/calendar/clock-times';
import type { Limit } from '../libs/domain/src/calendar/deadline';
import type { PauseSpan } from '../libs/domain/src/calendar/pauses';
import { WorkingCalendar, type CalendarYear } from '../libs/domain/src/calendar/working-calendar';
import type { ClockedStage } from '../libs/domain/src/catalog/catalog';
import type { CompensationRule, LateDayLedger } from '../libs/domain/src/catalog/compensation';
import type { Party, Track } from '../libs/domain/src/process/events';
import type { Decided, DecisionLog } from './decision-log';

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

/**
 * The working-day calendar an application's clocks count on: the years pinned at submission,
 * and any year an admin loads later (it arrives with the recalculation signal).
 */
export class PinnedCalendar {
  private years: Map<number, CalendarYear>;
  private built?: WorkingCalendar;

  constructor(years: readonly CalendarYear[]) {
    this.years = new Map(years.map((y) => [y.year, y]));
  }

  get calendar(): WorkingCalendar {
    return (this.built ??= new WorkingCalendar([...this.years.values()]));
  }

  load(years: readonly CalendarYear[]): void {
    years.forEach((y) => this.years.set(y.year, y));
    this.built = undefined;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One stage's clock against its published limit, inside a workflow (release 0.3): a breach at
 * the deadline, then compensation at once and per further unit while the stage stays open, up to
 * the cap. It stands still while any reason holds it, each reason's span recorded; when the last
 * lets go, the deadline is recomputed from the start and every pause by the domain's rule. The
 * arithmetic runs here, on the pinned calendar: no activity per start, pause or resume.
 *
 * Its moves return the events they produce, for the caller to record with the rest of its
 * decision in one append; only the clock's own doings (a breach, an accrual) record themselves.
 * The 75 % warning is the read side's (warn_at, notified by the warning sweeper): no timer.
 */
export class StageClock {
  private startedAt = 0;
  private dueAt = 0;
  private warnAt = 0;
  private beyondKnownCalendar = false;
  private readonly holds = new Map<PauseReason, number>();
  private readonly spans: PauseSpan[] = [];
  private stoppedSince?: number;
  private epoch = 0;
  private done = false;
  private breachDueAt?: number;
  private accruals: { unit: number; at: number; amountFen: number }[] = [];
  private waived = false;
  private readonly paid: { unit: number; amountFen: number }[] = [];
  private watcher?: Promise<void>;

  constructor(
    private readonly log: DecisionLog,
    private readonly calendar: PinnedCalendar,
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

  private get isStopped(): boolean {
    return this.holds.size > 0;
  }

  /** Starts the clock at `at` (now, or an instant that has just come, like an appointment). */
  start(at = Date.now()): Decided[] {
    if (this.startedAt !== 0 || this.done) return [];
    this.startedAt = at;
    this.count();
    this.watcher = this.watch();
    return [
      {
        type: 'StageStarted',
        ...this.ids(),
        party: this.spec.party,
        limit: this.spec.limit,
        startedAt: iso(this.startedAt),
        dueAt: iso(this.dueAt),
        warnAt: iso(this.warnAt),
        beyondKnownCalendar: this.beyondKnownCalendar,
        compensable: this.spec.compensation !== undefined,
        warning: 'read-side',
      },
      // Reasons that took hold before the start.
      ...[...this.holds].map(([reason, since]) => ({ type: 'StagePaused', ...this.ids(), at: iso(since), reason })),
    ];
  }

  /** Stops the clock for `reason` (nothing if that reason already holds it). */
  pause(reason: PauseReason): Decided[] {
    if (this.done || this.holds.has(reason)) return [];
    const now = Date.now();
    if (!this.isStopped) this.stoppedSince = now;
    this.holds.set(reason, now);
    this.epoch++;
    if (!this.isStarted) return [];
    return [{ type: 'StagePaused', ...this.ids(), at: iso(now), reason }];
  }

  /** Lets go of `reason`; the clock runs again only when no other reason holds it. */
  resume(reason: PauseReason): Decided[] {
    const from = this.holds.get(reason);
    if (this.done || from === undefined) return [];
    const now = Date.now();
    this.holds.delete(reason);
    this.spans.push({ from: Math.max(from, this.startedAt), to: now });
    if (!this.isStarted) return [];
    const reasonSpan = { type: 'StageResumed', ...this.ids(), at: iso(now), reason, pausedMs: now - from };
    if (this.holds.size > 0) return [{ ...reasonSpan, stoppedMs: 0, running: false }];
    const stoppedMs = now - (this.stoppedSince ?? now);
    this.stoppedSince = undefined;
    this.count();
    this.epoch++;
    return [{ ...reasonSpan, stoppedMs, running: true, dueAt: iso(this.dueAt), warnAt: iso(this.warnAt) }];
  }

  /**
   * The calendar changed (an admin loaded a year): recount from the start and every pause, and
   * record why the deadline moved. Only a clock counted past the known calendar needs it.
   */
  recalculate(reason: string): Decided[] {
    if (!this.beyondKnownCalendar || this.done || !this.isStarted) return [];
    const previousDueAt = this.dueAt;
    this.count();
    this.epoch++;
    return [
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
    ];
  }

  complete(): Decided[] {
    return this.close('StageCompleted');
  }

  cancel(): Decided[] {
    return this.close('StageCancelled');
  }

  /**
   * An admin waived this stage's breach: nothing more accrues, from this instant. Returns every
   * unit this clock paid, so the waiver reverses exactly those.
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

  private close(type: 'StageCompleted' | 'StageCancelled'): Decided[] {
    if (this.done) return [];
    const now = Date.now();
    const clockNow = this.stoppedSince ?? now; // a stage closed while stopped was not late meanwhile
    this.done = true;
    this.epoch++;
    if (!this.isStarted) return [];
    const late = type === 'StageCompleted' ? { late: clockNow > this.dueAt } : {};
    return [{ type, ...this.ids(), at: iso(now), ...late }];
  }

  /** Counts the deadline (and, once breached, the accruals) on the pinned calendar. */
  private count(): void {
    const compensation = this.spec.compensation;
    const times: ClockTimes = clockTimes(
      {
        startedAt: this.startedAt,
        limit: this.spec.limit,
        pauses: this.spans,
        breach:
          this.breachDueAt !== undefined && compensation
            ? { dueAt: this.breachDueAt, rule: compensation.rule }
            : undefined,
      },
      this.calendar.calendar,
    );
    // After a breach the deadline has passed for good; only the accruals move with later pauses.
    if (this.breachDueAt === undefined) {
      this.dueAt = times.dueAt;
      this.warnAt = times.warnAt;
    }
    this.beyondKnownCalendar = times.beyondKnownCalendar;
    if (times.accruals) this.accruals = times.accruals;
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
    if (!(await this.reach(() => this.dueAt))) return;
    if (this.spec.onDue) return this.spec.onDue();
    this.breachDueAt = this.dueAt;
    this.count(); // the accrual schedule, from the breach, on the calendar as it stands
    const breach = {
      type: 'SlaBreached',
      ...this.ids(),
      party: this.spec.party,
      dueAt: iso(this.dueAt),
      at: iso(Date.now()),
    };
    const compensation = this.spec.compensation;
    // A breach and the compensation owed at once (unit 0) are one decision: one append.
    const owedAtOnce = compensation !== undefined && this.accruals.length > 0 && this.accruals[0].at <= Date.now();
    await this.log.record([breach, ...(owedAtOnce ? this.accrue(0) : [])], 'system');
    if (!compensation) return;
    for (let i = owedAtOnce ? 1 : 0; i < this.accruals.length; i++) {
      if (this.waived || !(await this.reach(() => this.accruals[i].at)) || this.waived) return;
      await this.log.record(this.accrue(i), 'system');
    }
  }

  /** Claims accrual `i` against the utility's pay-once ledger: the event, if it owes anything. */
  private accrue(i: number): Decided[] {
    const compensation = this.spec.compensation!;
    const accrual = this.accruals[i];
    const { owedFen, lateDay } = compensation.ledger.claim(
      { unit: accrual.unit, at: new Date(accrual.at), amountFen: accrual.amountFen },
      compensation.rule.unit,
    );
    this.paid.push({ unit: accrual.unit, amountFen: owedFen });
    if (owedFen === 0) return []; // another clock of this utility already paid this day at a rate as high
    return [
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
    ];
  }
}
