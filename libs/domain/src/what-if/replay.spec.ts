import { buildCalendar } from '../calendar/official-calendar';
import type { Catalog } from '../catalog/catalog';
import type { ClockEvent } from '../explanation/stage-explanation';
import { seedCatalog } from '../../../../seeds/catalog.seed';
import { compareOutcomes, recordedOutcomes, replayApplication, type RecordedApplication } from './replay';

const calendar = buildCalendar();
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const current = {
  ...seedCatalog,
  version: 1,
  effectiveFrom: at('2026-01-01T00:00:00'),
  publishedAt: at('2026-01-01T00:00:00'),
} as Catalog;
/** The draft: power's low-voltage limits halved (rounded up: a limit is whole working days). */
const draft: Catalog = {
  ...current,
  version: 2,
  limits: current.limits.map((l) =>
    l.scope === 'power' && l.category === 'low-voltage-non-residential'
      ? { ...l, limit: { ...l.limit, amount: Math.ceil(l.limit.amount / 2) } }
      : l,
  ),
};
const party = { kind: 'provider', id: 'state-grid-jiading' };

/** A power clock as the live workflow records it: started, maybe breached and paid, completed. */
function clock(
  stage: string,
  amount: number,
  startedAt: string,
  dueAt: string,
  doneAt: string,
  paid: [when: string, fen: number, ruleFen?: number, lateDay?: string][] = [],
): ClockEvent[] {
  const ids = { applicationId: 'x', track: 'power', stage };
  return [
    {
      type: 'StageStarted',
      ...ids,
      party,
      limit: { amount, unit: 'workingDays' },
      startedAt: at(startedAt),
      dueAt: at(dueAt),
      compensable: true,
    },
    ...(paid.length ? [{ type: 'SlaBreached', ...ids, party, dueAt: at(dueAt), at: at(dueAt) }] : []),
    ...paid.map(([when, fen, ruleFen, lateDay], unit) => ({
      type: 'CompensationAccrued',
      ...ids,
      unit,
      amountFen: fen,
      ruleFen: ruleFen ?? fen,
      ...(lateDay ? { lateDay } : {}),
      at: at(when),
      providerId: party.id,
    })),
    { type: 'StageCompleted', ...ids, at: at(doneAt), late: paid.length > 0 },
  ];
}

const services = [{ utility: 'power' as const, category: 'low-voltage-non-residential', providerId: party.id }];
// A: the survey (1 working day from Mon 2 Mar 10:00, due at the end of Tue 3 Mar) done Wed 4 Mar
// 15:00, late: ¥100 at once. Connected Mon 9 Mar 12:00, within its 6-working-day total (due the
// end of Tue 10 Mar).
const a: RecordedApplication = {
  applicationId: 'a',
  services,
  clocks: {
    'power/survey': clock('survey', 1, '2026-03-02T10:00:00', '2026-03-04T00:00:00', '2026-03-04T15:00:00', [
      ['2026-03-04T00:00:00', 10_000],
    ]),
    'power/total': clock('total', 6, '2026-03-02T10:00:00', '2026-03-11T00:00:00', '2026-03-09T12:00:00'),
  },
};
// B: everything on time, connected Tue 3 Mar: on time under either catalog.
const b: RecordedApplication = {
  applicationId: 'b',
  services,
  clocks: {
    'power/survey': clock('survey', 1, '2026-03-02T10:00:00', '2026-03-04T00:00:00', '2026-03-03T09:00:00'),
    'power/total': clock('total', 6, '2026-03-02T10:00:00', '2026-03-11T00:00:00', '2026-03-03T18:00:00'),
  },
};

describe('what-if: a draft catalog replayed over recorded clocks', () => {
  const until = new Date(at('2026-04-01T00:00:00'));

  it('with the catalog they were recorded under, reproduces the recorded breaches and amounts exactly', () => {
    for (const app of [a, b]) {
      const replayed = replayApplication(app, current, calendar, until);
      const recorded = recordedOutcomes(app);
      expect(replayed.map((o) => [o.stage, o.breached, o.fen])).toEqual(
        recorded.map((o) => [o.stage, o.breached, o.fen]),
      );
    }
  });

  it('with power halved, reports the extra breach and amount a hand computation gives', () => {
    // By hand, A's total under 3 working days: due at the end of Thu 5 Mar; connected Mon 9 Mar
    // 12:00 → late: ¥300 at once, ¥100 for Fri 6 Mar; Mon 9 Mar ends after the connection. ¥400.
    // The survey stays 1 working day (half of 1, rounded up): unchanged. B is on time either way.
    const now = [a, b].flatMap((app) => replayApplication(app, current, calendar, until));
    const then = [a, b].flatMap((app) => replayApplication(app, draft, calendar, until));
    const { rows, changed } = compareOutcomes(now, then);
    expect(rows).toEqual([
      {
        utility: 'power',
        providerId: 'state-grid-jiading',
        stage: 'survey',
        current: { breaches: 1, fen: 10_000 },
        draft: { breaches: 1, fen: 10_000 },
        difference: { breaches: 0, fen: 0 },
      },
      {
        utility: 'power',
        providerId: 'state-grid-jiading',
        stage: 'total',
        current: { breaches: 0, fen: 0 },
        draft: { breaches: 1, fen: 40_000 },
        difference: { breaches: 1, fen: 40_000 },
      },
    ]);
    expect(changed).toEqual([
      {
        current: expect.objectContaining({ applicationId: 'a', stage: 'total', breached: false, fen: 0 }),
        draft: expect.objectContaining({
          applicationId: 'a',
          stage: 'total',
          breached: true,
          fen: 40_000,
          dueAt: at('2026-03-06T00:00:00'),
        }),
      },
    ]);
  });

  it('a late day already paid by the survey is not paid again by the total (pay once)', () => {
    // C: the survey done only Fri 6 Mar 18:00 (late Wed 4 and Thu 5: ¥100 + ¥50 + ¥50); under the
    // draft the total is late from the end of Thu 5 Mar too: its ¥100 for Fri 6 Mar is its own
    // day (the survey closed before that day ended), its ¥300 is a fixed sum, not a day.
    const c: RecordedApplication = {
      applicationId: 'c',
      services,
      clocks: {
        'power/survey': clock('survey', 1, '2026-03-02T10:00:00', '2026-03-04T00:00:00', '2026-03-06T18:00:00', [
          ['2026-03-04T00:00:00', 10_000],
          ['2026-03-05T00:00:00', 5_000],
          ['2026-03-06T00:00:00', 5_000],
        ]),
        'power/total': clock('total', 6, '2026-03-02T10:00:00', '2026-03-11T00:00:00', '2026-03-09T12:00:00'),
      },
    };
    expect(replayApplication(c, current, calendar, until).map((o) => o.fen)).toEqual([20_000, 0]);
    const then = replayApplication(c, draft, calendar, until);
    expect(then.map((o) => [o.stage, o.breached, o.fen])).toEqual([
      ['survey', true, 20_000],
      ['total', true, 40_000],
    ]);
  });

  it('two clocks late the same day at the same instant: the day goes to the one the recording shows booked it in full', () => {
    // The plan (1 working day from Mon 9 Mar 10:00) and the total (6 from Mon 2 Mar 10:00) are both
    // due at the end of Tue 10 Mar, and both still open at the end of Wed 11 Mar: their unit-1
    // accruals fall at the same instant. The live workflow's timers fired the plan's first: it booked
    // ¥50 in full, the total only its ¥50 top-up to ¥100. Listed total first, with equal instants.
    const d: RecordedApplication = {
      applicationId: 'd',
      services,
      clocks: {
        'power/total': clock('total', 6, '2026-03-02T10:00:00', '2026-03-11T00:00:00', '2026-03-12T15:00:00', [
          ['2026-03-11T00:00:00', 30_000],
          ['2026-03-12T00:00:00', 5_000, 10_000, '2026-03-11'],
        ]),
        'power/plan': clock('plan', 1, '2026-03-09T10:00:00', '2026-03-11T00:00:00', '2026-03-12T12:00:00', [
          ['2026-03-11T00:00:00', 10_000],
          ['2026-03-12T00:00:00', 5_000, 5_000, '2026-03-11'],
        ]),
      },
    };
    const recorded = recordedOutcomes(d).map((o) => [o.stage, o.fen]);
    expect(recorded).toEqual([
      ['total', 35_000],
      ['plan', 15_000],
    ]);
    expect(replayApplication(d, current, calendar, until).map((o) => [o.stage, o.fen])).toEqual(recorded);
  });
});
