import fs from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { HISTORIES_DIR } from '../support/histories';
import { WORKFLOWS_PATH } from '../support/process';
import { workflowBundle } from '../support/temporal';

// Recorded from the process specs (RECORD_HISTORIES=1 npm test) and committed. Replaying them
// with today's workflow code fails if a change would break workflows already running.
const MAIN_PATHS = [
  'joint-all-four-connected',
  'connection-power-simple',
  'connection-power-breached-restarted',
  'connection-power-permit-agency-late',
  'connection-power-fast-track',
  'joint-supplement-paused',
  'joint-withdrawn',
  'connection-power-withdrawn',
  'connection-power-survey-missed',
];

describe('stored histories replay deterministically on the current workflow code', () => {
  it('has a stored history for every main path', () => {
    const stored = fs
      .readdirSync(HISTORIES_DIR)
      .filter((f) => f.endsWith('.pb'))
      .map((f) => f.replace(/\.pb$/, ''));
    expect(stored.sort()).toEqual([...MAIN_PATHS].sort());
  });

  it('replays every one without a non-determinism error', async () => {
    const histories = MAIN_PATHS.map((name) => ({
      workflowId: name,
      history: temporal.api.history.v1.History.decode(fs.readFileSync(path.join(HISTORIES_DIR, `${name}.pb`))),
    }));
    const results = Worker.runReplayHistories({ workflowBundle: await workflowBundle(WORKFLOWS_PATH) }, histories);
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of results) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(MAIN_PATHS.length);
  });
});
