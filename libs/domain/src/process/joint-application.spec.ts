import {
  decideJoint,
  evolveJoint,
  initialJointState,
  type ConnectionReport,
  type JointCommand,
  type JointContext,
  type JointEvent,
  type JointState,
} from './joint-application';

const window = { sub: 'clerk-1', role: 'window' as const };
const applicant = { sub: 'firm-1', role: 'applicant' as const };
const NOW = '2026-12-01T10:00:00+08:00';

const given = (...events: (JointEvent | ConnectionReport)[]): JointState =>
  events.reduce(evolveJoint, initialJointState('firm-1', ['power', 'water']));
const when = (state: JointState, command: JointCommand, ctx: Partial<JointContext> = {}) =>
  decideJoint(state, command, { actor: window, now: NOW, ...ctx });
const act = (action: Record<string, unknown>) => ({ kind: 'window-action', action }) as JointCommand;
const events = (decision: ReturnType<typeof when>) => {
  if (!decision.ok) throw new Error(decision.refusal.message);
  return decision.events;
};
const refusal = (decision: ReturnType<typeof when>) => {
  if (decision.ok) throw new Error(`expected a refusal, got ${JSON.stringify(decision.events)}`);
  return decision.refusal;
};

const accepted: JointEvent = { type: 'ApplicationAccepted', at: NOW, by: 'clerk-1' };
const dispatched: JointEvent = { type: 'ServicesDispatched', utilities: ['power', 'water'], at: NOW };
const scheduled = (appointmentAt: string): JointEvent => ({
  type: 'JointSurveyScheduled',
  appointmentAt,
  at: NOW,
  by: 'clerk-1',
});

describe('the joint application decider', () => {
  it('accepts once: after an accept, a second accept or a reject is refused (the race two clerks had)', () => {
    const first = events(when(given(), act({ action: 'accept' })));
    expect(first).toEqual([
      { type: 'ApplicationAccepted', at: NOW, by: 'clerk-1', siteRisk: { lowRisk: false, source: 'register' } },
    ]);
    const after = first.reduce(evolveJoint, given());
    expect(refusal(when(after, act({ action: 'accept' }))).code).toBe('wrong_stage');
    expect(refusal(when(after, act({ action: 'reject', reason: 'x' }))).code).toBe('wrong_stage');
  });

  it('takes the zone register’s answer at acceptance, or the window’s override with its reason', () => {
    const registerRisk = { lowRisk: true, source: 'register' as const, zoneId: 'anting-industrial' };
    expect(events(when(given(), act({ action: 'accept' }), { registerRisk }))[0]).toMatchObject({
      siteRisk: registerRisk,
    });
    const override = events(
      when(given(), act({ action: 'accept', siteRisk: { lowRisk: false, reason: 'trench crosses a school gate' } }), {
        registerRisk,
      }),
    );
    expect(override[0]).toMatchObject({
      siteRisk: {
        lowRisk: false,
        source: 'window',
        reason: 'trench crosses a school gate',
        zoneId: 'anting-industrial',
      },
    });
  });

  it('lets only the window decide, and only the applicant supply, withdraw and rate', () => {
    expect(refusal(when(given(), act({ action: 'accept' }), { actor: applicant })).code).toBe('not_allowed');
    expect(refusal(when(given(), { kind: 'withdraw', reason: 'x' })).code).toBe('not_allowed');
    expect(
      refusal(when(given(), { kind: 'withdraw', reason: 'x' }, { actor: { ...applicant, sub: 'firm-2' } })).code,
    ).toBe('not_allowed');
  });

  it('pauses for a supplement and takes it once', () => {
    const requested = given({ type: 'SupplementRequested', items: ['licence'], message: '', at: NOW, by: 'clerk-1' });
    expect(refusal(when(requested, act({ action: 'accept' }))).code).toBe('wrong_stage');
    expect(events(when(requested, { kind: 'supplement', note: 'attached' }, { actor: applicant }))).toEqual([
      { type: 'SupplementProvided', note: 'attached', at: NOW },
    ]);
    expect(refusal(when(given(), { kind: 'supplement', note: 'x' }, { actor: applicant })).code).toBe('wrong_stage');
  });

  it('schedules the joint survey in the future and within the window’s own limit', () => {
    const state = given(accepted, dispatched);
    const dueAt = '2026-12-04T00:00:00+08:00';
    expect(
      refusal(
        when(state, act({ action: 'schedule-joint-survey', appointmentAt: '2026-11-30T09:00:00+08:00' }), {
          surveyDueAt: dueAt,
        }),
      ).details,
    ).toEqual([{ path: 'appointmentAt', rule: 'in_the_past', message: `must be later than now (${NOW})` }]);
    expect(
      refusal(
        when(state, act({ action: 'schedule-joint-survey', appointmentAt: '2026-12-10T09:00:00+08:00' }), {
          surveyDueAt: dueAt,
        }),
      ).details[0],
    ).toMatchObject({ path: 'appointmentAt', rule: 'beyond_window_limit' });
    const ok = events(
      when(state, act({ action: 'schedule-joint-survey', appointmentAt: '2026-12-03T09:30:00+08:00' }), {
        surveyDueAt: dueAt,
      }),
    );
    expect(ok).toEqual([scheduled('2026-12-03T09:30:00+08:00')]);
    // Once set, it is not set again (five identical clicks give one appointment) — only moved at the applicant's request.
    expect(
      refusal(
        when(
          ok.reduce(evolveJoint, state),
          act({ action: 'schedule-joint-survey', appointmentAt: '2026-12-03T09:30:00+08:00' }),
        ),
      ).code,
    ).toBe('wrong_stage');
  });

  it('needs no joint survey for one provider', () => {
    const single = [accepted, dispatched].reduce(evolveJoint, initialJointState('firm-1', ['power']));
    expect(
      refusal(when(single, act({ action: 'schedule-joint-survey', appointmentAt: '2026-12-03T09:30:00+08:00' }))).code,
    ).toBe('wrong_stage');
  });

  it('moves an appointment not yet come at the applicant’s request, beyond the window’s limit', () => {
    const state = given(accepted, dispatched, scheduled('2026-12-03T09:30:00+08:00'));
    const moved = events(
      when(
        state,
        act({ action: 'reschedule-joint-survey', appointmentAt: '2026-12-20T09:30:00+08:00', reason: 'owner abroad' }),
      ),
    );
    expect(moved[0]).toMatchObject({
      type: 'JointSurveyScheduled',
      appointmentAt: '2026-12-20T09:30:00+08:00',
      movedAtApplicantRequest: { reason: 'owner abroad', previousAppointmentAt: '2026-12-03T09:30:00+08:00' },
    });
    const past = given(accepted, dispatched, scheduled('2026-12-01T09:30:00+08:00'));
    expect(
      refusal(
        when(past, act({ action: 'reschedule-joint-survey', appointmentAt: '2026-12-20T09:30:00+08:00', reason: 'x' })),
      ).code,
    ).toBe('wrong_stage');
  });

  it('takes a missed survey only after the appointment and while a provider is still surveying', () => {
    const before = given(accepted, dispatched, scheduled('2026-12-03T09:30:00+08:00'), {
      type: 'ConnectionReported',
      utility: 'power',
      progress: 'survey',
    });
    expect(refusal(when(before, act({ action: 'report-missed-survey', note: 'locked' }))).message).toContain(
      'cannot be missed before then',
    );
    const after = { now: '2026-12-03T11:00:00+08:00' };
    expect(events(when(before, act({ action: 'report-missed-survey', note: 'locked' }), after))[0]).toMatchObject({
      type: 'JointSurveyMissed',
    });
    const surveyed = [
      { type: 'ConnectionReported', utility: 'power', progress: 'plan' },
      { type: 'ConnectionReported', utility: 'water', progress: 'plan' },
    ].reduce((s, e) => evolveJoint(s, e as ConnectionReport), before);
    expect(refusal(when(surveyed, act({ action: 'report-missed-survey', note: 'locked' }), after)).message).toContain(
      'nothing was missed',
    );
  });

  it('withdraws only what is still open, keeping what is connected', () => {
    const state = given(accepted, dispatched, { type: 'ConnectionReported', utility: 'power', progress: 'done' });
    expect(events(when(state, { kind: 'withdraw', reason: 'moving' }, { actor: applicant }))).toEqual([
      { type: 'ApplicationWithdrawn', reason: 'moving', at: NOW, open: ['water'], connected: ['power'] },
    ]);
    const allDone = evolveJoint(state, { type: 'ConnectionReported', utility: 'water', progress: 'done' });
    expect(refusal(when(allDone, { kind: 'withdraw', reason: 'x' }, { actor: applicant })).code).toBe('wrong_stage');
    const withdrawn = evolveJoint(
      state,
      events(when(state, { kind: 'withdraw', reason: 'x' }, { actor: applicant }))[0],
    );
    expect(refusal(when(withdrawn, { kind: 'withdraw', reason: 'again' }, { actor: applicant })).code).toBe(
      'wrong_stage',
    );
  });

  it('rates once, after completion', () => {
    const done = given(accepted, dispatched, { type: 'ApplicationCompleted', at: NOW });
    const rated = events(when(done, { kind: 'rate', score: 5 }, { actor: applicant }));
    expect(rated).toEqual([{ type: 'ServiceRated', score: 5, comment: undefined, at: NOW }]);
    expect(refusal(when(evolveJoint(done, rated[0]), { kind: 'rate', score: 4 }, { actor: applicant })).code).toBe(
      'wrong_stage',
    );
  });
});
