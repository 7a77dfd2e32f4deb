// Prebuilds the workflow bundle for production workers (npm run build), so they start without webpack.
import fs from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { defaultBundlePath, workflowsPath } from '../apps/worker/src/workflow-bundle';
import { failureConverterPath } from '../libs/temporal/src/codec';

async function main(): Promise<void> {
  // Built with the failure converter the workers load (messages and stacks go through the codec).
  const { code } = await bundleWorkflowCode({ workflowsPath, failureConverterPath, logger: undefined });
  fs.writeFileSync(defaultBundlePath, code);
  process.stdout.write(`workflow bundle: ${defaultBundlePath} (${(code.length / 1024).toFixed(0)} KiB)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
