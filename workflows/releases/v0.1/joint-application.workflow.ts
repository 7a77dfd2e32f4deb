import type { ApplicantText } from '../../../libs/domain/src/form/sealed-fields';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  startChild,
  type ChildWorkflowHandle,
} from '@temporalio/workflow';
import type { Activities } from '../../../activities';
import { findLimit, type Catalog, type JointStage } from '../../../libs/domain/src/catalog/catalog';
import {
  requestedUtilities,
  serviceCategory,
  validateApplicationForm,
} from '../../../libs/domain/src/form/application-form';
import type { Utility } from '../../../libs/domain/src/form/utilities';
import {
  RATING_WINDOW_DAYS,
  ratingPayloadSchema,
  supplementPayloadSchema,
  windowActionSchema,
  withdrawPayloadSchema,
} from '../../../libs/domain/src/process/joint-application';
import { EventStream } from '../../event-stream';
import {
  applicantDelaySignal,
  applicationStatusQuery,
  applicationWorkflowId,
  connectionWorkflowId,
  rateUpdate,
  supplySupplementUpdate,
  windowActionUpdate,
  withdrawConnectionSignal,
  withdrawUpdate,
  type Actor,
  type ApplicationStatus,
  type JointApplicationInput,
  type WindowAction,
} from '../../messages';
import { parsed, refused } from '../../refusals';
import { StageClock } from './stage-clock';
import type { ConnectionResult, utilityConnectionV01 } from './utility-connection.workflow';

const { pinCatalog } = proxyActivities<Activities>({ startToCloseTimeout: '10 seconds' });

const RATING_WINDOW = `${RATING_WINDOW_DAYS} days`;

const notAllowed = (message: string, messageZh: string) =>
  refused({ code: 'not_allowed', message, messageZh, details: [] });
const wrongStage = (message: string, messageZh: string) =>
  refused({ code: 'wrong_stage', message, messageZh, details: [] });
const now = () => new Date(Date.now()).toISOString();

/**
 * Release v0.1 of the joint application, frozen: workflows started by that release replay on this
 * code (see workflows/joint-application.workflow.ts, which dispatches on a patch). Do not edit.
 *
 * One joint application (workflow id application-<id>): the one form, one-window acceptance,
 * one child workflow per requested utility in parallel, one joint survey, then a rating.
 */
export async function jointApplicationV01(input: JointApplicationInput): Promise<ApplicationStatus> {
  const { applicationId, applicantId } = input;
  const checked = validateApplicationForm(input.form);
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
  let status: ApplicationStatus['status'] = 'submitted';
  let surveyScheduled = false;
  let withdrawReason: ApplicantText | undefined;
  let rating: { score: number; comment?: ApplicantText } | undefined;
  const children = new Map<Utility, ChildWorkflowHandle<typeof utilityConnectionV01>>();
  const results = new Map<Utility, ConnectionResult>();
  let deciding = false;
  let surveyMissed = false;
  let supplying = false;
  /** The window's clocks, created once the catalog is pinned; handlers registered earlier reach them here. */
  const clocks: { acceptance?: StageClock; scheduling?: StageClock } = {};
  /** Creates a window clock against the pinned catalog (assigned once the catalog is pinned). */
  let windowClock: (stage: JointStage) => StageClock = () => {
    throw new Error('no catalog pinned yet');
  };
  const signalConnections = (delay: { delayed: boolean; reason: string }) =>
    Promise.all(
      [...children.keys()]
        .filter((utility) => !results.has(utility))
        .map((utility) =>
          getExternalWorkflowHandle(connectionWorkflowId(applicationId, utility)).signal(applicantDelaySignal, delay),
        ),
    );
  /** Handlers act only once the application and its first clock are recorded. */
  const ready = () => condition(() => clocks.acceptance?.isStarted === true);

  const current = (): ApplicationStatus => ({ status, utilities });

  setHandler(applicationStatusQuery, current);

  setHandler(
    windowActionUpdate,
    async (actor: Actor, payload: WindowAction) => {
      const action = parsed(windowActionSchema, payload);
      await ready();
      switch (action.action) {
        // Record first, then change state: the main flow reacts to state and must find the events
        // already appended. `deciding` keeps a second decision out meanwhile.
        case 'accept':
          deciding = true;
          await clocks.acceptance!.complete();
          await stream.append([{ type: 'ApplicationAccepted', at: now(), by: actor.sub }], actor.sub);
          status = 'accepted';
          break;
        case 'reject':
          deciding = true;
          await clocks.acceptance!.complete();
          await stream.append(
            [{ type: 'ApplicationRejected', reason: action.reason, at: now(), by: actor.sub }],
            actor.sub,
          );
          status = 'rejected';
          break;
        case 'request-supplement':
          deciding = true;
          await stream.append(
            [{ type: 'SupplementRequested', items: action.items, message: action.message, at: now(), by: actor.sub }],
            actor.sub,
          );
          // The applicant owes the next move: the window's clock stops until they answer.
          await clocks.acceptance!.pause('waiting for the applicant to supplement');
          status = 'supplement-requested';
          deciding = false;
          break;
        case 'schedule-joint-survey':
          surveyScheduled = true;
          await condition(() => clocks.scheduling?.isStarted === true);
          await stream.append(
            [{ type: 'JointSurveyScheduled', appointmentAt: action.appointmentAt, at: now(), by: actor.sub }],
            actor.sub,
          );
          await clocks.scheduling!.complete();
          if (surveyMissed) {
            surveyMissed = false;
            await signalConnections({ delayed: false, reason: 'joint survey rescheduled' });
          }
          break;
        case 'report-missed-survey':
          // The applicant owes this time: every provider's clock stops until the window reschedules.
          surveyScheduled = false;
          surveyMissed = true;
          await stream.append([{ type: 'JointSurveyMissed', note: action.note, at: now(), by: actor.sub }], actor.sub);
          await signalConnections({ delayed: true, reason: 'the applicant missed the joint survey' });
          clocks.scheduling = windowClock('survey-scheduling');
          await clocks.scheduling.start();
          break;
      }
      return current();
    },
    {
      validator: (actor: Actor, payload: WindowAction) => {
        if (actor.role !== 'window')
          notAllowed('Only the one window acts on acceptance and the joint survey.', '仅综合窗口可操作');
        const action = parsed(windowActionSchema, payload);
        if (action.action === 'report-missed-survey') {
          if (status !== 'in-progress' || !surveyScheduled)
            wrongStage('Only a scheduled joint survey can be reported missed.', '尚未安排联合踏勘');
        } else if (action.action === 'schedule-joint-survey') {
          if (!['accepted', 'in-progress'].includes(status) || surveyScheduled)
            wrongStage(
              `The joint survey can be scheduled once, after acceptance; the application is ${status}.`,
              '当前不能安排联合踏勘',
            );
        } else if (status !== 'submitted' || deciding)
          wrongStage(
            `"${action.action}" needs an application waiting for acceptance; it is ${status}.`,
            '当前不在受理环节',
          );
      },
    },
  );

  setHandler(
    supplySupplementUpdate,
    async (actor: Actor, payload) => {
      const { note } = parsed(supplementPayloadSchema, payload);
      await ready();
      supplying = true;
      await stream.append([{ type: 'SupplementProvided', note, at: now() }], actor.sub);
      await clocks.acceptance!.resume();
      status = 'submitted';
      supplying = false;
      return current();
    },
    {
      validator: (actor: Actor, payload) => {
        if (actor.role !== 'applicant' || actor.sub !== applicantId)
          notAllowed('Only the applicant supplies documents.', '仅申请人可补正');
        parsed(supplementPayloadSchema, payload);
        if (status !== 'supplement-requested' || supplying)
          wrongStage('No supplement has been requested.', '未要求补正');
      },
    },
  );

  setHandler(
    withdrawUpdate,
    async (actor: Actor, payload) => {
      withdrawReason = parsed(withdrawPayloadSchema, payload).reason;
      await condition(() => status === 'withdrawn');
      return current();
    },
    {
      validator: (actor: Actor, payload) => {
        if (actor.role !== 'applicant' || actor.sub !== applicantId)
          notAllowed('Only the applicant may withdraw.', '仅申请人可撤回');
        parsed(withdrawPayloadSchema, payload);
        if (
          !['submitted', 'supplement-requested', 'accepted', 'in-progress'].includes(status) ||
          withdrawReason !== undefined
        )
          wrongStage(`An application that is ${status} cannot be withdrawn.`, '当前状态不能撤回');
        if (utilities.every((u) => results.get(u)?.outcome === 'connected'))
          wrongStage('Every service is already connected.', '已全部接入，不能撤回');
      },
    },
  );

  setHandler(
    rateUpdate,
    async (actor: Actor, payload) => {
      rating = parsed(ratingPayloadSchema, payload);
      await stream.append([{ type: 'ServiceRated', ...rating, at: now() }], actor.sub);
      return current();
    },
    {
      validator: (actor: Actor, payload) => {
        if (actor.role !== 'applicant' || actor.sub !== applicantId)
          notAllowed('Only the applicant rates the service.', '仅申请人可评价');
        parsed(ratingPayloadSchema, payload);
        if (status !== 'completed' || rating)
          wrongStage('Rating opens once, when every service is connected.', '当前不能评价');
      },
    },
  );

  // Handlers are registered first (above), so nothing sent early is lost; they wait for this.
  const catalog: Catalog = await pinCatalog({ at: input.submittedAt });
  const services = utilities.map((utility) => ({
    utility,
    category: serviceCategory(form, utility),
    provider: catalog.providers[utility],
  }));
  await stream.append([
    { type: 'ApplicationSubmitted', applicantId, form, services, catalog, submittedAt: input.submittedAt },
  ]);
  windowClock = (stage: JointStage) => {
    const limit = findLimit(catalog, 'joint', '*', stage);
    if (!limit) throw new Error(`catalog v${catalog.version} has no joint limit for ${stage}`);
    return new StageClock(stream, { track: 'joint', stage, party: { kind: 'window' }, limit: limit.limit });
  };
  const acceptance = (clocks.acceptance = windowClock('acceptance'));
  const scheduling = (clocks.scheduling = windowClock('survey-scheduling'));

  // 1. One-window acceptance.
  await acceptance.start();
  await condition(() => status === 'accepted' || status === 'rejected' || withdrawReason !== undefined);
  if (withdrawReason !== undefined) return withdraw();
  if (current().status === 'rejected') {
    await condition(allHandlersFinished);
    return current();
  }

  // 2. The window's clock for setting the joint survey, then every requested utility at once.
  await scheduling.start();
  for (const service of services) {
    // By name: the child's workflow type is `utilityConnection`, which now dispatches by release.
    const handle = await startChild<typeof utilityConnectionV01>('utilityConnection', {
      workflowId: connectionWorkflowId(applicationId, service.utility),
      args: [
        {
          applicationId,
          applicantId,
          utility: service.utility,
          category: service.category,
          providerId: service.provider.id,
          // v0.1 trusted the applicant's checkbox, read from the raw input (the form no longer has it).
          lowRiskZone: (input.form.site as { lowRiskZone?: boolean }).lowRiskZone === true,
          catalogVersion: catalog.version,
          catalog,
        },
      ],
    });
    children.set(service.utility, handle);
    void handle.result().then((result) => results.set(service.utility, result));
  }
  status = 'in-progress';
  await stream.append([{ type: 'ServicesDispatched', utilities, at: now() }]);

  // 4. Wait for every connection (or a withdrawal), then open the rating.
  await condition(() => results.size === utilities.length || withdrawReason !== undefined);
  if (withdrawReason !== undefined && results.size < utilities.length) return withdraw();
  await scheduling.cancel();
  status = 'completed';
  await stream.append([{ type: 'ApplicationCompleted', at: now() }]);
  await condition(() => rating !== undefined, RATING_WINDOW);
  if (!rating) await stream.append([{ type: 'RatingClosed', at: now() }]);
  await condition(allHandlersFinished);
  status = 'closed';
  return current();

  async function withdraw(): Promise<ApplicationStatus> {
    const at = now();
    await Promise.all(
      [...children.keys()].map((utility) =>
        getExternalWorkflowHandle(connectionWorkflowId(applicationId, utility)).signal(withdrawConnectionSignal, {
          reason: withdrawReason!,
          at,
        }),
      ),
    );
    await Promise.all([clocks.acceptance?.cancel(), clocks.scheduling?.cancel()]);
    await condition(() => results.size === children.size);
    status = 'withdrawn';
    await stream.append([{ type: 'ApplicationWithdrawn', reason: withdrawReason!, at: now() }]);
    await condition(allHandlersFinished);
    return current();
  }
}
