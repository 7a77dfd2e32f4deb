import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject, Logger } from '@nestjs/common';
import { ServiceError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { ApiError, type ErrorBody, type ErrorCode } from './api-error';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'validation_failed',
  415: 'validation_failed',
  422: 'business_rule',
  503: 'unavailable',
};

/** A body over the parser's limit: how large it may be, in both languages. */
function tooLarge(limit: number): ErrorBody {
  const mb = Math.round(limit / 1024 / 1024);
  return {
    error: {
      code: 'validation_failed',
      message: `The body is larger than ${limit} bytes.`,
      messageZh: `内容过大：不能超过 ${mb} MB`,
      details: [
        {
          path: '(body)',
          rule: 'too_big',
          message: `at most ${limit} bytes`,
          messageZh: `不能超过 ${mb} MB`,
          params: { maximum: limit, origin: 'bytes' },
        },
      ],
    },
  };
}

/** Turns every exception into the one error shape; unknown errors become a logged 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }

  private describe(exception: unknown): [number, ErrorBody] {
    if (exception instanceof ApiError) return [exception.getStatus(), exception.body()];
    const limit =
      (exception as { limit?: number; cause?: { limit?: number } }).limit ??
      (exception as { cause?: { limit?: number } }).cause?.limit;
    const status413 =
      (exception as { status?: number }).status ?? (exception instanceof HttpException ? exception.getStatus() : 0);
    if (status413 === 413 && typeof limit === 'number') return [413, tooLarge(limit)];
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'validation_failed');
      // Express body-parser errors (malformed JSON, too large) arrive here as HttpExceptions.
      return [status, { error: { code, message: exception.message, details: [] } }];
    }
    const parserStatus = (exception as { status?: number; type?: string })?.status;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500) {
      const message = (exception as Error).message;
      return [parserStatus, { error: { code: 'validation_failed', message, details: [] } }];
    }
    const down = this.unavailable(exception);
    if (down)
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        {
          error: {
            code: 'unavailable',
            message: `${down} is unreachable. Retry shortly; a submission retried with the same Idempotency-Key is never duplicated.`,
            messageZh: '系统暂时无法处理，请稍后重试',
            details: [{ path: '(service)', rule: 'unavailable', message: down }],
          },
        },
      ];
    return [
      HttpStatus.INTERNAL_SERVER_ERROR,
      { error: { code: 'internal', message: 'An unexpected error occurred.', details: [] } },
    ];
  }

  /** Which dependency an error says is down, if any: an outage is a 503, not a 500. */
  private unavailable(exception: unknown): string | undefined {
    if (!this.dataSource.isInitialized) return 'The database';
    if (exception instanceof ServiceError) {
      const code = (exception.cause as { code?: number } | undefined)?.code;
      // gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4): Temporal did not answer.
      if (code === 14 || code === 4) return 'The workflow service (Temporal)';
    }
    const pgCode = (exception as { code?: string })?.code;
    if (typeof pgCode === 'string' && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P0[1-3]|08\d{3})$/.test(pgCode))
      return 'The database';
    if (
      exception instanceof Error &&
      /Connection terminated|timeout exceeded when trying to connect/i.test(exception.message)
    )
      return 'The database';
    return undefined;
  }
}
