// Workflows for npm run bench only (bundled by the bench, never registered by Lianbao's worker).
import { condition, defineUpdate, executeChild, proxyActivities, setHandler } from '@temporalio/workflow';
import { DecisionLog } from '../../workflows/decision-log';
import { PinnedCalendar, StageClock } from '../../workflows/stage-clock';

export const acceptUpdate = defineUpdate<void>('accept');

/** The raw engine doing Lianbao's journey shape: wait for one Update, then four children. */
export async function rawApplication(input: { noopActivities: number }): Promise<void> {
  let accepted = false;
  setHandler(acceptUpdate, () => {
    accepted = true;
  });
  const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '30 seconds' });
  for (let i = 0; i < input.noopActivities / 2; i++) await noop();
  await condition(() => accepted);
  await Promise.all(
    ['power', 'water', 'gas', 'broadband'].map((utility, i) =>
      executeChild(rawConnection, {
        args: [{ noopActivities: input.noopActivities / 8 }],
        workflowId: `${utility}-${i}-${Math.random()}`,
      }),
    ),
  );
}

export async function rawConnection(input: { noopActivities: number }): Promise<void> {
  const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '30 seconds' });
  for (let i = 0; i < input.noopActivities; i++) await noop();
}

/**
 * Timers at scale: one real StageClock (the same code the process runs) with a minute-level
 * limit, recording StageStarted and, when the deadline passes, SlaBreached in the event store.
 */
export async function benchClock(input: { applicationId: string; minutes: number }): Promise<void> {
  const log = new DecisionLog(`bench-clock-${input.applicationId}`, {
    applicationId: input.applicationId,
    applicantId: 'bench',
  });
  const clock = new StageClock(log, new PinnedCalendar([]), {
    track: 'joint',
    stage: 'acceptance',
    party: { kind: 'window' },
    limit: { amount: input.minutes, unit: 'minutes' },
  });
  await log.record(clock.start(), 'system');
  await condition(() => clock.breached);
  await log.settled(); // the breach is in the store; the clock would otherwise wait for a decision
}
