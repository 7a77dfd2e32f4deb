import { condition, defineQuery, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../libs/domain/src/calendar/local-date';
import { computeDeadline } from '../libs/domain/src/calendar/deadline';
import { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import {
  consultationTerms,
  type ConsultationInput,
  type ConsultationPart,
  type ConsultationStage,
  type ConsultationStatus,
} from '../libs/domain/src/consultations/consultation';
import type { Utility } from '../libs/domain/src/form/utilities';
import type { Party, Track } from '../libs/domain/src/process/events';
import { DecisionLog, type Decided } from './decision-log';
import type { Actor } from './messages';
import { refused } from './refusals';

const { pinApplication } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export type ConsultationAction =
  | { action: 'answer'; answer: string }
  | { action: 'route'; utility: Utility; note: string }
  | { action: 'publish'; question: string; answer: string }
  | { action: 'convert'; applicationId: string };

/** Who acts: their role, and for staff their provider. */
export type ConsultationActor = Actor & { provider?: string };
export const consultationActionUpdate = defineUpdate<ConsultationStatus, [ConsultationActor, ConsultationAction]>(
  'consultationAction',
);
export const consultationStatusQuery = defineQuery<ConsultationStatus>('consultationStatus');
export const consultationWorkflowId = (consultationId: string) => `consultation-${consultationId}`;

const iso = (ms: number) => new Date(ms).toISOString();
const WINDOW: Party = { kind: 'window' };
const DAY_MS = 86_400_000;

/**
 * One consultation (workflow id consultation-<id>), written the 0.3 way: the catalog and calendar
 * pinned when it is asked, deadlines counted here, each decision one append. The window replies
 * within its limit (an answer, or a part routed to a provider); each routed part is answered by
 * its provider within the provider's limit. A limit missed is a breach, once, and stays one when
 * the answer comes late. Answered, it stays open for the asker to turn into an application.
 */
export async function consultation(input: ConsultationInput): Promise<ConsultationStatus> {
  const { consultationId } = input;
  const pin = await pinApplication({ at: input.askedAt });
  const calendar = new WorkingCalendar(pin.calendarYears);
  const terms = consultationTerms(pin.catalog);
  const due = (fromMs: number, days: number) =>
    computeDeadline(new Date(fromMs), { amount: days, unit: 'workingDays' }, calendar).dueAt.getTime();
  const workingDays = (fromMs: number, toMs: number) =>
    calendar.workingDaysBetween(shanghaiDate(new Date(fromMs)), shanghaiDate(new Date(toMs)));
  const log = new DecisionLog(`consultation-${consultationId}`, {
    applicationId: consultationId,
    applicantId: input.askerId,
  });

  const askedMs = Date.parse(input.askedAt);
  const replyDue = due(askedMs, terms.windowDays);
  let replied = false;
  const parts: ConsultationPart[] = [];
  let published = false;
  let converted = false;
  let closed = false;
  let lastActivity = askedMs;
  const breached = new Set<string>();
  const answered = () => replied && parts.every((p) => p.answeredAt !== null);
  const status = (): ConsultationStatus =>
    closed ? 'closed' : answered() ? 'answered' : parts.some((p) => !p.answeredAt) ? 'routed' : 'asked';

  const openPartOf = (provider: string | undefined) =>
    parts.find((p) => p.providerId === provider && p.answeredAt === null);
  // The clocks: the window's reply, and each routed part's answer — breached once, at its
  // deadline, if not answered by then; a late answer does not breach again.
  const breach = async (stage: ConsultationStage, track: Track, dueAt: number, party: Party) => {
    const key = `${stage}/${track}`;
    if (breached.has(key)) return;
    breached.add(key);
    await log.record([{ type: 'SlaBreached', track, stage, party, dueAt: iso(dueAt), at: iso(dueAt) }], 'system');
  };
  const watchPart = async (part: ConsultationPart) => {
    const dueAt = Date.parse(part.dueAt);
    const inTime = await condition(() => part.answeredAt !== null || closed, Math.max(1, dueAt - Date.now()));
    if (!inTime) await breach('consultation-answer', part.utility, dueAt, { kind: 'provider', id: part.providerId });
  };
  const clocks: Promise<void>[] = [];

  await log.record([{ type: 'ConsultationAsked', ...input, replyDueAt: iso(replyDue) }], input.askerId, 'task');

  setHandler(consultationStatusQuery, status);
  setHandler(
    consultationActionUpdate,
    async (actor: ConsultationActor, command: ConsultationAction) => {
      const at = Date.now();
      const by = actor.sub;
      lastActivity = at;
      let events: Decided[] = [];
      switch (command.action) {
        case 'answer': {
          const part = actor.role === 'staff' ? openPartOf(actor.provider) : undefined;
          if (part) part.answeredAt = iso(at);
          else replied = true;
          events = [
            {
              type: 'ConsultationAnswered',
              consultationId,
              party: part ? { kind: 'provider', id: part.providerId } : WINDOW,
              ...(part ? { utility: part.utility } : {}),
              answer: command.answer,
              at: iso(at),
              by,
              workingDays: workingDays(part ? Date.parse(part.routedAt) : askedMs, at),
            },
          ];
          break;
        }
        case 'route': {
          replied = true;
          const part: ConsultationPart = {
            utility: command.utility,
            providerId: pin.catalog.providers[command.utility].id,
            note: command.note,
            routedAt: iso(at),
            dueAt: iso(due(at, terms.providerDays)),
            answeredAt: null,
          };
          parts.push(part);
          clocks.push(watchPart(part));
          events = [{ type: 'ConsultationRouted', consultationId, ...withoutAnswer(part), at: iso(at), by }];
          break;
        }
        case 'publish':
          published = true;
          events = [
            {
              type: 'ConsultationPublished',
              consultationId,
              utilities: input.utilities,
              question: command.question,
              answer: command.answer,
              at: iso(at),
              by,
            },
          ];
          break;
        case 'convert':
          converted = true;
          events = [
            { type: 'ConsultationConverted', consultationId, convertedTo: command.applicationId, at: iso(at), by },
          ];
          break;
      }
      await log.record(events, by);
      return status();
    },
    {
      // Checked before anything changes: two clerks routing at once get one part and a 409.
      validator: (actor: ConsultationActor, command: ConsultationAction) => {
        const window = actor.role === 'window' || actor.role === 'admin';
        if (closed) refuse('wrong_stage', 'This consultation is closed.', '该咨询已结束');
        switch (command.action) {
          case 'answer':
            if (actor.role === 'staff') {
              if (!openPartOf(actor.provider))
                refuse('not_allowed', 'No part of this consultation waits for your answer.', '没有待您答复的部分');
            } else if (!window) refuse('not_allowed', 'Only the window answers.', '只有一窗可以答复');
            break;
          case 'route':
            if (!window) refuse('not_allowed', 'Only the window routes a consultation.', '只有一窗可以转交');
            if (parts.some((p) => p.utility === command.utility && !p.answeredAt))
              refuse(
                'wrong_stage',
                `The ${command.utility} part is already with its provider.`,
                '该部分已转交供应单位',
                'utility',
              );
            break;
          case 'publish':
            if (!window) refuse('not_allowed', 'Only the window publishes to the FAQ.', '只有一窗可以发布到常见问题');
            if (!replied && !parts.some((p) => p.answeredAt))
              refuse('wrong_stage', 'Answer it before publishing it.', '请先答复再发布');
            if (published) refuse('wrong_stage', 'Already in the FAQ.', '已发布到常见问题');
            break;
          case 'convert':
            if (actor.role !== 'applicant' || actor.sub !== input.askerId)
              refuse(
                'not_allowed',
                'Only the asker turns a consultation into an application.',
                '只有咨询人可以转为申请',
              );
            if (converted) refuse('wrong_stage', 'Already turned into an application.', '已转为申请');
            break;
        }
      },
    },
  );

  clocks.push(
    (async () => {
      const inTime = await condition(() => replied || closed, Math.max(1, replyDue - Date.now()));
      if (!inTime) await breach('consultation-reply', 'joint', replyDue, WINDOW);
    })(),
  );

  // Open until answered and turned into an application, or answered and then left for `openDays`.
  for (;;) {
    await condition(answered);
    const active = lastActivity;
    const moved = await condition(
      () => converted || lastActivity !== active || !answered(),
      Math.max(1, active + terms.openDays * DAY_MS - Date.now()),
    );
    if (converted && answered()) {
      await log.record(
        [{ type: 'ConsultationClosed', consultationId, at: iso(Date.now()), how: 'converted' }],
        'system',
      );
      break;
    }
    if (!moved) {
      await log.record([{ type: 'ConsultationClosed', consultationId, at: iso(Date.now()), how: 'expired' }], 'system');
      break;
    }
  }
  closed = true;
  await Promise.all(clocks);
  await log.settled();
  return 'closed';
}

const withoutAnswer = ({ answeredAt: _a, routedAt: _r, ...part }: ConsultationPart) => part;

function refuse(
  code: 'invalid' | 'wrong_stage' | 'not_allowed',
  message: string,
  messageZh: string,
  path?: string,
): never {
  return refused({ code, message, messageZh, details: path ? [{ path, rule: code, message }] : [] });
}
