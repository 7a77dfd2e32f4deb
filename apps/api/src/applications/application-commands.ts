import { createHash, randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../../../libs/config/src';
import type { ApplicationFormInput } from '../../../../libs/domain/src/form/application-form';
import type { Utility } from '../../../../libs/domain/src/form/utilities';
import type { DocumentRef } from '../../../../libs/domain/src/documents/documents';
import type { PermitDecision, StaffAction } from '../../../../libs/domain/src/process/utility-connection';
import type { WindowAction } from '../../../../libs/domain/src/process/joint-application';
import { StageRow } from '../../../../libs/persistence/src';
import { fingerprint, sealForm, sealText } from '../../../../libs/persistence/src/personal-data/personal-data';
import type { ApplicantText } from '../../../../libs/domain/src/form/sealed-fields';
import { jointApplication } from '../../../../workflows/joint-application.workflow';
import {
  applicationWorkflowId,
  connectionWorkflowId,
  permitDecisionUpdate,
  rateUpdate,
  staffActionUpdate,
  submitUpdate,
  supplySupplementUpdate,
  windowActionUpdate,
  withdrawUpdate,
  type Actor,
} from '../../../../workflows/messages';
import { needsFollowUp } from '../../../../libs/domain/src/satisfaction/follow-up';
import { startRating } from '../satisfaction/start-rating';
import { ApiError } from '../common/api-error';
import { command } from '../common/workflow-errors';
import type { Principal } from '../auth/principal';

const READ_YOUR_WRITES_MS = 10_000;
/** Start, record and answer: past this the applicant hears "received, not readable yet" (202). */
const SUBMIT_DEADLINE_MS = 8_000;
const SEAL_DEADLINE_MS = 2_000;
const ACTION_DEADLINE_MS = 5_000;

/** JSON with sorted keys, so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const keyReused = () =>
  new ApiError(
    HttpStatus.CONFLICT,
    'conflict',
    'This Idempotency-Key was already used with a different body.',
    [
      {
        path: 'header.idempotency-key',
        rule: 'reused_with_different_body',
        message: 'use a new key for a new application',
      },
    ],
    '该幂等键已用于不同的申请内容',
  );

const temporalUnreachable = () =>
  new ApiError(
    HttpStatus.SERVICE_UNAVAILABLE,
    'unavailable',
    'The workflow service (Temporal) is unreachable. Retry shortly; a submission retried with the same Idempotency-Key is never duplicated.',
    [{ path: '(service)', rule: 'unavailable', message: 'The workflow service (Temporal)' }],
    '系统暂时无法处理，请稍后重试',
  );

/** The same applicant and Idempotency-Key always name the same application (and workflow). */
function idempotentId(applicantId: string, key: string): string {
  const h = sha256(`${applicantId}\n${key}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const actorOf = (user: Principal): Actor => ({
  sub: user.sub,
  role: user.role,
  provider: user.provider,
  agency: user.agency,
});

/** The API's only way to change anything: start workflows and send them Updates. */
@Injectable()
export class ApplicationCommands {
  constructor(
    @Inject(Client) private readonly client: Client,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * Starts the application's workflow. With an Idempotency-Key, a repeat with the same body
   * returns the first application (created: false); the same key with another body is a 409.
   */
  async submit(
    user: Principal,
    form: ApplicationFormInput,
    idempotencyKey?: string,
  ): Promise<{ id: string; created: boolean; recorded: boolean }> {
    const id = idempotencyKey ? idempotentId(user.sub, idempotencyKey) : randomUUID();
    const { sealed, bodyHash } = await this.seal(user.sub, id, form);
    // Update-with-Start: the workflow starts (or, for a keyed retry, is found running) and answers
    // the submission's Update once the application is in the store. No polling of the read model.
    const start = new WithStartWorkflowOperation(jointApplication, {
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowId: applicationWorkflowId(id),
      args: [{ applicationId: id, applicantId: user.sub, form: sealed, submittedAt: new Date().toISOString() }],
      memo: bodyHash ? { bodyHash } : undefined,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      // Bounded: during an outage the client would retry for ~20 s; the applicant gets an answer sooner.
      const answer = await this.client.connection.withDeadline(Date.now() + SUBMIT_DEADLINE_MS, () =>
        this.client.workflow.executeUpdateWithStart(submitUpdate, {
          args: [{ bodyHash }],
          startWorkflowOperation: start,
        }),
      );
      if (!answer.sameBody) throw keyReused();
      return { id, created: answer.created, recorded: true };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // Started, but not recorded in time (the database is down, or slow): the application
      // exists, whatever the database says — never a 503, which would invite a second one.
      const started = await start.workflowHandle().then(
        () => true,
        () => false,
      );
      if (started && !(error instanceof WorkflowUpdateFailedError)) return { id, created: true, recorded: false };
      // Not started and no answer in time: Temporal is out of reach. Nothing was created.
      if (!started && error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) throw temporalUnreachable();
      // A keyed retry of an application that has finished, or that an older release runs (it
      // knows no submission Update): the first request's fingerprint decides.
      if (!idempotencyKey || !(error instanceof WorkflowExecutionAlreadyStartedError || started)) throw error;
      return this.repeated(id, bodyHash);
    }
  }

  /** A keyed repeat the submission Update could not answer: same body, same application; else 409. */
  private async repeated(id: string, bodyHash: string | undefined) {
    const existing = await this.client.workflow.getHandle(applicationWorkflowId(id)).describe();
    // Without both fingerprints (one side was sent while the database was away) it is the same.
    const first = existing.memo?.bodyHash;
    if (first && bodyHash && first !== bodyHash) throw keyReused();
    try {
      await this.awaitProjection(id);
      return { id, created: false, recorded: true };
    } catch {
      return { id, created: false, recorded: false };
    }
  }

  /**
   * The form's personal and business fields sealed with the applicant's key before they enter
   * Temporal, so that deleting the key at erasure leaves them unreadable in its histories too; and
   * a fingerprint of the body under the same key, for telling a keyed retry from another body.
   * With the database out of reach the form goes as it is (the payload codec still encrypts it;
   * the append seals it for the store) rather than refusing the applicant: the README says so.
   */
  private async seal(
    applicantId: string,
    id: string,
    form: ApplicationFormInput,
  ): Promise<{ sealed: ApplicationFormInput; bodyHash: string | undefined }> {
    try {
      return await Promise.race([
        (async () => ({
          sealed: await sealForm(this.dataSource, applicantId, `application-${id}`, form),
          bodyHash: await fingerprint(this.dataSource, applicantId, canonical(form)),
        }))(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('sealing timed out')), SEAL_DEADLINE_MS)),
      ]);
    } catch {
      return { sealed: form, bodyHash: undefined };
    }
  }

  /**
   * Read-your-writes: the workflow records the submission, then opens the window's acceptance
   * clock, moments after it starts. The reply waits for both, so it shows the first deadline.
   */
  private async awaitProjection(id: string): Promise<void> {
    const deadline = Date.now() + READ_YOUR_WRITES_MS;
    const stages = this.dataSource.getRepository(StageRow);
    while (!(await stages.existsBy({ applicationId: id, track: 'joint', stage: 'acceptance' }))) {
      if (Date.now() > deadline)
        throw new ApiError(
          HttpStatus.SERVICE_UNAVAILABLE,
          'unavailable',
          'The application was accepted but is not recorded yet; retry the GET shortly.',
          [{ path: 'id', rule: 'pending', message: id }],
        );
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  windowAction(id: string, user: Principal, action: WindowAction) {
    return this.act(() => this.application(id).executeUpdate(windowActionUpdate, { args: [actorOf(user), action] }));
  }

  async supplement(id: string, user: Principal, supplement: { note: string; documents?: DocumentRef[] }) {
    const note = await this.sealed(user, supplement.note);
    return this.act(() =>
      this.application(id).executeUpdate(supplySupplementUpdate, { args: [actorOf(user), { ...supplement, note }] }),
    );
  }

  async withdraw(id: string, user: Principal, reason: string) {
    const sealed = await this.sealed(user, reason);
    return this.act(() =>
      this.application(id).executeUpdate(withdrawUpdate, { args: [actorOf(user), { reason: sealed }] }),
    );
  }

  async rate(id: string, user: Principal, rating: { score: number; comment?: string }) {
    const comment = rating.comment === undefined ? undefined : await this.sealed(user, rating.comment);
    const reply = await this.act(() =>
      this.application(id).executeUpdate(rateUpdate, {
        args: [actorOf(user), { score: rating.score, ...(comment === undefined ? {} : { comment }) }],
      }),
    );
    // A 1 or 2 opens the window's follow-up (the rating itself is the application's).
    if (needsFollowUp(rating.score)) {
      const services = await this.dataSource.query(
        `SELECT utility, provider_id AS "providerId" FROM application_services WHERE application_id = $1 ORDER BY utility`,
        [id],
      );
      await startRating(
        this.client,
        this.config,
        {
          subject: { kind: 'application', id },
          raterId: user.sub,
          score: rating.score,
          services,
          ratedAt: new Date().toISOString(),
          record: false,
        },
        'ignore',
      );
    }
    return reply;
  }

  /**
   * The applicant's own words sealed with their key before they enter Temporal, as the form's
   * fields are; as the text is, should the database be out of reach (the append seals it then).
   */
  private async sealed(user: Principal, text: string): Promise<ApplicantText> {
    if (user.role !== 'applicant') return text;
    try {
      return await Promise.race([
        sealText(this.dataSource, user.sub, `text-${randomUUID()}`, text),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('sealing timed out')), SEAL_DEADLINE_MS)),
      ]);
    } catch {
      return text;
    }
  }

  staffAction(id: string, utility: Utility, user: Principal, action: StaffAction) {
    return this.act(() =>
      this.client.workflow
        .getHandle(connectionWorkflowId(id, utility))
        .executeUpdate(staffActionUpdate, { args: [actorOf(user), action] }),
    );
  }

  permitDecision(id: string, utility: Utility, user: Principal, decision: PermitDecision) {
    return this.act(() =>
      this.client.workflow
        .getHandle(connectionWorkflowId(id, utility))
        .executeUpdate(permitDecisionUpdate, { args: [actorOf(user), decision] }),
    );
  }

  /**
   * An action waits at most ACTION_DEADLINE_MS for a worker to take it: during a worker or Temporal
   * outage the clerk hears so in seconds, not when the worker returns.
   */
  private async act<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await command(() => this.client.connection.withDeadline(Date.now() + ACTION_DEADLINE_MS, send));
    } catch (error) {
      const code = (error as { cause?: { code?: number } })?.cause?.code ?? (error as { code?: number })?.code;
      // gRPC DEADLINE_EXCEEDED (4), or the SDK's own word for it: nobody took the action in time.
      if (code !== 4 && !(error instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) throw error;
      throw new ApiError(
        HttpStatus.SERVICE_UNAVAILABLE,
        'unavailable',
        `No worker took the action within ${ACTION_DEADLINE_MS / 1000} s: the workers or Temporal are not answering. ` +
          'It may still be applied when they are back — look at the application before repeating it.',
        [{ path: '(service)', rule: 'unavailable', message: 'the workers (or Temporal)' }],
        '处理服务暂不可用，请稍后查看申请状态再操作',
      );
    }
  }

  private application(id: string) {
    return this.client.workflow.getHandle(applicationWorkflowId(id));
  }
}
