import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * Documents a request body from the same zod schema that validates it, so the OpenAPI document
 * cannot drift from the rules. Refinements that JSON Schema cannot express are kept as text.
 */
export const ZodBody = (schema: z.ZodType, description?: string) =>
  ApiBody({
    description,
    schema: z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >,
  });
