// Prebuilds the workflow bundle for production workers (npm run build), so they start without webpack.
import fs from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { defaultBundlePath, workflowsPath } from '../apps/worker/src/workflow-bundle';

async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath, logger: undefined });
  fs.writeFileSync(defaultBundlePath, code);
  process.stdout.write(`workflow bundle: ${defaultBundlePath} (${(code.length / 1024).toFixed(0)} KiB)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
