import type { Position } from './segment';

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle metres between two positions (haversine). */
export function distanceBetween(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A line's length in metres. */
export function lengthM(line: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) sum += distanceBetween(line[i - 1], line[i]);
  return sum;
}

/** The position `eastM` metres east and `northM` metres north of `origin`, on the same sphere. */
export function offsetBy(origin: { lat: number; lng: number }, eastM: number, northM: number): Position {
  const metresPerDegree = (Math.PI / 180) * EARTH_RADIUS_M;
  return [
    origin.lng + eastM / (metresPerDegree * Math.cos((origin.lat * Math.PI) / 180)),
    origin.lat + northM / metresPerDegree,
  ];
}
