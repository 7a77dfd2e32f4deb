import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from the stream and the event's version in it. The workflow
 * owning a stream is its only writer, so the pair names one event for good: an activity that
 * retries an append sends the same ids, and the store recognises them.
 */
export function deterministicEventId(streamId: string, streamVersion: number): string {
  return nameBasedUuid(`lianbao:${streamId}#${streamVersion}`);
}

/** A UUID (version 5 layout) that a name always gives: the same name, the same id. */
export function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
