import type { NextFunction, Request, Response } from 'express';

// A file's bytes (an upload) are not text: they may hold any byte.
const hasNul = (value: unknown): boolean =>
  Buffer.isBuffer(value)
    ? false
    : typeof value === 'string'
      ? value.includes('\u0000')
      : Array.isArray(value)
        ? value.some(hasNul)
        : value !== null && typeof value === 'object'
          ? Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v))
          : false;

/**
 * Text with a NUL character cannot be stored in Postgres (it would be a 500 deep inside a query):
 * refuse it at the door, in the path, the query or the body, as a 400 naming where it was.
 */
export function refuseNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const where =
    req.originalUrl.includes('%00') || req.path.includes('\u0000') ? 'url' : hasNul(req.body) ? '(body)' : undefined;
  if (!where) return next();
  res.status(400).json({
    error: {
      code: 'validation_failed',
      message: 'Text may not contain the NUL character (U+0000).',
      details: [{ path: where, rule: 'nul_character', message: 'remove the NUL character' }],
    },
  });
}
