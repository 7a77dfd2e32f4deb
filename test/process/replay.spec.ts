import fs from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { workerDataConverterFor } from '../../libs/temporal/src/codec';
import { TEST_CODEC_KEYS } from '../support/apps';
import { HISTORIES_DIR } from '../support/histories';
import { WORKFLOWS_PATH } from '../support/process';
import { workflowBundle } from '../support/temporal';
import { submissionToDispatch, updateRoundTrips } from '../../scripts/bench/history-counts';

// Recorded from the process specs (RECORD_HISTORIES=1 npm test) and committed, release by release:
// 0.1's at the top of test/histories, each later release's in a folder of its own. Every one is
// replayed on today's workflow code, so a change that would break executions already running —
// of any release — fails CI. Histories are never rewritten; a new path gets a new name.
const RELEASE_0_2_PATHS = [
  'joint-all-four-connected',
  'connection-power-from-appointment',
  'connection-power-paid-once',
  'connection-power-permit-working-time',
  'connection-power-permit-and-missed-survey',
  'joint-supplement-working-time',
  'joint-partial-withdrawal',
  'joint-calendar-reloaded',
  'connection-gas-catalog-failed',
];
const RELEASES: Record<string, string[]> = {
  '0.1': [
    'joint-all-four-connected',
    'connection-power-simple',
    'connection-power-breached-restarted',
    'connection-power-permit-agency-late',
    'connection-power-fast-track',
    'joint-supplement-paused',
    'joint-withdrawn',
    'connection-power-withdrawn',
    'connection-power-survey-missed',
  ],
  '0.2': RELEASE_0_2_PATHS,
  // Release 0.2's paths again, with the LOCAL_READS and COALESCED_APPENDS markers (fewer round
  // trips); and the interruption workflow's paths (after connection, issue 11).
  '0.2.1': [
    ...RELEASE_0_2_PATHS,
    'interruption-power-corrected',
    'interruption-power-planned-short-notice',
    'interruption-power-breached-closed',
  ],
  // Release 0.3: one marker, clocks counted in workflow code, one append per decision, children
  // started together. The interruption workflow keeps 0.2.1's code but for one patch: an arrival
  // report answers once the arrival clock's completion is stored.
  // Tariff-change notices, complaints and consultations start in 0.3.
  '0.3': [
    ...RELEASE_0_2_PATHS,
    'connection-water-withdrawn',
    'interruption-arrival-settled',
    'tariff-notice-reminded-in-force',
    'tariff-notice-withdrawn',
    'complaint-escalated-upheld',
    'consultation-routed-late-converted',
    'rating-follow-up-late-recorded',
  ],
};
const fileOf = (release: string, name: string) =>
  path.join(HISTORIES_DIR, ...(release === '0.1' ? [] : [release]), `${name}.pb`);

describe('stored histories of every release replay deterministically on the current workflow code', () => {
  it('has a stored history for every listed path, and lists every stored history', () => {
    const stored = (dir: string, release: string) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.pb'))
        .map((f) => `${release}/${f.replace(/\.pb$/, '')}`);
    const found = [
      ...stored(HISTORIES_DIR, '0.1'),
      ...fs
        .readdirSync(HISTORIES_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => stored(path.join(HISTORIES_DIR, d.name), d.name)),
    ];
    const listed = Object.entries(RELEASES).flatMap(([release, names]) => names.map((n) => `${release}/${n}`));
    expect(found.sort()).toEqual(listed.sort());
  });

  it.each(Object.keys(RELEASES))(
    'replays every history of release %s without a non-determinism error',
    async (release) => {
      const histories = RELEASES[release].map((name) => ({
        workflowId: `${release}/${name}`,
        history: temporal.api.history.v1.History.decode(fs.readFileSync(fileOf(release, name))),
      }));
      // Histories recorded through the API's stack carry payloads sealed by its codec (the tests'
      // fixed key); the codec passes the unsealed ones of earlier recordings through unchanged.
      const results = Worker.runReplayHistories(
        {
          workflowBundle: await workflowBundle(WORKFLOWS_PATH),
          dataConverter: workerDataConverterFor(TEST_CODEC_KEYS),
        },
        histories,
      );
      const failures: string[] = [];
      let replayed = 0;
      for await (const result of results) {
        replayed++;
        if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
      }
      expect(failures).toEqual([]);
      expect(replayed).toBe(histories.length);
    },
  );
});

describe('release 0.3 answers in fewer round trips (counted from the recorded histories)', () => {
  const load = (release: string, name: string) =>
    temporal.api.history.v1.History.decode(fs.readFileSync(fileOf(release, name)));

  it('takes an application from submission to dispatch in ≤ 5 workflow tasks and ≤ 3 activities (0.2.1 took far more)', () => {
    const [before, after] = ['0.2.1', '0.3'].map((r) => submissionToDispatch(load(r, 'joint-all-four-connected')));
    process.stdout.write(
      `submission → dispatch, parent only: 0.2.1 ${JSON.stringify(before)} · 0.3 ${JSON.stringify(after)}\n`,
    );
    expect(after.workflowTasks).toBeLessThanOrEqual(5);
    expect(after.activities + after.localActivities).toBeLessThanOrEqual(3);
    expect(before.workflowTasks).toBeGreaterThan(after.workflowTasks);
  });

  it('answers each staff action in ≤ 2 workflow tasks', () => {
    const actions = ['connection-power-from-appointment', 'connection-power-permit-working-time'].flatMap((name) =>
      updateRoundTrips(load('0.3', name)).filter((u) => u.name === 'staffAction' || u.name === 'permitDecision'),
    );
    process.stdout.write(
      `staff actions in 0.3: ${actions.map((a) => `${a.name} ${a.workflowTasks}`).join(', ')} workflow tasks\n`,
    );
    expect(actions.length).toBeGreaterThan(3);
    expect(actions.filter((a) => a.workflowTasks > 2)).toEqual([]);
  });
});
