import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { z } from 'zod';
import type { SiteRisk } from '../process/joint-application';

/**
 * The district's register of low-risk zones for road works (低风险区域), kept by admins: which
 * sites may use the fast-track road permit is the district's decision, never the applicant's.
 * Zones are GeoJSON polygons (coordinates [longitude, latitude], WGS 84).
 */
const position = z.tuple([
  z.number().min(-180, 'longitude between -180 and 180').max(180, 'longitude between -180 and 180'),
  z.number().min(-90, 'latitude between -90 and 90').max(90, 'latitude between -90 and 90'),
]);
const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions')
  .max(1000, 'at most 1000 positions a ring')
  .refine((r) => r.length < 4 || (r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]), {
    message: 'a ring must end where it starts',
    params: { rule: 'ring_not_closed' },
  });
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(20) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1).max(20)).min(1).max(20) }),
]);

export const riskZoneSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and -'),
  name: z.string().trim().min(1, 'name the zone').max(200),
  geometry,
});
export const riskZoneRegisterSchema = z
  .object({
    zones: z.array(riskZoneSchema).max(100),
    source: z.string().trim().min(1, 'name the decision that set these zones').max(300),
  })
  .superRefine((register, ctx) => {
    const seen = new Set<string>();
    register.zones.forEach((zone, i) => {
      if (seen.has(zone.id))
        ctx.addIssue({
          code: 'custom',
          path: ['zones', i, 'id'],
          message: 'listed twice',
          params: { rule: 'duplicate' },
        });
      seen.add(zone.id);
    });
  });
export type RiskZone = z.infer<typeof riskZoneSchema>;
export type RiskZoneRegister = z.infer<typeof riskZoneRegisterSchema>;

/** The register's answer for a site: low-risk when it lies in (or on the edge of) a zone. */
export function classifySite(
  coordinates: { lat: number; lng: number } | undefined,
  zones: readonly RiskZone[],
): SiteRisk {
  if (!coordinates) return { lowRisk: false, source: 'register', reason: 'the form gives no coordinates for the site' };
  const zone = zones.find((z) => booleanPointInPolygon([coordinates.lng, coordinates.lat], z.geometry));
  return zone ? { lowRisk: true, source: 'register', zoneId: zone.id } : { lowRisk: false, source: 'register' };
}
