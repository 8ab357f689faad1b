import { describe, expect, it } from 'vitest';
import { monthlyTotals, rangeOfMonths } from '../../web/src/supervisor/figures.js';

describe('the supervisor’s figures, drawn', () => {
  it('asks for whole calendar months up to today, across a year’s end', () => {
    expect(rangeOfMonths(new Date('2026-12-04T18:00:00Z'), 12)).toEqual({ from: '2026-01-01', to: '2026-12-04' });
    expect(rangeOfMonths(new Date('2026-02-28T00:00:00Z'), 3)).toEqual({ from: '2025-12-01', to: '2026-02-28' });
  });

  it('adds every form up per month and draws the months with nothing as zero', () => {
    const rows = [
      { month: '2026-01', started: 2, ended: 1, breakdowns: 1 },
      { month: '2026-01', started: 1, ended: 0, breakdowns: 0 },
      { month: '2026-03', started: 0, ended: 4, breakdowns: 2 },
      { month: '2025-12', started: 9, ended: 9, breakdowns: 9 },
    ];
    expect(monthlyTotals(rows, { from: '2026-01-01', to: '2026-03-15' })).toEqual([
      { month: '2026-01', started: 3, ended: 1, breakdowns: 1 },
      { month: '2026-02', started: 0, ended: 0, breakdowns: 0 },
      { month: '2026-03', started: 0, ended: 4, breakdowns: 2 },
    ]);
  });
});
