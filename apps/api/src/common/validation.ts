import { HttpStatus, StandardSchemaValidationPipe } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ApiError, type ErrorDetail } from './api-error';

function toDetail(issue: StandardSchemaV1.Issue): ErrorDetail {
  const path = (issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('.');
  // Zod's issues carry a code, and our custom rules name themselves in params.rule.
  const zodIssue = issue as { code?: string; params?: { rule?: string } };
  const rule = zodIssue.params?.rule ?? zodIssue.code ?? 'invalid';
  return { path: path || '(body)', rule, message: issue.message };
}

/** The global validation pipe: every @Body/@Query/@Param with a schema, every problem reported. */
export const validationPipe = new StandardSchemaValidationPipe({
  exceptionFactory: (issues) =>
    new ApiError(
      HttpStatus.BAD_REQUEST,
      'validation_failed',
      `The request is not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`,
      issues.map(toDetail),
      '请求内容不符合要求',
    ),
});
