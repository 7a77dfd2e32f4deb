import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyLocalActivities,
  setHandler,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { findLimit, type JointStage } from '../libs/domain/src/catalog/catalog';
import { connectionCatalog } from '../libs/domain/src/catalog/connection-catalog';
import { requestedUtilities, serviceCategory } from '../libs/domain/src/form/application-form';
import { validateSealedApplicationForm } from '../libs/domain/src/form/sealed-fields';
import type { Utility } from '../libs/domain/src/form/utilities';
import {
  allConnectionsFinished,
  decideJoint,
  evolveJoint,
  initialJointState,
  RATING_WINDOW_DAYS,
  ratingPayloadSchema,
  supplementPayloadSchema,
  windowActionSchema,
  withdrawPayloadSchema,
  type ConnectionReport,
  type JointCommand,
  type JointEvent,
  type JointState,
  type SiteRisk,
} from '../libs/domain/src/process/joint-application';
import { DecisionLog, type Decided } from './decision-log';
import {
  applicantDelaySignal,
  applicationStatusQuery,
  applicationWorkflowId,
  connectionProgressSignal,
  connectionWorkflowId,
  jointSurveySignal,
  rateUpdate,
  submitUpdate,
  recalculateDeadlinesSignal,
  RELEASE,
  supplySupplementUpdate,
  windowActionUpdate,
  withdrawConnectionSignal,
  withdrawUpdate,
  type Actor,
  type ApplicationStatus,
  type JointApplicationInput,
} from './messages';
import { parsed, refused } from './refusals';
import { jointApplicationV02 } from './releases/v0.2/joint-application.workflow';
import { PinnedCalendar, StageClock } from './stage-clock';
import { utilityConnection } from './utility-connection.workflow';

type Pinned = Awaited<ReturnType<Activities['pinApplication']>>;

const { pinApplication } = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds' });

const RATING_WINDOW = `${RATING_WINDOW_DAYS} days`;
const now = () => new Date(Date.now()).toISOString();
type Child = ChildWorkflowHandle<typeof utilityConnection>;

/**
 * One joint application (workflow id application-<id>): the one form, one-window acceptance, one
 * child workflow per requested utility in parallel, one joint survey, then a rating. Its rules are
 * the decider in libs/domain/src/process/joint-application.ts; this workflow routes messages to
 * it, records what it decides, and runs the window's clocks.
 *
 * Release 0.3: what the application pins (catalog, calendar, the site's risk) is read once, in the
 * first workflow task; each decision, with the clock moves and the dispatch it brings, is one
 * append; the connections start together, each with its own utility's part of the catalog.
 */
export async function jointApplication(input: JointApplicationInput): Promise<ApplicationStatus> {
  if (!patched(RELEASE)) return jointApplicationV02(input);
  const { applicationId, applicantId } = input;
  const checked = validateSealedApplicationForm(input.form);
  if (!checked.ok)
    throw ApplicationFailure.create({
      type: 'invalid',
      message: 'The form is not valid.',
      details: checked.problems,
      nonRetryable: true,
    });
  const form = checked.form;
  const utilities = requestedUtilities(form);
  const log = new DecisionLog(applicationWorkflowId(applicationId), { applicationId, applicantId });
  let state: JointState = initialJointState(applicantId, utilities);
  /** The zone register's answer for the site, pinned at submission. */
  const site: { registerRisk?: SiteRisk } = {};
  const clocks: { acceptance?: StageClock; scheduling?: StageClock } = {};
  /** Each connection, from the moment it is asked to start (a withdrawal may come meanwhile). */
  const children = new Map<Utility, Promise<Child>>();
  /** Actions wait until the application and its acceptance clock are recorded. */
  let ready = false;
  /** What the application pins at submission, and the calendar the window's clocks count on. */
  const pin: { pinned?: Pinned; calendar?: PinnedCalendar } = {};

  const current = (): ApplicationStatus => ({ status: state.phase, utilities });
  /** The phase as it is now (handlers change it while the main flow waits). */
  const phase = () => state.phase;

  /**
   * Decides a command and folds its events into state at once, before anything is awaited: a
   * second Update in the same workflow task is validated against the new state (two clerks
   * clicking together get one acceptance). Recording and effects follow.
   */
  function decideNow(actor: Actor, command: JointCommand): JointEvent[] {
    const decision = decideJoint(state, command, {
      actor,
      now: now(),
      surveyDueAt:
        clocks.scheduling?.isOpen && clocks.scheduling.isStarted
          ? new Date(clocks.scheduling.deadline).toISOString()
          : undefined,
      registerRisk: site.registerRisk,
    });
    if (!decision.ok) return refused(decision.refusal);
    return decision.events;
  }

  async function act(actor: Actor, command: JointCommand): Promise<ApplicationStatus> {
    // An action sent the moment the form arrived waits until the application is decided.
    if (!ready) await condition(() => ready);
    const events = decideNow(actor, command);
    state = events.reduce(evolveJoint, state);
    const messages: Promise<unknown>[] = [];
    const consequences = events.flatMap((e) => effectsOf(e, messages));
    // The decision and what it sets going (clocks, the dispatch): one append.
    const recorded = log.record(events, actor.sub);
    void log.record(consequences, 'system');
    await Promise.all([recorded, ...messages]);
    return current();
  }

  /** What each decided event sets going: clock moves (returned, to record with it) and messages. */
  function effectsOf(event: JointEvent, messages: Promise<unknown>[]): Decided[] {
    switch (event.type) {
      case 'ApplicationAccepted':
        return [...clocks.acceptance!.complete(), ...dispatch(messages)];
      case 'ApplicationRejected':
        return clocks.acceptance!.complete();
      case 'SupplementRequested':
        // The applicant owes the next move: the window's clock stops until they answer.
        return clocks.acceptance!.pause('supplement');
      case 'SupplementProvided':
        return clocks.acceptance!.resume('supplement');
      case 'JointSurveyScheduled':
        messages.push(signalOpen(jointSurveySignal, { appointmentAt: event.appointmentAt }));
        return clocks.scheduling?.complete() ?? [];
      case 'JointSurveyMissed':
        // The applicant owes this time: the providers' clocks stop until the new appointment, and
        // the window has its own limit to set one.
        messages.push(signalOpen(applicantDelaySignal, { delayed: true, reason: 'survey-missed' }));
        clocks.scheduling = windowClock('survey-scheduling');
        return clocks.scheduling.start();
      case 'ApplicationWithdrawn':
        // Only what is still open stops; a connected service stays connected.
        messages.push(signalOpen(withdrawConnectionSignal, { reason: event.reason, at: event.at }));
        return [...(clocks.acceptance?.cancel() ?? []), ...(clocks.scheduling?.cancel() ?? [])];
      default:
        return [];
    }
  }

  /**
   * Accepted: the window's clock for the joint survey, and every requested utility at once. The
   * acceptance answers once they have started, so the window's next step is open by then.
   */
  function dispatch(messages: Promise<unknown>[]): Decided[] {
    const { catalog, calendarYears } = pin.pinned!;
    const events: Decided[] = [];
    if (state.jointSurvey) {
      clocks.scheduling = windowClock('survey-scheduling');
      events.push(...clocks.scheduling.start());
    }
    const lowRiskZone = state.siteRisk?.lowRisk === true;
    for (const utility of utilities) {
      const category = serviceCategory(form, utility);
      const started = startChild(utilityConnection, {
        workflowId: connectionWorkflowId(applicationId, utility),
        args: [
          {
            applicationId,
            applicantId,
            utility,
            category,
            providerId: catalog.providers[utility].id,
            lowRiskZone,
            catalogVersion: catalog.version,
            catalog: connectionCatalog(catalog, utility),
            calendarYears,
            release: RELEASE,
            surveyStartsAt: state.jointSurvey ? 'appointment' : 'dispatch',
          },
        ],
      });
      children.set(utility, started);
      // The acceptance answers once each has started; one that cannot start fails as a connection.
      messages.push(
        started.then(
          () => undefined,
          () => undefined,
        ),
      );
      void started
        .then((handle) => handle.result())
        .then(
          (result) => report(result.utility, result.outcome === 'connected' ? 'done' : 'withdrawn'),
          () => report(utility, 'failed'),
        );
    }
    const dispatched: JointEvent = { type: 'ServicesDispatched', utilities, at: now() };
    state = evolveJoint(state, dispatched);
    return [...events, dispatched];
  }

  /** Connections that have closed: the application finishes only after each of its connections has. */
  const closed = new Set<Utility>();
  function report(utility: Utility, progress: 'done' | 'withdrawn' | 'failed') {
    closed.add(utility);
    state = evolveJoint(state, { type: 'ConnectionReported', utility, progress });
  }

  /** Signals every connection still running; one that closes meanwhile has nothing to hear. */
  async function signalOpen<T extends unknown[]>(
    signal: import('@temporalio/workflow').SignalDefinition<T>,
    ...args: T
  ) {
    await Promise.all(
      [...children].map(async ([utility, started]) => {
        const handle = await started.catch(() => undefined);
        const progress = state.connections[utility];
        if (!handle || progress === 'done' || progress === 'withdrawn' || progress === 'failed') return;
        await handle.signal(signal, ...args).catch(() => undefined);
      }),
    );
  }

  /** Validators decide too, once the application is decided (before that, the handler decides). */
  const validate = (actor: Actor, command: JointCommand) => void (ready && decideNow(actor, command));
  setHandler(applicationStatusQuery, current);
  // The submitter's answer: once the application is in the store, the API reads it back at once.
  const submission: { first?: { bodyHash?: string }; recorded: boolean } = { recorded: false };
  setHandler(submitUpdate, async ({ bodyHash }) => {
    const created = submission.first === undefined;
    const first = (submission.first ??= { bodyHash });
    await condition(() => submission.recorded);
    return { created, sameBody: !first.bodyHash || !bodyHash || first.bodyHash === bodyHash };
  });
  setHandler(
    windowActionUpdate,
    (actor: Actor, payload) => act(actor, { kind: 'window-action', action: parsed(windowActionSchema, payload) }),
    {
      validator: (actor: Actor, payload) =>
        validate(actor, { kind: 'window-action', action: parsed(windowActionSchema, payload) }),
    },
  );
  setHandler(
    supplySupplementUpdate,
    // The documents ride along as data: the same commands as before, so older histories replay.
    (actor: Actor, payload) => act(actor, { kind: 'supplement', ...parsed(supplementPayloadSchema, payload) }),
    {
      validator: (actor: Actor, payload) =>
        validate(actor, { kind: 'supplement', ...parsed(supplementPayloadSchema, payload) }),
    },
  );
  setHandler(
    withdrawUpdate,
    (actor: Actor, payload) => act(actor, { kind: 'withdraw', reason: parsed(withdrawPayloadSchema, payload).reason }),
    {
      validator: (actor: Actor, payload) =>
        validate(actor, { kind: 'withdraw', reason: parsed(withdrawPayloadSchema, payload).reason }),
    },
  );
  setHandler(
    rateUpdate,
    (actor: Actor, payload) => act(actor, { kind: 'rate', ...parsed(ratingPayloadSchema, payload) }),
    {
      validator: (actor: Actor, payload) => validate(actor, { kind: 'rate', ...parsed(ratingPayloadSchema, payload) }),
    },
  );
  setHandler(connectionProgressSignal, (report) => {
    state = evolveJoint(state, { type: 'ConnectionReported', ...report } as ConnectionReport);
  });
  setHandler(recalculateDeadlinesSignal, (signal) => {
    pin.calendar?.load(signal.years ?? []);
    const moved = [clocks.acceptance, clocks.scheduling].flatMap((c) => c?.recalculate(signal.reason) ?? []);
    void log.record(moved, 'system');
    for (const started of children.values())
      void started.then((c) => c.signal(recalculateDeadlinesSignal, signal)).catch(() => undefined);
  });

  // Handlers are registered first (above), so nothing sent early is lost.
  const pinned = (pin.pinned = await pinApplication({ at: input.submittedAt, coordinates: form.site.coordinates }));
  const { catalog } = pinned;
  pin.calendar = new PinnedCalendar(pinned.calendarYears);
  site.registerRisk = pinned.siteRisk;
  const services = utilities.map((utility) => ({
    utility,
    category: serviceCategory(form, utility),
    provider: catalog.providers[utility],
  }));
  // The store records the pinned catalog from its version (the workflow holds it already).
  const submitted: Decided[] = [
    {
      type: 'ApplicationSubmitted',
      applicantId,
      form,
      services,
      catalogVersion: catalog.version,
      submittedAt: input.submittedAt,
    },
    // The district's zone register decides the site's risk; the window sees it and may override it.
    // As of the submission: the batch is a pure function of the input and what was pinned.
    { type: 'SiteClassified', ...site.registerRisk, at: input.submittedAt },
  ];
  const missing = (['acceptance', ...(state.jointSurvey ? ['survey-scheduling'] : [])] as JointStage[]).filter(
    (stage) => !findLimit(catalog, 'joint', '*', stage),
  );
  if (missing.length) {
    void log.record(submitted, applicantId, 'task').then(() => (submission.recorded = true));
    return fail('catalog_incomplete', `catalog v${catalog.version} has no window limit for ${missing.join(', ')}`);
  }
  function windowClock(stage: JointStage): StageClock {
    const limit = findLimit(catalog, 'joint', '*', stage)!.limit;
    return new StageClock(log, pin.calendar!, { track: 'joint', stage, party: { kind: 'window' }, limit });
  }

  // 1. One-window acceptance: the clock started at submission (the acceptance stage is the
  // window's from the moment the form arrives). The submission, the site's risk and the clock: one append.
  // Recorded inside this first workflow task (nothing in it depends on the task's clock): the
  // submitter's Update is answered without a round trip to an activity of its own.
  clocks.acceptance = windowClock('acceptance');
  const recorded = log.record(submitted, applicantId, 'task');
  void log.record(clocks.acceptance.start(Date.parse(input.submittedAt)), 'system');
  await recorded;
  // Actions are decided only now: none can join the submission's batch with a clock of its own.
  ready = true;
  submission.recorded = true;
  await condition(() => !['submitted', 'supplement-requested', 'accepted'].includes(state.phase));
  if (children.size === 0) return finish();

  // 2. Wait for every connection to finish (connected, withdrawn or failed) and close.
  await condition(() => closed.size === utilities.length && allConnectionsFinished(state));
  await log.record(clocks.scheduling?.cancel() ?? [], 'system');
  const failed = utilities.filter((u) => state.connections[u] === 'failed');
  if (phase() === 'withdrawn') return finish();
  if (failed.length) return fail('connection_failed', `the ${failed.join(', ')} connection failed`, failed);
  const completed: JointEvent = { type: 'ApplicationCompleted', at: now() };
  state = evolveJoint(state, completed);
  await log.record([completed], 'system');

  // 3. The rating stays open for its window.
  if (!(await condition(() => state.rated, RATING_WINDOW))) {
    const closedRating: JointEvent = { type: 'RatingClosed', at: now() };
    state = evolveJoint(state, closedRating);
    await log.record([closedRating], 'system');
  } else state = evolveJoint(state, { type: 'RatingClosed', at: now() });
  return finish();

  async function finish(): Promise<ApplicationStatus> {
    await condition(allHandlersFinished);
    await log.settled();
    return current();
  }

  /** Records why the process cannot go on, so admins see it, then fails without retrying. */
  async function fail(code: string, message: string, failedUtilities: Utility[] = []): Promise<never> {
    const event: JointEvent = { type: 'ProcessFailed', at: now(), code, message, utilities: failedUtilities };
    state = evolveJoint(state, event);
    await log.record([event], 'system');
    await condition(allHandlersFinished);
    throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
  }
}
