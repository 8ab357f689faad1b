import { describe, expect, it } from 'vitest';
import { AGE_BANDS, bandCase, per5000, rangeProblem } from './region-figures.rules.js';

describe('region figure rules', () => {
  it('bands by upper bounds, the last band open', () => {
    expect(bandCase('age', AGE_BANDS)).toBe(`case when age < 3 then '0-2' when age < 7 then '3-6' when age < 10 then '7-9' when age < 14 then '10-13' else '14-17' end`);
  });

  it('refuses a reversed or too long range', () => {
    expect(rangeProblem('2026-01-01', '2026-12-31')).toBeNull();
    expect(rangeProblem('2026-02-01', '2026-01-01')?.field).toBe('from');
    expect(rangeProblem('2018-01-01', '2026-01-01')?.field).toBe('to');
  });

  it('counts specialists per 5,000 children', () => {
    expect(per5000(3, 10_000)).toBe(1.5);
    expect(per5000(1, 3)).toBe(1666.7);
    expect(per5000(2, 0)).toBeNull();
  });
});
