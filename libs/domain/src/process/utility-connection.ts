import { z } from 'zod';
import { AGENCIES, type Agency, type UtilityStage } from '../catalog/catalog';
import { accept, refuse, type Decision } from './refusal';
import { zeroBurdenViolations, type QuoteLine } from './zero-burden';
import type { ApplicantText } from '../form/sealed-fields';

/**
 * One utility's connection (one provider), as a decider: staff actions are decided against the
 * current state into events, or refused with a reason; evolve folds the events into state.
 *   survey → plan & quote → [construction (with a road permit when digging)] → connection → done
 */
export type ConnectionPhase = UtilityStage | 'done' | 'withdrawn' | 'failed';

export const quoteLineSchema = z.object({
  item: z.string().trim().min(1, 'must not be empty').max(200),
  amountFen: z.number().int('must be whole fen').min(0, 'must not be negative').max(1_000_000_000),
  outsideRedLine: z.boolean(),
});

export const planSchema = z.object({
  description: z.string().trim().min(1, 'must not be empty').max(4000),
  quote: z.array(quoteLineSchema).max(200),
  needsExternalWorks: z.boolean(),
  needsExcavation: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export const staffActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('record-survey'), findings: z.string().trim().min(1, 'must not be empty').max(4000) }),
  z.object({ action: z.literal('submit-plan'), plan: planSchema }),
  z.object({
    action: z.literal('apply-road-permit'),
    route: z.string().trim().min(1, 'must not be empty').max(1000),
    lengthM: z.number().positive('must be more than 0').max(100_000),
  }),
  z.object({ action: z.literal('complete-construction'), notes: z.string().max(4000).optional() }),
  z.object({
    action: z.literal('complete-connection'),
    accountId: z.string().trim().min(1, 'must not be empty').max(64),
  }),
]);
export type StaffAction = z.infer<typeof staffActionSchema>;

export const permitDecisionSchema = z
  .object({
    agency: z.enum(AGENCIES),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((d) => d.decision === 'approve' || (d.reason && d.reason.length > 0), {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });
export type PermitDecision = z.infer<typeof permitDecisionSchema>;

export type PermitStatus = 'pending' | 'approved' | 'rejected';

export type ConnectionEvent =
  | { type: 'SurveyRecorded'; findings: string }
  | { type: 'PlanSubmitted'; plan: Plan; applicantPaysFen: number }
  | { type: 'RoadPermitApplied'; route: string; lengthM: number; fastTrack: boolean }
  | { type: 'RoadPermitDecided'; agency: Agency; decision: 'approve' | 'reject'; reason?: string; automatic: boolean }
  | { type: 'RoadPermitGranted' }
  | { type: 'RoadPermitRefused'; agency: Agency; reason?: string }
  | { type: 'ConstructionCompleted'; notes?: string }
  | { type: 'ConnectionCompleted'; accountId: string }
  | { type: 'ConnectionWithdrawn'; reason: ApplicantText };

export interface ConnectionState {
  phase: ConnectionPhase;
  plan?: Plan;
  permit?: { status: PermitStatus; decisions: Partial<Record<Agency, 'approve' | 'reject'>> };
  accountId?: string;
}

export const initialConnectionState = (): ConnectionState => ({ phase: 'survey' });

const PHASE_OF: Record<StaffAction['action'], ConnectionPhase> = {
  'record-survey': 'survey',
  'submit-plan': 'plan',
  'apply-road-permit': 'construction',
  'complete-construction': 'construction',
  'complete-connection': 'connection',
};

export function decideStaffAction(
  state: ConnectionState,
  action: StaffAction,
  lowRiskZone: boolean,
): Decision<ConnectionEvent> {
  if (state.phase !== PHASE_OF[action.action])
    return refuse(
      'wrong_stage',
      `"${action.action}" belongs to the ${PHASE_OF[action.action]} stage, but this connection is at "${state.phase}".`,
      `当前环节为"${state.phase}"，不能执行该操作`,
      [{ path: 'action', rule: 'wrong_stage', message: `allowed now: ${allowedActions(state).join(', ') || 'none'}` }],
    );
  switch (action.action) {
    case 'record-survey':
      return accept({ type: 'SurveyRecorded', findings: action.findings });
    case 'submit-plan': {
      const violations = zeroBurdenViolations(action.plan.quote);
      if (violations.length)
        return refuse(
          'zero_burden',
          `The plan breaks the zero-burden rule: ${violations.length} line(s) outside the red line charge the applicant.`,
          '方案违反"零负担"规定：红线外工程不得向申请人收费',
          violations,
        );
      if (action.plan.needsExcavation && !action.plan.needsExternalWorks)
        return refuse('invalid', 'Excavation is external work: set needsExternalWorks too.', '开挖属于外线工程', [
          {
            path: 'plan.needsExternalWorks',
            rule: 'excavation_is_external',
            message: 'must be true when needsExcavation is',
          },
        ]);
      const applicantPaysFen = action.plan.quote.reduce((sum: number, l: QuoteLine) => sum + l.amountFen, 0);
      return accept({ type: 'PlanSubmitted', plan: action.plan, applicantPaysFen });
    }
    case 'apply-road-permit':
      if (!state.plan?.needsExcavation)
        return refuse(
          'not_allowed',
          'The plan needs no excavation, so there is no road permit to apply for.',
          '方案无需开挖，无需申请占掘路许可',
        );
      if (state.permit?.status === 'pending' || state.permit?.status === 'approved')
        return refuse(
          'wrong_stage',
          `The road permit is already ${state.permit.status}.`,
          '占掘路许可已在办理或已批准',
          [{ path: 'action', rule: 'wrong_stage', message: `permit is ${state.permit.status}` }],
        );
      return accept({
        type: 'RoadPermitApplied',
        route: action.route,
        lengthM: action.lengthM,
        fastTrack: lowRiskZone,
      });
    case 'complete-construction':
      if (state.plan?.needsExcavation && state.permit?.status !== 'approved')
        return refuse(
          'permit_required',
          'Construction that digs the road cannot be completed before both agencies approve the road permit.',
          '占掘路许可尚未获批，不能完成施工',
        );
      return accept({ type: 'ConstructionCompleted', notes: action.notes });
    case 'complete-connection':
      return accept({ type: 'ConnectionCompleted', accountId: action.accountId });
  }
}

export function decidePermit(
  state: ConnectionState,
  decision: PermitDecision & { automatic?: boolean },
): Decision<ConnectionEvent> {
  if (state.permit?.status !== 'pending')
    return refuse('wrong_stage', 'No road permit is waiting for a decision.', '没有待审批的占掘路许可');
  if (state.permit.decisions[decision.agency])
    return refuse('wrong_stage', `The ${decision.agency} has already decided this permit.`, '该部门已作出决定');
  const decided: ConnectionEvent = {
    type: 'RoadPermitDecided',
    agency: decision.agency,
    decision: decision.decision,
    reason: decision.reason,
    automatic: decision.automatic ?? false,
  };
  if (decision.decision === 'reject')
    return accept<ConnectionEvent>(decided, {
      type: 'RoadPermitRefused',
      agency: decision.agency,
      reason: decision.reason,
    });
  const others = AGENCIES.filter((a) => a !== decision.agency);
  const allApproved = others.every((a) => state.permit!.decisions[a] === 'approve');
  return allApproved ? accept<ConnectionEvent>(decided, { type: 'RoadPermitGranted' }) : accept(decided);
}

export function evolveConnection(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'SurveyRecorded':
      return { ...state, phase: 'plan' };
    case 'PlanSubmitted':
      return { ...state, plan: event.plan, phase: event.plan.needsExternalWorks ? 'construction' : 'connection' };
    case 'RoadPermitApplied':
      return { ...state, permit: { status: 'pending', decisions: {} } };
    case 'RoadPermitDecided':
      return {
        ...state,
        permit: { ...state.permit!, decisions: { ...state.permit!.decisions, [event.agency]: event.decision } },
      };
    case 'RoadPermitGranted':
      return { ...state, permit: { ...state.permit!, status: 'approved' } };
    case 'RoadPermitRefused':
      return { ...state, permit: { ...state.permit!, status: 'rejected' } };
    case 'ConstructionCompleted':
      return { ...state, phase: 'connection' };
    case 'ConnectionCompleted':
      return { ...state, phase: 'done', accountId: event.accountId };
    case 'ConnectionWithdrawn':
      return { ...state, phase: 'withdrawn' };
  }
}

export function allowedActions(state: ConnectionState): StaffAction['action'][] {
  switch (state.phase) {
    case 'survey':
      return ['record-survey'];
    case 'plan':
      return ['submit-plan'];
    case 'construction': {
      const canApply =
        state.plan?.needsExcavation && state.permit?.status !== 'pending' && state.permit?.status !== 'approved';
      return canApply ? ['apply-road-permit', 'complete-construction'] : ['complete-construction'];
    }
    case 'connection':
      return ['complete-connection'];
    default:
      return [];
  }
}
