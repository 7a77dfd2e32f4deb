import { HttpException, HttpStatus } from '@nestjs/common';

export interface ErrorDetail {
  /** Where the problem is, e.g. "applicant.mobile" or "header.idempotency-key". */
  path: string;
  /** The rule that was broken, e.g. "required", "too_small", "invalid_format". */
  rule: string;
  message: string;
  /** The same in Chinese, where the rule has its wording (validation problems). */
  messageZh?: string;
  /** The rule's parameters, e.g. { minimum: 15 }, so a client can word it in its own language. */
  params?: Record<string, unknown>;
}

export type ErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'business_rule'
  | 'unavailable'
  | 'method_not_allowed'
  | 'internal';

/** The one error body Lianbao's API returns: { error: { code, message, details } }. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; messageZh?: string; details: ErrorDetail[] };
}

export class ApiError extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly messageZh?: string,
  ) {
    super(message, status);
  }

  body(): ErrorBody {
    const { code, message, details, messageZh } = this;
    return { error: { code, message, ...(messageZh ? { messageZh } : {}), details } };
  }
}
