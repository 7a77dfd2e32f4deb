import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import type { Activities } from '../../../activities';
import { findLimit, type Catalog, type JointStage } from '../../../libs/domain/src/catalog/catalog';
import { requestedUtilities, serviceCategory } from '../../../libs/domain/src/form/application-form';
import { validateSealedApplicationForm, type ApplicantText } from '../../../libs/domain/src/form/sealed-fields';
import type { Utility } from '../../../libs/domain/src/form/utilities';
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
} from '../../../libs/domain/src/process/joint-application';
import { EventStream } from '../../event-stream';
import {
  applicantDelaySignal,
  applicationStatusQuery,
  applicationWorkflowId,
  connectionProgressSignal,
  connectionWorkflowId,
  jointSurveySignal,
  rateUpdate,
  recalculateDeadlinesSignal,
  LOCAL_READS,
  RELEASE_0_2 as RELEASE,
  supplySupplementUpdate,
  windowActionUpdate,
  withdrawConnectionSignal,
  withdrawUpdate,
  type Actor,
  type ApplicationStatus,
  type JointApplicationInput,
} from '../../messages';
import { parsed, refused } from '../../refusals';
import { jointApplicationV01 } from '../v0.1/joint-application.workflow';
import { StageClock } from './stage-clock';
import type { utilityConnectionV02 } from './utility-connection.workflow';

const remoteReads = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds' });
const localReads = proxyLocalActivities<Activities>({ startToCloseTimeout: '10 seconds' });
/** The catalog and the zone register are read inside the workflow task (see LOCAL_READS). */
const reads = () => (patched(LOCAL_READS) ? localReads : remoteReads);

const RATING_WINDOW = `${RATING_WINDOW_DAYS} days`;
const now = () => new Date(Date.now()).toISOString();

/**
 * Release 0.2 (and 0.2.1), frozen: executions recorded with the lianbao-0.2 marker replay here.
 * One joint application (workflow id application-<id>): the one form, one-window acceptance, one
 * child workflow per requested utility in parallel, one joint survey, then a rating. Its rules are
 * the decider in libs/domain/src/process/joint-application.ts; this workflow routes messages to
 * it, records what it decides, and runs the window's clocks.
 */
export async function jointApplicationV02(input: JointApplicationInput): Promise<ApplicationStatus> {
  if (!patched(RELEASE)) return jointApplicationV01(input);
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
  const stream = new EventStream(applicationWorkflowId(applicationId), { applicationId, applicantId });
  let state: JointState = initialJointState(applicantId, utilities);
  /** The zone register's answer for the site, looked up once the application is recorded. */
  const site: { registerRisk?: SiteRisk } = {};
  const clocks: { acceptance?: StageClock; scheduling?: StageClock } = {};
  const children = new Map<Utility, ChildWorkflowHandle<typeof utilityConnectionV02>>();
  /** Actions wait until the application and its acceptance clock are recorded. */
  let ready = false;
  let withdrawnBy: { reason: ApplicantText; at: string } | undefined;

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
    // An action sent the moment the form arrived waits until the application is recorded.
    if (!ready) await condition(() => ready);
    const events = decideNow(actor, command);
    state = events.reduce(evolveJoint, state);
    const recorded = stream.append(events, actor.sub);
    await Promise.all([recorded, ...events.map(effectsOf)]);
    // An acceptance answers once the services are dispatched: the window's next step (the joint
    // survey) is open by the time the clerk sees the reply.
    if (events.some((e) => e.type === 'ApplicationAccepted')) await condition(() => state.phase !== 'accepted');
    return current();
  }

  /** What each decided event sets going: clocks, and messages to the connections. */
  async function effectsOf(event: JointEvent): Promise<void> {
    switch (event.type) {
      case 'ApplicationAccepted':
      case 'ApplicationRejected':
        return clocks.acceptance!.complete();
      case 'SupplementRequested':
        // The applicant owes the next move: the window's clock stops until they answer.
        return clocks.acceptance!.pause('supplement');
      case 'SupplementProvided':
        return clocks.acceptance!.resume('supplement');
      case 'JointSurveyScheduled':
        await Promise.all([
          clocks.scheduling?.complete(),
          signalOpen(jointSurveySignal, { appointmentAt: event.appointmentAt }),
        ]);
        return;
      case 'JointSurveyMissed':
        // The applicant owes this time: the providers' clocks stop until the new appointment, and
        // the window has its own limit to set one.
        await signalOpen(applicantDelaySignal, { delayed: true, reason: 'survey-missed' });
        clocks.scheduling = windowClock('survey-scheduling');
        return clocks.scheduling.start();
      case 'ApplicationWithdrawn':
        withdrawnBy = event;
        // Only what is still open stops; a connected service stays connected.
        await Promise.all([
          clocks.acceptance?.cancel(),
          clocks.scheduling?.cancel(),
          signalOpen(withdrawConnectionSignal, { reason: event.reason, at: event.at }),
        ]);
        return;
      default:
        return;
    }
  }

  /** Signals every connection still running; one that closes meanwhile has nothing to hear. */
  async function signalOpen<T extends unknown[]>(
    signal: import('@temporalio/workflow').SignalDefinition<T>,
    ...args: T
  ) {
    await Promise.all(
      [...children].map(async ([utility, handle]) => {
        const progress = state.connections[utility];
        if (progress === 'done' || progress === 'withdrawn' || progress === 'failed') return;
        await handle.signal(signal, ...args).catch(() => undefined);
      }),
    );
  }

  /** Validators decide too, once the application is recorded (before that, the handler decides). */
  const validate = (actor: Actor, command: JointCommand) => void (ready && decideNow(actor, command));

  setHandler(applicationStatusQuery, current);
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
    void Promise.all([clocks.acceptance?.recalculate(signal.reason), clocks.scheduling?.recalculate(signal.reason)]);
    void Promise.all(
      [...children.values()].map((c) => c.signal(recalculateDeadlinesSignal, signal).catch(() => undefined)),
    );
  });

  // Handlers are registered first (above), so nothing sent early is lost.
  const catalog: Catalog = await reads().pinCatalog({ at: input.submittedAt });
  const services = utilities.map((utility) => ({
    utility,
    category: serviceCategory(form, utility),
    provider: catalog.providers[utility],
  }));
  await stream.append([
    { type: 'ApplicationSubmitted', applicantId, form, services, catalog, submittedAt: input.submittedAt },
  ]);
  // The district's zone register decides the site's risk; the window sees it and may override it.
  site.registerRisk = await reads().classifySite({ coordinates: form.site.coordinates });
  await stream.append([{ type: 'SiteClassified', ...site.registerRisk, at: now() }]);
  const missing = (['acceptance', ...(state.jointSurvey ? ['survey-scheduling'] : [])] as JointStage[]).filter(
    (stage) => !findLimit(catalog, 'joint', '*', stage),
  );
  if (missing.length)
    return fail('catalog_incomplete', `catalog v${catalog.version} has no window limit for ${missing.join(', ')}`);
  function windowClock(stage: JointStage): StageClock {
    const limit = findLimit(catalog, 'joint', '*', stage)!.limit;
    return new StageClock(stream, { track: 'joint', stage, party: { kind: 'window' }, limit });
  }

  // 1. One-window acceptance: the clock started at submission (the acceptance stage is the
  // window's from the moment the form arrives, whenever a worker first runs this code).
  clocks.acceptance = windowClock('acceptance');
  await clocks.acceptance.start(Date.parse(input.submittedAt));
  ready = true;
  await condition(() => !['submitted', 'supplement-requested'].includes(state.phase));
  if (state.phase !== 'accepted') return finish();

  // 2. The window's clock for the joint survey, then every requested utility at once.
  if (state.jointSurvey) {
    clocks.scheduling = windowClock('survey-scheduling');
    await clocks.scheduling.start();
  }
  const lowRiskZone = state.siteRisk?.lowRisk === true;
  /** Children that have closed: the application finishes only after each of its connections has. */
  const closed = new Set<Utility>();
  const report = (utility: Utility, progress: 'done' | 'withdrawn' | 'failed') => {
    closed.add(utility);
    state = evolveJoint(state, { type: 'ConnectionReported', utility, progress });
  };
  for (const service of services) {
    if (phase() === 'withdrawn') {
      // Withdrawn while the others were being started: this one never starts.
      report(service.utility, 'withdrawn');
      continue;
    }
    // By name: the child's workflow type is `utilityConnection`, which dispatches by release.
    const handle = await startChild<typeof utilityConnectionV02>('utilityConnection', {
      workflowId: connectionWorkflowId(applicationId, service.utility),
      args: [
        {
          applicationId,
          applicantId,
          utility: service.utility,
          category: service.category,
          providerId: service.provider.id,
          lowRiskZone,
          catalogVersion: catalog.version,
          catalog,
          release: RELEASE,
          surveyStartsAt: state.jointSurvey ? 'appointment' : 'dispatch',
        },
      ],
    });
    children.set(service.utility, handle);
    void handle.result().then(
      (result) => report(result.utility, result.outcome === 'connected' ? 'done' : 'withdrawn'),
      () => report(service.utility, 'failed'),
    );
  }
  if (phase() === 'withdrawn') {
    // A withdrawal that came while children were starting reaches the ones it could not see.
    const withdrawal = withdrawnBy!;
    await signalOpen(withdrawConnectionSignal, { reason: withdrawal.reason, at: withdrawal.at });
  } else {
    const dispatched: JointEvent = { type: 'ServicesDispatched', utilities, at: now() };
    state = evolveJoint(state, dispatched);
    await stream.append([dispatched]);
  }

  // 3. Wait for every connection to finish (connected, withdrawn or failed) and close.
  await condition(() => closed.size === utilities.length && allConnectionsFinished(state));
  await clocks.scheduling?.cancel();
  const failed = utilities.filter((u) => state.connections[u] === 'failed');
  if (phase() === 'withdrawn') return finish();
  if (failed.length) return fail('connection_failed', `the ${failed.join(', ')} connection failed`, failed);
  const completed: JointEvent = { type: 'ApplicationCompleted', at: now() };
  state = evolveJoint(state, completed);
  await stream.append([completed]);

  // 4. The rating stays open for its window.
  if (!(await condition(() => state.rated, RATING_WINDOW))) {
    const closed: JointEvent = { type: 'RatingClosed', at: now() };
    state = evolveJoint(state, closed);
    await stream.append([closed]);
  } else state = evolveJoint(state, { type: 'RatingClosed', at: now() });
  return finish();

  async function finish(): Promise<ApplicationStatus> {
    await condition(allHandlersFinished);
    return current();
  }

  /** Records why the process cannot go on, so admins see it, then fails without retrying. */
  async function fail(code: string, message: string, failedUtilities: Utility[] = []): Promise<never> {
    const event: JointEvent = { type: 'ProcessFailed', at: now(), code, message, utilities: failedUtilities };
    state = evolveJoint(state, event);
    await stream.append([event]);
    await condition(allHandlersFinished);
    throw ApplicationFailure.create({ type: code, message, nonRetryable: true });
  }
}
