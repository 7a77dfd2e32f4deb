import { CancellationScope, isCancellation, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';

const { replayWhatIfPage } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { maximumInterval: '30 seconds' },
});
const { finishWhatIfRun } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds' });

/**
 * A what-if replay of a draft catalog over a period (its run is stored in `what_if_runs` by the
 * API first): page by page, each page's comparison merged into the run, so progress shows as it
 * goes. Cancelling stops it between pages, and the run says so. It reads the event store and
 * writes only its own run: never the live ledger or breaches.
 */
export async function whatIfReplay(input: { runId: string }): Promise<{ status: string; done: number }> {
  let after: string | null = null;
  let done = 0;
  // Open clocks count up to now on the workflows' own clock, the one the live clocks keep.
  const until = new Date(Date.now()).toISOString();
  try {
    for (;;) {
      const page: { next: string | null; done: number } = await replayWhatIfPage({ runId: input.runId, after, until });
      done += page.done;
      if (!page.next) break;
      after = page.next;
    }
  } catch (error) {
    const status = isCancellation(error) ? 'cancelled' : 'failed';
    await CancellationScope.nonCancellable(() => finishWhatIfRun({ runId: input.runId, status }));
    if (status === 'cancelled') return { status, done };
    throw error;
  }
  await finishWhatIfRun({ runId: input.runId, status: 'done' });
  return { status: 'done', done };
}
