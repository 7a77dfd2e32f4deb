import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * Documents a request body from the same zod schema that validates it, so the OpenAPI document
 * cannot drift from the rules. Refinements that JSON Schema cannot express are kept as text.
 */
export const ZodBody = (schema: z.ZodType, description?: string, { required = true } = {}) =>
  applyDecorators(
    ApiResponse({ status: 413, description: 'The body is larger than 1 MB.' }),
    ApiBody({
      description,
      required,
      schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<
        string,
        unknown
      >,
    }),
  );
