import { z } from 'zod';
import { COORDINATE_SYSTEMS } from '../../../../libs/domain/src/networks/network-upload';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { isoOut, loose } from '../service/service-schemas';

const degrees = (min: number, max: number) => z.coerce.number().min(min).max(max);

export const uploadQuery = z.object({
  /** For a CSV (GeoJSON says it in the collection's `coordinateSystem`). */
  coordinateSystem: z.enum(COORDINATE_SYSTEMS).default('WGS84'),
});

/** A box to look in, `west,south,east,north` (WGS 84 degrees), at most about 5 km across. */
export const segmentsQuery = z
  .object({
    bbox: z
      .string()
      .max(200)
      .transform((v, ctx) => {
        const parts = v.split(',').map(Number);
        const ok =
          parts.length === 4 &&
          parts.every(Number.isFinite) &&
          degrees(-180, 180).safeParse(parts[0]).success &&
          degrees(-90, 90).safeParse(parts[1]).success &&
          degrees(-180, 180).safeParse(parts[2]).success &&
          degrees(-90, 90).safeParse(parts[3]).success &&
          parts[0] < parts[2] &&
          parts[1] < parts[3];
        if (!ok) {
          ctx.addIssue({
            code: 'custom',
            message: 'west,south,east,north in degrees, west < east and south < north',
            params: { rule: 'bbox' },
          });
          return z.NEVER;
        }
        if (parts[2] - parts[0] > 0.05 || parts[3] - parts[1] > 0.05) {
          ctx.addIssue({ code: 'custom', message: 'at most 0.05° a side', params: { rule: 'bbox_too_large' } });
          return z.NEVER;
        }
        return parts as [number, number, number, number];
      }),
    asOf: z.iso.datetime({ offset: true, message: 'must be an ISO date-time with offset' }).optional(),
    providerId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a provider id')
      .optional(),
  })
  .strict();

export const recordedSchema = loose({
  providerId: z.string(),
  version: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
});

export const versionsSchema = z.object({
  items: z.array(
    loose({
      version: z.number().int(),
      source: z.string(),
      added: z.number().int(),
      changed: z.number().int(),
      removed: z.number().int(),
      by: z.string(),
      at: isoOut,
    }),
  ),
});

export const segmentsSchema = z.object({
  /** GeoJSON: each feature's id is the segment's, its properties the attributes one may see. */
  type: z.literal('FeatureCollection'),
  features: z.array(
    loose({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: loose({ type: z.enum(['LineString', 'MultiLineString']) }),
      properties: loose({ providerId: z.string(), utility: z.enum(UTILITIES) }),
    }),
  ),
});
