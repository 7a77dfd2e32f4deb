import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may scrape /metrics (business figures: applications, breaches, compensation): with
 * METRICS_TOKEN set, whoever sends `Authorization: Bearer <METRICS_TOKEN>`; without it, only this
 * machine (a scraper on another host needs the token).
 */
export function mayScrape(req: IncomingMessage, token: string | undefined): boolean {
  if (token) {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const given = Buffer.from(match?.[1] ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const address = req.socket.remoteAddress ?? '';
  return /^(127\.|::1$|::ffff:127\.)/.test(address);
}
