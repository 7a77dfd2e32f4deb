import fc from 'fast-check';
import { clockTimes } from '../calendar/clock-times';
import type { Limit } from '../calendar/deadline';
import { addDays, dayOfWeek, shanghaiDate, type LocalDate } from '../calendar/local-date';
import { buildCalendar } from '../calendar/official-calendar';
import type { PauseSpan } from '../calendar/pauses';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { LateDayLedger, type CompensationRule } from '../catalog/compensation';
import { explainStage, type ClockEvent } from './stage-explanation';

const HOUR = 3_600_000;
const ids = { track: 'power', stage: 'survey' };
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One clock's events as the live clock (workflows/stage-clock.ts) records them: started, each
 * reason's pause and resume (the deadline recounted when the last lets go), the breach at the
 * deadline if it is still open and running then, each accrual while it stays open, and its close.
 */
function recordClock(
  startedAt: number,
  limit: Limit,
  holds: { reason: string; from: number; to: number }[],
  closeAt: number,
  rule: CompensationRule,
  calendar: WorkingCalendar,
) {
  const count = (spans: PauseSpan[]) => clockTimes({ startedAt, limit, pauses: spans }, calendar);
  let { dueAt } = count([]);
  const events: ClockEvent[] = [
    {
      type: 'StageStarted',
      ...ids,
      party: { kind: 'provider', id: 'p' },
      limit,
      startedAt: iso(startedAt),
      dueAt: iso(dueAt),
      warnAt: iso(count([]).warnAt),
      beyondKnownCalendar: count([]).beyondKnownCalendar,
      compensable: true,
    },
  ];
  const moves = holds
    .flatMap((h) => [
      { at: h.from, kind: 'pause' as const, h },
      { at: h.to, kind: 'resume' as const, h },
    ])
    .sort((a, b) => a.at - b.at || (a.kind === 'resume' ? -1 : 1));
  const held = new Map<string, number>();
  const spans: PauseSpan[] = [];
  let breachAt: number | undefined;
  let stoppedSince: number | undefined;
  for (const move of moves) {
    if (move.at >= closeAt) break;
    // The deadline comes while the clock runs: a breach, and from then on the clock's pauses stop here.
    if (held.size === 0 && dueAt <= move.at) {
      breachAt = dueAt;
      break;
    }
    if (move.kind === 'pause') {
      if (held.size === 0) stoppedSince = move.at;
      held.set(move.h.reason, move.h.from);
      events.push({ type: 'StagePaused', ...ids, at: iso(Math.max(move.at, startedAt)), reason: move.h.reason });
    } else {
      const from = held.get(move.h.reason)!;
      held.delete(move.h.reason);
      spans.push({ from: Math.max(from, startedAt), to: move.at });
      const reason = {
        type: 'StageResumed',
        ...ids,
        at: iso(move.at),
        reason: move.h.reason,
        pausedMs: move.at - from,
      };
      if (held.size) events.push({ ...reason, running: false, stoppedMs: 0 });
      else {
        dueAt = count(spans).dueAt;
        events.push({ ...reason, running: true, stoppedMs: move.at - stoppedSince!, dueAt: iso(dueAt) });
        stoppedSince = undefined;
      }
    }
  }
  if (breachAt === undefined && held.size === 0 && dueAt < closeAt) breachAt = dueAt;
  let bookedFen = 0;
  if (breachAt !== undefined) {
    events.push({
      type: 'SlaBreached',
      ...ids,
      party: { kind: 'provider', id: 'p' },
      dueAt: iso(breachAt),
      at: iso(breachAt),
    });
    const ledger = new LateDayLedger();
    const { accruals } = clockTimes({ startedAt, limit, pauses: spans, breach: { dueAt: breachAt, rule } }, calendar);
    for (const a of accruals ?? []) {
      if (a.at > closeAt) break;
      const { owedFen, lateDay } = ledger.claim(
        { unit: a.unit, at: new Date(a.at), amountFen: a.amountFen },
        rule.unit,
      );
      bookedFen += owedFen;
      events.push({
        type: 'CompensationAccrued',
        ...ids,
        unit: a.unit,
        amountFen: owedFen,
        ruleFen: a.amountFen,
        ...(lateDay ? { lateDay } : {}),
        at: iso(a.at),
        providerId: 'p',
      });
    }
  }
  const clockNow = held.size ? stoppedSince! : closeAt;
  events.push({ type: 'StageCompleted', ...ids, at: iso(closeAt), late: clockNow > dueAt });
  return { events, dueAt: breachAt ?? dueAt, bookedFen, stopped: held.size > 0 };
}

/** A year the package does not ship, made up as an admin might load it: weekdays off, weekends worked. */
const madeUpYear = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 40 }),
    fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 8 }),
  )
  .map(([off, worked]) => {
    const day = (i: number): LocalDate => addDays('2027-01-01', i);
    const weekend = (d: LocalDate) => dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
    const workdays = worked.map(day).filter(weekend);
    return {
      year: 2027,
      holidays: off.map(day).filter((d) => !weekend(d) && !workdays.includes(d)),
      workdays,
      source: 'generated',
    };
  });

const limits = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 15 }), unit: fc.constant('workingDays' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 20 }), unit: fc.constant('calendarDays' as const) }),
  fc.record({ amount: fc.integer({ min: 1, max: 72 }), unit: fc.constant('hours' as const) }),
);

const cases = fc.record({
  year: madeUpYear,
  // From the official years (2025–2026, National Day and Spring Festival) into 2027 (made up) and
  // 2028 (not known: weekdays assumed).
  start: fc.integer({ min: Date.parse('2025-09-01T00:00:00Z'), max: Date.parse('2027-12-20T00:00:00Z') }),
  limit: limits,
  holds: fc.uniqueArray(
    fc.record({
      reason: fc.constantFrom('supplement', 'survey-missed', 'road-permit'),
      offsetH: fc.integer({ min: -48, max: 400 }),
      lengthH: fc.integer({ min: 1, max: 300 }),
    }),
    { selector: (h) => h.reason, maxLength: 3 },
  ),
  closeAfterH: fc.integer({ min: 1, max: 1200 }),
  // Rules a catalog may publish: at most 60 accruals a breach (MAX_ACCRUALS_PER_BREACH).
  rule: fc
    .record({
      fixedFen: fc.integer({ min: 0, max: 10_000 }),
      perUnitFen: fc.integer({ min: 0, max: 5_000 }),
      units: fc.integer({ min: 0, max: 40 }),
      trimFen: fc.integer({ min: 0, max: 99 }),
    })
    .map((r) => ({
      fixedFen: r.fixedFen,
      perUnitFen: r.perUnitFen,
      capFen: Math.max(1, r.fixedFen + r.units * r.perUnitFen - r.trimFen),
    })),
});

describe('a deadline explained: property over generated clocks', () => {
  it('on 1,000 generated clocks the explanation reproduces the recorded deadline and the booked amounts, and its days agree with the calendar', () => {
    const seen = { breached: 0, paid: 0, paused: 0, assumed: 0, holiday: 0 };
    fc.assert(
      fc.property(cases, (c) => {
        const calendar = buildCalendar([c.year]);
        const holds = c.holds
          .filter((h) => h.offsetH >= 0) // a hold let go of before the clock starts leaves no trace
          .map((h) => ({
            reason: h.reason,
            from: c.start + h.offsetH * HOUR,
            to: c.start + (h.offsetH + h.lengthH) * HOUR,
          }));
        const rule = { ...c.rule, unit: c.limit.unit };
        const closeAt = c.start + c.closeAfterH * HOUR;
        const recorded = recordClock(c.start, c.limit, holds, closeAt, rule, calendar);
        const x = explainStage({ events: recorded.events, rule, calendar, now: new Date(closeAt + HOUR) })!;

        seen.breached += x.breach ? 1 : 0;
        seen.paid += recorded.bookedFen > 0 ? 1 : 0;
        seen.paused += x.pauses.length ? 1 : 0;
        seen.assumed += x.beyondKnownCalendar ? 1 : 0;
        seen.holiday += x.days.some((d) => d.kind === 'holiday') ? 1 : 0;
        expect(x.dueAt).toBe(iso(recorded.dueAt));
        expect(x.matchesRecorded).toBe(true);
        expect(x.compensation?.netFen ?? 0).toBe(recorded.bookedFen);
        // Every day from the start's to the deadline's, once, in order.
        const first = shanghaiDate(new Date(c.start));
        expect(x.days[0].date).toBe(first);
        x.days.forEach((d, i) => i > 0 && expect(d.date).toBe(addDays(x.days[i - 1].date, 1)));
        expect(x.days[x.days.length - 1].date >= shanghaiDate(new Date(recorded.dueAt - 1))).toBe(true);
        for (const d of x.days) {
          if (d.kind === 'weekend' || d.kind === 'holiday') expect(calendar.isWorkingDay(d.date)).toBe(false);
          if (d.kind === 'counted' && c.limit.unit === 'workingDays') expect(calendar.isWorkingDay(d.date)).toBe(true);
          expect(d.assumed).toBe(!calendar.knows(d.date));
        }
        // With no pause, a limit in days is exactly that many days counted.
        if (!x.pauses.length && c.limit.unit !== 'hours')
          expect(x.days.filter((d) => d.kind === 'counted')).toHaveLength(c.limit.amount);
        expect(x.text.zh.length).toBeGreaterThan(2);
        expect(x.text.en.length).toBe(x.text.zh.length);
      }),
      { numRuns: 1_000, seed: 20261207 },
    );
    // The cases reach what they are meant to: breaches paid, pauses, holidays, unknown years.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(25);
  });
});
