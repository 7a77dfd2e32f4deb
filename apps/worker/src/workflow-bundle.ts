import fs from 'node:fs';
import path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';
import { projectRoot } from '../../../libs/config/src';

/** Registered by path, not import: the bundler runs workflow code in its own deterministic sandbox. */
export const workflowsPath = path.join(projectRoot, 'workflows', 'index.ts');
export const defaultBundlePath = path.join(projectRoot, 'dist', 'workflow-bundle.js');

/** True when this module runs compiled from dist/, false when run from sources (jest). */
const compiled = __filename.endsWith('.js');

/**
 * Production builds ship a prebuilt bundle (npm run build), so a compiled worker starts without
 * webpack. Run from sources (tests), the worker always bundles the sources, so a stale dist/ can
 * never stand in for the code under test. WORKFLOW_BUNDLE_PATH names a bundle explicitly.
 */
export function workflowSource(explicitPath?: string): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> {
  if (explicitPath) return { workflowBundle: { codePath: explicitPath } };
  if (compiled && fs.existsSync(defaultBundlePath)) return { workflowBundle: { codePath: defaultBundlePath } };
  return { workflowsPath };
}
