import { describe, expect, it } from 'vitest';
import { greedyAssignment } from './greedy-assignment.js';

const unit = (id: string, size = 1) => ({ id, size });
const family = (id: string, slots = 1) => ({ id, slots });
const edge = (unitId: string, familyId: string, score: number) => ({ unitId, familyId, score });
const pairsOf = (input: Parameters<typeof greedyAssignment>[0]) =>
  greedyAssignment(input).pairs.map((p) => `${p.unitId}-${p.familyId}`);

describe('greedyAssignment', () => {
  it('takes the best edge first, then the best one still open', () => {
    expect(
      pairsOf({
        units: [unit('A'), unit('B'), unit('C')],
        families: [family('F1'), family('F2')],
        edges: [edge('A', 'F1', 90), edge('B', 'F1', 95), edge('B', 'F2', 10), edge('A', 'F2', 60), edge('C', 'F2', 70)],
      }),
    ).toEqual(['B-F1', 'C-F2']);
  });

  it('breaks equal scores by unit id, then family id', () => {
    const input = {
      units: [unit('B'), unit('A')],
      families: [family('F2'), family('F1')],
      edges: [edge('B', 'F1', 50), edge('A', 'F2', 50), edge('A', 'F1', 50)],
    };

    expect(pairsOf(input)).toEqual(['A-F1']);
    expect(greedyAssignment(input).unassignedUnitIds).toEqual(['B']);
  });

  it('fills a family up to its slots, and places on score-0 edges', () => {
    const result = greedyAssignment({
      units: [unit('A'), unit('B', 2), unit('C')],
      families: [family('F1', 2)],
      edges: [edge('A', 'F1', 0), edge('B', 'F1', 30), edge('C', 'F1', 20)],
    });

    expect(result.pairs).toEqual([
      { unitId: 'B', familyId: 'F1', score: 30, size: 2 },
      { unitId: 'C', familyId: 'F1', score: 20, size: 1 },
    ]);
    expect(result.totalScore).toBe(50);
    expect(
      pairsOf({ units: [unit('A')], families: [family('F1')], edges: [edge('A', 'F1', 0)] }),
    ).toEqual(['A-F1']);
  });
});
