import type { DataSource } from 'typeorm';
import type { ServiceAccount } from '../../../domain/src/service/accounts';
import { appendToStreams } from '../event-store/event-store';
import { project } from '../read-models/projector';
import { AccountsExistError, opened } from './accounts-store';

/**
 * A large account import, in batches: the checked rows are staged in Postgres, then appended
 * batch by batch (each batch's accounts and the import's progress in one transaction, so a retried
 * batch finds itself done), after one check that none of the accounts exists yet.
 */
export const IMPORT_BATCH = 2_000;
const STAGE_CHUNK = 5_000;

export interface AccountImportStatus {
  id: string;
  status: 'running' | 'done' | 'refused' | 'failed';
  total: number;
  imported: number;
  createdAt: string;
  finishedAt: string | null;
  problem: unknown;
}

export async function stageAccountImport(
  dataSource: DataSource,
  input: { id: string; by: string; accounts: ServiceAccount[] },
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO account_imports (id, created_by, total) VALUES ($1, $2, $3)`, [
      input.id,
      input.by,
      input.accounts.length,
    ]);
    for (let at = 0; at < input.accounts.length; at += STAGE_CHUNK)
      await manager.query(
        `INSERT INTO account_import_rows (import_id, position, account)
         SELECT $1, $2 + ordinality::int - 1, value FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY`,
        [input.id, at, JSON.stringify(input.accounts.slice(at, at + STAGE_CHUNK))],
      );
  });
}

/** Refuses the whole import (AccountsExistError) when any of its accounts exists already. */
export async function checkAccountImport(dataSource: DataSource, id: string): Promise<{ total: number }> {
  const existing: { provider_id: string; account_no: string }[] = await dataSource.query(
    `SELECT a.provider_id, a.account_no FROM account_import_rows r
       JOIN service_accounts a ON a.provider_id = r.account->>'providerId' AND a.account_no = r.account->>'accountNo'
      WHERE r.import_id = $1 ORDER BY r.position LIMIT 500`,
    [id],
  );
  if (existing.length) {
    const list = existing.map((r) => ({ providerId: r.provider_id, accountNo: r.account_no }));
    await finishAccountImport(dataSource, id, 'refused', { accountsExist: list });
    throw new AccountsExistError(list);
  }
  const [row]: { total: number }[] = await dataSource.query(`SELECT total FROM account_imports WHERE id = $1`, [id]);
  return { total: row.total };
}

/** Appends rows [from, from + size) unless an earlier attempt already did; returns the progress. */
export async function importAccountBatch(
  dataSource: DataSource,
  input: { id: string; from: number; size: number },
): Promise<{ imported: number }> {
  const [progress]: { imported: number }[] = await dataSource.query(
    `SELECT imported FROM account_imports WHERE id = $1`,
    [input.id],
  );
  if (progress.imported > input.from) return progress;
  const rows: { account: ServiceAccount }[] = await dataSource.query(
    `SELECT account FROM account_import_rows WHERE import_id = $1 AND position >= $2 AND position < $3 ORDER BY position`,
    [input.id, input.from, input.from + input.size],
  );
  const batch = rows.map((r) => opened(r.account));
  await appendToStreams(
    dataSource,
    batch.map((b) => ({ streamId: b.streamId, expectedVersion: 0, events: [b.event] })),
    async (manager, appended) => {
      await project(manager, appended);
      await manager.query(`UPDATE account_imports SET imported = $2 WHERE id = $1`, [
        input.id,
        input.from + rows.length,
      ]);
    },
  );
  return { imported: input.from + rows.length };
}

export async function finishAccountImport(
  dataSource: DataSource,
  id: string,
  status: 'done' | 'refused' | 'failed',
  problem?: unknown,
): Promise<AccountImportStatus> {
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `UPDATE account_imports SET status = $2, problem = $3, finished_at = now() WHERE id = $1 AND status = 'running'`,
      [id, status, problem === undefined ? null : JSON.stringify(problem)],
    );
    await manager.query(`DELETE FROM account_import_rows WHERE import_id = $1`, [id]);
  });
  return (await accountImportStatus(dataSource, id))!;
}

export async function accountImportStatus(dataSource: DataSource, id: string): Promise<AccountImportStatus | null> {
  const [row] = await dataSource.query(
    `SELECT id, status, total, imported, created_at, finished_at, problem FROM account_imports WHERE id = $1`,
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    total: row.total,
    imported: row.imported,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    problem: row.problem,
  };
}
