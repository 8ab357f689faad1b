import { describe, expect, it } from 'vitest';
import { composeIin, decodeIin, iinCheckDigit, iinProblem } from './iin.js';

describe('IIN', () => {
  it('computes the check digit with the first weight series', () => {
    // 1+2+... weights over 9 0 0 1 0 1 3 0 0 0 1 → check digit 9 (a textbook example)
    expect(iinCheckDigit('90010130001')).toBe((9 * 1 + 0 + 0 + 1 * 4 + 0 + 1 * 6 + 3 * 7 + 0 + 0 + 0 + 1 * 11) % 11);
  });

  it('falls back to the second weight series when the first gives 10, and rejects serials where both give 10', () => {
    const serials = Array.from({ length: 200 }, (_, i) => `1503145${String(i).padStart(4, '0')}`);
    const firstIsTen = serials.filter((s) => [...s].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11 === 10);
    expect(firstIsTen.length).toBeGreaterThan(0);
    for (const s of firstIsTen) {
      const second = [...s].reduce((sum, d, i) => sum + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
      expect(iinCheckDigit(s)).toBe(second === 10 ? null : second);
    }
  });

  it.each([
    ['2015-03-14', 'FEMALE' as const, '150314', '6'],
    ['2008-11-02', 'MALE' as const, '081102', '5'],
    ['1985-06-20', 'MALE' as const, '850620', '3'],
    ['1962-12-31', 'FEMALE' as const, '621231', '4'],
  ])('composes and decodes %s %s', (birthDate, sex, prefix, centuryDigit) => {
    const iin = composeIin(birthDate, sex, 42) ?? composeIin(birthDate, sex, 43)!;
    expect(iin.slice(0, 6)).toBe(prefix);
    expect(iin[6]).toBe(centuryDigit);
    expect(decodeIin(iin)).toEqual({ birthDate, sex });
    expect(iinProblem(iin, { birthDate, sex })).toBeNull();
  });

  it('names what is wrong', () => {
    const iin = composeIin('2015-03-14', 'FEMALE', 7) ?? composeIin('2015-03-14', 'FEMALE', 8)!;
    const wrongCheck = iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
    expect(iinProblem('12345')).toBe('FORMAT');
    expect(iinProblem('15031460007a')).toBe('FORMAT');
    expect(iinProblem(wrongCheck)).toBe('CHECK_DIGIT');
    expect(iinProblem(iin, { birthDate: '2015-03-15' })).toBe('BIRTH_DATE_MISMATCH');
    expect(iinProblem(iin, { sex: 'MALE' })).toBe('SEX_MISMATCH');
    const impossibleDay = '150231' + iin.slice(6, 11);
    const check = iinCheckDigit(impossibleDay);
    if (check !== null) expect(iinProblem(impossibleDay + check)).toBe('DATE');
    const badCentury = '1503149' + iin.slice(7, 11);
    const check2 = iinCheckDigit(badCentury);
    if (check2 !== null) expect(iinProblem(badCentury + check2)).toBe('DATE');
  });
});
