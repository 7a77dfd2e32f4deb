import type { Request } from 'express';
import { HttpStatus } from '@nestjs/common';
import getRawBody from 'raw-body';
import { ApiError } from './api-error';
import { nulCharacterError } from './no-nul';

/**
 * A route's own body, read by the route itself — after authentication and only where the route
 * takes one (CSV imports, uploaded files): nobody's 20 MB reaches a parser before their token is
 * checked. A body over the limit is a 413 naming it (the error filter words it).
 */
export async function readBody(req: Request, limit: number): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body; // already read (a test harness's parser)
  return getRawBody(req, { limit, length: req.headers['content-length'] });
}

/**
 * A CSV upload's text: the route's own body when it is sent as text/csv, else a 400 naming the
 * body (`what`: "the accounts", "the figures"); U+0000 anywhere is refused as in any other body.
 */
export async function readCsv(req: Request, limit: number, what: string): Promise<string> {
  const csv = /^text\/csv\b/i.test(req.headers['content-type'] ?? '')
    ? (await readBody(req, limit)).toString('utf8')
    : '';
  if (!csv)
    throw new ApiError(
      HttpStatus.BAD_REQUEST,
      'validation_failed',
      `Send ${what} as CSV (Content-Type: text/csv).`,
      [{ path: 'body', rule: 'csv_required', message: 'must be text/csv' }],
      '请以 CSV 格式上传',
    );
  if (csv.includes('\u0000')) throw nulCharacterError();
  return csv;
}
