import { condition, defineQuery, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../libs/domain/src/calendar/local-date';
import { computeDeadline } from '../libs/domain/src/calendar/deadline';
import { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import {
  DEFAULT_COMPLAINT_TERMS,
  remedyAllowed,
  type ComplaintDecision,
  type ComplaintInput,
  type ComplaintStage,
  type ComplaintStatus,
} from '../libs/domain/src/complaints/complaint';
import type { Party } from '../libs/domain/src/process/events';
import type { ApplicantText } from '../libs/domain/src/form/sealed-fields';
import { DecisionLog, type Decided } from './decision-log';
import type { Actor } from './messages';
import { refused } from './refusals';

const { pinApplication } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export type ComplaintAction =
  | { action: 'acknowledge' }
  | { action: 'request-response'; question: string }
  | { action: 'respond'; response: string }
  | ({ action: 'decide' } & ComplaintDecision)
  | { action: 'accept' }
  | { action: 'reopen'; reason: ApplicantText };

/** Who acts: their role, and for staff their provider. */
export type ComplaintActor = Actor & { provider?: string };
export const complaintActionUpdate = defineUpdate<ComplaintStatus, [ComplaintActor, ComplaintAction]>(
  'complaintAction',
);
export const complaintStatusQuery = defineQuery<ComplaintStatus>('complaintStatus');
export const complaintWorkflowId = (complaintId: string) => `complaint-${complaintId}`;

const iso = (ms: number) => new Date(ms).toISOString();
const ADMIN: Party = { kind: 'admin' };

/**
 * One complaint (workflow id complaint-<id>), written the 0.3 way: the calendar pinned at filing,
 * deadlines counted here, each decision one append. The district acknowledges, may ask the
 * provider, decides; the complainant accepts or reopens once; silence closes it. A limit missed
 * is a breach (the district's or the provider's) and escalates to the district's lead, once each.
 */
export async function complaint(input: ComplaintInput): Promise<ComplaintStatus> {
  const { complaintId, providerId, utility } = input;
  const pin = await pinApplication({ at: input.filedAt });
  const calendar = new WorkingCalendar(pin.calendarYears);
  const terms = DEFAULT_COMPLAINT_TERMS;
  const due = (fromMs: number, days: number) =>
    computeDeadline(new Date(fromMs), { amount: days, unit: 'workingDays' }, calendar).dueAt.getTime();
  const workingDaysSince = (ms: number) =>
    calendar.workingDaysBetween(shanghaiDate(new Date(Date.parse(input.filedAt))), shanghaiDate(new Date(ms)));
  const log = new DecisionLog(`complaint-${complaintId}`, {
    applicationId: complaintId,
    applicantId: input.complainantId,
  });

  const filedMs = Date.parse(input.filedAt);
  let status: ComplaintStatus = 'filed';
  let acknowledged = false;
  const ackDue = due(filedMs, terms.acknowledgeDays);
  let decideDue = due(filedMs, terms.decideDays);
  let responseDue: number | null = null;
  let responded = false;
  let round: 0 | 1 | 2 = 0;
  let decidedAt = 0;
  let remedyBooked = 0;
  let reopened = false;
  let closed = false;
  const breached = new Set<ComplaintStage>();

  // The filing is a pure function of the input and the pin: recorded inside the first task.
  await log.record(
    [{ type: 'ComplaintFiled', ...input, acknowledgeDueAt: iso(ackDue), decideDueAt: iso(decideDue) }],
    input.complainantId,
    'task',
  );

  const breach = (stage: ComplaintStage, dueAt: number, party: Party): Decided[] => {
    if (breached.has(stage)) return [];
    breached.add(stage);
    return [
      { type: 'SlaBreached', track: utility, stage, party, dueAt: iso(dueAt), at: iso(dueAt) },
      { type: 'ComplaintEscalated', complaintId, stage, dueAt: iso(dueAt), at: iso(dueAt) },
    ];
  };

  setHandler(complaintStatusQuery, () => status);
  setHandler(
    complaintActionUpdate,
    async (actor: ComplaintActor, command: ComplaintAction) => {
      const at = Date.now();
      const by = actor.sub;
      let events: Decided[] = [];
      switch (command.action) {
        case 'acknowledge':
          acknowledged = true;
          status = 'acknowledged';
          events = [{ type: 'ComplaintAcknowledged', complaintId, at: iso(at), by, workingDays: workingDaysSince(at) }];
          break;
        case 'request-response':
          responseDue = due(at, terms.responseDays);
          responded = false;
          status = 'awaiting-provider';
          events = [
            {
              type: 'ComplaintResponseRequested',
              complaintId,
              providerId,
              at: iso(at),
              by,
              question: command.question,
              dueAt: iso(responseDue),
            },
          ];
          break;
        case 'respond':
          responded = true;
          status = reopened ? 'reopened' : 'acknowledged';
          events = [{ type: 'ComplaintResponded', complaintId, at: iso(at), by, response: command.response }];
          break;
        case 'decide': {
          round = reopened ? 2 : 1;
          decidedAt = at;
          status = 'decided';
          const { outcome, reasons, remedyFen, publicSummary } = command;
          events = [
            {
              type: 'ComplaintDecided',
              complaintId,
              at: iso(at),
              by,
              workingDays: workingDaysSince(at),
              round,
              outcome,
              reasons,
              remedyFen,
              publicSummary,
            },
          ];
          // The remedy is booked once: a second decision books only what it adds.
          if (remedyFen > remedyBooked) {
            events.push({
              type: 'CompensationAccrued',
              track: utility,
              stage: 'complaint-decision',
              unit: remedyBooked > 0 ? 1 : 0,
              amountFen: remedyFen - remedyBooked,
              at: iso(at),
              providerId,
            });
            remedyBooked = remedyFen;
          }
          break;
        }
        case 'accept':
          closed = true;
          status = 'closed';
          events = [{ type: 'ComplaintClosed', complaintId, at: iso(at), how: 'accepted' }];
          break;
        case 'reopen':
          reopened = true;
          status = 'reopened';
          decideDue = due(at, terms.decideDays);
          breached.delete('complaint-decision');
          events = [
            {
              type: 'ComplaintReopened',
              complaintId,
              at: iso(at),
              by,
              reason: command.reason,
              decideDueAt: iso(decideDue),
            },
          ];
          break;
      }
      await log.record(events, by);
      return status;
    },
    {
      // Checked before anything changes, so two clerks deciding at once get one decision and a 409.
      validator: (actor: ComplaintActor, command: ComplaintAction) => {
        const admin = actor.role === 'admin';
        const complainant = actor.role === 'applicant' && actor.sub === input.complainantId;
        const provider = actor.role === 'staff' && actor.provider === providerId;
        const allowed: Record<ComplaintAction['action'], boolean> = {
          acknowledge: admin,
          'request-response': admin,
          decide: admin,
          respond: provider,
          accept: complainant,
          reopen: complainant,
        };
        if (!allowed[command.action])
          refuse('not_allowed', `You may not ${command.action} this complaint.`, '无权进行此操作');
        if (closed) refuse('wrong_stage', 'This complaint is closed.', '该投诉已办结');
        const wrong = (en: string, zh: string) => refuse('wrong_stage', en, zh);
        switch (command.action) {
          case 'acknowledge':
            if (acknowledged) wrong('Already acknowledged.', '已确认受理');
            break;
          case 'request-response':
            if (!acknowledged) wrong('Acknowledge the complaint first.', '请先确认受理');
            if (status === 'decided') wrong('Already decided.', '已作出处理决定');
            if (responseDue !== null && !responded) wrong('The provider has been asked already.', '已要求供应单位答复');
            break;
          case 'respond':
            if (responseDue === null || responded) wrong('No response is asked of you.', '未要求答复');
            break;
          case 'decide':
            if (!acknowledged) wrong('Acknowledge the complaint first.', '请先确认受理');
            if (status === 'decided') wrong('Already decided.', '已作出处理决定');
            if (responseDue !== null && !responded)
              wrong("Wait for the provider's response (or its deadline).", '请等待供应单位答复');
            if (!remedyAllowed(command))
              refuse('invalid', 'A rejected complaint books no remedy.', '不予支持的投诉不能设定补偿', 'remedyFen');
            break;
          case 'accept':
          case 'reopen':
            if (status !== 'decided') wrong('There is no decision to answer yet.', '尚未作出处理决定');
            if (command.action === 'reopen' && reopened) wrong('A complaint is reopened once.', '投诉只能重新处理一次');
            break;
        }
      },
    },
  );

  // The clocks: acknowledgement, the provider's response, the decision — each breached once,
  // at its deadline, if its step has not happened by then.
  const watch = async (
    stage: ComplaintStage,
    deadline: () => number | null,
    done: () => boolean,
    party: Party,
  ): Promise<void> => {
    for (;;) {
      const target = deadline();
      if (target === null || closed) return;
      const reached = await condition(
        () => done() || closed || deadline() !== target,
        Math.max(1, target - Date.now()),
      );
      if (reached) {
        if (closed || deadline() === target) return; // done in time (or a new deadline: watch that)
        continue;
      }
      await log.record(breach(stage, target, party), 'system');
      await condition(() => done() || closed || deadline() !== target);
      if (closed || deadline() === target) return;
    }
  };
  const clocks = [
    watch(
      'complaint-acknowledgement',
      () => ackDue,
      () => acknowledged,
      ADMIN,
    ),
    (async () => {
      for (;;) {
        await condition(() => (responseDue !== null && !responded) || closed);
        if (closed) return;
        const asked = responseDue;
        await watch(
          'complaint-response',
          () => responseDue,
          () => responded || responseDue !== asked,
          { kind: 'provider', id: providerId },
        );
        await condition(() => responded || closed);
        if (closed) return;
        breached.delete('complaint-response');
      }
    })(),
    (async () => {
      for (;;) {
        const expected = round;
        await watch(
          'complaint-decision',
          () => decideDue,
          () => round > expected,
          ADMIN,
        );
        await condition(() => round > expected || closed);
        if (closed) return;
        // Decided: the complainant has a while to accept or reopen; silence closes it.
        const answered = await condition(
          () => closed || status === 'reopened',
          Math.max(1, decidedAt + terms.replyDays * 86_400_000 - Date.now()),
        );
        if (closed) return;
        if (!answered) {
          closed = true;
          status = 'closed';
          await log.record([{ type: 'ComplaintClosed', complaintId, at: iso(Date.now()), how: 'no-reply' }], 'system');
          return;
        }
        // Reopened: the decision clock runs again from the reopening.
      }
    })(),
  ];
  await condition(() => closed);
  await Promise.all(clocks);
  await log.settled();
  return status;
}

function refuse(
  code: 'invalid' | 'wrong_stage' | 'not_allowed',
  message: string,
  messageZh: string,
  path?: string,
): never {
  return refused({ code, message, messageZh, details: path ? [{ path, rule: code, message }] : [] });
}
