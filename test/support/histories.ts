import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/** Release 0.1's histories sit at the top; each later release records into a folder of its own. */
export const HISTORIES_DIR = path.resolve(__dirname, '..', 'histories');
// 0.3: one marker, clocks counted in workflow code, one append per decision (workflows/messages.ts).
export const RELEASE_HISTORIES_DIR = path.join(HISTORIES_DIR, '0.3');

/**
 * With RECORD_HISTORIES=1, a test saves the histories of the paths it drove, for the replay test
 * to replay in every later run (so a non-deterministic change to workflow code fails CI).
 */
export async function recordHistory(name: string, handle: WorkflowHandle): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const file = path.join(RELEASE_HISTORIES_DIR, `${name}.pb`);
  // A release's histories are evidence of what its executions look like: never overwrite one
  // (a changed path is recorded under a new name).
  if (fs.existsSync(file)) return;
  const history = await handle.fetchHistory();
  fs.mkdirSync(RELEASE_HISTORIES_DIR, { recursive: true });
  // Binary protobuf: exact, and independent of JSON codecs' quirks across SDK versions.
  fs.writeFileSync(file, temporal.api.history.v1.History.encode(history).finish());
}
