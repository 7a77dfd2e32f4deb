import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed input: every problem with its path and rule.',
  401: 'No token, or an invalid one.',
  403: 'The role or scope may not do this.',
  404: 'Not found (also for an application the caller may not see).',
  409: 'Wrong state, e.g. acting on a stage that is not open.',
  422: 'A business rule refused it, e.g. the zero-burden rule.',
  413: 'The body is larger than allowed (1 MB of JSON; 20 MB for a document), with the limit in the error.',
  415: 'A file whose content is not a type taken (PDF, JPEG, PNG): the error says what it is.',
  503: 'Temporal or the database is unreachable (the error names which); nothing was changed. Retry.',
};

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', example: 'validation_failed' },
        message: { type: 'string' },
        messageZh: { type: 'string' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'rule', 'message'],
            properties: {
              path: { type: 'string', example: 'applicant.mobile' },
              rule: { type: 'string', example: 'mobile_format' },
              message: { type: 'string' },
              messageZh: { type: 'string' },
              params: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    },
  },
};

/** Documents the error responses a route can give, all in the one error shape (413 wherever a body is taken). */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], schema: errorSchema })),
  );
