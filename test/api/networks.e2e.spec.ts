import { NETWORK_CSV_COLUMNS } from '../../libs/domain/src/networks/network-csv';
import { offsetBy } from '../../libs/domain/src/networks/geometry';
import type { Position } from '../../libs/domain/src/networks/segment';
import { stackForFile } from '../support/api';

const site = { lat: 31.2905, lng: 121.1612 };
const at = (eastM: number, northM: number): Position => offsetBy(site, eastM, northM);
const water = {
  utility: 'water',
  kind: 'main',
  material: 'ductile iron',
  diameterMm: 300,
  depthM: 1.2,
  yearLaid: 2008,
  owner: '嘉定自来水',
  status: 'in-service',
};
const feature = (id: string, properties: Record<string, unknown>, coordinates: Position[]) => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'LineString', coordinates },
});

/**
 * The network register over HTTP: a provider uploads its network — one bad feature refuses the
 * whole upload with every problem listed, the fixed one is recorded as a version —, staff of
 * another utility see only what the segments are, the district sees all, and the past stays.
 */
describe('the shared network register over HTTP', () => {
  const env = stackForFile();
  const upload = (token: string, provider: string, body: unknown, type = 'application/geo+json') =>
    env.stack.call('POST', `/v1/networks/${provider}`, {
      token,
      rawBody: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': type },
    });
  const box = [at(-500, -500), at(500, 500)].flat();
  const bbox = [box[0], box[1], box[2], box[3]].join(',');

  it('refuses an upload with a bad feature listing every problem, records the fixed one, and scopes who sees what', async () => {
    const { tokens } = env;
    const { material: _m, ...noMaterial } = water;
    const bad = await upload(tokens.water, 'jiading-water', {
      type: 'FeatureCollection',
      features: [
        feature('W-1', water, [at(-200, 35), at(200, 35)]),
        feature('W-2', noMaterial, [
          [site.lat, site.lng],
          [site.lat, site.lng + 0.001],
        ]),
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string; rule: string }) => `${d.path}:${d.rule}`)).toEqual([
      'features.1.properties.material:required',
      'features.1.geometry.coordinates.0:outside_district',
    ]);
    expect(bad.body.error.messageZh).toBe('管网数据有误，未记录');
    const nothing = await env.stack.call('GET', `/v1/networks?bbox=${bbox}`, { token: tokens.admin });
    expect(nothing.body.features).toEqual([]);

    const good = {
      type: 'FeatureCollection',
      features: [
        feature('W-1', water, [at(-200, 35), at(200, 35)]),
        feature('W-2', { ...water, kind: 'branch' }, [at(0, 35), at(0, 5)]),
      ],
    };
    const recorded = await upload(tokens.water, 'jiading-water', good);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ providerId: 'jiading-water', version: 1, added: 2 });
    expect((await upload(tokens.water, 'jiading-water', good)).body).toMatchObject({ version: 1, unchanged: 2 });
    // Another provider's network is not theirs to load; a body that is not JSON is a 400.
    expect((await upload(tokens.power, 'jiading-water', good)).status).toBe(403);
    expect((await upload(tokens.water, 'jiading-water', '{"type":')).body.error.details[0].rule).toBe('invalid_json');

    // A CSV of WKT lines replaces it: W-2 taken out, W-1 moved to 60 m north.
    const line = (id: string, points: Position[]) =>
      [
        id,
        `"LINESTRING (${points.map((p) => p.join(' ')).join(', ')})"`,
        'water',
        'main',
        'PE',
        '300',
        '',
        '',
        '1.2',
        '2008',
        '嘉定自来水',
        'in-service',
      ].join(',');
    const csv = [NETWORK_CSV_COLUMNS.join(','), line('W-1', [at(-200, 60), at(200, 60)])].join('\r\n');
    const second = await upload(tokens.water, 'jiading-water', csv, 'text/csv');
    expect(second.body).toMatchObject({ version: 2, changed: 1, removed: 1 });
    const versions = await env.stack.call('GET', '/v1/networks/jiading-water/versions', { token: tokens.water });
    expect(versions.body.items.map((v: { version: number; source: string }) => [v.version, v.source])).toEqual([
      [2, 'csv'],
      [1, 'geojson'],
    ]);

    // The district sees every attribute; power's staff only that a water main is there.
    const asAdmin = await env.stack.call('GET', `/v1/networks?bbox=${bbox}`, { token: tokens.admin });
    expect(asAdmin.body.features.map((f: { id: string }) => f.id)).toEqual(['W-1']);
    expect(asAdmin.body.features[0].properties).toMatchObject({ material: 'PE', diameterMm: 300 });
    const asPower = await env.stack.call('GET', `/v1/networks?bbox=${bbox}`, { token: tokens.power });
    expect(asPower.body.features[0].properties).toEqual({
      providerId: 'jiading-water',
      utility: 'water',
      kind: 'main',
      status: 'in-service',
    });
    for (const role of ['applicant', 'window', 'road'] as const)
      expect((await env.stack.call('GET', `/v1/networks?bbox=${bbox}`, { token: tokens[role] })).status).toBe(403);

    // The register as it stood before the CSV: both segments, W-1 where it was.
    const before = new Date(Date.parse(versions.body.items[0].at) - 1).toISOString();
    const past = await env.stack.call('GET', `/v1/networks?bbox=${bbox}&asOf=${encodeURIComponent(before)}`, {
      token: tokens.admin,
    });
    expect(
      past.body.features.map((f: { id: string; geometry: { coordinates: Position[] } }) => [
        f.id,
        f.geometry.coordinates[0],
      ]),
    ).toEqual([
      ['W-1', at(-200, 35)],
      ['W-2', at(0, 35)],
    ]);
    const tooBig = await env.stack.call('GET', '/v1/networks?bbox=121,31,122,32', { token: tokens.admin });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details[0]).toMatchObject({ path: 'query.bbox', rule: 'bbox_too_large' });
  });
});
