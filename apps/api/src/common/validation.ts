import { HttpStatus, StandardSchemaValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { hasMessage, problemMessage, toProblem, type IssueLike } from '../../../../libs/domain/src/validation/problems';
import { ApiError, type ErrorDetail } from './api-error';

/** The openings of zod's own English messages ("Invalid input: expected string, received undefined"). */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key|Expected)/;

/**
 * An issue as the API reports it: a stable rule with its parameters, and the message in English and
 * Chinese from the same wording the web app shows (libs/domain/src/validation/problems.ts).
 */
function toDetail(issue: StandardSchemaV1.Issue, where: string, input: unknown): ErrorDetail {
  const problem = toProblem(issue as unknown as IssueLike, input);
  const path = problem.path === '(form)' ? '' : problem.path;
  return {
    path: [where, path].filter(Boolean).join('.') || '(body)',
    rule: problem.rule,
    // A message a schema wrote for its field stays; zod's generic English gives way to ours.
    message:
      ZOD_DEFAULT.test(issue.message) && hasMessage(problem.rule) ? problemMessage(problem, 'en') : issue.message,
    messageZh: problemMessage(problem, 'zh'),
    params: problem.params,
  };
}

/** Where a route argument comes from, as error paths name it: `path.id`, `query.page`, or the body's own paths. */
function whereOf(metadata: ArgumentMetadata): string {
  if (metadata.type === 'param') return `path${metadata.data ? `.${metadata.data}` : ''}`;
  if (metadata.type === 'query') return `query${metadata.data ? `.${metadata.data}` : ''}`;
  return '';
}

/** The global validation pipe: every @Body/@Query/@Param with a schema, every problem reported where it is. */
class LianbaoValidationPipe extends StandardSchemaValidationPipe {
  override async transform<T = unknown>(value: T, metadata: ArgumentMetadata): Promise<T> {
    const where = whereOf(metadata);
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof IssuesError) throw error.toApiError(where, value);
      throw error;
    }
  }
}

class IssuesError extends Error {
  constructor(readonly issues: readonly StandardSchemaV1.Issue[]) {
    super('validation failed');
  }

  toApiError(where: string, input: unknown): ApiError {
    const n = this.issues.length;
    return new ApiError(
      HttpStatus.BAD_REQUEST,
      'validation_failed',
      `The request is not valid: ${n} problem${n === 1 ? '' : 's'}.`,
      this.issues.map((issue) => toDetail(issue, where, input)),
      '请求内容不符合要求',
    );
  }
}

export const validationPipe = new LianbaoValidationPipe({ exceptionFactory: (issues) => new IssuesError(issues) });
