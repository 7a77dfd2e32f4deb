import { z } from 'zod';
import { UTILITIES, type Utility } from '../form/utilities';

/**
 * One piece of a provider's network in the shared register (共享管线数据库): a water main, a power
 * cable, a gas pipe or a fibre duct, as a line with its attributes. Coordinates are WGS 84
 * longitude-latitude (CGCS2000 is taken as the same: they differ by centimetres here).
 */
export const NETWORK_KINDS = ['main', 'branch', 'service-line'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];
export const SEGMENT_STATUSES = ['in-service', 'planned', 'abandoned'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];
/** Gas pressure classes of GB 50028 (城镇燃气设计规范): low, medium B/A, sub-high B/A. */
export const PRESSURE_CLASSES = ['low', 'medium-b', 'medium-a', 'high-b', 'high-a'] as const;
export type PressureClass = (typeof PRESSURE_CLASSES)[number];

export type Position = [lng: number, lat: number];
export type SegmentGeometry =
  { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] };

export const segmentAttributesSchema = z
  .object({
    utility: z.enum(UTILITIES),
    kind: z.enum(NETWORK_KINDS),
    material: z.string().trim().min(1, 'must not be empty').max(100),
    /** Water, gas, and a broadband duct: the nominal diameter. */
    diameterMm: z.number().positive('must be more than 0').max(5000, 'at most 5000').optional(),
    /** Power: the voltage class. */
    voltageKv: z.number().positive('must be more than 0').max(1000, 'at most 1000').optional(),
    /** Gas: the pressure class. */
    pressureClass: z.enum(PRESSURE_CLASSES).optional(),
    depthM: z.number().min(0, 'must not be negative').max(50, 'at most 50'),
    yearLaid: z.number().int('a whole year').min(1900, 'from 1900').max(2100, 'until 2100'),
    owner: z.string().trim().min(1, 'must not be empty').max(200),
    status: z.enum(SEGMENT_STATUSES),
  })
  .superRefine((a, ctx) => {
    const need = (field: 'diameterMm' | 'voltageKv' | 'pressureClass', why: string) => {
      if (a[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: why, params: { rule: 'required' } });
    };
    if (a.utility === 'power') need('voltageKv', 'a power cable needs its voltage class');
    if (a.utility === 'water') need('diameterMm', 'a water pipe needs its diameter');
    if (a.utility === 'gas') {
      need('diameterMm', 'a gas pipe needs its diameter');
      need('pressureClass', 'a gas pipe needs its pressure class');
    }
  });
export type SegmentAttributes = z.infer<typeof segmentAttributesSchema>;

export interface NetworkSegment {
  /** The provider's own id for the segment: an upload with the same id replaces it. */
  id: string;
  providerId: string;
  geometry: SegmentGeometry;
  attributes: SegmentAttributes;
}

export const segmentIdSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(64, 'at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'letters, digits and . _ : -');

/** The parts of a segment's line, as lists of positions. */
export function partsOf(geometry: SegmentGeometry): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

/** The smallest box holding the line: [west, south, east, north], for the register's index. */
export function boxOf(geometry: SegmentGeometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of partsOf(geometry))
    for (const [lng, lat] of part) {
      w = Math.min(w, lng);
      s = Math.min(s, lat);
      e = Math.max(e, lng);
      n = Math.max(n, lat);
    }
  return [w, s, e, n];
}

/** Metres to degrees at a latitude: a box around a point that holds every point within `metres`. */
export function boxAround(at: { lat: number; lng: number }, metres: number): [number, number, number, number] {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.max(0.01, Math.cos((at.lat * Math.PI) / 180)));
  return [at.lng - dLng, at.lat - dLat, at.lng + dLng, at.lat + dLat];
}

export type { Utility };
