/**
 * GCJ-02 (the "Mars" datum Chinese web maps publish in) to WGS 84. The register stores WGS 84
 * longitude-latitude (CGCS2000 agrees with it to within centimetres at the scale of a district, so
 * both are taken as they are); a provider whose data comes from a GCJ-02 map says so on upload and
 * its coordinates are converted here. GCJ-02 is WGS 84 plus a published, deterministic offset of a
 * few hundred metres; the inverse has no closed form, so it is iterated until the forward transform
 * of the estimate lands within 1e-9° (about 0.1 mm) of the input.
 */
const A = 6378245.0;
const EE = 0.006693421622965943;

function offset(lng: number, lat: number): [number, number] {
  const x = lng - 105.0;
  const y = lat - 35.0;
  let dLat =
    -100.0 +
    2.0 * x +
    3.0 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0 +
    ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0 +
    ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  let dLng =
    300.0 +
    x +
    2.0 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0 +
    ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0 +
    ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  const radLat = (lat / 180.0) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLng, dLat];
}

/** WGS 84 → GCJ-02: what a Chinese web map would show for a WGS 84 position. */
export function wgs84ToGcj02([lng, lat]: readonly [number, number]): [number, number] {
  const [dLng, dLat] = offset(lng, lat);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 → WGS 84, to within about 0.1 mm. */
export function gcj02ToWgs84(position: readonly [number, number]): [number, number] {
  let estimate: [number, number] = [position[0], position[1]];
  for (let i = 0; i < 30; i++) {
    const [lng, lat] = wgs84ToGcj02(estimate);
    const dLng = lng - position[0];
    const dLat = lat - position[1];
    estimate = [estimate[0] - dLng, estimate[1] - dLat];
    if (Math.abs(dLng) < 1e-9 && Math.abs(dLat) < 1e-9) break;
  }
  return estimate;
}
