// Updates, signals and queries of Lianbao's workflows, shared by workflow code and the API.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ApplicationFormInput } from '../libs/domain/src/form/application-form';
import type { Utility } from '../libs/domain/src/form/utilities';
import type { ApplicantText } from '../libs/domain/src/form/sealed-fields';
import type { PermitDecision, StaffAction, ConnectionPhase } from '../libs/domain/src/process/utility-connection';

export type { Actor } from '../libs/domain/src/process/joint-application';
import type { Actor, ConnectionProgress, JointPhase } from '../libs/domain/src/process/joint-application';

/**
 * The release whose workflow code a new execution runs. The application workflow checks
 * `patched(RELEASE)` on its first line (its one marker: each marker also writes a search
 * attribute); executions recorded before it replay on the frozen code of their release in
 * workflows/releases/. A connection runs the release its parent names in its input, which is in
 * history already, so it needs no marker. See README "Versioning running workflows".
 */
export const RELEASE = 'lianbao-0.3';
/** Release 0.2's marker: its executions, and the admin workflows that have carried it since. */
export const RELEASE_0_2 = 'lianbao-0.2';
/**
 * Fewer round trips (0.2 executions recorded before these markers replay without them): the
 * pinned catalog and the zone register are read by local activities inside the workflow task, and appends made before the previous one is sent go out as one.
 */
export const LOCAL_READS = 'lianbao-0.2.1-local-reads';
export const COALESCED_APPENDS = 'lianbao-0.2.1-coalesced-appends';

export interface JointApplicationInput {
  applicationId: string;
  applicantId: string;
  form: ApplicationFormInput;
  submittedAt: string;
}

export interface UtilityConnectionInput {
  applicationId: string;
  applicantId: string;
  utility: Utility;
  category: string;
  providerId: string;
  lowRiskZone: boolean;
  catalogVersion: number;
  /** The pinned catalog (from 0.3: only this utility's and the agencies' part), so the child needs no lookups. */
  catalog: import('../libs/domain/src/catalog/catalog').Catalog;
  /** Set by parents of release 0.2 and later; a child without it runs release 0.1's code. */
  release?: typeof RELEASE | typeof RELEASE_0_2;
  /** From 0.3: the admin-loaded calendar years pinned at submission (the official years are in the code). */
  calendarYears?: import('../libs/domain/src/calendar/working-calendar').CalendarYear[];
  /** The provider's clocks start at the joint survey appointment, or at dispatch when there is none. */
  surveyStartsAt?: 'appointment' | 'dispatch';
}

/** The outcome of one connection, as its child workflow returns it. */
export interface ConnectionResult {
  utility: Utility;
  outcome: 'connected' | 'withdrawn';
  accountId?: string;
}

export type { WindowAction } from '../libs/domain/src/process/joint-application';
import type { WindowAction } from '../libs/domain/src/process/joint-application';

export interface ApplicationStatus {
  status: JointPhase;
  utilities: Utility[];
}

export interface ConnectionStatus {
  phase: ConnectionPhase;
  allowedActions: StaffAction['action'][];
  permit?: string;
}

export const windowActionUpdate = defineUpdate<ApplicationStatus, [Actor, WindowAction]>('windowAction');
export const supplySupplementUpdate = defineUpdate<ApplicationStatus, [Actor, { note: ApplicantText }]>(
  'supplySupplement',
);
export const withdrawUpdate = defineUpdate<ApplicationStatus, [Actor, { reason: ApplicantText }]>('withdraw');
export const rateUpdate = defineUpdate<ApplicationStatus, [Actor, { score: number; comment?: ApplicantText }]>('rate');
export const applicationStatusQuery = defineQuery<ApplicationStatus>('applicationStatus');
/**
 * Release 0.3: the submission's own Update, sent with the workflow's start (Update-with-Start).
 * It answers once the application is recorded, saying whether this request created it and
 * whether it carried the first request's body (a keyed retry with another body is a conflict).
 */
export const submitUpdate = defineUpdate<{ created: boolean; sameBody: boolean }, [{ bodyHash?: string }]>('submit');

export const staffActionUpdate = defineUpdate<ConnectionStatus, [Actor, StaffAction]>('staffAction');
export const permitDecisionUpdate = defineUpdate<ConnectionStatus, [Actor, PermitDecision]>('permitDecision');
export const withdrawConnectionSignal = defineSignal<[{ reason: ApplicantText; at: string }]>('withdrawConnection');
/** The applicant owes time (e.g. missed the joint survey): stop the provider's clocks, or restart them. */
export const applicantDelaySignal = defineSignal<[{ delayed: boolean; reason: string }]>('applicantDelay');
/**
 * An admin waived the breach of this stage: no further compensation accrues for it (release 0.1
 * connections; later ones take the reviewBreach Update). Who decided, and why, travel with it.
 */
export const waiveBreachSignal = defineSignal<[{ stage: string; by?: string; reason?: string }]>('waiveBreach');
/** The window set (or moved) the joint survey: the provider's clocks start at this appointment. */
export const jointSurveySignal = defineSignal<[{ appointmentAt: string }]>('jointSurvey');
/** A child tells its application where it stands (the window's missed-survey rule needs it). */
export const connectionProgressSignal =
  defineSignal<[{ utility: Utility; progress: ConnectionProgress }]>('connectionProgress');
/**
 * An admin loaded a calendar year: clocks counted past the known calendar recompute their
 * deadlines. From 0.3 the year travels with the signal (clocks count in workflow code).
 */
export const recalculateDeadlinesSignal =
  defineSignal<[{ reason: string; years?: import('../libs/domain/src/calendar/working-calendar').CalendarYear[] }]>(
    'recalculateDeadlines',
  );
export interface BreachReview {
  stage: string;
  decision: 'uphold' | 'waive';
  reason: string;
}
/** An admin's review of a breach of this connection, decided where the accruals happen. */
export const reviewBreachUpdate = defineUpdate<{ waivedUnits: number[]; waivedFen: number }, [Actor, BreachReview]>(
  'reviewBreach',
);
export const connectionStatusQuery = defineQuery<ConnectionStatus>('connectionStatus');

/** Workflow ids are business ids: one application, one workflow, found without a lookup. */
export const applicationWorkflowId = (applicationId: string) => `application-${applicationId}`;
export const connectionWorkflowId = (applicationId: string, utility: Utility) =>
  `application-${applicationId}-${utility}`;

// ---- After connection (issue 11) ---------------------------------------------------------------
import type { InterruptionArea, LapseKind } from '../libs/domain/src/service/events';
import type { SupplyQuantity } from '../libs/domain/src/service/service-terms';

export interface InterruptionInput {
  interruptionId: string;
  /** The provider's own incident number: the same report sent again is the same interruption. */
  reference: string;
  utility: Utility;
  providerId: string;
  kind: LapseKind;
  planned: boolean;
  noticedAt: string | null;
  plannedEndAt: string | null;
  startedAt: string;
  endedAt: string | null;
  arrivedAt: string | null;
  area: InterruptionArea;
  measured: { quantity: SupplyQuantity; value: number } | null;
  cause: string;
  actor: Actor;
  reportedAt: string;
  /** The report's fingerprint: the same reference with another body is refused (absent before 0.3). */
  fingerprint?: string;
}

export interface InterruptionStatus {
  status: 'open' | 'restored' | 'closed';
  endedAt: string | null;
  arrivedAt: string | null;
  breached: string[];
  compensationFen: number;
}

export const interruptionWorkflowId = (interruptionId: string) => `interruption-${interruptionId}`;
/** Supply is back (or a correction of when it came back): compensation is recomputed, the difference booked. */
export const reportRestorationUpdate = defineUpdate<InterruptionStatus, [Actor, { endedAt: string }]>(
  'reportRestoration',
);
export const reportArrivalUpdate = defineUpdate<InterruptionStatus, [Actor, { arrivedAt: string }]>('reportArrival');
export const interruptionStatusQuery = defineQuery<InterruptionStatus>('interruptionStatus');
