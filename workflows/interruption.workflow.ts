import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Party } from '../libs/domain/src/process/events';
import type { AffectedAccount } from '../libs/domain/src/service/events';
import { bookingFor, noticeCompensationFen } from '../libs/domain/src/service/lapse-compensation';
import { lapseOwedFen } from '../libs/domain/src/service/lapse-owed';
import { EventStream } from './event-stream';
import {
  interruptionStatusQuery,
  reportArrivalUpdate,
  reportRestorationUpdate,
  reviewBreachUpdate,
  type Actor,
  type BreachReview,
  type InterruptionInput,
  type InterruptionStatus,
} from './messages';
import { refused } from './refusals';

const { interruptionContext } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const iso = (ms: number) => new Date(ms).toISOString();
const now = () => Date.now();
/** Milliseconds until `at` (at least 1: a deadline already past fires at once). */
const until = (at: number) => Math.max(1, at - now());

type PaidStage = 'restoration' | 'notice';

/** Patch: an arrival report answers only once the arrival clock's completion is stored. */
const ARRIVAL_SETTLED = 'lianbao-interruption-arrival-settled';

/**
 * One interruption (停电/停水/停气/断网) or insufficient supply, reported by the provider (workflow id
 * interruption-<id>). It records the affected accounts as they were, runs the catalog's clocks —
 * notice before a planned one, repair arrival, restoration — and books each account's
 * compensation once: a corrected end time books only the difference (a top-up or a reversal).
 * It stays open for corrections for the catalog's correction period after restoration.
 */
export async function serviceInterruption(input: InterruptionInput): Promise<InterruptionStatus> {
  const { interruptionId, utility, providerId, kind, planned } = input;
  const stream = new EventStream(`interruption-${interruptionId}`, { applicationId: interruptionId, applicantId: '' });
  const party: Party = { kind: 'provider', id: providerId };
  const context = await interruptionContext({
    utility,
    providerId,
    area: input.area,
    startedAt: input.startedAt,
  });
  const terms = context.terms.utilities[utility];
  const startMs = Date.parse(input.startedAt);

  // What each account has been booked, per stage: a correction books the difference to it.
  const booked = new Map<string, { fen: number; units: { unit: number; fen: number }[] }>();
  const waived = new Set<PaidStage>();
  const breached = new Set<string>();
  const reviewed = new Set<string>();
  let compensationFen = 0;
  let endedAt: string | null = input.endedAt;
  let endVersion = endedAt ? 1 : 0;
  let settledVersion = 0;
  let arrivedAt: string | null = input.arrivedAt;
  /** The arrival clock's StageCompleted is stored (or there is no arrival clock). */
  let arrivalSettled = false;
  let closed = false;
  let restoredBy = input.actor.sub;
  const status = (): InterruptionStatus => ({
    status: closed ? 'closed' : settledVersion > 0 ? 'restored' : 'open',
    endedAt,
    arrivedAt,
    breached: [...breached],
    compensationFen,
  });

  const book = (stage: PaidStage, owed: (account: AffectedAccount) => number, minutes: number, at: string) => {
    if (waived.has(stage)) return [];
    return context.accounts.flatMap((account) => {
      const key = `${stage}/${account.accountNo}`;
      const so = booked.get(key) ?? { fen: 0, units: [] };
      const booking = bookingFor(so.fen, owed(account));
      if (booking.kind === 'none') return [];
      const amountFen = booking.kind === 'reversal' ? -booking.fen : booking.fen;
      const unit = so.units.length;
      booked.set(key, { fen: so.fen + amountFen, units: [...so.units, { unit, fen: amountFen }] });
      compensationFen += amountFen;
      return [
        {
          type: 'LapseCompensationBooked',
          interruptionId,
          utility,
          providerId,
          stage,
          accountNo: account.accountNo,
          customerId: account.customerId,
          unit,
          booking: unit === 0 ? 'payment' : booking.kind,
          minutes,
          owedFen: so.fen + amountFen,
          amountFen,
          at,
        },
      ];
    });
  };

  const owedFor = (minutes: number) => (account: AffectedAccount) =>
    lapseOwedFen(context.terms, utility, kind, account, minutes);

  const breach = (stage: string, dueAt: string, at: string) => {
    breached.add(stage);
    return { type: 'SlaBreached', track: utility, stage, party, dueAt, at };
  };
  const started = (stage: string, minutes: number, dueMs: number) => ({
    type: 'StageStarted',
    track: utility,
    stage,
    party,
    limit: { amount: minutes, unit: 'minutes' },
    startedAt: input.startedAt,
    dueAt: iso(dueMs),
    warnAt: iso(dueMs - Math.round((dueMs - startMs) / 4)),
    beyondKnownCalendar: false,
    compensable: true,
  });

  // The report, and what it settles at once: notice before a planned interruption.
  const reported = [
    {
      type: 'InterruptionReported',
      interruptionId,
      reference: input.reference,
      utility,
      providerId,
      kind,
      planned,
      noticedAt: input.noticedAt,
      plannedEndAt: input.plannedEndAt,
      startedAt: input.startedAt,
      area: input.area,
      accounts: context.accounts,
      measured: input.measured,
      cause: input.cause,
      catalogVersion: context.catalogVersion,
      reportedAt: input.reportedAt,
      by: input.actor.sub,
      ...(input.fingerprint ? { fingerprint: input.fingerprint } : {}),
    },
  ];
  if (
    planned &&
    kind === 'interruption' &&
    noticeCompensationFen(terms.notice, input.noticedAt ? new Date(input.noticedAt) : null, new Date(startMs)) > 0
  ) {
    const dueAt = iso(startMs - terms.notice.noticeMinutes * 60_000);
    reported.push(breach('notice', dueAt, input.noticedAt ?? input.reportedAt) as never);
    reported.push(...(book('notice', () => terms.notice.fen, 0, input.reportedAt) as never[]));
  }
  const restorationMinutes =
    kind === 'insufficient-supply' ? terms.insufficient.rectificationMinutes : terms.restorationMinutes;
  const restorationDue =
    planned && input.plannedEndAt ? Date.parse(input.plannedEndAt) : startMs + restorationMinutes * 60_000;
  reported.push(
    started('restoration', Math.max(1, Math.round((restorationDue - startMs) / 60_000)), restorationDue) as never,
  );
  const arrivalClock = !planned && kind === 'interruption';
  const arrivalDue = startMs + terms.arrivalMinutes * 60_000;
  if (arrivalClock) reported.push(started('arrival', terms.arrivalMinutes, arrivalDue) as never);
  await stream.append(reported, input.actor.sub);

  setHandler(interruptionStatusQuery, status);
  setHandler(
    reportRestorationUpdate,
    async (actor: Actor, report: { endedAt: string }) => {
      if (report.endedAt !== endedAt) {
        endedAt = report.endedAt;
        restoredBy = actor.sub;
        endVersion++;
      }
      const wanted = endVersion;
      await condition(() => settledVersion >= wanted || closed);
      return status();
    },
    {
      validator: (actor: Actor, report: { endedAt: string }) => {
        if (closed)
          refuse(
            'wrong_stage',
            'This interruption is closed: corrections are no longer taken.',
            '该事件已关闭，不再受理更正',
          );
        if (!(Date.parse(report.endedAt) > startMs))
          refuse('invalid', 'Supply cannot come back before it stopped.', '恢复时间须晚于开始时间', 'endedAt');
        if (Date.parse(report.endedAt) > now() + 5 * 60_000)
          refuse(
            'invalid',
            'The end of an interruption cannot be in the future.',
            '恢复时间不能晚于当前时间',
            'endedAt',
          );
        void actor;
      },
    },
  );
  setHandler(
    reportArrivalUpdate,
    async (actor: Actor, report: { arrivedAt: string }) => {
      if (arrivedAt === null) {
        arrivedAt = report.arrivedAt;
        await stream.append(
          // When it was reported, too: whether the arrival clock stopped in time depends on it.
          [{ type: 'RepairArrived', interruptionId, at: report.arrivedAt, reportedAt: iso(now()), by: actor.sub }],
          actor.sub,
        );
      }
      // Read-your-writes: answer once the arrival clock is stopped (and any breach recorded), so the
      // reply — read from the store — never shows it still running.
      if (patched(ARRIVAL_SETTLED)) await condition(() => arrivalSettled || closed);
      return status();
    },
    {
      validator: (_actor: Actor, report: { arrivedAt: string }) => {
        if (closed) refuse('wrong_stage', 'This interruption is closed.', '该事件已关闭');
        if (!(Date.parse(report.arrivedAt) >= startMs))
          refuse(
            'invalid',
            'The crew cannot arrive before the interruption started.',
            '到达时间须晚于开始时间',
            'arrivedAt',
          );
      },
    },
  );
  setHandler(
    reviewBreachUpdate,
    async (actor: Actor, review: BreachReview) => {
      reviewed.add(review.stage);
      const stage = review.stage as PaidStage;
      const entries =
        review.decision === 'waive' && (stage === 'restoration' || stage === 'notice')
          ? [...booked]
              .filter(([key]) => key.startsWith(`${stage}/`))
              .flatMap(([key, b]) =>
                b.units.map((u) => ({ accountNo: key.slice(stage.length + 1), unit: u.unit, fen: u.fen })),
              )
          : [];
      if (review.decision === 'waive') waived.add(stage);
      const waivedFen = entries.reduce((sum, e) => sum + e.fen, 0);
      compensationFen -= waivedFen;
      await stream.append(
        [
          {
            type: 'BreachReviewed',
            track: utility,
            stage: review.stage,
            decision: review.decision,
            reason: review.reason,
            by: actor.sub,
            at: iso(now()),
            waivedUnits: [],
            waivedFen,
            waivedEntries: entries.map(({ accountNo, unit }) => ({ accountNo, unit })),
          },
        ],
        actor.sub,
      );
      return { waivedUnits: [], waivedFen };
    },
    {
      validator: (actor: Actor, review: BreachReview) => {
        if (actor.role !== 'admin') refuse('not_allowed', 'Only an admin reviews breaches.', '仅管理员可审核');
        if (!breached.has(review.stage)) refuse('wrong_stage', `No ${review.stage} breach to review.`, '无此超时');
        if (reviewed.has(review.stage))
          refuse('wrong_stage', `The ${review.stage} breach is already reviewed.`, '该超时已审核');
      },
    },
  );

  // Repair arrival (unplanned interruptions): a crew that has not arrived by the limit is a breach.
  const arrival = (async () => {
    if (!arrivalClock) return void (arrivalSettled = true);
    const onTime = await condition(() => arrivedAt !== null || endedAt !== null, until(arrivalDue));
    const arrived = () => arrivedAt ?? endedAt;
    if (!onTime || Date.parse(arrived()!) > arrivalDue)
      await stream.append([breach('arrival', iso(arrivalDue), iso(Math.min(now(), arrivalDue)))]);
    await condition(() => arrived() !== null);
    const at = arrived()!;
    await stream.append([
      { type: 'StageCompleted', track: utility, stage: 'arrival', at, late: Date.parse(at) > arrivalDue },
    ]);
    arrivalSettled = true;
  })();

  // Restoration: breached at its limit if supply is not back; each reported end (first or
  // corrected) settles every account's compensation to what that end makes it owe.
  const restoredInTime = await condition(() => endedAt !== null, until(restorationDue));
  if (!restoredInTime) {
    await stream.append([breach('restoration', iso(restorationDue), iso(restorationDue))]);
    await condition(() => endedAt !== null); // however long it takes: nothing is settled before
  }
  let previous: string | null = null;
  let closeAt = 0;
  for (;;) {
    if (settledVersion < endVersion) {
      const version = endVersion;
      const ended = endedAt!;
      const endMs = Date.parse(ended);
      const at = iso(now());
      const events: Record<string, unknown>[] = [
        { type: 'SupplyRestored', interruptionId, endedAt: ended, previousEndedAt: previous, at, by: restoredBy },
      ];
      if (endMs > restorationDue && !breached.has('restoration'))
        events.push(breach('restoration', iso(restorationDue), iso(restorationDue)));
      if (previous === null)
        events.push({
          type: 'StageCompleted',
          track: utility,
          stage: 'restoration',
          at: ended,
          late: endMs > restorationDue,
        });
      const minutes = (endMs - startMs) / 60_000;
      events.push(...book('restoration', owedFor(minutes), minutes, at));
      await stream.append(events as never, restoredBy);
      previous = ended;
      settledVersion = version;
      closeAt = now() + context.terms.correctionDays * 86_400_000;
    }
    const more = await condition(() => settledVersion < endVersion, until(closeAt));
    if (!more) break;
  }
  await arrival;
  closed = true;
  await stream.append([{ type: 'InterruptionClosed', interruptionId, at: iso(now()) }]);
  return status();
}

function refuse(
  code: 'invalid' | 'wrong_stage' | 'not_allowed',
  message: string,
  messageZh: string,
  path?: string,
): never {
  return refused({
    code,
    message,
    messageZh,
    details: path ? [{ path, rule: code, message }] : [],
  });
}
