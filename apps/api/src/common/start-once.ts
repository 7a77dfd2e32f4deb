import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

/**
 * Starts a workflow whose id names the thing it records (with `REJECT_DUPLICATE`): true when this
 * call started it, false when it was running or done already — a keyed retry finds the first.
 */
export async function startedOnce(start: () => Promise<unknown>): Promise<boolean> {
  try {
    await start();
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}

/**
 * Reads back what a workflow's first task recorded, for a short while (the read model is written
 * by the same append): null when it is not readable yet — the caller answers 202, nothing is lost.
 */
export async function readSoon<T>(read: () => Promise<T | null>, withinMs = 10_000): Promise<T | null> {
  for (const until = Date.now() + withinMs; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    const found = await read();
    if (found) return found;
  }
  return null;
}
