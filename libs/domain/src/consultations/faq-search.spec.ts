import { indexTerms, queryTerms } from './faq-search';

const matches = (text: string, query: string) => {
  const terms = new Set(indexTerms(text));
  return queryTerms(query).every((t) => terms.has(t));
};

describe('FAQ search terms (Chinese without a segmenter)', () => {
  const text = '低压非居民用电报装需要多长时间？160 kVA 以下由供电公司投资到红线。';

  it('finds a text by any run of its Chinese, a lone character, or a Latin word', () => {
    expect(matches(text, '报装')).toBe(true);
    expect(matches(text, '用电报装')).toBe(true);
    expect(matches(text, '电')).toBe(true);
    expect(matches(text, '红线 kva')).toBe(true);
    expect(matches(text, 'ＫＶＡ')).toBe(true); // full-width letters read as the same word
  });

  it('does not find it by words it does not hold', () => {
    expect(matches(text, '燃气')).toBe(false);
    expect(matches(text, '报电')).toBe(false); // both characters are there, not side by side
    expect(matches(text, '报装 燃气')).toBe(false); // every term must be there
  });

  it('a query without words matches everything', () => {
    expect(queryTerms('  ？！ ')).toEqual([]);
  });
});
