import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchTerms } from './search-text.js';

describe('name search normalisation', () => {
  it('lower-cases Kazakh letters that a C-locale database would not', () => {
    expect(normalizeSearchText('ӘЛИЯ', 'ҒАЛЫМҚЫЗЫ', 'ҢӨҰҮҺІ')).toBe('әлия ғалымқызы ңөұүһі');
  });

  it('treats ё as е and collapses spaces', () => {
    expect(normalizeSearchText('  Семён ', 'Артёмович')).toBe('семен артемович');
  });

  it('decomposed input matches composed names', () => {
    expect(normalizeSearchText('Йошкар'.normalize('NFD'))).toBe(normalizeSearchText('йошкар'));
  });

  it('splits a query into at most five words', () => {
    expect(searchTerms(' Нұр  Сұлтан ')).toEqual(['нұр', 'сұлтан']);
    expect(searchTerms('a b c d e f g')).toHaveLength(5);
    expect(searchTerms('   ')).toEqual([]);
  });
});
