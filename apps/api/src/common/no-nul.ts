import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';

/**
 * Whether any string (or key) in a parsed body holds U+0000 — walked with a stack of its own, not
 * by recursion, so a deeply nested body (any client can send one) cannot overflow the call stack.
 * A file's bytes (an upload) are not text: they may hold any byte.
 */
export function hasNul(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return true;
    } else if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value))
      for (const [key, v] of Object.entries(value)) {
        if (key.includes('\u0000')) return true;
        pending.push(v);
      }
  }
  return false;
}

/**
 * Text with a NUL character cannot be stored in Postgres (it would be a 500 deep inside a query):
 * refuse it at the door in the path or the query, as a 400 naming where it was. (Bodies are
 * checked once parsed, after authentication: BodyAfterAuthInterceptor.)
 */
export function refuseNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const where = req.originalUrl.includes('%00') || req.path.includes('\u0000') ? 'url' : undefined;
  if (!where) return next();
  res.status(400).json({
    error: {
      code: 'validation_failed',
      message: 'Text may not contain the NUL character (U+0000).',
      details: [{ path: where, rule: 'nul_character', message: 'remove the NUL character' }],
    },
  });
}

/** The 400 for a body holding U+0000, naming the body. */
export const nulCharacterError = () =>
  new ApiError(
    HttpStatus.BAD_REQUEST,
    'validation_failed',
    'Text may not contain the NUL character (U+0000).',
    [{ path: '(body)', rule: 'nul_character', message: 'remove the NUL character' }],
    '文本中不能含有空字符',
  );
