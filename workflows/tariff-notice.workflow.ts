import {
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import {
  effectiveAt,
  reminderAt,
  type TariffNotice,
  type TariffWithdrawal,
} from '../libs/domain/src/tariffs/tariff-notice';
import { refused } from './refusals';

const { recordTariffStep } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export type TariffNoticeStage = 'published' | 'reminded' | 'in-force' | 'withdrawn';
export const tariffNoticeStageQuery = defineQuery<TariffNoticeStage>('tariffNoticeStage');
export const tariffNoticeWorkflowId = (noticeId: string) => `tariff-notice-${noticeId}`;
/** Withdraw an announced change before it takes effect; answers once its holders are told. */
export const withdrawTariffNoticeUpdate = defineUpdate<TariffNoticeStage, [TariffWithdrawal & { by: string }]>(
  'withdrawTariffNotice',
);

/**
 * One tariff-change notice (workflow id tariff-notice-<id>), written the 0.3 way: its times are
 * counted in workflow code from the notice itself, each step is one append. Published: every
 * affected account holder is told; a week before the effective day (09:00 Asia/Shanghai) they are
 * told again — a timer, not a poll; on the day, the change is in force and the workflow ends.
 * Until then it may be withdrawn: those told are told it will not happen, and nothing follows.
 */
export async function tariffNotice(notice: TariffNotice): Promise<TariffNoticeStage> {
  let stage: TariffNoticeStage = 'published';
  let version = 0;
  let withdrawal: (TariffWithdrawal & { by: string }) | undefined;
  let withdrawn = false;
  setHandler(tariffNoticeStageQuery, () => stage);
  setHandler(
    withdrawTariffNoticeUpdate,
    async (w) => {
      withdrawal = w;
      await condition(() => withdrawn);
      return stage;
    },
    {
      validator: (_w: TariffWithdrawal & { by: string }) => {
        if (withdrawal) wrongStage('This notice has been withdrawn already.', '该公告已撤回');
        if (stage === 'in-force')
          wrongStage('The change is in force: it can no longer be withdrawn.', '调整已生效，不能撤回');
      },
    },
  );
  await recordTariffStep({ notice, step: 'published', version: version++, at: notice.publishedAt });

  /** Waits until `at` (epoch ms), or until a withdrawal arrives: true when the time came. */
  const until = async (at: number) => !(await condition(() => withdrawal !== undefined, Math.max(1, at - Date.now())));

  const remindAt = reminderAt(notice.effectiveDate);
  // Published within the last week (an admin correcting a date): the first notice was the reminder.
  if (remindAt > Date.parse(notice.publishedAt) && (await until(remindAt))) {
    await recordTariffStep({ notice, step: 'reminded', version: version++, at: new Date(remindAt).toISOString() });
    stage = 'reminded';
  }
  const inForce = effectiveAt(notice.effectiveDate);
  if (!withdrawal && (await until(inForce))) {
    await recordTariffStep({ notice, step: 'in-force', version, at: new Date(inForce).toISOString() });
    stage = 'in-force';
    return stage;
  }
  await recordTariffStep({ notice, step: 'withdrawn', version, at: new Date().toISOString(), withdrawal });
  stage = 'withdrawn';
  withdrawn = true;
  await condition(allHandlersFinished); // the withdrawal's Update answers before the workflow ends
  return stage;
}

const wrongStage = (message: string, messageZh: string) =>
  refused({ code: 'wrong_stage', message, messageZh, details: [{ path: 'id', rule: 'wrong_stage', message }] });
