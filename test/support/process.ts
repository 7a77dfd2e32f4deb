import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities, type Activities } from '../../activities';
import type { ApplicationFormInput } from '../../libs/domain/src/form/application-form';
import { sampleApplication } from '../../seeds/sample-application';
import type { Utility } from '../../libs/domain/src/form/utilities';
import type { StaffAction } from '../../libs/domain/src/process/utility-connection';
import { readStream } from '../../libs/persistence/src';
import {
  applicationStatusQuery,
  applicationWorkflowId,
  connectionWorkflowId,
  staffActionUpdate,
  windowActionUpdate,
  type Actor,
  type WindowAction,
} from '../../workflows/messages';
import { jointApplication } from '../../workflows/joint-application.workflow';
import { workflowBundle } from './temporal';

export const PROVIDERS: Record<Utility, string> = {
  power: 'state-grid-jiading',
  water: 'jiading-water',
  gas: 'jiading-gas',
  broadband: 'telecom-jiading',
};

export const actors = {
  applicant: { sub: 'applicant-1', role: 'applicant' } as Actor,
  window: { sub: 'clerk-1', role: 'window' } as Actor,
  staff: (utility: Utility): Actor => ({ sub: `staff-${utility}`, role: 'staff', provider: PROVIDERS[utility] }),
  agency: (agency: 'road-authority' | 'traffic-police'): Actor => ({
    sub: `officer-${agency}`,
    role: 'agency',
    agency,
  }),
};

export const WORKFLOWS_PATH = require.resolve('../../workflows');

/** A worker on the environment with the real activities over the test database. */
export async function processWorker(
  env: TestWorkflowEnvironment,
  dataSource: DataSource,
  taskQueue: string,
  wrap: (activities: Activities) => Activities = (a) => a,
  options: { sticky?: boolean; workflowsPath?: string } = {},
): Promise<Worker> {
  return Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    // A worker a test will stop must not hold workflows on its sticky queue: the time-skipping
    // server would wait (with time frozen) for that queue's timeout before handing them over.
    ...(options.sticky === false ? { maxCachedWorkflows: 0 } : {}),
    workflowBundle: await workflowBundle(options.workflowsPath ?? WORKFLOWS_PATH),
    activities: wrap(createActivities({ dataSource })),
  });
}

/** Drives one application through the process, the way the API will. */
export class ApplicationDriver {
  readonly id = randomUUID();
  constructor(
    private readonly env: TestWorkflowEnvironment,
    private readonly taskQueue: string,
  ) {}

  get handle() {
    return this.env.client.workflow.getHandle<typeof jointApplication>(applicationWorkflowId(this.id));
  }

  connection(utility: Utility) {
    return this.env.client.workflow.getHandle(connectionWorkflowId(this.id, utility));
  }

  async submit(input: ApplicationFormInput = sampleApplication()) {
    await this.env.client.workflow.start(jointApplication, {
      taskQueue: this.taskQueue,
      workflowId: applicationWorkflowId(this.id),
      args: [
        {
          applicationId: this.id,
          applicantId: actors.applicant.sub,
          form: input,
          // The server's clock: the time-skipping server runs ahead of the wall clock.
          submittedAt: new Date(await this.env.currentTimeMs()).toISOString(),
        },
      ],
    });
    return this;
  }

  window(action: WindowAction) {
    return this.handle.executeUpdate(windowActionUpdate, { args: [actors.window, action] });
  }

  staff(utility: Utility, action: StaffAction, actor = actors.staff(utility)) {
    return this.connection(utility).executeUpdate(staffActionUpdate, { args: [actor, action] });
  }

  /** Now on the server's clock (the time-skipping server's runs ahead of the wall clock). */
  async now(): Promise<number> {
    return this.env.currentTimeMs();
  }

  /**
   * Accept, then, when several providers are involved, set the joint survey an hour from now
   * (its providers' clocks start at that appointment); the children are running afterwards.
   */
  async acceptAndSchedule(appointmentInMs = 3_600_000) {
    await this.window({ action: 'accept' });
    await this.waitFor(() => this.childrenStarted());
    if ((await this.handle.query(applicationStatusQuery)).utilities.length < 2) return undefined;
    const appointmentAt = new Date((await this.now()) + appointmentInMs).toISOString();
    await this.window({ action: 'schedule-joint-survey', appointmentAt });
    return appointmentAt;
  }

  async status() {
    return (await this.handle.query(applicationStatusQuery)).status;
  }

  private async childrenStarted(): Promise<boolean> {
    return (await this.status()) === 'in-progress';
  }

  async waitFor(predicate: () => Promise<boolean>, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the workflow');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Survey, plan with no external works, connect. */
  async connectSimply(utility: Utility) {
    await this.staff(utility, { action: 'record-survey', findings: 'Site ready; meter room in place.' });
    await this.staff(utility, {
      action: 'submit-plan',
      plan: {
        description: 'Connect from the existing main at the boundary.',
        quote: [{ item: 'Meter and fittings inside the site', amountFen: 80_000, outsideRedLine: false }],
        needsExternalWorks: false,
        needsExcavation: false,
      },
    });
    return this.staff(utility, {
      action: 'complete-connection',
      accountId: `${utility.toUpperCase()}-${this.id.slice(0, 8)}`,
    });
  }

  events(dataSource: DataSource, utility?: Utility) {
    return readStream(dataSource, utility ? connectionWorkflowId(this.id, utility) : applicationWorkflowId(this.id));
  }
}
