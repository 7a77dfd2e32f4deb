import type { ClockEvent } from '../explanation/stage-explanation';
import type { Utility } from '../form/utilities';
import type { AffectedAccount, LapseKind } from '../service/events';
import { noticeCompensationFen } from '../service/lapse-compensation';
import { lapseOwedFen } from '../service/lapse-owed';
import type { ServiceTerms } from '../service/service-terms';
import type { ClockOutcome } from './replay';

/** One interruption as recorded: its own stream's events, in order. */
export interface RecordedInterruption {
  interruptionId: string;
  events: readonly ClockEvent[];
}

const ms = (value: unknown) => Date.parse(String(value));

/** What the report and the reports after it say happened, whatever the limits. */
function interruptionFacts(rec: RecordedInterruption) {
  const reported = rec.events.find((e) => e.type === 'InterruptionReported');
  if (!reported) return undefined;
  const waivedAt = (stage: string) => {
    const w = rec.events.find((e) => e.type === 'BreachReviewed' && e.stage === stage && e.decision === 'waive');
    return w ? ms(w.at) : Infinity;
  };
  const restored = rec.events.filter((e) => e.type === 'SupplyRestored');
  const arrived = rec.events.find((e) => e.type === 'RepairArrived');
  return {
    utility: reported.utility as Utility,
    providerId: String(reported.providerId),
    kind: reported.kind as LapseKind,
    planned: reported.planned === true,
    startedAt: ms(reported.startedAt),
    noticedAt: reported.noticedAt ? new Date(String(reported.noticedAt)) : null,
    plannedEndAt: reported.plannedEndAt ? ms(reported.plannedEndAt) : null,
    accounts: reported.accounts as AffectedAccount[],
    /** Each reported end (first, then corrections), with when it was reported. */
    ends: restored.map((e) => ({ endedAt: ms(e.endedAt), reportedAt: ms(e.at) })),
    /** The crew's arrival, with when it was reported (older records: assume on arrival). */
    arrival: arrived ? { at: ms(arrived.at), reportedAt: ms(arrived.reportedAt ?? arrived.at) } : undefined,
    waivedAt,
  };
}

/**
 * An interruption's clocks replayed under `terms` (a catalog's service terms), as the interruption
 * workflow runs them: the notice a planned one needed, the repair crew's arrival, and restoration
 * (or rectification), each account paid by `lapseOwedFen` for the minutes its final reported end
 * gives. The same reports at the same moments; only the limits and rules change. Reports after
 * `until` have not happened. A waiver stops bookings from its moment on, as live.
 */
export function replayInterruption(rec: RecordedInterruption, terms: ServiceTerms, until: Date): ClockOutcome[] {
  const f = interruptionFacts(rec);
  if (!f) return [];
  const t = terms.utilities[f.utility];
  const now = until.getTime();
  const outcome = (stage: string, minutes: number | null, dueAt: number | null) => ({
    applicationId: rec.interruptionId,
    subject: 'interruption' as const,
    track: f.utility,
    stage,
    providerId: f.providerId,
    limit: minutes === null ? null : { amount: minutes, unit: 'minutes' as const },
    dueAt: dueAt === null ? null : new Date(dueAt).toISOString(),
    breached: false,
    fen: 0,
  });
  const out: ClockOutcome[] = [];
  const interruption = f.kind === 'interruption';

  if (f.planned && interruption) {
    const notice = outcome('notice', t.notice.noticeMinutes, f.startedAt - t.notice.noticeMinutes * 60_000);
    notice.breached = noticeCompensationFen(t.notice, f.noticedAt, new Date(f.startedAt)) > 0;
    notice.fen = notice.breached ? t.notice.fen * f.accounts.length : 0;
    out.push(notice);
  }

  if (!f.planned && interruption) {
    const due = f.startedAt + t.arrivalMinutes * 60_000;
    const arrival = outcome('arrival', t.arrivalMinutes, due);
    // The clock stops at the first report of an arrival or of an end; late if none came by the
    // deadline, or the one that came says later.
    const reports = [
      ...(f.arrival ? [{ reportedAt: f.arrival.reportedAt, at: f.arrival.at }] : []),
      ...f.ends.slice(0, 1).map((e) => ({ reportedAt: e.reportedAt, at: e.endedAt })),
    ].filter((r) => r.reportedAt <= now);
    const first = reports.sort((a, b) => a.reportedAt - b.reportedAt)[0];
    arrival.breached = first ? first.reportedAt > due || first.at > due : now > due;
    out.push(arrival);
  }

  const limitMinutes = interruption ? t.restorationMinutes : t.insufficient.rectificationMinutes;
  const due = f.planned && f.plannedEndAt !== null ? f.plannedEndAt : f.startedAt + limitMinutes * 60_000;
  const restoration = outcome('restoration', Math.max(1, Math.round((due - f.startedAt) / 60_000)), due);
  const ends = f.ends.filter((e) => e.reportedAt <= now);
  const firstEnd = ends[0];
  // Late if supply was not reported back by the deadline, or any end reported says later.
  restoration.breached = firstEnd ? firstEnd.reportedAt > due || ends.some((e) => e.endedAt > due) : now > due;
  // Each account is owed what its last end (before any waiver) makes it owe.
  const settled = ends.filter((e) => e.reportedAt <= f.waivedAt('restoration'));
  const last = settled[settled.length - 1];
  if (last) {
    const minutes = (last.endedAt - f.startedAt) / 60_000;
    restoration.fen = f.accounts.reduce(
      (sum, account) => sum + lapseOwedFen(terms, f.utility, f.kind, account, minutes),
      0,
    );
  }
  out.push(restoration);
  return out;
}

/** What the interruption workflow recorded: its breaches and bookings (before any waiver). */
export function recordedInterruptionOutcomes(rec: RecordedInterruption): ClockOutcome[] {
  const reported = rec.events.find((e) => e.type === 'InterruptionReported');
  if (!reported) return [];
  const stages = rec.events.filter((e) => e.type === 'StageStarted').map((e) => String(e.stage));
  const noticed = reported.planned === true && reported.kind === 'interruption';
  const order = ['notice', 'arrival', 'restoration'];
  return [...new Set([...(noticed ? ['notice'] : []), ...stages])]
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))
    .map((stage) => {
      const started = rec.events.find((e) => e.type === 'StageStarted' && e.stage === stage);
      const breach = rec.events.find((e) => e.type === 'SlaBreached' && e.stage === stage);
      return {
        applicationId: rec.interruptionId,
        subject: 'interruption' as const,
        track: String(reported.utility),
        stage,
        providerId: String(reported.providerId),
        limit: started ? (started.limit as ClockOutcome['limit']) : null,
        dueAt: breach ? String(breach.dueAt) : started ? String(started.dueAt) : null,
        breached: breach !== undefined,
        fen: rec.events
          .filter((e) => e.type === 'LapseCompensationBooked' && e.stage === stage)
          .reduce((sum, e) => sum + Number(e.amountFen), 0),
      };
    });
}
