import kinks from '@turf/kinks';
import { lineString } from '@turf/helpers';
import type { Utility } from '../form/utilities';
import { gcj02ToWgs84 } from './gcj02';
import {
  segmentAttributesSchema,
  segmentIdSchema,
  type NetworkSegment,
  type Position,
  type SegmentGeometry,
} from './segment';

/** The coordinate systems an upload may say it is in. CGCS2000 and WGS 84 are stored as they are. */
export const COORDINATE_SYSTEMS = ['WGS84', 'CGCS2000', 'GCJ-02'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

/**
 * Jiading district's extent (嘉定区), west-south-east-north in WGS 84, with a margin of about a
 * kilometre: a coordinate outside it is a mistake (swapped longitude and latitude, another
 * district, a projected coordinate) and the upload is refused.
 */
export const DISTRICT_BOUNDS: [number, number, number, number] = [121.03, 31.18, 121.45, 31.48];

export const MAX_SEGMENTS_AN_UPLOAD = 200_000;
const MAX_POSITIONS_A_PART = 10_000;

export interface NetworkProblem {
  /** The feature's index in the upload (or the CSV's line number), null for the upload as a whole. */
  feature: number | null;
  segmentId?: string;
  path: string;
  rule: string;
  message: string;
  messageZh: string;
}

export type UploadResult = { ok: true; segments: NetworkSegment[] } | { ok: false; problems: NetworkProblem[] };

const ZH: Record<string, string> = {
  required: '必填',
  invalid: '格式不正确',
  not_a_feature_collection: '须为 GeoJSON FeatureCollection',
  geometry_type: '几何类型须为 LineString 或 MultiLineString',
  too_short: '每条线至少两个不同的点',
  too_many_positions: '单条线的点数过多',
  coordinates: '坐标须为 [经度, 纬度] 数值',
  outside_district: '坐标超出本区范围（检查经纬度是否颠倒、坐标系是否正确）',
  self_intersection: '线段自相交',
  duplicate: '管段编号重复',
  utility_mismatch: '专业与上传单位不符',
  too_many_features: '单次上传的管段过多',
  coordinate_system: '坐标系须为 WGS84、CGCS2000 或 GCJ-02',
};

const problem = (
  feature: number | null,
  path: string,
  rule: string,
  message: string,
  segmentId?: string,
): NetworkProblem => ({
  feature,
  ...(segmentId ? { segmentId } : {}),
  path,
  rule,
  message,
  messageZh: ZH[rule] ?? message,
});

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.slice(0, 2).every((n) => typeof n === 'number' && Number.isFinite(n));

/** A feature's geometry checked and, from GCJ-02, converted: the geometry or the problems. */
function geometryOf(
  raw: unknown,
  at: number,
  id: string | undefined,
  system: CoordinateSystem,
  bounds: [number, number, number, number],
): { geometry?: SegmentGeometry; problems: NetworkProblem[] } {
  const g = raw as { type?: unknown; coordinates?: unknown } | null;
  const path = `features.${at}.geometry`;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString'))
    return { problems: [problem(at, `${path}.type`, 'geometry_type', 'must be LineString or MultiLineString', id)] };
  const rawParts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(rawParts) || !rawParts.every((p) => Array.isArray(p) && p.every(isPosition)))
    return { problems: [problem(at, `${path}.coordinates`, 'coordinates', 'positions are [longitude, latitude]', id)] };
  const problems: NetworkProblem[] = [];
  const parts = (rawParts as unknown[][]).map((part, i) => {
    const where = g.type === 'LineString' ? `${path}.coordinates` : `${path}.coordinates.${i}`;
    const positions = (part as number[][]).map((p): Position =>
      system === 'GCJ-02' ? gcj02ToWgs84([p[0], p[1]]) : [p[0], p[1]],
    );
    const distinct = new Set(positions.map((p) => `${p[0]},${p[1]}`));
    if (positions.length < 2 || distinct.size < 2)
      problems.push(problem(at, where, 'too_short', 'a line needs at least two different positions', id));
    else if (positions.length > MAX_POSITIONS_A_PART)
      problems.push(problem(at, where, 'too_many_positions', `at most ${MAX_POSITIONS_A_PART} positions a line`, id));
    const outside = positions.findIndex(
      ([lng, lat]) => lng < bounds[0] || lat < bounds[1] || lng > bounds[2] || lat > bounds[3],
    );
    if (outside >= 0)
      problems.push(
        problem(
          at,
          `${where}.${outside}`,
          'outside_district',
          `outside the district (${bounds.join(', ')}): are longitude and latitude swapped, or the coordinate system wrong?`,
          id,
        ),
      );
    else if (positions.length >= 2 && distinct.size >= 2 && positions.length <= MAX_POSITIONS_A_PART) {
      const crossings = kinks(lineString(positions)).features;
      if (crossings.length)
        problems.push(
          problem(
            at,
            where,
            'self_intersection',
            `crosses itself at ${crossings
              .slice(0, 3)
              .map((c) => c.geometry.coordinates.map((n) => n.toFixed(6)).join(' '))
              .join('; ')}`,
            id,
          ),
        );
    }
    return positions;
  });
  if (problems.length) return { problems };
  return {
    problems,
    geometry:
      g.type === 'LineString'
        ? { type: 'LineString', coordinates: parts[0] }
        : { type: 'MultiLineString', coordinates: parts },
  };
}

/**
 * A provider's upload of its network (GeoJSON FeatureCollection of LineString/MultiLineString
 * features, each with an `id` and the attributes in `properties`), checked whole: every problem of
 * every feature is listed, and nothing is imported unless there is none. `coordinateSystem` on the
 * collection says which datum (WGS84 by default; GCJ-02 is converted).
 */
export function parseNetworkUpload(
  upload: unknown,
  provider: { id: string; utility: Utility },
  bounds: [number, number, number, number] = DISTRICT_BOUNDS,
): UploadResult {
  const root = upload as { type?: unknown; features?: unknown; coordinateSystem?: unknown } | null;
  if (!root || root.type !== 'FeatureCollection' || !Array.isArray(root.features))
    return {
      ok: false,
      problems: [problem(null, 'type', 'not_a_feature_collection', 'must be a GeoJSON FeatureCollection')],
    };
  const system = (root.coordinateSystem ?? 'WGS84') as CoordinateSystem;
  if (!COORDINATE_SYSTEMS.includes(system))
    return {
      ok: false,
      problems: [problem(null, 'coordinateSystem', 'coordinate_system', `one of ${COORDINATE_SYSTEMS.join(', ')}`)],
    };
  if (root.features.length > MAX_SEGMENTS_AN_UPLOAD)
    return {
      ok: false,
      problems: [
        problem(null, 'features', 'too_many_features', `at most ${MAX_SEGMENTS_AN_UPLOAD} segments an upload`),
      ],
    };
  const problems: NetworkProblem[] = [];
  const segments: NetworkSegment[] = [];
  const seen = new Map<string, number>();
  root.features.forEach((raw: unknown, at: number) => {
    const f = raw as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: unknown } | null;
    const rawId = f?.id ?? f?.properties?.id;
    const id = segmentIdSchema.safeParse(typeof rawId === 'number' ? String(rawId) : rawId);
    if (!id.success)
      problems.push(
        problem(at, `features.${at}.id`, rawId === undefined ? 'required' : 'invalid', id.error.issues[0].message),
      );
    const segmentId = id.success ? id.data : undefined;
    if (segmentId !== undefined) {
      if (seen.has(segmentId))
        problems.push(
          problem(at, `features.${at}.id`, 'duplicate', `also the id of feature ${seen.get(segmentId)}`, segmentId),
        );
      else seen.set(segmentId, at);
    }
    const { id: _id, ...properties } = f?.properties ?? {};
    const attributes = segmentAttributesSchema.safeParse(properties);
    if (!attributes.success)
      for (const issue of attributes.error.issues) {
        const rule =
          (issue as { params?: { rule?: string } }).params?.rule ??
          (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : 'invalid');
        problems.push(problem(at, `features.${at}.properties.${issue.path.join('.')}`, rule, issue.message, segmentId));
      }
    else if (attributes.data.utility !== provider.utility)
      problems.push(
        problem(
          at,
          `features.${at}.properties.utility`,
          'utility_mismatch',
          `${provider.id} keeps the ${provider.utility} network, not ${attributes.data.utility}`,
          segmentId,
        ),
      );
    const geometry = geometryOf(f?.geometry, at, segmentId, system, bounds);
    problems.push(...geometry.problems);
    if (segmentId !== undefined && attributes.success && geometry.geometry)
      segments.push({
        id: segmentId,
        providerId: provider.id,
        geometry: geometry.geometry,
        attributes: attributes.data,
      });
  });
  return problems.length ? { ok: false, problems } : { ok: true, segments };
}
