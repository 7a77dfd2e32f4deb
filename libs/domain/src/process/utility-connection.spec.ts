import {
  decidePermit,
  decideStaffAction,
  evolveConnection,
  initialConnectionState,
  type ConnectionEvent,
  type ConnectionState,
  type Plan,
  type StaffAction,
} from './utility-connection';

const given = (...events: ConnectionEvent[]): ConnectionState =>
  events.reduce(evolveConnection, initialConnectionState());
const when = (state: ConnectionState, action: StaffAction, lowRisk = false) =>
  decideStaffAction(state, action, lowRisk);

const plan = (overrides: Partial<Plan> = {}): Plan => ({
  description: 'New 400 V service from the Moyu Road substation',
  quote: [
    { item: 'Cable from substation to red line', amountFen: 0, outsideRedLine: true },
    { item: 'Meter cabinet inside the site', amountFen: 120_000, outsideRedLine: false },
  ],
  needsExternalWorks: true,
  needsExcavation: true,
  ...overrides,
});

describe('a utility connection', () => {
  it('goes survey → plan → construction → connection → done', () => {
    let state = given();
    for (const action of [
      { action: 'record-survey', findings: 'Site ready' },
      { action: 'submit-plan', plan: plan({ needsExcavation: false }) },
      { action: 'complete-construction' },
      { action: 'complete-connection', accountId: 'SG-0001' },
    ] as StaffAction[]) {
      const decision = when(state, action);
      if (!decision.ok) throw new Error(decision.refusal.message);
      state = decision.events.reduce(evolveConnection, state);
    }
    expect(state).toMatchObject({ phase: 'done', accountId: 'SG-0001' });
  });

  it('skips construction when the plan needs no external works', () => {
    const state = given(
      { type: 'SurveyRecorded', findings: '' },
      { type: 'PlanSubmitted', plan: plan({ needsExternalWorks: false, needsExcavation: false }), applicantPaysFen: 0 },
    );
    expect(state.phase).toBe('connection');
  });

  it('refuses a plan charging for work outside the red line, naming the line', () => {
    const quote = [{ item: 'Trench on Moyu Road', amountFen: 50_000, outsideRedLine: true }];
    const decision = when(given({ type: 'SurveyRecorded', findings: '' }), {
      action: 'submit-plan',
      plan: plan({ quote }),
    });
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.refusal.code).toBe('zero_burden');
    expect(decision.refusal.details).toEqual([
      {
        path: 'plan.quote.0.amountFen',
        rule: 'zero_burden',
        message: '"Trench on Moyu Road" is outside the red line and must cost the applicant nothing, not ¥500.00',
      },
    ]);
  });

  it('refuses an action of another stage and says what is allowed now', () => {
    const decision = when(given(), { action: 'complete-connection', accountId: 'X' });
    expect(!decision.ok && decision.refusal).toMatchObject({
      code: 'wrong_stage',
      details: [{ path: 'action', rule: 'wrong_stage', message: 'allowed now: record-survey' }],
    });
  });

  it('needs both agencies to approve the road permit before construction can finish', () => {
    let state = given(
      { type: 'SurveyRecorded', findings: '' },
      { type: 'PlanSubmitted', plan: plan(), applicantPaysFen: 120_000 },
    );
    expect(!when(state, { action: 'complete-construction' }).ok).toBe(true);
    const applied = when(state, { action: 'apply-road-permit', route: 'Moyu Road, 80 m', lengthM: 80 }, true);
    expect(applied.ok && applied.events).toEqual([
      { type: 'RoadPermitApplied', route: 'Moyu Road, 80 m', lengthM: 80, fastTrack: true },
    ]);
    state = applied.ok ? applied.events.reduce(evolveConnection, state) : state;

    const road = decidePermit(state, { agency: 'road-authority', decision: 'approve' });
    expect(road.ok && road.events.map((e) => e.type)).toEqual(['RoadPermitDecided']);
    state = road.ok ? road.events.reduce(evolveConnection, state) : state;
    expect(decidePermit(state, { agency: 'road-authority', decision: 'approve' }).ok).toBe(false);

    const police = decidePermit(state, { agency: 'traffic-police', decision: 'approve' });
    expect(police.ok && police.events.map((e) => e.type)).toEqual(['RoadPermitDecided', 'RoadPermitGranted']);
    state = police.ok ? police.events.reduce(evolveConnection, state) : state;
    expect(when(state, { action: 'complete-construction' }).ok).toBe(true);
  });

  it('lets the provider apply again after a refusal', () => {
    const state = given(
      { type: 'SurveyRecorded', findings: '' },
      { type: 'PlanSubmitted', plan: plan(), applicantPaysFen: 0 },
      { type: 'RoadPermitApplied', route: 'r', lengthM: 1, fastTrack: false },
      {
        type: 'RoadPermitDecided',
        agency: 'traffic-police',
        decision: 'reject',
        reason: 'rush hour',
        automatic: false,
      },
      { type: 'RoadPermitRefused', agency: 'traffic-police', reason: 'rush hour' },
    );
    expect(when(state, { action: 'apply-road-permit', route: 'night works', lengthM: 1 }).ok).toBe(true);
  });
});
