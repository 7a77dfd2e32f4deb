import { defineQuery, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { effectiveAt, reminderAt, type TariffNotice } from '../libs/domain/src/tariffs/tariff-notice';

const { recordTariffStep } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export type TariffNoticeStage = 'published' | 'reminded' | 'in-force';
export const tariffNoticeStageQuery = defineQuery<TariffNoticeStage>('tariffNoticeStage');
export const tariffNoticeWorkflowId = (noticeId: string) => `tariff-notice-${noticeId}`;

/**
 * One tariff-change notice (workflow id tariff-notice-<id>), written the 0.3 way: its times are
 * counted in workflow code from the notice itself, each step is one append. Published: every
 * affected account holder is told; a week before the effective day (09:00 Asia/Shanghai) they are
 * told again — a timer, not a poll; on the day, the change is in force and the workflow ends.
 */
export async function tariffNotice(notice: TariffNotice): Promise<TariffNoticeStage> {
  let stage: TariffNoticeStage = 'published';
  setHandler(tariffNoticeStageQuery, () => stage);
  await recordTariffStep({ notice, step: 'published', version: 0, at: notice.publishedAt });

  const remindAt = reminderAt(notice.effectiveDate);
  // Published within the last week (an admin correcting a date): the first notice was the reminder.
  if (remindAt > Date.parse(notice.publishedAt)) {
    await sleep(Math.max(1, remindAt - Date.now()));
    await recordTariffStep({ notice, step: 'reminded', version: 1, at: new Date(remindAt).toISOString() });
    stage = 'reminded';
  }
  const inForce = effectiveAt(notice.effectiveDate);
  await sleep(Math.max(1, inForce - Date.now()));
  await recordTariffStep({
    notice,
    step: 'in-force',
    version: stage === 'reminded' ? 2 : 1,
    at: new Date(inForce).toISOString(),
  });
  stage = 'in-force';
  return stage;
}
