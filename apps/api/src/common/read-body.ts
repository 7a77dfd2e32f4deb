import type { Request } from 'express';
import getRawBody from 'raw-body';

/**
 * A route's own body, read by the route itself — after authentication and only where the route
 * takes one (CSV imports, uploaded files): nobody's 20 MB reaches a parser before their token is
 * checked. A body over the limit is a 413 naming it (the error filter words it).
 */
export async function readBody(req: Request, limit: number): Promise<Buffer> {
  if (Buffer.isBuffer(req.body)) return req.body; // already read (a test harness's parser)
  return getRawBody(req, { limit, length: req.headers['content-length'] });
}
