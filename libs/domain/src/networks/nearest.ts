import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { Utility } from '../form/utilities';
import { partsOf, type NetworkSegment, type SegmentAttributes } from './segment';

/** The nearest segment of one utility's network to a site, and how far it is. */
export interface NearestNetwork {
  utility: Utility;
  segmentId: string;
  providerId: string;
  /** Metres from the site to the nearest point of the segment, to the decimetre. */
  distanceM: number;
  attributes: SegmentAttributes;
}

/** Metres from a point to a segment's line (the nearest of its parts), geodesic. */
export function distanceToSegment(at: { lat: number; lng: number }, segment: NetworkSegment): number {
  const p = point([at.lng, at.lat]);
  return Math.min(
    ...partsOf(segment.geometry).map((part) =>
      pointToLineDistance(p, lineString(part), { units: 'meters', method: 'geodesic' }),
    ),
  );
}

/**
 * For each utility asked, its in-service (or planned) segment nearest the site among `candidates`
 * (the register's index finds those whose boxes come near; this measures exactly). Abandoned
 * segments do not count. A utility with no candidate is left out: nothing known within reach.
 */
export function nearestNetworks(
  at: { lat: number; lng: number },
  candidates: readonly NetworkSegment[],
  utilities: readonly Utility[],
): NearestNetwork[] {
  const best = new Map<Utility, NearestNetwork>();
  for (const segment of candidates) {
    const utility = segment.attributes.utility;
    if (!utilities.includes(utility) || segment.attributes.status === 'abandoned') continue;
    const distanceM = Math.round(distanceToSegment(at, segment) * 10) / 10;
    const have = best.get(utility);
    if (!have || distanceM < have.distanceM || (distanceM === have.distanceM && segment.id < have.segmentId))
      best.set(utility, {
        utility,
        segmentId: segment.id,
        providerId: segment.providerId,
        distanceM,
        attributes: segment.attributes,
      });
  }
  return utilities.flatMap((u) => (best.has(u) ? [best.get(u)!] : []));
}
