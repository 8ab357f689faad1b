import { describe, expect, it } from 'vitest';
import { isNearName, normalizeSearchText, searchTerms } from './search-text.js';

describe('the search key of a name', () => {
  it.each([
    ['Нұрғалиева', 'Нургалиева', 'Nurgalieva', 'Nurgaliyeva', 'NURĞALİEVA'.toLowerCase()],
    ['Жанар', 'Zhanar', 'Janar'],
    ['Қасымов', 'Касымов', 'Kasymov', 'Qasymov'],
    ['Әлия', 'Алия', 'Aliya', 'Aliia'],
    ['Ерлан', 'Yerlan', 'Erlan'],
    ['Хасенов', 'Khassenov', 'Hasenov'],
    ['Өмірбек', 'Омирбек', 'Ömirbek', 'Omirbek'],
    ['Семён', 'Семен', 'Semen'],
  ])('is one for the spellings of %s', (...spellings) => {
    const keys = spellings.map((spelling) => normalizeSearchText(spelling));
    expect(new Set(keys).size, keys.join(' / ')).toBe(1);
  });

  it('tells different names apart', () => {
    expect(normalizeSearchText('Нұрғалиева')).not.toBe(normalizeSearchText('Нұрғалиев'));
    expect(normalizeSearchText('Дана')).not.toBe(normalizeSearchText('Дина'));
  });

  it('keeps the words of every part, and nothing but letters', () => {
    expect(normalizeSearchText('  Сәрсенов ', 'Ұлан', null, 'Ержанұлы-Кызы')).toBe('sarsenov ulan erzhanuli kizi');
    expect(normalizeSearchText("O'Brien")).toBe('o brien');
  });

  it('is the same for decomposed and composed input', () => {
    expect(normalizeSearchText('Йошкар'.normalize('NFD'))).toBe(normalizeSearchText('йошкар'));
  });

  it('splits a query into at most five keys', () => {
    expect(searchTerms(' Нұр  Сұлтан ')).toEqual(['nur', 'sultan']);
    expect(searchTerms('a b c d e f g')).toHaveLength(5);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('near names', () => {
  it.each([
    ['Нұрғалиева Дана', 'Nurgalieva Dana'],
    ['Нургалиева Дана', 'Нургалеева Дана'],
    ['Сәрсенов Ұлан', 'Сарсенов Улан'],
    ['Тестова Айгерім', 'Тестова Айгерим'],
    ['Ким Ен', 'Ким Ена'],
  ])('%s is near %s', (a, b) => {
    expect(isNearName(a, b)).toBe(true);
  });

  it.each([
    ['Нургалиева Дана', 'Нургалиева Дина Айгерім'],
    ['Тестова Дана', 'Тестова Айгерім'],
    ['Сәрсеновa Ұлан', 'Сәрсеновб Ұланв'],
    ['Ким Ен', 'Ким Ан Б'],
  ])('%s is not near %s', (a, b) => {
    expect(isNearName(a, b)).toBe(false);
  });
});
