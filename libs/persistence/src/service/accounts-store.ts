import type { DataSource, EntityManager } from 'typeorm';
import type { StoredEvent } from '../event-store/event-store';
import { appendToStreams, toStored } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';
import { accountFromConnection, accountStreamId, type ServiceAccount } from '../../../domain/src/service/accounts';
import { serviceTermsOf } from '../../../domain/src/service/service-terms';
import type { Catalog } from '../../../domain/src/catalog/catalog';
import type { ApplicationForm } from '../../../domain/src/form/application-form';
import type { Utility } from '../../../domain/src/form/utilities';

/** The AccountOpened event of an account's stream (always its first, so its id is fixed). */
export const opened = (account: ServiceAccount) => {
  const streamId = accountStreamId(account.providerId, account.accountNo);
  return {
    streamId,
    event: {
      eventId: deterministicEventId(streamId, 1),
      type: 'AccountOpened',
      data: { account } as Record<string, unknown>,
      metadata: {},
    },
  };
};

/**
 * A completed connection opens its account, in the transaction that records the completion: the
 * account's stream gets AccountOpened (and the read model its row) or, if the provider gave an
 * account number already known (a reconnection, an imported account), keeps the account it has.
 * Called with what an append stored, after the projection, so the application's rows are current.
 */
export async function openAccountsFor(manager: EntityManager, appended: readonly StoredEvent[]): Promise<void> {
  for (const e of appended) {
    if (e.type !== 'ConnectionCompleted') continue;
    const data = e.data as {
      applicationId: string;
      applicantId: string;
      track: Utility;
      accountId: string;
      at: string;
    };
    const [row]: { form: ApplicationForm; provider_id: string; document: Catalog }[] = await manager.query(
      `SELECT a.form, s.provider_id, c.document
         FROM applications a
         JOIN application_services s ON s.application_id = a.id AND s.utility = $2
         JOIN catalog_versions c ON c.version = a.catalog_version
        WHERE a.id = $1`,
      [data.applicationId, data.track],
    );
    if (!row) continue; // not projected (cannot happen in one transaction; nothing to open from)
    const account = accountFromConnection({
      providerId: row.provider_id,
      accountNo: data.accountId,
      utility: data.track,
      applicantId: data.applicantId,
      applicationId: data.applicationId,
      form: row.form,
      terms: serviceTermsOf(row.document),
      openedAt: data.at,
    });
    const { streamId, event } = opened(account);
    const inserted: Parameters<typeof toStored>[0][] = await manager.query(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
       VALUES ($1, 1, $2, $3, 1, $4, '{}') ON CONFLICT DO NOTHING RETURNING *`,
      [streamId, event.eventId, event.type, JSON.stringify(event.data)],
    );
    if (inserted.length === 0) continue; // the account exists already
    await project(manager, inserted.map(toStored));
  }
}

export class AccountsExistError extends Error {
  constructor(readonly existing: { providerId: string; accountNo: string }[]) {
    super(`${existing.length} of these accounts exist already`);
  }
}

/** Imports accounts (all or none): each gets its stream and read-model row in one transaction. */
export async function importAccounts(dataSource: DataSource, accounts: ServiceAccount[]): Promise<number> {
  const existing: { provider_id: string; account_no: string }[] = await dataSource.query(
    `SELECT provider_id, account_no FROM service_accounts
      WHERE (provider_id, account_no) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [accounts.map((a) => a.providerId), accounts.map((a) => a.accountNo)],
  );
  if (existing.length)
    throw new AccountsExistError(existing.map((r) => ({ providerId: r.provider_id, accountNo: r.account_no })));
  const batch = accounts.map(opened);
  return appendToStreams(
    dataSource,
    batch.map((b) => ({ streamId: b.streamId, expectedVersion: 0, events: [b.event] })),
    project,
  );
}
