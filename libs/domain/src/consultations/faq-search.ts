/**
 * Full-text search that works for Chinese without a segmenter or an extension: text is indexed
 * by its Han characters and every pair of neighbouring ones (bigrams), and by its Latin and digit
 * words; a query matches a text holding all of the query's terms — its bigrams (a lone character
 * by itself) and words. "报装" finds "联合报装", "电 容量" finds text with 电 and 容量. Plain
 * Postgres holds the terms in a text[] with a GIN index (`terms @> query`).
 */
const HAN = /\p{Script=Han}+/gu;
const WORD = /[\p{Script=Latin}\p{Nd}]+/gu;

const normalize = (text: string) => text.normalize('NFKC').toLowerCase();

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Every term a text is found by. */
export function indexTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts.map(normalize)) {
    for (const [run] of text.matchAll(HAN)) {
      for (const c of run) terms.add(c);
      for (const b of bigrams(run)) terms.add(b);
    }
    for (const [word] of text.matchAll(WORD)) terms.add(word);
  }
  return [...terms].sort();
}

/** The terms a text must hold to match a query (none: everything matches). At most 32. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  const text = normalize(query);
  for (const [run] of text.matchAll(HAN)) for (const b of bigrams(run)) terms.add(b);
  for (const [word] of text.matchAll(WORD)) terms.add(word);
  return [...terms].slice(0, 32);
}
