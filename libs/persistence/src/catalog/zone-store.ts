import type { DataSource } from 'typeorm';
import {
  classifySite,
  riskZoneRegisterSchema,
  type RiskZone,
  type RiskZoneRegister,
} from '../../../domain/src/site/risk-zones';
import type { SiteRisk } from '../../../domain/src/process/joint-application';
import { appendToStream, readStream } from '../event-store/event-store';
import { deterministicEventId } from '../event-store/event-id';
import { project } from '../read-models/projector';
import { RiskZoneRegisterRow } from '../read-models/entities';

export const ZONES_STREAM = 'risk-zones';

/** The register in force: the latest published version (none published: no zone is low-risk). */
export async function currentRiskZones(
  dataSource: DataSource,
): Promise<{ version: number; zones: RiskZone[] } | undefined> {
  const row = await dataSource.getRepository(RiskZoneRegisterRow).findOne({ where: {}, order: { version: 'DESC' } });
  return row ? { version: row.version, zones: row.zones as RiskZone[] } : undefined;
}

/** The register's answer for a site as it stands now (its version named as the reason, if none other). */
export async function siteRiskNow(
  dataSource: DataSource,
  coordinates: { lat: number; lng: number } | undefined,
): Promise<SiteRisk> {
  const register = await currentRiskZones(dataSource);
  const risk = classifySite(coordinates, register?.zones ?? []);
  return register ? { ...risk, reason: risk.reason ?? `zone register v${register.version}` } : risk;
}

/** Publishes a new version of the whole register; applications accepted from now on use it. */
export async function publishRiskZones(
  dataSource: DataSource,
  input: RiskZoneRegister,
  by: string,
  publishedAt: Date,
): Promise<{ version: number }> {
  const register = riskZoneRegisterSchema.parse(input);
  const current = await readStream(dataSource, ZONES_STREAM);
  const version = current.length + 1;
  await appendToStream(
    dataSource,
    ZONES_STREAM,
    current.length,
    [
      {
        eventId: deterministicEventId(ZONES_STREAM, version),
        type: 'RiskZonesPublished',
        data: { version, register, publishedAt: publishedAt.toISOString(), by },
      },
    ],
    project,
  );
  return { version };
}
