import type { DataSource } from 'typeorm';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import {
  appendToStream,
  EventConflictError,
  WrongExpectedVersionError,
  type StoredEvent,
} from '../libs/persistence/src/event-store/event-store';
import type { Metrics } from '../libs/metrics/src/metrics';
import { clearProblem, recordProblem } from '../libs/persistence/src/event-store/problems';
import { deterministicEventId } from '../libs/persistence/src/event-store/event-id';
import { project } from '../libs/persistence/src/read-models/projector';
import { FREE_TEXT, sealForm, sealFreeText } from '../libs/persistence/src/personal-data/personal-data';
import { openAccountsFor } from '../libs/persistence/src/service/accounts-store';
import { catalogVersion } from '../libs/persistence/src/catalog/catalog-store';
import { applicationNumber } from '../libs/persistence/src/applications/application-numbers';

export interface EventStoreDeps {
  dataSource: DataSource;
  metrics?: Metrics;
  /** The district's prefix of application numbers (APPLICATION_NUMBER_PREFIX). */
  numberPrefix?: string;
}

export interface AppendInput {
  streamId: string;
  expectedVersion: number;
  /** From release 0.3 each event names its own actor (one decision's events can mix actors). */
  events: { type: string; data: Record<string, unknown>; metadata?: Record<string, unknown> }[];
  metadata?: Record<string, unknown>;
}

/** This activity's attempt (1 the first time); 0 when called outside a Temporal activity. */
function attempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 0;
  }
}

/** Counts what an append actually stored (a retried append stores nothing and counts nothing). */
function count(metrics: Metrics | undefined, appended: StoredEvent[]): void {
  if (!metrics) return;
  for (const e of appended) {
    if (e.type === 'SlaBreached')
      metrics.breaches.inc({ party: String((e.data.party as { kind?: string } | undefined)?.kind ?? 'unknown') });
    if (e.type === 'CompensationAccrued')
      metrics.compensationFen.inc({ utility: String(e.data.track) }, Number(e.data.amountFen) || 0);
  }
}

export function createEventStoreActivities({ dataSource, metrics, numberPrefix = 'JD' }: EventStoreDeps) {
  /**
   * A submission is recorded with its application number (given once per application, so a
   * retried append records the same), and the form's personal fields, and what the applicant
   * wrote in their own words, never reach the store in clear (crypto-shredding, PIPL).
   */
  const sealPersonalData = async (streamId: string, eventId: string, event: AppendInput['events'][number]) => {
    const data = event.data as {
      applicantId?: string;
      submittedAt?: string;
      form?: { applicant: Record<string, unknown> };
      catalogVersion?: number;
    };
    if (FREE_TEXT[event.type] && data.applicantId)
      return sealFreeText(dataSource, data.applicantId, eventId, event.type, event.data);
    if (event.type !== 'ApplicationSubmitted' || !data.form || !data.applicantId) return event.data;
    const applicationId = streamId.replace(/^application-/, '');
    const number = await applicationNumber(dataSource, applicationId, data.submittedAt!, numberPrefix);
    const form = await sealForm(dataSource, data.applicantId, eventId, data.form);
    if (data.catalogVersion === undefined) return { number, ...event.data, form };
    // Release 0.3 names the pinned version (its workflow holds the catalog already): the event
    // records the catalog itself, as before, without a second copy in the workflow's history.
    const { catalogVersion: version, ...rest } = event.data;
    return { number, ...rest, catalog: await catalogVersion(dataSource, version as number), form };
  };

  return {
    /**
     * Appends a workflow's events and updates the read models in the same transaction, so a read
     * right after an Update returns sees its effect. Event ids derive from stream + version: a
     * retried append is recognised and appends nothing.
     */
    async appendEvents({ streamId, expectedVersion, events, metadata }: AppendInput): Promise<number> {
      const stored = await Promise.all(
        events.map(async (event, i) => {
          const eventId = deterministicEventId(streamId, expectedVersion + i + 1);
          const data = await sealPersonalData(streamId, eventId, event);
          return { eventId, type: event.type, data, metadata: event.metadata ?? metadata ?? {} };
        }),
      );
      const timer = metrics?.appendSeconds.startTimer();
      try {
        // A completed connection opens its account in the same transaction (see openAccountsFor).
        const { nextVersion, appended } = await appendToStream(
          dataSource,
          streamId,
          expectedVersion,
          stored,
          async (manager, events) => {
            await project(manager, events);
            await openAccountsFor(manager, events);
          },
        );
        timer?.();
        count(metrics, appended);
        // Only a retry can follow a failure this append recorded: a first attempt has nothing to clear.
        if (attempt() !== 1) await clearProblem(dataSource, streamId);
        return nextVersion;
      } catch (error) {
        metrics?.appendErrors.inc({ kind: error instanceof Error ? error.constructor.name : 'Error' });
        await recordProblem(dataSource, streamId, error).catch(() => undefined); // the database may be the problem
        // Another writer's event, or another version than this writer expects: retrying cannot
        // help. Fail the activity for good (the workflow fails, visibly) — see the README's runbook.
        if (error instanceof EventConflictError || error instanceof WrongExpectedVersionError)
          throw ApplicationFailure.nonRetryable(error.message, error.constructor.name);
        throw error; // e.g. a projection bug or an outage: retried until fixed, and visible meanwhile
      }
    },
  };
}
