import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';
import { fastTrackCheck, jointExcavationCandidates, type Excavation } from './excavation';
import { distanceBetween, lengthM, offsetBy } from './geometry';
import { parseNetworkCsv, NETWORK_CSV_COLUMNS } from './network-csv';
import { parseNetworkUpload } from './network-upload';
import { nearestNetworks } from './nearest';
import type { NetworkSegment, Position, SegmentAttributes } from './segment';

/** Moyu Road, Anting. Metres to degrees on the sphere distances are measured on (R = 6 371 008.8 m). */
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
  utility: 'gas',
  kind: 'main',
  material: 'PE100',
  diameterMm: 200,
  pressureClass: 'medium-b',
  depthM: 1.0,
  yearLaid: 2015,
  owner: '嘉定燃气',
  status: 'in-service',
};
const segment = (id: string, attributes: SegmentAttributes, line: Position[]): NetworkSegment => ({
  id,
  providerId: `${attributes.utility}-co`,
  attributes,
  geometry: { type: 'LineString', coordinates: line },
});

describe('the shared network register: nearest networks to a site', () => {
  it('finds a water main 35 m north and a gas main 120 m south, as a hand computation gives', () => {
    // East-west lines: the nearest point is due north (south) of the site, on its meridian.
    const segments = [
      segment('W-1', water, [at(-200, 35), at(200, 35)]),
      segment('W-2', { ...water, kind: 'branch' }, [at(-50, 50), at(50, 50)]),
      segment('G-1', gas, [at(-300, -120), at(300, -120)]),
      segment('G-9', { ...gas, status: 'abandoned' }, [at(-10, 10), at(10, 10)]),
    ];
    expect(distanceBetween([site.lng, site.lat], at(0, 35))).toBeCloseTo(35, 6);
    const found = nearestNetworks(site, segments, ['water', 'gas', 'power']);
    expect(found.map((n) => [n.utility, n.segmentId, n.distanceM])).toEqual([
      ['water', 'W-1', 35],
      ['gas', 'G-1', 120], // the abandoned pipe 10 m away does not count
    ]);
    expect(found[1].attributes).toMatchObject({ pressureClass: 'medium-b', diameterMm: 200 });
  });
});

describe('a provider’s upload: every problem listed, nothing imported unless all is right', () => {
  const provider = { id: 'jiading-water', utility: 'water' as const };
  const feature = (id: string, properties: Record<string, unknown>, coordinates: Position[]) => ({
    type: 'Feature',
    id,
    properties,
    geometry: { type: 'LineString', coordinates },
  });

  it('accepts a clean network', () => {
    const result = parseNetworkUpload(
      { type: 'FeatureCollection', features: [feature('W-1', water, [at(0, 0), at(100, 0), at(100, 80)])] },
      provider,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(lengthM(result.segments[0].geometry.coordinates as Position[])).toBeCloseTo(180, 0);
  });

  it('lists a missing attribute, a swapped coordinate, a self-crossing line, a duplicate id and another utility', () => {
    const { material: _m, ...noMaterial } = water;
    const result = parseNetworkUpload(
      {
        type: 'FeatureCollection',
        features: [
          feature('W-1', water, [at(0, 0), at(100, 0)]),
          feature('W-2', noMaterial, [at(0, 0), at(50, 0)]),
          feature('W-3', water, [
            [site.lat, site.lng],
            [site.lat + 0.001, site.lng],
          ]),
          feature('W-4', water, [at(0, 0), at(100, 100), at(100, 0), at(0, 100)]),
          feature('W-1', water, [at(0, 10), at(10, 10)]),
          feature('G-1', gas, [at(0, 20), at(10, 20)]),
        ],
      },
      provider,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.feature, p.path, p.rule])).toEqual([
      [1, 'features.1.properties.material', 'required'],
      [2, 'features.2.geometry.coordinates.0', 'outside_district'],
      [3, 'features.3.geometry.coordinates', 'self_intersection'],
      [4, 'features.4.id', 'duplicate'],
      [5, 'features.5.properties.utility', 'utility_mismatch'],
    ]);
    expect(result.problems[1].messageZh).toMatch(/经纬度是否颠倒/);
  });

  it('converts GCJ-02 input to WGS 84: a few hundred metres moved, back to within a millimetre', () => {
    const gcj = wgs84ToGcj02([site.lng, site.lat]);
    const moved = distanceBetween([site.lng, site.lat], gcj);
    expect(moved).toBeGreaterThan(100);
    expect(moved).toBeLessThan(1000);
    expect(distanceBetween([site.lng, site.lat], gcj02ToWgs84(gcj))).toBeLessThan(0.001);
    const result = parseNetworkUpload(
      {
        type: 'FeatureCollection',
        coordinateSystem: 'GCJ-02',
        features: [feature('W-1', water, [wgs84ToGcj02(at(0, 0)), wgs84ToGcj02(at(0, 100))])],
      },
      provider,
    );
    expect(result.ok && distanceBetween(result.segments[0].geometry.coordinates[0] as Position, at(0, 0))).toBeLessThan(
      0.001,
    );
  });

  it('reads a CSV of WKT lines, naming problems by line and column', () => {
    const row = (id: string, wkt: string, material = 'PE') =>
      [id, `"${wkt}"`, 'water', 'main', material, '160', '', '', '1.2', '2019', '嘉定自来水', 'in-service'].join(',');
    const [a, b] = [at(0, 0), at(0, 60)];
    const csv = [
      NETWORK_CSV_COLUMNS.join(','),
      row('W-1', `LINESTRING (${a.join(' ')}, ${b.join(' ')})`),
      row('W-2', `MULTILINESTRING ((${a.join(' ')}, ${b.join(' ')}), (${b.join(' ')}, ${at(40, 60).join(' ')}))`),
    ].join('\r\n');
    const ok = parseNetworkCsv(csv, provider);
    expect(ok.ok && ok.segments.map((s) => s.geometry.type)).toEqual(['LineString', 'MultiLineString']);
    const bad = parseNetworkCsv(`${csv}\r\n${row('W-3', 'LINESTRING (oops)', '')}`, provider);
    expect(!bad.ok && bad.problems.map((p) => [p.path, p.rule])).toEqual([
      ['line 4.material', 'required'],
      ['line 4.wkt', 'geometry_type'],
    ]);
  });
});

describe('excavations: joint trenches and the low-risk fast track', () => {
  const dig = (permitId: string, utility: Excavation['utility'], line: Position[], from: string, to: string) => ({
    permitId,
    utility,
    providerId: `${utility}-co`,
    line,
    from,
    to,
  });
  const week = ['2026-12-14T00:00:00+08:00', '2026-12-19T00:00:00+08:00'] as const;

  it('flags two excavations sharing 40 m of trench in the same week, once each way; not in different weeks', () => {
    const a = dig('P-1', 'water', [at(0, 0), at(100, 0)], ...week);
    const b = dig('P-2', 'power', [at(60, 2), at(160, 2)], ...week); // 2 m apart along 40 m
    expect(jointExcavationCandidates(a, [b])).toEqual([{ permitId: 'P-1', otherPermitId: 'P-2', sharedM: 40 }]);
    expect(jointExcavationCandidates(b, [a])).toEqual([{ permitId: 'P-2', otherPermitId: 'P-1', sharedM: 40 }]);
    const later = { ...b, from: '2026-12-21T00:00:00+08:00', to: '2026-12-24T00:00:00+08:00' };
    expect(jointExcavationCandidates(a, [later])).toEqual([]);
    const far = dig('P-3', 'gas', [at(0, 30), at(100, 30)], ...week);
    expect(jointExcavationCandidates(a, [far])).toEqual([]);
  });

  const zone = {
    id: 'anting-park',
    name: '安亭园区',
    geometry: {
      type: 'Polygon' as const,
      coordinates: [[at(-500, -500), at(500, -500), at(500, 500), at(-500, 500), at(-500, -500)]],
    },
  };
  const clearance = { gas: 1, power: 0.5, water: 0.5, broadband: 0.3 };

  it('refuses the fast track to a trench that crosses a gas main, with the reason', () => {
    const trench = { utility: 'water' as const, line: [at(0, -20), at(0, 20)] };
    const main = segment('G-1', gas, [at(-100, 0), at(100, 0)]);
    expect(fastTrackCheck(trench, [zone], [main], clearance)).toEqual({
      eligible: false,
      refusals: [{ rule: 'clearance', utility: 'gas', segmentId: 'G-1', distanceM: 0, clearanceM: 1 }],
    });
  });

  it('grants it inside a low-risk zone with the clearance kept; refuses it where the trench leaves the zone', () => {
    const trench = { utility: 'water' as const, line: [at(0, -20), at(0, 20)] };
    const main = segment('G-1', gas, [at(3, -100), at(3, 100)]); // parallel, 3 m off
    const ownPipe = segment('W-1', water, [at(0, -100), at(0, 100)]); // its own utility: no clearance asked
    expect(fastTrackCheck(trench, [zone], [main, ownPipe], clearance)).toEqual({ eligible: true, refusals: [] });
    const leaving = { utility: 'water' as const, line: [at(0, 400), at(0, 600)] };
    expect(fastTrackCheck(leaving, [zone], [], clearance)).toEqual({
      eligible: false,
      refusals: [{ rule: 'outside-low-risk-zone' }],
    });
  });
});
