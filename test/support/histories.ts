import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'histories');

/**
 * With RECORD_HISTORIES=1, a test saves the histories of the paths it drove, for the replay test
 * to replay in every later run (so a non-deterministic change to workflow code fails CI).
 */
export async function recordHistory(name: string, handle: WorkflowHandle): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = await handle.fetchHistory();
  fs.mkdirSync(HISTORIES_DIR, { recursive: true });
  // Binary protobuf: exact, and independent of JSON codecs' quirks across SDK versions.
  fs.writeFileSync(path.join(HISTORIES_DIR, `${name}.pb`), temporal.api.history.v1.History.encode(history).finish());
}
