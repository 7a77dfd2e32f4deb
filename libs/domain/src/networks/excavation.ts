import booleanWithin from '@turf/boolean-within';
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { Utility } from '../form/utilities';
import type { RiskZone } from '../site/risk-zones';
import { distanceBetween } from './geometry';
import { partsOf, type NetworkSegment, type Position } from './segment';

/** A road excavation (占掘路) a permit asks for: where (a line along the trench) and when. */
export interface Excavation {
  permitId: string;
  utility: Utility;
  providerId: string;
  line: Position[];
  from: string;
  to: string;
}

/** Two excavations closer than this along their length count as the same trench. */
export const SHARED_TRENCH_M = 5;
/** Steps along a line when measuring how much of it runs near another. */
const STEP_M = 1;

/** Positions every `step` metres along a line (its vertices included). */
function along(line: readonly Position[], step = STEP_M): { at: Position; length: number }[] {
  const out: { at: Position; length: number }[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const d = distanceBetween(a, b);
    const n = Math.max(1, Math.ceil(d / step));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], length: d / n });
    }
  }
  return out;
}

/**
 * How many metres of `a` run alongside `b` within `tolerance`: the length two excavations could
 * share as one trench (联合开挖). Measured in steps of a metre; a step counts when it lies within
 * the tolerance of `b` and beside it (its nearest point on `b` is not one of `b`'s ends), so the
 * round caps at `b`'s ends add nothing. 0 when they do not come that close.
 */
export function sharedLengthM(a: readonly Position[], b: readonly Position[], tolerance = SHARED_TRENCH_M): number {
  const other = lineString(b as Position[]);
  const total = length(other, { units: 'meters' });
  let shared = 0;
  for (const piece of along(a)) {
    const nearest = nearestPointOnLine(other, point(piece.at), { units: 'meters' });
    const { dist, location } = nearest.properties as { dist: number; location: number };
    if (dist <= tolerance && location > 0.01 && location < total - 0.01) shared += piece.length;
  }
  return Math.round(shared * 10) / 10;
}

/** Two excavations overlap in time when their periods share a moment. */
export function overlapInTime(a: Pick<Excavation, 'from' | 'to'>, b: Pick<Excavation, 'from' | 'to'>): boolean {
  return Date.parse(a.from) < Date.parse(b.to) && Date.parse(b.from) < Date.parse(a.to);
}

export interface JointExcavationCandidate {
  permitId: string;
  otherPermitId: string;
  sharedM: number;
}

/**
 * A new excavation against those already asked for: each one that overlaps it in space and time,
 * with the length they share (shorter of the two ways), as a candidate for joint excavation.
 */
export function jointExcavationCandidates(
  excavation: Excavation,
  others: readonly Excavation[],
): JointExcavationCandidate[] {
  return others.flatMap((other) => {
    if (other.permitId === excavation.permitId || !overlapInTime(excavation, other)) return [];
    const sharedM = Math.min(sharedLengthM(excavation.line, other.line), sharedLengthM(other.line, excavation.line));
    return sharedM > 0 ? [{ permitId: excavation.permitId, otherPermitId: other.permitId, sharedM }] : [];
  });
}

export type FastTrackRefusal =
  | { rule: 'outside-low-risk-zone' }
  | { rule: 'clearance'; utility: Utility; segmentId: string; distanceM: number; clearanceM: number };

/**
 * Whether an excavation may take the low-risk fast track: the whole trench inside one low-risk
 * zone, and no segment of another utility's network closer than that utility's clearance (e.g. a
 * gas main within 1 m). Every reason it may not is given.
 */
export function fastTrackCheck(
  excavation: Pick<Excavation, 'line' | 'utility'>,
  zones: readonly RiskZone[],
  nearby: readonly NetworkSegment[],
  clearanceM: Partial<Record<Utility, number>>,
): { eligible: boolean; refusals: FastTrackRefusal[] } {
  const trench = lineString(excavation.line as Position[]);
  const refusals: FastTrackRefusal[] = [];
  if (!zones.some((z) => booleanWithin(trench, { type: 'Feature', properties: {}, geometry: z.geometry })))
    refusals.push({ rule: 'outside-low-risk-zone' });
  for (const segment of nearby) {
    const utility = segment.attributes.utility;
    const clearance = clearanceM[utility];
    if (utility === excavation.utility || clearance === undefined || segment.attributes.status === 'abandoned')
      continue;
    const distanceM = Math.min(
      ...partsOf(segment.geometry).flatMap((part) => [
        ...excavation.line.map((p) => pointToLineDistance(point(p), lineString(part), { units: 'meters' })),
        ...part.map((p) => pointToLineDistance(point(p), trench, { units: 'meters' })),
        ...(crosses(excavation.line, part) ? [0] : []),
      ]),
    );
    if (distanceM < clearance)
      refusals.push({
        rule: 'clearance',
        utility,
        segmentId: segment.id,
        distanceM: Math.round(distanceM * 10) / 10,
        clearanceM: clearance,
      });
  }
  return { eligible: refusals.length === 0, refusals };
}

/** Whether two polylines cross (planar, in degrees: right at a district's scale). */
function crosses(a: readonly Position[], b: readonly Position[]): boolean {
  const side = (p: Position, q: Position, r: Position) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  for (let i = 1; i < a.length; i++)
    for (let j = 1; j < b.length; j++) {
      const [p1, p2, q1, q2] = [a[i - 1], a[i], b[j - 1], b[j]];
      if (side(p1, p2, q1) * side(p1, p2, q2) < 0 && side(q1, q2, p1) * side(q1, q2, p2) < 0) return true;
    }
  return false;
}
