import type { ClockEvent } from '../explanation/stage-explanation';
import type { AffectedAccount } from '../service/events';
import { DEFAULT_SERVICE_TERMS, type ServiceTerms } from '../service/service-terms';
import { recordedInterruptionOutcomes, replayInterruption, type RecordedInterruption } from './replay-interruption';

const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const resident = (accountNo: string): AffectedAccount => ({
  accountNo,
  customerId: `c-${accountNo}`,
  customerType: 'residential',
  tariff: 'single-part',
  energyFenPerKwh: null,
  usage: null,
});
const power = DEFAULT_SERVICE_TERMS.utilities.power;
/** Power's terms changed as a draft would: restoration in 16 h, arrival in 90 min, notice 48 h. */
const draft: ServiceTerms = {
  ...DEFAULT_SERVICE_TERMS,
  utilities: {
    ...DEFAULT_SERVICE_TERMS.utilities,
    power: {
      ...power,
      restorationMinutes: 16 * 60,
      arrivalMinutes: 90,
      notice: { noticeMinutes: 48 * 60, fen: 10_000 },
      interruption: power.interruption.map((r) =>
        r.customerType === 'residential' && r.rule.kind === 'fixed-schedule'
          ? { ...r, rule: { ...r.rule, firstFen: 8_000 } }
          : r,
      ),
    },
  },
};
const until = new Date(at('2026-04-01T00:00:00'));
const ids = { interruptionId: 'i', track: 'power', utility: 'power', providerId: 'state-grid-jiading' };
const reported = (extra: Partial<Record<string, unknown>>): ClockEvent => ({
  type: 'InterruptionReported',
  ...ids,
  kind: 'interruption',
  planned: false,
  noticedAt: null,
  plannedEndAt: null,
  startedAt: at('2026-03-02T08:00:00'),
  accounts: [resident('A1'), resident('A2')],
  catalogVersion: 1,
  ...extra,
});
const booked = (stage: string, accountNo: string, unit: number, amountFen: number, when: string): ClockEvent => ({
  type: 'LapseCompensationBooked',
  ...ids,
  stage,
  accountNo,
  unit,
  amountFen,
  at: at(when),
});

describe('what-if: an interruption replayed under draft service terms', () => {
  // Unplanned, 08:00: the crew reported arriving at 09:00 (due 08:45), supply back at 22:00 (due
  // 20:00), reported at 22:05: both clocks late; 14 h pays each residential account ¥50.
  const unplanned: RecordedInterruption = {
    interruptionId: 'i',
    events: [
      reported({}),
      { type: 'StageStarted', ...ids, stage: 'restoration', limit: { amount: 720, unit: 'minutes' } },
      { type: 'StageStarted', ...ids, stage: 'arrival', limit: { amount: 45, unit: 'minutes' } },
      { type: 'SlaBreached', ...ids, stage: 'arrival', dueAt: at('2026-03-02T08:45:00') },
      { type: 'RepairArrived', ...ids, at: at('2026-03-02T09:00:00'), reportedAt: at('2026-03-02T09:00:00') },
      { type: 'StageCompleted', ...ids, stage: 'arrival', at: at('2026-03-02T09:00:00'), late: true },
      { type: 'SlaBreached', ...ids, stage: 'restoration', dueAt: at('2026-03-02T20:00:00') },
      { type: 'SupplyRestored', ...ids, endedAt: at('2026-03-02T22:00:00'), at: at('2026-03-02T22:05:00') },
      { type: 'StageCompleted', ...ids, stage: 'restoration', at: at('2026-03-02T22:00:00'), late: true },
      booked('restoration', 'A1', 0, 5_000, '2026-03-02T22:05:00'),
      booked('restoration', 'A2', 0, 5_000, '2026-03-02T22:05:00'),
    ],
  };
  const brief = (outcomes: ReturnType<typeof replayInterruption>) => outcomes.map((o) => [o.stage, o.breached, o.fen]);

  it('under the terms it ran on, reproduces what was recorded', () => {
    expect(brief(recordedInterruptionOutcomes(unplanned))).toEqual([
      ['arrival', true, 0],
      ['restoration', true, 10_000],
    ]);
    expect(brief(replayInterruption(unplanned, DEFAULT_SERVICE_TERMS, until))).toEqual(
      brief(recordedInterruptionOutcomes(unplanned)),
    );
  });

  it('under a draft with longer limits and a higher first payment: no breaches, ¥80 per account', () => {
    expect(brief(replayInterruption(unplanned, draft, until))).toEqual([
      ['arrival', false, 0],
      ['restoration', false, 16_000],
    ]);
  });

  it('an arrival reported after the deadline is late, whatever time it claims', () => {
    const claimedEarly = {
      ...unplanned,
      events: unplanned.events.map((e) =>
        e.type === 'RepairArrived' ? { ...e, at: at('2026-03-02T08:30:00'), reportedAt: at('2026-03-02T10:00:00') } : e,
      ),
    };
    expect(brief(replayInterruption(claimedEarly, DEFAULT_SERVICE_TERMS, until))[0]).toEqual(['arrival', true, 0]);
    // 90 minutes: reported at 10:00 is still after 09:30.
    expect(brief(replayInterruption(claimedEarly, draft, until))[0]).toEqual(['arrival', true, 0]);
  });

  it('a planned one: too little notice pays each account once; an end past the planned end is late', () => {
    // Noticed Thu 26 Feb for Mon 2 Mar 08:00 (4 days: less than power's 7, more than the draft's 2),
    // planned to end at 12:00, back at 13:00: 5 h is inside the 12 h grace, so nothing for the time.
    const planned: RecordedInterruption = {
      interruptionId: 'i',
      events: [
        reported({
          planned: true,
          noticedAt: at('2026-02-26T08:00:00'),
          plannedEndAt: at('2026-03-02T12:00:00'),
        }),
        { type: 'SlaBreached', ...ids, stage: 'notice' },
        booked('notice', 'A1', 0, 10_000, '2026-02-27T08:00:00'),
        booked('notice', 'A2', 0, 10_000, '2026-02-27T08:00:00'),
        { type: 'StageStarted', ...ids, stage: 'restoration', limit: { amount: 240, unit: 'minutes' } },
        { type: 'SupplyRestored', ...ids, endedAt: at('2026-03-02T13:00:00'), at: at('2026-03-02T13:00:00') },
        { type: 'SlaBreached', ...ids, stage: 'restoration' },
        { type: 'StageCompleted', ...ids, stage: 'restoration', at: at('2026-03-02T13:00:00'), late: true },
      ],
    };
    expect(brief(recordedInterruptionOutcomes(planned))).toEqual([
      ['notice', true, 20_000],
      ['restoration', true, 0],
    ]);
    expect(brief(replayInterruption(planned, DEFAULT_SERVICE_TERMS, until))).toEqual(
      brief(recordedInterruptionOutcomes(planned)),
    );
    expect(brief(replayInterruption(planned, draft, until))).toEqual([
      ['notice', false, 0],
      ['restoration', true, 0],
    ]);
  });

  it('a corrected end pays what the last end makes owed, unless a waiver came before the correction', () => {
    // Back at 21:00 (13 h: ¥50 each), corrected the next day to 10:00 (26 h: ¥50 + ¥25 each).
    const corrected = (waiverFirst: boolean): RecordedInterruption => ({
      interruptionId: 'i',
      events: [
        reported({}),
        { type: 'RepairArrived', ...ids, at: at('2026-03-02T08:30:00') },
        { type: 'SupplyRestored', ...ids, endedAt: at('2026-03-02T21:00:00'), at: at('2026-03-02T21:00:00') },
        ...(waiverFirst
          ? [{ type: 'BreachReviewed', ...ids, stage: 'restoration', decision: 'waive', at: at('2026-03-03T09:00:00') }]
          : []),
        {
          type: 'SupplyRestored',
          ...ids,
          endedAt: at('2026-03-03T10:00:00'),
          previousEndedAt: at('2026-03-02T21:00:00'),
          at: at('2026-03-03T11:00:00'),
        },
      ],
    });
    expect(brief(replayInterruption(corrected(false), DEFAULT_SERVICE_TERMS, until))).toEqual([
      ['arrival', false, 0],
      ['restoration', true, 15_000],
    ]);
    expect(brief(replayInterruption(corrected(true), DEFAULT_SERVICE_TERMS, until))).toEqual([
      ['arrival', false, 0],
      ['restoration', true, 10_000],
    ]);
  });

  it('not yet back by `until`: late once past the deadline, nothing booked yet', () => {
    const open = { interruptionId: 'i', events: [reported({})] };
    expect(brief(replayInterruption(open, DEFAULT_SERVICE_TERMS, new Date(at('2026-03-02T08:40:00'))))).toEqual([
      ['arrival', false, 0],
      ['restoration', false, 0],
    ]);
    expect(brief(replayInterruption(open, DEFAULT_SERVICE_TERMS, new Date(at('2026-03-02T21:00:00'))))).toEqual([
      ['arrival', true, 0],
      ['restoration', true, 0],
    ]);
  });
});
