import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failures with their message and stack trace moved into an encoded attribute, so the payload
 * codec encrypts them like everything else (a failure's message can quote what failed). Loaded
 * by path: the worker requires it, and the workflow bundle is built with it.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
