import { ApplicationFailure } from '@temporalio/workflow';
import type { Refusal } from '../libs/domain/src/process/refusal';

/**
 * Validators refuse by throwing; the refusal travels to the caller as the failure's type
 * (the refusal code) and details, and never enters history.
 */
export function refused(refusal: Refusal): never {
  throw ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message,
    details: [refusal],
    nonRetryable: true,
  });
}

/** Parses an Update's payload with its schema; a bad payload is refused with every problem. */
export function parsed<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; code: string; message: string }[] } };
  },
  value: unknown,
  prefix = '',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  return refused({
    code: 'invalid',
    message: 'The request is not valid.',
    messageZh: '请求内容不符合要求',
    details: result.error.issues.map((i) => ({
      path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
      rule: i.code,
      message: i.message,
    })),
  });
}
