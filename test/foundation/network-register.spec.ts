import { offsetBy } from '../../libs/domain/src/networks/geometry';
import type { NetworkSegment, Position, SegmentAttributes } from '../../libs/domain/src/networks/segment';
import {
  nearestNetworksAt,
  networkAsOf,
  networkVersions,
  recordNetwork,
} from '../../libs/persistence/src/networks/network-store';
import { rebuildReadModels } from '../../libs/persistence/src/read-models/projector';
import { createMigratedDatabase } from '../support/postgres';

const site = { lat: 31.2905, lng: 121.1612 };
const at = (eastM: number, northM: number): Position => offsetBy(site, eastM, northM);
const water: SegmentAttributes = {
  utility: 'water',
  kind: 'main',
  material: 'ductile iron',
  diameterMm: 300,
  depthM: 1.2,
  yearLaid: 2008,
  owner: '嘉定自来水',
  status: 'in-service',
};
const gas: SegmentAttributes = {
  ...water,
  utility: 'gas',
  material: 'PE100',
  diameterMm: 200,
  pressureClass: 'medium-b',
};
const seg = (providerId: string, id: string, attributes: SegmentAttributes, line: Position[]): NetworkSegment => ({
  id,
  providerId,
  attributes,
  geometry: { type: 'LineString', coordinates: line },
});

/** The register in real Postgres: versions as events, the box index, the register as of a date, a rebuild. */
describe('the shared network register in Postgres', () => {
  let db: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    db = await createMigratedDatabase();
  });
  afterAll(() => db?.drop());

  it('records versions, answers the nearest network of each utility, shows the past, and rebuilds the same', async () => {
    const record = (providerId: string, utility: 'water' | 'gas', segments: NetworkSegment[], when: string) =>
      recordNetwork(db.dataSource, {
        providerId,
        utility,
        segments,
        mode: 'replace',
        source: 'geojson',
        by: `staff-${utility}`,
        at: new Date(when),
      });
    const v1 = [
      seg('jiading-water', 'W-1', water, [at(-200, 35), at(200, 35)]),
      seg('jiading-water', 'W-2', { ...water, kind: 'branch' }, [at(-50, 300), at(50, 300)]),
      seg('jiading-water', 'W-far', water, [at(3000, 3000), at(3100, 3000)]),
    ];
    expect(await record('jiading-water', 'water', v1, '2026-12-01T09:00:00+08:00')).toEqual({
      version: 1,
      added: 3,
      changed: 0,
      removed: 0,
      unchanged: 0,
    });
    await record(
      'jiading-gas',
      'gas',
      [seg('jiading-gas', 'G-1', gas, [at(-300, -120), at(300, -120)])],
      '2026-12-01T10:00:00+08:00',
    );
    const nearest = async () =>
      (await nearestNetworksAt(db.dataSource, site, ['water', 'gas', 'power'])).map((n) => [
        n.utility,
        n.segmentId,
        n.distanceM,
      ]);
    expect(await nearest()).toEqual([
      ['water', 'W-1', 35],
      ['gas', 'G-1', 120],
    ]);

    // Version 2: W-1 moved to 60 m, W-2 taken out, W-3 laid 2.4 km away: the nearest is now W-1 at 60 m.
    const v2 = [
      seg('jiading-water', 'W-1', water, [at(-200, 60), at(200, 60)]),
      v1[2],
      seg('jiading-water', 'W-3', water, [at(2400, -100), at(2400, 100)]),
    ];
    expect(await record('jiading-water', 'water', v2, '2026-12-05T09:00:00+08:00')).toEqual({
      version: 2,
      added: 1,
      changed: 1,
      removed: 1,
      unchanged: 1,
    });
    expect(await nearest()).toEqual([
      ['water', 'W-1', 60],
      ['gas', 'G-1', 120],
    ]);
    // The same upload again changes nothing, and records no version.
    expect((await record('jiading-water', 'water', v2, '2026-12-06T09:00:00+08:00')).version).toBe(2);
    // Only the gas main left within 2 km when the water network is far: the radius grows to find it.
    expect(
      (await nearestNetworksAt(db.dataSource, { lat: site.lat + 0.02, lng: site.lng + 0.03 }, ['water'])).map(
        (n) => n.segmentId,
      ),
    ).toEqual(['W-far']);

    const asOf = async (when: string) =>
      (await networkAsOf(db.dataSource, 'jiading-water', new Date(when))).map((s) => [s.id, s.geometry.coordinates[0]]);
    expect(await asOf('2026-12-01T08:00:00+08:00')).toEqual([]);
    expect(await asOf('2026-12-03T00:00:00+08:00')).toEqual([
      ['W-1', at(-200, 35)],
      ['W-2', at(-50, 300)],
      ['W-far', at(3000, 3000)],
    ]);
    expect(await asOf('2026-12-07T00:00:00+08:00')).toEqual([
      ['W-1', at(-200, 60)],
      ['W-3', at(2400, -100)],
      ['W-far', at(3000, 3000)],
    ]);
    expect(
      (await networkVersions(db.dataSource, 'jiading-water')).map((v) => [
        v.version,
        v.added,
        v.changed,
        v.removed,
        v.by,
      ]),
    ).toEqual([
      [2, 1, 1, 1, 'staff-water'],
      [1, 3, 0, 0, 'staff-water'],
    ]);

    // A rebuild from the events gives the same register, row for row.
    const snapshot = async () =>
      db.dataSource.query(
        `SELECT provider_id, segment_id, version, removed, bbox::text, attributes FROM network_segments ORDER BY 1, 2`,
      );
    const before = await snapshot();
    const versionsBefore = await db.dataSource.query(
      `SELECT * FROM network_segment_versions ORDER BY provider_id, segment_id, version`,
    );
    await rebuildReadModels(db.dataSource);
    expect(await snapshot()).toEqual(before);
    expect(
      await db.dataSource.query(`SELECT * FROM network_segment_versions ORDER BY provider_id, segment_id, version`),
    ).toEqual(versionsBefore);
    expect(await nearest()).toEqual([
      ['water', 'W-1', 60],
      ['gas', 'G-1', 120],
    ]);
  });
});
