// Updates, signals and queries of Lianbao's workflows, shared by workflow code and the API.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ApplicationFormInput } from '../libs/domain/src/form/application-form';
import type { Utility } from '../libs/domain/src/form/utilities';
import type { PermitDecision, StaffAction, ConnectionPhase } from '../libs/domain/src/process/utility-connection';

/** Who acts: the authenticated user as the API saw them. Recorded on the events they cause. */
export interface Actor {
  sub: string;
  role: 'applicant' | 'window' | 'staff' | 'agency' | 'admin';
  provider?: string;
  agency?: string;
}

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
  /** The pinned catalog, so the child needs no lookups. */
  catalog: import('../libs/domain/src/catalog/catalog').Catalog;
}

export type { WindowAction } from '../libs/domain/src/process/joint-application';
import type { WindowAction } from '../libs/domain/src/process/joint-application';

export interface ApplicationStatus {
  status:
    | 'submitted'
    | 'supplement-requested'
    | 'accepted'
    | 'rejected'
    | 'in-progress'
    | 'completed'
    | 'withdrawn'
    | 'closed';
  utilities: Utility[];
}

export interface ConnectionStatus {
  phase: ConnectionPhase;
  allowedActions: StaffAction['action'][];
  permit?: string;
}

export const windowActionUpdate = defineUpdate<ApplicationStatus, [Actor, WindowAction]>('windowAction');
export const supplySupplementUpdate = defineUpdate<ApplicationStatus, [Actor, { note: string }]>('supplySupplement');
export const withdrawUpdate = defineUpdate<ApplicationStatus, [Actor, { reason: string }]>('withdraw');
export const rateUpdate = defineUpdate<ApplicationStatus, [Actor, { score: number; comment?: string }]>('rate');
export const applicationStatusQuery = defineQuery<ApplicationStatus>('applicationStatus');

export const staffActionUpdate = defineUpdate<ConnectionStatus, [Actor, StaffAction]>('staffAction');
export const permitDecisionUpdate = defineUpdate<ConnectionStatus, [Actor, PermitDecision]>('permitDecision');
export const withdrawConnectionSignal = defineSignal<[{ reason: string; at: string }]>('withdrawConnection');
/** The applicant owes time (e.g. missed the joint survey): stop the provider's clocks, or restart them. */
export const applicantDelaySignal = defineSignal<[{ delayed: boolean; reason: string }]>('applicantDelay');
/** An admin waived the breach of this stage: no further compensation accrues for it. */
export const waiveBreachSignal = defineSignal<[{ stage: string }]>('waiveBreach');
export const connectionStatusQuery = defineQuery<ConnectionStatus>('connectionStatus');

/** Workflow ids are business ids: one application, one workflow, found without a lookup. */
export const applicationWorkflowId = (applicationId: string) => `application-${applicationId}`;
export const connectionWorkflowId = (applicationId: string, utility: Utility) =>
  `application-${applicationId}-${utility}`;
