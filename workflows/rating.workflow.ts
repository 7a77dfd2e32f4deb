import { allHandlersFinished, condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../libs/domain/src/calendar/local-date';
import { computeDeadline } from '../libs/domain/src/calendar/deadline';
import { WorkingCalendar } from '../libs/domain/src/calendar/working-calendar';
import type { Party } from '../libs/domain/src/process/events';
import {
  FOLLOW_UP_DAYS,
  FOLLOW_UP_GIVE_UP_DAYS,
  needsFollowUp,
  type FollowUpOutcome,
  type RatingInput,
} from '../libs/domain/src/satisfaction/follow-up';
import { DecisionLog, type Decided } from './decision-log';
import type { Actor } from './messages';
import { refused } from './refusals';

const { pinApplication } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export const followUpUpdate = defineUpdate<void, [Actor, { outcome: FollowUpOutcome; note: string }]>('followUp');
export const ratingWorkflowId = (ratingId: string) => `rating-${ratingId}`;

const iso = (ms: number) => new Date(ms).toISOString();
const WINDOW: Party = { kind: 'window' };

/**
 * One rating (workflow id rating-<id>, one per person and thing rated), written the 0.3 way. It
 * records the rating (unless its own workflow did: a connection's) and, for a 1 or a 2, opens the
 * window's follow-up in the same append, due in working days on the calendar pinned at the rating;
 * missed, it is a breach once; recorded, the workflow ends.
 */
export async function rating(input: RatingInput): Promise<void> {
  const { ratingId } = input;
  const followUp = needsFollowUp(input.score);
  if (!input.record && !followUp) return;
  const pin = await pinApplication({ at: input.ratedAt });
  const calendar = new WorkingCalendar(pin.calendarYears);
  const ratedMs = Date.parse(input.ratedAt);
  const dueAt = computeDeadline(new Date(ratedMs), { amount: FOLLOW_UP_DAYS, unit: 'workingDays' }, calendar).dueAt;
  const log = new DecisionLog(`rating-${ratingId}`, { applicationId: ratingId, applicantId: input.raterId });
  const { subject, raterId, score, services } = input;
  const opened: Decided[] = [
    ...(input.record
      ? [
          {
            type: 'Rated',
            ratingId,
            subject,
            raterId,
            score,
            ...(input.comment === undefined ? {} : { comment: input.comment }),
            services,
            at: input.ratedAt,
          },
        ]
      : []),
    ...(followUp
      ? [
          {
            type: 'FollowUpOpened',
            ratingId,
            subject,
            raterId,
            score,
            services,
            ratedAt: input.ratedAt,
            dueAt: iso(dueAt.getTime()),
          },
        ]
      : []),
  ];
  // A pure function of the input and the pin: recorded inside the first task.
  await log.record(opened, raterId, 'task');
  if (!followUp) return log.settled();

  let recorded = false;
  setHandler(
    followUpUpdate,
    async (actor: Actor, outcome: { outcome: FollowUpOutcome; note: string }) => {
      recorded = true;
      const at = Date.now();
      await log.record(
        [
          {
            type: 'FollowUpRecorded',
            ratingId,
            ...outcome,
            at: iso(at),
            by: actor.sub,
            workingDays: calendar.workingDaysBetween(shanghaiDate(new Date(ratedMs)), shanghaiDate(new Date(at))),
          },
        ],
        actor.sub,
      );
    },
    {
      validator: (actor: Actor, _outcome: { outcome: FollowUpOutcome; note: string }) => {
        if (actor.role !== 'window' && actor.role !== 'admin')
          refused({
            code: 'not_allowed',
            message: 'Only the window records a follow-up.',
            messageZh: '只有一窗可以记录回访',
            details: [],
          });
        if (recorded)
          refused({
            code: 'wrong_stage',
            message: 'This follow-up is already recorded.',
            messageZh: '该回访已记录',
            details: [],
          });
      },
    },
  );
  const inTime = await condition(() => recorded, Math.max(1, dueAt.getTime() - Date.now()));
  if (!inTime) {
    await log.record(
      [
        {
          type: 'SlaBreached',
          track: 'joint',
          stage: 'follow-up',
          party: WINDOW,
          dueAt: iso(dueAt.getTime()),
          at: iso(dueAt.getTime()),
        },
      ],
      'system',
    );
    const done = await condition(
      () => recorded,
      Math.max(1, ratedMs + FOLLOW_UP_GIVE_UP_DAYS * 86_400_000 - Date.now()),
    );
    if (!done) await log.record([{ type: 'FollowUpAbandoned', ratingId, at: iso(Date.now()) }], 'system');
  }
  await condition(allHandlersFinished);
  await log.settled();
}
