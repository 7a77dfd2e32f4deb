import { HttpStatus } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Refusal } from '../../../../libs/domain/src/process/refusal';
import { ApiError, type ErrorCode } from './api-error';

const STATUS: Record<Refusal['code'], [HttpStatus, ErrorCode]> = {
  invalid: [HttpStatus.BAD_REQUEST, 'validation_failed'],
  not_allowed: [HttpStatus.FORBIDDEN, 'forbidden'],
  wrong_stage: [HttpStatus.CONFLICT, 'conflict'],
  permit_required: [HttpStatus.CONFLICT, 'conflict'],
  zero_burden: [HttpStatus.UNPROCESSABLE_ENTITY, 'business_rule'],
};

/** A workflow's refusal (an Update validator's ApplicationFailure) as the API's error. */
export function refusalToApiError(error: unknown): ApiError | undefined {
  // Callers check that the application exists and is visible first, so a workflow that cannot be
  // found has ended: the application was completed, rejected or withdrawn.
  if (error instanceof WorkflowNotFoundError)
    return new ApiError(
      HttpStatus.CONFLICT,
      'conflict',
      "This application's process has ended (completed, rejected or withdrawn); nothing more can be done to it.",
      [{ path: 'id', rule: 'closed', message: 'the process has ended' }],
      '该申请流程已结束',
    );
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  const refusal = cause.details?.[0] as Refusal | undefined;
  const [status, code] = STATUS[(cause.type ?? '') as Refusal['code']] ?? [HttpStatus.CONFLICT, 'conflict'];
  return new ApiError(status, code, cause.message, refusal?.details ?? [], refusal?.messageZh);
}

/** Runs a workflow command, turning refusals into 4xx errors; anything else propagates. */
export async function command<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw refusalToApiError(error) ?? error;
  }
}
