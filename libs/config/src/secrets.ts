/**
 * Secrets a production deployment must not run with: the placeholders shipped in examples (an
 * admin token forged with a published secret is as good as a real one), and secrets too
 * predictable to be secret. The estimate is Shannon's over the characters used, times the length:
 * 32 random hex digits come to ~120 bits; a word repeated, or one character, to almost nothing.
 */
const PLACEHOLDER = /change[-_ ]?me|changeme|placeholder|example|secret|password|letmein|lianbao|^(.)\1*$/i;
export const MIN_SECRET_BITS = 100;

export function estimatedBits(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const length = [...value].length;
  let perChar = 0;
  for (const n of counts.values()) perChar -= (n / length) * Math.log2(n / length);
  return perChar * length;
}

/** Why a secret is not fit for production, or undefined when it is. */
export function weakSecret(value: string): string | undefined {
  if (PLACEHOLDER.test(value))
    return 'is a placeholder or contains a guessable word; generate one: openssl rand -base64 48';
  const bits = estimatedBits(value);
  if (bits < MIN_SECRET_BITS)
    return `is too predictable (about ${Math.round(bits)} bits; at least ${MIN_SECRET_BITS}): openssl rand -base64 48`;
  return undefined;
}

/** The password inside a postgres:// URL, if any. */
export function urlPassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
