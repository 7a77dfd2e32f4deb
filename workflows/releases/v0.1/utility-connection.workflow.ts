import type { ApplicantText } from '../../../libs/domain/src/form/sealed-fields';
import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import {
  AGENCIES,
  findCompensation,
  findLimit,
  permitStage,
  type Agency,
  type UtilityStage,
} from '../../../libs/domain/src/catalog/catalog';
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
} from '../../../libs/domain/src/process/utility-connection';
import type { Party } from '../../../libs/domain/src/process/events';
import { EventStream } from '../../event-stream';
import {
  connectionStatusQuery,
  connectionWorkflowId,
  permitDecisionUpdate,
  staffActionUpdate,
  applicantDelaySignal,
  waiveBreachSignal,
  withdrawConnectionSignal,
  type Actor,
  type ConnectionStatus,
  type UtilityConnectionInput,
} from '../../messages';
import { parsed, refused } from '../../refusals';
import { StageClock } from './stage-clock';

export interface ConnectionResult {
  utility: UtilityConnectionInput['utility'];
  outcome: 'connected' | 'withdrawn';
  accountId?: string;
}

/**
 * Release v0.1 of a utility's connection, frozen for the histories that release recorded. Do not edit.
 *
 * One utility's connection, run by its provider (workflow id application-<id>-<utility>):
 * survey → plan & quote → [construction, with a road permit when digging] → connection.
 */
export async function utilityConnectionV01(input: UtilityConnectionInput): Promise<ConnectionResult> {
  const { applicationId, applicantId, utility, category, providerId, catalog } = input;
  const stream = new EventStream(connectionWorkflowId(applicationId, utility), { applicationId, applicantId });
  const provider: Party = { kind: 'provider', id: providerId };
  let state: ConnectionState = initialConnectionState();
  let withdrawn = false;

  const clockFor = (stage: UtilityStage | 'total') => {
    const limit = findLimit(catalog, utility, category, stage);
    if (!limit) throw new Error(`catalog v${catalog.version} has no ${utility}/${category} limit for ${stage}`);
    const rule = findCompensation(catalog, utility, stage);
    return new StageClock(stream, {
      track: utility,
      stage,
      party: provider,
      limit: limit.limit,
      compensation: rule && { rule, providerId },
    });
  };

  const total = clockFor('total');
  let stageClock = clockFor('survey');
  /** Every provider clock this connection has run, by stage, for waivers. */
  const clocksByStage = new Map<string, StageClock>([
    ['total', total],
    ['survey', stageClock],
  ]);
  const permitClocks = new Map<Agency, StageClock>();

  const status = (): ConnectionStatus => ({
    phase: state.phase,
    allowedActions: allowedActions(state),
    permit: state.permit?.status,
  });

  /** Records decided events, then moves the clocks to match the new state. */
  async function apply(events: ConnectionEvent[], actor: string): Promise<void> {
    const before = state;
    state = events.reduce(evolveConnection, state);
    const at = new Date(Date.now()).toISOString();
    await stream.append(
      events.map((e) => ({ ...e, track: utility, at, by: actor })),
      actor,
    );
    for (const event of events) {
      if (event.type === 'RoadPermitApplied') await openPermit(event.fastTrack);
      if (event.type === 'RoadPermitDecided') await permitClocks.get(event.agency)?.complete();
      if (event.type === 'RoadPermitGranted' || event.type === 'RoadPermitRefused') await closePermit();
    }
    if (state.phase !== before.phase) {
      await stageClock.complete();
      if (state.phase === 'done') await total.complete();
      else if (state.phase !== 'withdrawn') {
        stageClock = clockFor(state.phase as UtilityStage);
        clocksByStage.set(state.phase, stageClock);
        await stageClock.start();
      }
    }
  }

  // While the permit is with the agencies, the provider's clocks stop: the wait is not theirs.
  async function openPermit(fastTrack: boolean): Promise<void> {
    await Promise.all([
      stageClock.pause('road permit with the agencies'),
      total.pause('road permit with the agencies'),
    ]);
    for (const agency of AGENCIES) {
      const limit = findLimit(catalog, agency, fastTrack ? 'fast-track' : '*', 'road-permit');
      if (!limit) throw new Error(`catalog v${catalog.version} has no road-permit limit for ${agency}`);
      const clock: StageClock = new StageClock(stream, {
        track: utility,
        stage: permitStage(agency),
        party: { kind: 'agency', id: agency },
        limit: limit.limit,
        onDue: limit.approveWhenDue ? () => decideAutomatically(agency) : undefined,
      });
      permitClocks.set(agency, clock);
    }
    await Promise.all([...permitClocks.values()].map((c) => c.start()));
  }

  async function closePermit(): Promise<void> {
    await Promise.all([...permitClocks.values()].map((c) => c.cancel()));
    permitClocks.clear();
    await Promise.all([stageClock.resume(), total.resume()]);
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

  let withdrawReason: ApplicantText = '';
  setHandler(withdrawConnectionSignal, ({ reason }) => {
    if (state.phase !== 'done') withdrawn = true;
    withdrawReason = reason;
  });
  setHandler(connectionStatusQuery, status);
  // Time the applicant owes (a missed joint survey) is not the provider's: its clocks stop.
  setHandler(applicantDelaySignal, ({ delayed, reason }) => {
    const clocks = [stageClock, total];
    void Promise.all(clocks.map((c) => (delayed ? c.pause(reason) : c.resume())));
  });
  setHandler(waiveBreachSignal, ({ stage }) => clocksByStage.get(stage)?.waive());

  await total.start();
  await stageClock.start();
  await condition(() => state.phase === 'done' || withdrawn);

  if (withdrawn && state.phase !== 'done') {
    await Promise.all([stageClock.cancel(), total.cancel(), ...[...permitClocks.values()].map((c) => c.cancel())]);
    await apply([{ type: 'ConnectionWithdrawn', reason: withdrawReason }], 'applicant');
    await condition(allHandlersFinished);
    return { utility, outcome: 'withdrawn' };
  }
  // An Update's handler may still be recording the last step: let it finish and answer.
  await condition(allHandlersFinished);
  await Promise.all([stageClock.settled(), total.settled()]);
  return { utility, outcome: 'connected', accountId: state.accountId };
}
