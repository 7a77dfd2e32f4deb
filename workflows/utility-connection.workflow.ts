import type { ApplicantText } from '../libs/domain/src/form/sealed-fields';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  getExternalWorkflowHandle,
  setHandler,
} from '@temporalio/workflow';
import {
  AGENCIES,
  connectionCatalogProblems,
  findCompensation,
  findLimit,
  permitStage,
  type Agency,
  type UtilityStage,
} from '../libs/domain/src/catalog/catalog';
import { LateDayLedger } from '../libs/domain/src/catalog/compensation';
import {
  allowedActions,
  decidePermit,
  decideStaffAction,
  evolveConnection,
  initialConnectionState,
  permitDecisionSchema,
  staffActionSchema,
  type ConnectionEvent,
  type ConnectionState,
  type PermitDecision,
} from '../libs/domain/src/process/utility-connection';
import type { Party } from '../libs/domain/src/process/events';
import { DecisionLog, type Decided } from './decision-log';
import {
  applicantDelaySignal,
  applicationWorkflowId,
  connectionProgressSignal,
  connectionStatusQuery,
  connectionWorkflowId,
  jointSurveySignal,
  permitDecisionUpdate,
  recalculateDeadlinesSignal,
  RELEASE,
  reviewBreachUpdate,
  staffActionUpdate,
  withdrawConnectionSignal,
  type Actor,
  type BreachReview,
  type ConnectionResult,
  type ConnectionStatus,
  type UtilityConnectionInput,
} from './messages';
import { parsed, refused } from './refusals';
import { utilityConnectionV02 } from './releases/v0.2/utility-connection.workflow';
import { PinnedCalendar, StageClock } from './stage-clock';

export type { ConnectionResult } from './messages';

/**
 * One utility's connection, run by its provider (workflow id application-<id>-<utility>):
 * survey → plan & quote → [construction, with a road permit when digging] → connection.
 * The provider's clocks (each stage and the end-to-end total) start at the joint survey
 * appointment, or at dispatch when there is no joint survey.
 */
export async function utilityConnection(input: UtilityConnectionInput): Promise<ConnectionResult> {
  // The release is the parent's, named in the input (in history from the start): no marker.
  // Children of 0.2 and 0.1 parents keep their release's code.
  if (input.release !== RELEASE) return utilityConnectionV02(input);
  const { applicationId, applicantId, utility, category, providerId, catalog } = input;
  const log = new DecisionLog(connectionWorkflowId(applicationId, utility), { applicationId, applicantId });
  const calendar = new PinnedCalendar(input.calendarYears ?? []);
  const provider: Party = { kind: 'provider', id: providerId };

  // A catalog that cannot run this connection fails it at once, visibly and without retrying.
  const problems = connectionCatalogProblems(catalog, utility, category);
  if (problems.length) {
    await log.record(
      [
        {
          type: 'ProcessFailed',
          track: utility,
          at: new Date(Date.now()).toISOString(),
          code: 'catalog_incomplete',
          message: `Catalog v${catalog.version} cannot run this connection: ${problems.join('; ')}.`,
          utilities: [utility],
        },
      ],
      'system',
    );
    throw ApplicationFailure.create({
      type: 'catalog_incomplete',
      message: `catalog v${catalog.version}: ${problems.join('; ')}`,
      details: problems,
      nonRetryable: true,
    });
  }

  let state: ConnectionState = initialConnectionState();
  let withdrawn = false;
  let withdrawReason: ApplicantText = '';
  let appointmentAt: string | undefined;
  const ledger = new LateDayLedger(); // pay once: a late day of this utility is paid once across its clocks

  const clockFor = (stage: UtilityStage | 'total') => {
    const rule = findCompensation(catalog, utility, stage);
    return new StageClock(log, calendar, {
      track: utility,
      stage,
      party: provider,
      limit: findLimit(catalog, utility, category, stage)!.limit,
      compensation: rule && { rule, providerId, ledger },
    });
  };
  const total = clockFor('total');
  let stageClock = clockFor('survey');
  /** Every clock this connection has run, by stage, for breach reviews. */
  const clocksByStage = new Map<string, StageClock>([
    ['total', total],
    ['survey', stageClock],
  ]);
  const permitClocks = new Map<Agency, StageClock>();
  const reviewed = new Set<string>();

  const status = (): ConnectionStatus => ({
    phase: state.phase,
    allowedActions: allowedActions(state),
    permit: state.permit?.status,
  });

  /** Reports on their way to the application: the connection closes only after they are sent. */
  const reports: Promise<void>[] = [];
  /**
   * Tells the application the survey is recorded (its missed-survey rule needs to know). The
   * only word the application needs before the connection's result: sent once the step is in the
   * store, so the action's answer does not wait on it.
   */
  function reportSurveyed(after: Promise<void>): void {
    const progress = state.phase;
    reports.push(
      after
        .then(() =>
          getExternalWorkflowHandle(applicationWorkflowId(applicationId)).signal(connectionProgressSignal, {
            utility,
            progress,
          }),
        )
        .catch(() => undefined), // the application has closed: nobody is waiting for the news
    );
  }

  /** The provider's work begins: its total and its survey clock start together, at `at`. */
  function startClocks(at = Date.now()): Decided[] {
    if (total.isStarted) return [];
    return [...total.start(at), ...stageClock.start(at)];
  }

  /**
   * Records decided events and the clock moves they bring, as one append: a stage completed and
   * the next one started, a permit applied for and the provider's clocks stopped.
   */
  function apply(events: ConnectionEvent[], actor: string): Promise<void> {
    const before = state;
    state = events.reduce(evolveConnection, state);
    const at = new Date(Date.now()).toISOString();
    // Work began before the appointment: the clocks run from now.
    const clocks: Decided[] = withdrawn ? [] : startClocks();
    for (const event of events) {
      if (event.type === 'RoadPermitApplied') clocks.push(...openPermit(event.fastTrack));
      if (event.type === 'RoadPermitDecided') clocks.push(...(permitClocks.get(event.agency)?.complete() ?? []));
      if (event.type === 'RoadPermitGranted' || event.type === 'RoadPermitRefused') clocks.push(...closePermit());
    }
    if (state.phase !== before.phase) {
      clocks.push(...stageClock.complete());
      if (state.phase === 'done') clocks.push(...total.complete());
      else if (state.phase !== 'withdrawn') {
        stageClock = clockFor(state.phase as UtilityStage);
        clocksByStage.set(state.phase, stageClock);
        clocks.push(...stageClock.start());
      }
    }
    const recorded = log.record(
      events.map((e) => ({ ...e, track: utility, at, by: actor })),
      actor,
    );
    void log.record(clocks, 'system');
    if (before.phase === 'survey' && state.phase !== 'survey' && state.phase !== 'withdrawn') reportSurveyed(recorded);
    return recorded;
  }

  // While the permit is with the agencies, the provider's clocks stop: the wait is not theirs.
  function openPermit(fastTrack: boolean): Decided[] {
    const events = [...stageClock.pause('road-permit'), ...total.pause('road-permit')];
    for (const agency of AGENCIES) {
      const limit = findLimit(catalog, agency, fastTrack ? 'fast-track' : '*', 'road-permit')!;
      const clock: StageClock = new StageClock(log, calendar, {
        track: utility,
        stage: permitStage(agency),
        party: { kind: 'agency', id: agency },
        limit: limit.limit,
        onDue: limit.approveWhenDue ? () => decideAutomatically(agency) : undefined,
      });
      permitClocks.set(agency, clock);
      clocksByStage.set(permitStage(agency), clock);
      events.push(...clock.start());
    }
    return events;
  }

  function closePermit(): Decided[] {
    const events = [...permitClocks.values()].flatMap((c) => c.cancel());
    permitClocks.clear();
    return [...events, ...stageClock.resume('road-permit'), ...total.resume('road-permit')];
  }

  async function decideAutomatically(agency: Agency): Promise<void> {
    const decision = decidePermit(state, {
      agency,
      decision: 'approve',
      reason: 'fast track: approved by default',
      automatic: true,
    });
    if (decision.ok) await apply(decision.events, `system:fast-track:${agency}`);
  }

  setHandler(
    staffActionUpdate,
    async (actor: Actor, action) => {
      const decision = decideStaffAction(state, parsed(staffActionSchema, action), input.lowRiskZone);
      if (!decision.ok) return refused(decision.refusal);
      await apply(decision.events, actor.sub);
      return status();
    },
    {
      validator: (actor: Actor, action) => {
        if (actor.role !== 'staff' || actor.provider !== providerId)
          refused({
            code: 'not_allowed',
            message: `Only ${providerId} staff act on this connection.`,
            messageZh: '无权操作该接入',
            details: [],
          });
        if (withdrawn)
          refused({ code: 'wrong_stage', message: 'This connection was withdrawn.', messageZh: '已撤回', details: [] });
        const decision = decideStaffAction(state, parsed(staffActionSchema, action), input.lowRiskZone);
        if (!decision.ok) refused(decision.refusal);
      },
    },
  );

  setHandler(
    permitDecisionUpdate,
    async (actor: Actor, payload: PermitDecision) => {
      const decision = decidePermit(state, parsed(permitDecisionSchema, payload));
      if (!decision.ok) return refused(decision.refusal);
      await apply(decision.events, actor.sub);
      return status();
    },
    {
      validator: (actor: Actor, payload: PermitDecision) => {
        const value = parsed(permitDecisionSchema, payload);
        if (actor.role !== 'agency' || actor.agency !== value.agency)
          refused({
            code: 'not_allowed',
            message: `Only the ${value.agency} decides its permit.`,
            messageZh: '无权审批',
            details: [],
          });
        const decision = decidePermit(state, value);
        if (!decision.ok) refused(decision.refusal);
      },
    },
  );

  // A review is decided here, where the accruals happen: the clock stops first, and the waiver
  // reverses exactly the units it paid, so no unit can slip between the two.
  setHandler(
    reviewBreachUpdate,
    async (actor: Actor, review: BreachReview) => {
      reviewed.add(review.stage);
      const units = review.decision === 'waive' ? clocksByStage.get(review.stage)!.waive() : [];
      const result = { waivedUnits: units.map((u) => u.unit), waivedFen: units.reduce((s, u) => s + u.amountFen, 0) };
      await log.record(
        [
          {
            type: 'BreachReviewed',
            track: utility,
            stage: review.stage,
            decision: review.decision,
            reason: review.reason,
            by: actor.sub,
            at: new Date(Date.now()).toISOString(),
            ...result,
          },
        ],
        actor.sub,
      );
      return result;
    },
    {
      validator: (actor: Actor, review: BreachReview) => {
        if (actor.role !== 'admin')
          refused({
            code: 'not_allowed',
            message: 'Only an admin reviews breaches.',
            messageZh: '仅管理员可审核',
            details: [],
          });
        if (!clocksByStage.get(review.stage)?.breached)
          refused({
            code: 'wrong_stage',
            message: `The ${review.stage} stage has no breach.`,
            messageZh: '该环节未超时',
            details: [],
          });
        if (reviewed.has(review.stage))
          refused({
            code: 'wrong_stage',
            message: 'This breach is already reviewed.',
            messageZh: '该超时已审核',
            details: [],
          });
      },
    },
  );

  setHandler(withdrawConnectionSignal, ({ reason }) => {
    if (state.phase !== 'done') withdrawn = true;
    withdrawReason = reason;
  });
  setHandler(connectionStatusQuery, status);
  setHandler(jointSurveySignal, ({ appointmentAt: at }) => void (appointmentAt = at));
  // Time the applicant owes (a missed joint survey) is not the provider's: its clocks stop until
  // the new appointment comes round.
  setHandler(applicantDelaySignal, ({ delayed }) => {
    if (!delayed || state.phase !== 'survey') return; // a provider that has surveyed missed nothing
    void log.record([...stageClock.pause('survey-missed'), ...total.pause('survey-missed')], 'system');
  });
  setHandler(recalculateDeadlinesSignal, ({ reason, years }) => {
    calendar.load(years ?? []);
    void log.record(
      [...clocksByStage.values()].flatMap((c) => c.recalculate(reason)),
      'system',
    );
  });

  const finished = () => withdrawn || state.phase === 'done';
  // Each appointment the window sets (again) starts the clocks, or lets go of a missed survey's hold.
  void (async () => {
    for (;;) {
      await condition(() => appointmentAt !== undefined || finished());
      if (finished()) return;
      const target = appointmentAt!;
      const wait = Date.parse(target) - Date.now();
      if (wait > 0) await condition(() => finished() || appointmentAt !== target, wait);
      if (finished()) return;
      if (appointmentAt !== target) continue; // moved meanwhile
      appointmentAt = undefined;
      if (!total.isStarted) await log.record(startClocks(Date.parse(target)), 'system');
      else await log.record([...stageClock.resume('survey-missed'), ...total.resume('survey-missed')], 'system');
    }
  })();

  if (input.surveyStartsAt === 'dispatch') await log.record(startClocks(), 'system');
  await condition(finished);

  if (withdrawn && state.phase !== 'done') {
    const cancelled = [stageClock, total, ...permitClocks.values()].flatMap((c) => c.cancel());
    void log.record(cancelled, 'system');
    await apply([{ type: 'ConnectionWithdrawn', reason: withdrawReason }], 'applicant');
    await condition(allHandlersFinished);
    await Promise.all([log.settled(), ...reports]);
    return { utility, outcome: 'withdrawn' };
  }
  // An Update's handler may still be recording the last step: let it finish and answer.
  await condition(allHandlersFinished);
  await Promise.all([stageClock.settled(), total.settled()]);
  await Promise.all([log.settled(), ...reports]);
  return { utility, outcome: 'connected', accountId: state.accountId };
}
