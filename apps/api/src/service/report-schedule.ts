import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client, ScheduleAlreadyRunning } from '@temporalio/client';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { monthlyReport } from '../../../../workflows/admin.workflows';

/** The Schedule's id: one per task queue, so deployments (and test stacks) sharing a Temporal keep apart. */
export const reportScheduleId = (taskQueue: string) => `lianbao-monthly-report-${taskQueue}`;

/**
 * The monthly publication's Temporal Schedule: 09:00 Asia/Shanghai on each of the first ten days
 * of every month (the first working day is among them, whatever the holidays); each run checks
 * its nominal day against the working calendar, and only the first working day's run publishes.
 */
export async function ensureMonthlyReportSchedule(
  client: Client,
  taskQueue: string,
  options: { scheduleId?: string; paused?: boolean } = {},
): Promise<string> {
  const scheduleId = options.scheduleId ?? reportScheduleId(taskQueue);
  try {
    await client.schedule.create({
      scheduleId,
      spec: { calendars: [{ dayOfMonth: { start: 1, end: 10 }, hour: 9 }], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: monthlyReport, taskQueue, args: [] },
      policies: { overlap: 'ALLOW_ALL', catchupWindow: '10 days' },
      state: {
        paused: options.paused ?? false,
        note: 'Lianbao: the previous month’s report, on the first working day',
      },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  return scheduleId;
}

/** The API makes sure the Schedule exists when it starts (idempotent: many instances, one Schedule). */
@Injectable()
export class MonthlyReportSchedule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MonthlyReportSchedule');
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.MONTHLY_REPORT_SCHEDULE === 'off') return;
    // Not awaited: the API serves while Temporal is away; the Schedule is made when it answers.
    this.pending = ensureMonthlyReportSchedule(this.client, this.config.TEMPORAL_TASK_QUEUE).catch((error: unknown) =>
      this.logger.warn(`monthly report schedule not ensured: ${(error as Error).message}`),
    );
  }

  /** The client closes after this: let the attempt finish first (briefly). */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.race([this.pending, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }
}
