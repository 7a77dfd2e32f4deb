import type { Utility } from '../form/utilities';
import { parseCsv } from '../service/accounts';
import { DISTRICT_BOUNDS, parseNetworkUpload, type CoordinateSystem, type UploadResult } from './network-upload';
import type { Position } from './segment';

/** The columns of a network CSV: one segment a line, its geometry as WKT. */
export const NETWORK_CSV_COLUMNS = [
  'id',
  'wkt',
  'utility',
  'kind',
  'material',
  'diameter_mm',
  'voltage_kv',
  'pressure_class',
  'depth_m',
  'year_laid',
  'owner',
  'status',
] as const;

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.source;
const POSITION = new RegExp(`^\\s*(${NUMBER})\\s+(${NUMBER})(?:\\s+${NUMBER})?\\s*$`);

function positions(list: string): Position[] | undefined {
  const out: Position[] = [];
  for (const p of list.split(',')) {
    const m = POSITION.exec(p);
    if (!m) return undefined;
    out.push([Number(m[1]), Number(m[2])]);
  }
  return out;
}

/** `LINESTRING (lng lat, …)` or `MULTILINESTRING ((…), (…))` as GeoJSON geometry; undefined if neither. */
export function wktLine(wkt: string): { type: string; coordinates: unknown } | undefined {
  const text = wkt.trim();
  const line = /^LINESTRING\s*(?:Z\s*)?\(([^()]*)\)$/i.exec(text);
  if (line) {
    const coordinates = positions(line[1]);
    return coordinates && { type: 'LineString', coordinates };
  }
  const multi = /^MULTILINESTRING\s*(?:Z\s*)?\((.*)\)$/i.exec(text);
  if (!multi) return undefined;
  const parts = [...multi[1].matchAll(/\(([^()]*)\)/g)].map((m) => positions(m[1]));
  if (!parts.length || parts.some((p) => p === undefined)) return undefined;
  return { type: 'MultiLineString', coordinates: parts };
}

const number = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : Number(cell));
const text = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? undefined : cell.trim());

/**
 * A network CSV (a header of `NETWORK_CSV_COLUMNS`, one segment a line, WKT geometry) checked as
 * its GeoJSON equivalent is: every problem listed, named by the CSV's line number and column.
 */
export function parseNetworkCsv(
  csv: string,
  provider: { id: string; utility: Utility },
  coordinateSystem: CoordinateSystem = 'WGS84',
  bounds: [number, number, number, number] = DISTRICT_BOUNDS,
): UploadResult {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const missing = NETWORK_CSV_COLUMNS.filter((c) => !header?.map((h) => h.trim()).includes(c));
  if (!header || missing.length)
    return {
      ok: false,
      problems: [
        {
          feature: null,
          path: 'header',
          rule: 'required',
          message: `the header needs ${missing.join(', ')}`,
          messageZh: `表头缺少 ${missing.join('、')}`,
        },
      ],
    };
  const col = (row: string[], name: (typeof NETWORK_CSV_COLUMNS)[number]) => row[header.indexOf(name)];
  const features = rows.map((row) => ({
    type: 'Feature',
    id: text(col(row, 'id')),
    geometry: wktLine(col(row, 'wkt') ?? '') ?? { type: 'invalid WKT', coordinates: [] },
    properties: {
      utility: text(col(row, 'utility')),
      kind: text(col(row, 'kind')),
      material: text(col(row, 'material')),
      diameterMm: number(col(row, 'diameter_mm')),
      voltageKv: number(col(row, 'voltage_kv')),
      pressureClass: text(col(row, 'pressure_class')),
      depthM: number(col(row, 'depth_m')),
      yearLaid: number(col(row, 'year_laid')),
      owner: text(col(row, 'owner')),
      status: text(col(row, 'status')),
    },
  }));
  const result = parseNetworkUpload({ type: 'FeatureCollection', coordinateSystem, features }, provider, bounds);
  if (result.ok) return result;
  // Named as a spreadsheet user finds them: line 2 is the first segment.
  const COLUMN: Record<string, string> = {
    geometry: 'wkt',
    diameterMm: 'diameter_mm',
    voltageKv: 'voltage_kv',
    pressureClass: 'pressure_class',
    depthM: 'depth_m',
    yearLaid: 'year_laid',
  };
  return {
    ok: false,
    problems: result.problems.map((p) => {
      if (p.feature === null) return p;
      const field = p.path.split('.')[2] === 'properties' ? p.path.split('.')[3] : p.path.split('.')[2];
      return { ...p, feature: p.feature + 2, path: `line ${p.feature + 2}.${COLUMN[field] ?? field}` };
    }),
  };
}
