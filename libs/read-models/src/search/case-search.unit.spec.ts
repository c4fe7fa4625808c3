import { searchMatch, searchTerms } from './case-search';

describe('case search terms', () => {
  it('indexes each field as its overlapping pairs, its last character alone', () => {
    expect(searchTerms(['石材厂', '〔2026〕1号'])).toBe('石材 材厂 厂 20 02 26 61 1号 号');
    expect(searchTerms(['', '某'])).toBe('某');
  });

  it('asks for the phrase of a query’s own pairs, or a prefix for one character', () => {
    expect(searchMatch('裂缝宽')).toBe('"裂缝 缝宽"');
    expect(searchMatch('裂')).toBe('"裂"*');
    expect(searchMatch(' 裂 ')).toBe('"裂"*');
  });

  it('compares in NFKC lower case, without spaces or punctuation', () => {
    expect(searchMatch('ＭＡＬＬ ２０')).toBe('"ma al ll l2 20"');
    expect(searchTerms(['Stone-MALL'])).toBe('st to on ne em ma al ll l');
  });

  it('has nothing to ask for a query without a letter or digit', () => {
    expect(searchMatch('〔〕 -')).toBeNull();
    expect(searchMatch('"*')).toBeNull();
  });
});
