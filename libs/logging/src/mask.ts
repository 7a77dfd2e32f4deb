/**
 * Personal data in log records is masked wherever it appears — in any field, at any depth, or
 * inside a message — by its shape rather than by field name, so a new field cannot leak it.
 *   mainland mobile   13812345678         → 138****5678
 *   resident ID no.   11010519491231002X  → 110105********002X
 * (Unified social credit codes identify businesses, are public, and are left as they are.)
 */
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;

export function maskText(text: string): string {
  return text.replace(RESIDENT_ID, '$1********$2').replace(MOBILE, '$1****$2');
}

export function maskPersonalData<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return maskText(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1)) as T;
  if (value instanceof Error) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPersonalData(v, depth + 1)])) as T;
}
