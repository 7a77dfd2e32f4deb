import { z } from 'zod';
import { applicantText, type ApplicantText } from '../form/sealed-fields';
import { DOCUMENT_KINDS, documentRefSchema, type DocumentKind, type DocumentRef } from '../documents/documents';
import type { Utility } from '../form/utilities';
import { accept, refuse, type Decision } from './refusal';

/**
 * The joint application (one form, one window) as a decider: commands from the window and the
 * applicant are decided against the current state into events, or refused with a reason; `evolve`
 * folds events into state. The workflow only routes messages and runs clocks around it.
 *
 *   submitted ⇄ supplement-requested → accepted → in-progress → completed → closed
 *                       ↘ rejected                 ↘ withdrawn (open services stop; connected ones stay)
 */

/** Who acts: the authenticated user as the API saw them. Recorded on the events they cause. */
export interface Actor {
  sub: string;
  role: 'applicant' | 'window' | 'staff' | 'agency' | 'admin';
  provider?: string;
  agency?: string;
}

const isoDateTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO date-time with offset, e.g. 2026-12-03T09:30:00+08:00',
});

/** The district's decision on a site's road-works risk, overriding the zone register with a reason. */
export const siteRiskOverrideSchema = z.object({
  lowRisk: z.boolean(),
  reason: z.string().trim().min(1, 'say why the register is overridden').max(2000),
});

/**
 * Actions on a joint application (the one window's), shared by the API's validation and the
 * workflow's Update validators so both apply the same rules.
 */
export const windowActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), siteRisk: siteRiskOverrideSchema.optional() }),
  z.object({
    action: z.literal('request-supplement'),
    items: z.array(z.string().trim().min(1, 'must not be empty').max(500)).min(1, 'name at least one item').max(50),
    message: z.string().trim().max(2000).default(''),
    /** The documents missing, by kind: the applicant's upload of each clears it. */
    documents: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).optional(),
  }),
  z.object({ action: z.literal('reject'), reason: z.string().trim().min(1, 'a rejection needs a reason').max(2000) }),
  // Nobody from the firm was there: the providers' clocks stop until the new appointment.
  z.object({
    action: z.literal('report-missed-survey'),
    note: z.string().trim().min(1, 'say what happened').max(2000),
  }),
  z.object({ action: z.literal('schedule-joint-survey'), appointmentAt: isoDateTime }),
  // The applicant asked to move the appointment: the wait until the new date is theirs.
  z.object({
    action: z.literal('reschedule-joint-survey'),
    appointmentAt: isoDateTime,
    reason: z.string().trim().min(1, 'say what the applicant asked for').max(2000),
  }),
]);
export type WindowAction = z.input<typeof windowActionSchema>;
type ParsedWindowAction = z.output<typeof windowActionSchema>;

export const supplementSchema = z.object({
  note: z.string().trim().min(1, 'must not be empty').max(4000),
  documents: z.array(documentRefSchema).max(30).optional(),
});
export const withdrawSchema = z.object({ reason: z.string().trim().min(1, 'must not be empty').max(2000) });
export const ratingSchema = z.object({
  score: z.number().int('must be a whole number').min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
  comment: z.string().trim().max(2000).optional(),
});

/**
 * The same three as the workflow receives them: the API seals the applicant's own words with
 * their key before they enter Temporal (it checked them in clear against the schemas above).
 */
export const supplementPayloadSchema = supplementSchema.extend({
  note: applicantText(z.string().trim().min(1, 'must not be empty').max(4000)),
});
export const withdrawPayloadSchema = z.object({
  reason: applicantText(z.string().trim().min(1, 'must not be empty').max(2000)),
});
export const ratingPayloadSchema = ratingSchema.extend({
  comment: applicantText(z.string().trim().max(2000)).optional(),
});

/** How long after completion the applicant may rate the service (满意度评价). */
export const RATING_WINDOW_DAYS = 15;

export type JointPhase =
  | 'submitted'
  | 'supplement-requested'
  | 'accepted'
  | 'rejected'
  | 'in-progress'
  | 'completed'
  | 'withdrawn'
  | 'failed'
  | 'closed';

/** What the application knows of each connection, as its child reports it. */
export type ConnectionProgress =
  'waiting' | 'survey' | 'plan' | 'construction' | 'connection' | 'done' | 'withdrawn' | 'failed';

export interface SiteRisk {
  lowRisk: boolean;
  /** `register`: the district's zone register decided; `window`: the clerk overrode it, with a reason. */
  source: 'register' | 'window';
  zoneId?: string;
  reason?: string;
}

export interface JointState {
  phase: JointPhase;
  applicantId: string;
  utilities: Utility[];
  /** Several providers survey together on one appointment the window sets (联合踏勘). */
  jointSurvey: boolean;
  survey: { status: 'unscheduled' | 'scheduled' | 'missed'; appointmentAt?: string };
  connections: Partial<Record<Utility, ConnectionProgress>>;
  siteRisk?: SiteRisk;
  rated: boolean;
}

export type JointEvent =
  | {
      type: 'SupplementRequested';
      items: string[];
      message: string;
      at: string;
      by: string;
      /** Missing documents by kind (absent when none was named). */
      documents?: DocumentKind[];
    }
  | { type: 'SupplementProvided'; note: ApplicantText; at: string; documents?: DocumentRef[] }
  | { type: 'ApplicationAccepted'; at: string; by: string; siteRisk?: SiteRisk }
  | { type: 'ApplicationRejected'; reason: string; at: string; by: string }
  | {
      type: 'JointSurveyScheduled';
      appointmentAt: string;
      at: string;
      by: string;
      /** Set when the applicant asked to move an appointment already made. */
      movedAtApplicantRequest?: { reason: string; previousAppointmentAt: string };
    }
  | { type: 'JointSurveyMissed'; note: string; at: string; by: string }
  | { type: 'ServicesDispatched'; utilities: Utility[]; at: string }
  | { type: 'ApplicationCompleted'; at: string }
  | { type: 'ApplicationWithdrawn'; reason: ApplicantText; at: string; open: Utility[]; connected: Utility[] }
  | { type: 'ServiceRated'; score: number; comment?: ApplicantText; at: string }
  | { type: 'RatingClosed'; at: string }
  | { type: 'ProcessFailed'; at: string; code: string; message: string; utilities: Utility[] };

/** A child's report of where its connection stands; folded into state, not stored twice. */
export type ConnectionReport = { type: 'ConnectionReported'; utility: Utility; progress: ConnectionProgress };

export type JointCommand =
  | { kind: 'window-action'; action: ParsedWindowAction }
  | { kind: 'supplement'; note: ApplicantText; documents?: DocumentRef[] }
  | { kind: 'withdraw'; reason: ApplicantText }
  | { kind: 'rate'; score: number; comment?: ApplicantText };

export interface JointContext {
  actor: Actor;
  now: string;
  /** The window's deadline for setting the joint survey (its survey-scheduling clock), when running. */
  surveyDueAt?: string;
  /** The zone register's answer for the site, looked up at acceptance. */
  registerRisk?: SiteRisk;
}

export const initialJointState = (applicantId: string, utilities: Utility[]): JointState => ({
  phase: 'submitted',
  applicantId,
  utilities,
  jointSurvey: utilities.length > 1,
  survey: { status: 'unscheduled' },
  connections: Object.fromEntries(utilities.map((u) => [u, 'waiting'])),
  rated: false,
});

const OPEN_PHASES: readonly JointPhase[] = ['submitted', 'supplement-requested', 'accepted', 'in-progress'];
const isFinished = (p: ConnectionProgress | undefined) => p === 'done' || p === 'withdrawn' || p === 'failed';

const wrongStage = (message: string, messageZh: string, allowed?: string) =>
  refuse('wrong_stage', message, messageZh, allowed ? [{ path: 'action', rule: 'wrong_stage', message: allowed }] : []);
const invalid = (path: string, rule: string, message: string) =>
  refuse('invalid', 'The request is not valid.', '请求内容不符合要求', [{ path, rule, message }]);

export function decideJoint(state: JointState, command: JointCommand, ctx: JointContext): Decision<JointEvent> {
  const { actor, now } = ctx;
  if (command.kind === 'window-action') {
    if (actor.role !== 'window')
      return refuse('not_allowed', 'Only the one window acts on acceptance and the joint survey.', '仅综合窗口可操作');
    return decideWindow(state, command.action, ctx);
  }
  if (actor.role !== 'applicant' || actor.sub !== state.applicantId)
    return refuse('not_allowed', 'Only the applicant may do this.', '仅申请人本人可操作');
  switch (command.kind) {
    case 'supplement':
      if (state.phase !== 'supplement-requested') return wrongStage('No supplement has been requested.', '未要求补正');
      return accept({
        type: 'SupplementProvided',
        note: command.note,
        at: now,
        ...(command.documents?.length ? { documents: command.documents } : {}),
      });
    case 'withdraw': {
      if (!OPEN_PHASES.includes(state.phase))
        return wrongStage(`An application that is ${state.phase} cannot be withdrawn.`, '当前状态不能撤回');
      const connected = state.utilities.filter((u) => state.connections[u] === 'done');
      const open = state.utilities.filter((u) => !isFinished(state.connections[u]));
      if (open.length === 0) return wrongStage('Every service is already connected.', '已全部接入，不能撤回');
      return accept({ type: 'ApplicationWithdrawn', reason: command.reason, at: now, open, connected });
    }
    case 'rate':
      if (state.phase !== 'completed' || state.rated)
        return wrongStage('Rating opens once, when every service is connected.', '当前不能评价');
      return accept({ type: 'ServiceRated', score: command.score, comment: command.comment, at: now });
    default: {
      const never: never = command;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}

function decideWindow(state: JointState, action: ParsedWindowAction, ctx: JointContext): Decision<JointEvent> {
  const { actor, now } = ctx;
  const by = actor.sub;
  switch (action.action) {
    case 'accept':
      if (state.phase !== 'submitted')
        return wrongStage(
          `"accept" needs an application waiting for acceptance; it is ${state.phase}.`,
          '当前不在受理环节',
        );
      return accept({
        type: 'ApplicationAccepted',
        at: now,
        by,
        siteRisk: action.siteRisk
          ? {
              lowRisk: action.siteRisk.lowRisk,
              source: 'window',
              reason: action.siteRisk.reason,
              zoneId: ctx.registerRisk?.zoneId,
            }
          : (ctx.registerRisk ?? { lowRisk: false, source: 'register' }),
      });
    case 'reject':
      if (state.phase !== 'submitted' && state.phase !== 'supplement-requested')
        return wrongStage(
          `"reject" needs an application waiting for acceptance; it is ${state.phase}.`,
          '当前不在受理环节',
        );
      return accept({ type: 'ApplicationRejected', reason: action.reason, at: now, by });
    case 'request-supplement':
      if (state.phase !== 'submitted')
        return wrongStage(
          `"request-supplement" needs an application waiting for acceptance; it is ${state.phase}.`,
          '当前不在受理环节',
        );
      return accept({
        type: 'SupplementRequested',
        items: action.items,
        message: action.message,
        at: now,
        by,
        ...(action.documents?.length ? { documents: action.documents } : {}),
      });
    case 'schedule-joint-survey': {
      if (!state.jointSurvey)
        return wrongStage(
          'One provider surveys on its own: there is no joint survey to schedule.',
          '单一报装无需联合踏勘',
        );
      if (state.phase !== 'in-progress' || state.survey.status === 'scheduled')
        return wrongStage(
          `The joint survey is set once after dispatch, and again only after a missed one; the application is ${state.phase}, the survey ${state.survey.status}.`,
          '当前不能安排联合踏勘',
          state.survey.status === 'scheduled' ? 'reschedule-joint-survey (at the applicant’s request)' : undefined,
        );
      const problem = appointmentProblem(action.appointmentAt, now, ctx.surveyDueAt);
      if (problem) return problem;
      return accept({ type: 'JointSurveyScheduled', appointmentAt: action.appointmentAt, at: now, by });
    }
    case 'reschedule-joint-survey': {
      const previous = state.survey.appointmentAt;
      if (
        state.phase !== 'in-progress' ||
        state.survey.status !== 'scheduled' ||
        !previous ||
        Date.parse(previous) <= Date.parse(now)
      )
        return wrongStage(
          'Only an appointment that has not yet come can be moved; a survey the applicant missed is reported instead.',
          '仅可改约尚未到期的踏勘',
        );
      if (Date.parse(action.appointmentAt) === Date.parse(previous))
        return wrongStage(`The joint survey is already set for ${previous}.`, '踏勘时间未变');
      const problem = appointmentProblem(action.appointmentAt, now, undefined);
      if (problem) return problem;
      return accept({
        type: 'JointSurveyScheduled',
        appointmentAt: action.appointmentAt,
        at: now,
        by,
        movedAtApplicantRequest: { reason: action.reason, previousAppointmentAt: previous },
      });
    }
    case 'report-missed-survey': {
      const appointment = state.survey.appointmentAt;
      if (state.phase !== 'in-progress' || state.survey.status !== 'scheduled' || !appointment)
        return wrongStage('Only a scheduled joint survey can be reported missed.', '尚未安排联合踏勘');
      if (Date.parse(now) < Date.parse(appointment))
        return wrongStage(
          `The joint survey is at ${appointment}; it cannot be missed before then.`,
          '踏勘时间未到，不能报告未到场',
        );
      // A provider that has not recorded its survey is still surveying — including one whose
      // clocks have just started and whose word of it has not reached the application yet.
      if (!state.utilities.some((u) => ['waiting', 'survey'].includes(state.connections[u] ?? 'waiting')))
        return wrongStage('Every provider has recorded its survey: nothing was missed.', '各单位均已完成踏勘');
      return accept({ type: 'JointSurveyMissed', note: action.note, at: now, by });
    }
    default: {
      const never: never = action;
      throw new Error(`unknown action ${JSON.stringify(never)}`);
    }
  }
}

/** An appointment is in the future and, when the window sets it, within the window's own limit. */
function appointmentProblem(appointmentAt: string, now: string, dueAt: string | undefined) {
  if (Date.parse(appointmentAt) <= Date.parse(now))
    return invalid('appointmentAt', 'in_the_past', `must be later than now (${now})`);
  if (dueAt && Date.parse(appointmentAt) > Date.parse(dueAt))
    return invalid(
      'appointmentAt',
      'beyond_window_limit',
      `must be no later than ${dueAt}, the window's published limit for the joint survey`,
    );
  return undefined;
}

export function evolveJoint(state: JointState, event: JointEvent | ConnectionReport): JointState {
  switch (event.type) {
    case 'SupplementRequested':
      return { ...state, phase: 'supplement-requested' };
    case 'SupplementProvided':
      return { ...state, phase: 'submitted' };
    case 'ApplicationAccepted':
      return { ...state, phase: 'accepted', siteRisk: event.siteRisk };
    case 'ApplicationRejected':
      return { ...state, phase: 'rejected' };
    case 'ServicesDispatched':
      return { ...state, phase: 'in-progress' };
    case 'JointSurveyScheduled':
      return { ...state, survey: { status: 'scheduled', appointmentAt: event.appointmentAt } };
    case 'JointSurveyMissed':
      return { ...state, survey: { status: 'missed' } };
    case 'ConnectionReported':
      return { ...state, connections: { ...state.connections, [event.utility]: event.progress } };
    case 'ApplicationCompleted':
      return { ...state, phase: 'completed' };
    case 'ApplicationWithdrawn':
      return { ...state, phase: 'withdrawn' };
    case 'ProcessFailed':
      return { ...state, phase: state.phase === 'withdrawn' ? state.phase : 'failed' };
    case 'ServiceRated':
      return { ...state, rated: true };
    case 'RatingClosed':
      return { ...state, phase: 'closed' };
  }
}

/** True once every requested connection has finished, one way or another. */
export const allConnectionsFinished = (state: JointState): boolean =>
  state.utilities.every((u) => isFinished(state.connections[u]));
