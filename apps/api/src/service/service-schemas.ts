import { HttpStatus } from '@nestjs/common';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { ApiError } from '../common/api-error';

/** What the service-after-connection controllers share: id rules, and reading a workflow's refusal. */
export const loose = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
export const iso = z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' });
export const providerId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a provider id');
export const isoOut = z.string();

/** The ApplicationFailure a workflow failed with, through its activity's failure. */
export function applicationFailure(error: unknown): ApplicationFailure | undefined {
  let cause: unknown = error instanceof WorkflowFailedError ? error.cause : undefined;
  while (cause && !(cause instanceof ApplicationFailure)) cause = (cause as { cause?: unknown }).cause;
  return cause as ApplicationFailure | undefined;
}

export function recordError(error: unknown): ApiError | undefined {
  const cause = applicationFailure(error);
  if (!cause) return undefined;
  if (cause.type === 'not_found') return new ApiError(HttpStatus.NOT_FOUND, 'not_found', cause.message, [], '未找到');
  if (cause.type === 'conflict') return new ApiError(HttpStatus.CONFLICT, 'conflict', cause.message, [], '状态冲突');
  return undefined;
}
