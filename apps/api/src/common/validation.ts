import { HttpStatus, StandardSchemaValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ApiError, type ErrorDetail } from './api-error';

function toDetail(issue: StandardSchemaV1.Issue, where: string): ErrorDetail {
  const path = (issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('.');
  // Zod's issues carry a code, and our custom rules name themselves in params.rule.
  const zodIssue = issue as { code?: string; params?: { rule?: string } };
  const rule = zodIssue.params?.rule ?? zodIssue.code ?? 'invalid';
  return { path: [where, path].filter(Boolean).join('.') || '(body)', rule, message: issue.message };
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
      if (error instanceof IssuesError) throw error.toApiError(where);
      throw error;
    }
  }
}

class IssuesError extends Error {
  constructor(readonly issues: readonly StandardSchemaV1.Issue[]) {
    super('validation failed');
  }

  toApiError(where: string): ApiError {
    const n = this.issues.length;
    return new ApiError(
      HttpStatus.BAD_REQUEST,
      'validation_failed',
      `The request is not valid: ${n} problem${n === 1 ? '' : 's'}.`,
      this.issues.map((issue) => toDetail(issue, where)),
      '请求内容不符合要求',
    );
  }
}

export const validationPipe = new LianbaoValidationPipe({ exceptionFactory: (issues) => new IssuesError(issues) });
