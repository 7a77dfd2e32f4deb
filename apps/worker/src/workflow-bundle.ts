import fs from 'node:fs';
import path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';
import { projectRoot } from '../../../libs/config/src';

/** Registered by path, not import: the bundler runs workflow code in its own deterministic sandbox. */
export const workflowsPath = path.join(projectRoot, 'workflows', 'index.ts');
export const defaultBundlePath = path.join(projectRoot, 'dist', 'workflow-bundle.js');

/**
 * Production builds ship a prebuilt bundle (npm run build), so a worker starts without webpack.
 * Without one (tests, development) the worker bundles the sources once at start.
 */
export function workflowSource(
  bundlePath = defaultBundlePath,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  return fs.existsSync(bundlePath) ? { workflowBundle: { codePath: bundlePath } } : { workflowsPath };
}
