import { describe, expect, it } from 'vitest';
import { greedyAssignment } from './greedy-assignment.js';
import {
  maxScoreAssignment,
  SCORE_SCALE,
  type Assignment,
  type AssignmentInput,
  type CandidateEdge,
} from './max-score-assignment.js';

const unit = (id: string, size = 1) => ({ id, size });
const family = (id: string, slots = 1) => ({ id, slots });
const edge = (unitId: string, familyId: string, score: number): CandidateEdge => ({ unitId, familyId, score });

/** Seeded PRNG (mulberry32): the same instances on every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

interface Shape {
  units: number;
  families: number;
  maxSlots: number;
  edgeChance: number;
  /** Scores drawn from 0..100 in steps of `step`: large steps make many ties. */
  step: number;
}

function randomInput(random: () => number, shape: Shape): AssignmentInput {
  const pick = (n: number) => Math.floor(random() * n);
  const units = Array.from({ length: shape.units }, (_, i) => unit(`u${i}`, random() < 0.7 ? 1 : 2 + pick(3)));
  const families = Array.from({ length: shape.families }, (_, i) => family(`f${i}`, 1 + pick(shape.maxSlots)));
  const edges: CandidateEdge[] = [];
  for (const u of units) {
    for (const f of families) {
      if (random() < shape.edgeChance) edges.push(edge(u.id, f.id, shape.step * pick(Math.floor(100 / shape.step) + 1)));
    }
  }
  return { units, families, edges };
}

/** Best (total score in hundredths, children placed) over every assignment, by enumeration. */
function bruteForce({ units, families, edges }: AssignmentInput): { score: number; children: number } {
  const slotsLeft = new Map(families.map((f) => [f.id, f.slots]));
  let best = { score: -1, children: -1 };
  const visit = (i: number, score: number, children: number): void => {
    if (i === units.length) {
      if (score > best.score || (score === best.score && children > best.children)) best = { score, children };
      return;
    }
    visit(i + 1, score, children);
    for (const e of edges) {
      if (e.unitId !== units[i].id || slotsLeft.get(e.familyId) === 0) continue;
      slotsLeft.set(e.familyId, slotsLeft.get(e.familyId)! - 1);
      visit(i + 1, score + Math.round(e.score * SCORE_SCALE), children + units[i].size);
      slotsLeft.set(e.familyId, slotsLeft.get(e.familyId)! + 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

/**
 * An independent reference: maximum-weight b-matching as min-cost flow with negative costs,
 * Bellman-Ford shortest paths from one source, augmenting while a path still gains.
 */
function referenceBest({ units, families, edges }: AssignmentInput): { score: number; children: number } {
  const K = units.reduce((sum, u) => sum + u.size, 0) + 1;
  const unitNode = new Map(units.map((u, i) => [u.id, 2 + i]));
  const familyNode = new Map(families.map((f, i) => [f.id, 2 + units.length + i]));
  const size = new Map(units.map((u) => [u.id, u.size]));
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  const arc = (a: number, b: number, c: number, w: number) => {
    to.push(b, a);
    cap.push(c, 0);
    cost.push(w, -w);
    from.push(a, b);
  };
  for (const u of units) arc(0, unitNode.get(u.id)!, 1, 0);
  for (const f of families) arc(familyNode.get(f.id)!, 1, f.slots, 0);
  for (const e of edges) {
    arc(unitNode.get(e.unitId)!, familyNode.get(e.familyId)!, 1, -(Math.round(e.score * SCORE_SCALE) * K + size.get(e.unitId)!));
  }
  const n = 2 + units.length + families.length;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const via = new Array<number>(n).fill(-1);
    dist[0] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let a = 0; a < to.length; a++) {
        if (cap[a] > 0 && dist[from[a]] + cost[a] < dist[to[a]]) {
          dist[to[a]] = dist[from[a]] + cost[a];
          via[to[a]] = a;
          changed = true;
        }
      }
      if (!changed) break;
    }
    if (!(dist[1] < 0)) break;
    for (let v = 1; v !== 0; v = from[via[v]]) {
      cap[via[v]]--;
      cap[via[v] ^ 1]++;
    }
    total -= dist[1];
  }
  return { score: Math.floor(total / K), children: total % K };
}

/** Checks the result is an assignment of this input, and returns its children placed. */
function expectValid(result: Assignment, { units, families, edges }: AssignmentInput): number {
  const scoreOf = new Map(edges.map((e) => [`${e.unitId}|${e.familyId}`, e.score]));
  const sizeOf = new Map(units.map((u) => [u.id, u.size]));
  const received = new Map<string, number>();
  let total = 0;
  let children = 0;
  for (const pair of result.pairs) {
    expect(scoreOf.get(`${pair.unitId}|${pair.familyId}`)).toBe(pair.score);
    expect(pair.size).toBe(sizeOf.get(pair.unitId));
    received.set(pair.familyId, (received.get(pair.familyId) ?? 0) + 1);
    total += Math.round(pair.score * SCORE_SCALE);
    children += pair.size;
  }
  for (const f of families) expect(received.get(f.id) ?? 0).toBeLessThanOrEqual(f.slots);
  const placed = result.pairs.map((p) => p.unitId);
  expect(new Set(placed).size).toBe(placed.length);
  expect([...placed, ...result.unassignedUnitIds].sort()).toEqual(units.map((u) => u.id).sort());
  expect(result.totalScore).toBe(total / SCORE_SCALE);
  return children;
}

describe('maxScoreAssignment', () => {
  it('finds the optimum where greedy does not: A–F2 and B–F1 (165) against A–F1 alone (90)', () => {
    const input = {
      units: [unit('A'), unit('B')],
      families: [family('F1'), family('F2')],
      edges: [edge('A', 'F1', 90), edge('A', 'F2', 80), edge('B', 'F1', 85)],
    };

    expect(maxScoreAssignment(input)).toEqual({
      pairs: [
        { unitId: 'A', familyId: 'F2', score: 80, size: 1 },
        { unitId: 'B', familyId: 'F1', score: 85, size: 1 },
      ],
      totalScore: 165,
      unassignedUnitIds: [],
    });
    expect(greedyAssignment(input)).toEqual({
      pairs: [{ unitId: 'A', familyId: 'F1', score: 90, size: 1 }],
      totalScore: 90,
      unassignedUnitIds: ['B'],
    });
  });

  it('equals brute force on 200 random small instances, and greedy never beats it', () => {
    const random = prng(20_261_122);
    let greedyWorse = 0;
    for (let i = 0; i < 200; i++) {
      const shape = { units: 1 + Math.floor(random() * 6), families: 1 + Math.floor(random() * 5), maxSlots: 2, edgeChance: 0.6, step: i % 2 ? 1 : 25 };
      const input = randomInput(random, shape);
      const best = bruteForce(input);
      const result = maxScoreAssignment(input);
      const greedy = greedyAssignment(input);

      const children = expectValid(result, input);
      expectValid(greedy, input);
      expect(result.totalScore).toBe(best.score / SCORE_SCALE);
      expect(children).toBe(best.children);
      expect(greedy.totalScore).toBeLessThanOrEqual(result.totalScore);
      if (greedy.totalScore < result.totalScore) greedyWorse++;
    }
    // The comparison has teeth: greedy does fall short on some of them.
    expect(greedyWorse).toBeGreaterThan(0);
  });

  it('equals an independent Bellman-Ford min-cost flow on 30 medium instances', () => {
    const random = prng(7);
    for (let i = 0; i < 30; i++) {
      const input = randomInput(random, { units: 40, families: 15, maxSlots: 3, edgeChance: 0.3, step: i % 3 ? 1 : 10 });
      const best = referenceBest(input);
      const result = maxScoreAssignment(input);

      expect(result.totalScore).toBe(best.score / SCORE_SCALE);
      expect(expectValid(result, input)).toBe(best.children);
    }
  });

  it('gives a family no more units than its slots', () => {
    const input = {
      units: [unit('A'), unit('B'), unit('C')],
      families: [family('TWO', 2), family('NONE', 0)],
      edges: [edge('A', 'TWO', 50), edge('B', 'TWO', 60), edge('C', 'TWO', 70), edge('A', 'NONE', 100)],
    };

    const result = maxScoreAssignment(input);

    expect(result.pairs.map((p) => `${p.unitId}-${p.familyId}`)).toEqual(['B-TWO', 'C-TWO']);
    expect(result.totalScore).toBe(130);
    expect(result.unassignedUnitIds).toEqual(['A']);
  });

  it('leaves a unit without edges unassigned', () => {
    const input = { units: [unit('A'), unit('LONELY', 3)], families: [family('F1')], edges: [edge('A', 'F1', 40)] };

    expect(maxScoreAssignment(input)).toEqual({
      pairs: [{ unitId: 'A', familyId: 'F1', score: 40, size: 1 }],
      totalScore: 40,
      unassignedUnitIds: ['LONELY'],
    });
  });

  it.each([
    ['nothing at all', { units: [], families: [], edges: [] }, []],
    ['units but no families', { units: [unit('A')], families: [], edges: [] }, ['A']],
    ['families but no units', { units: [], families: [family('F1')], edges: [] }, []],
  ])('handles %s', (_, input, unassigned) => {
    expect(maxScoreAssignment(input)).toEqual({ pairs: [], totalScore: 0, unassignedUnitIds: unassigned });
    expect(greedyAssignment(input)).toEqual({ pairs: [], totalScore: 0, unassignedUnitIds: unassigned });
  });

  it('carries sibling group sizes through and, at equal scores, places the group', () => {
    const input = {
      units: [unit('CHILD'), unit('GROUP', 3)],
      families: [family('F1')],
      edges: [edge('CHILD', 'F1', 70), edge('GROUP', 'F1', 70)],
    };

    expect(maxScoreAssignment(input).pairs).toEqual([{ unitId: 'GROUP', familyId: 'F1', score: 70, size: 3 }]);
  });

  it('still places a child on a score-0 edge: more children at the same total', () => {
    const input = { units: [unit('A')], families: [family('F1')], edges: [edge('A', 'F1', 0)] };

    expect(maxScoreAssignment(input)).toEqual({
      pairs: [{ unitId: 'A', familyId: 'F1', score: 0, size: 1 }],
      totalScore: 0,
      unassignedUnitIds: [],
    });
  });

  it('adds scores in hundredths, without float drift', () => {
    const input = {
      units: [unit('A'), unit('B'), unit('C')],
      families: [family('F1', 3)],
      edges: [edge('A', 'F1', 0.1), edge('B', 'F1', 0.2), edge('C', 'F1', 33.33)],
    };

    expect(maxScoreAssignment(input).totalScore).toBe(33.63);
  });

  it('gives the same result whatever the order of units, families and edges', () => {
    const random = prng(99);
    // Scores in steps of 50: almost every total can be reached several ways.
    const input = randomInput(random, { units: 60, families: 20, maxSlots: 2, edgeChance: 0.3, step: 50 });
    const expected = maxScoreAssignment(input);
    const expectedGreedy = greedyAssignment(input);

    for (let i = 0; i < 5; i++) {
      const reordered = {
        units: shuffled(input.units, random),
        families: shuffled(input.families, random),
        edges: shuffled(input.edges, random),
      };
      expect(maxScoreAssignment(reordered)).toEqual(expected);
      expect(greedyAssignment(reordered)).toEqual(expectedGreedy);
    }
  });

  it('solves a region-sized instance (2,000 units, 600 families, 100,000 edges) at least as well as greedy', () => {
    const random = prng(2026);
    const units = Array.from({ length: 2000 }, (_, i) => unit(`u${i}`, random() < 0.8 ? 1 : 2 + Math.floor(random() * 3)));
    const families = Array.from({ length: 600 }, (_, i) => family(`f${i}`, random() < 0.85 ? 1 : 2));
    // Some families suit almost everyone: that is where greedy goes wrong.
    const appeal = families.map(() => random() * 50);
    const edges: CandidateEdge[] = [];
    for (const u of units) {
      const chosen = new Set<number>();
      while (chosen.size < 50) chosen.add(Math.floor(random() * families.length));
      for (const f of chosen) edges.push(edge(u.id, families[f].id, Math.min(100, Math.round(appeal[f] + random() * 50))));
    }
    const input = { units, families, edges };

    const result = maxScoreAssignment(input);
    const greedy = greedyAssignment(input);

    expectValid(result, input);
    expect(result.pairs.length).toBe(families.reduce((sum, f) => sum + f.slots, 0));
    expect(result.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
  });

  it.each([
    ['a unit listed twice', { units: [unit('A'), unit('A')], families: [], edges: [] }, /A is listed twice/],
    ['a family listed twice', { units: [], families: [family('F'), family('F')], edges: [] }, /F is listed twice/],
    ['a unit of size 0', { units: [unit('A', 0)], families: [], edges: [] }, /size 0/],
    ['negative slots', { units: [], families: [family('F', -1)], edges: [] }, /-1 slots/],
    ['an edge to an unknown unit', { units: [], families: [family('F')], edges: [edge('X', 'F', 1)] }, /unknown unit X/],
    ['an edge to an unknown family', { units: [unit('A')], families: [], edges: [edge('A', 'Y', 1)] }, /unknown family Y/],
    ['a negative score', { units: [unit('A')], families: [family('F')], edges: [edge('A', 'F', -1)] }, /score -1/],
    ['a score that is not a number', { units: [unit('A')], families: [family('F')], edges: [edge('A', 'F', NaN)] }, /score NaN/],
    ['an edge listed twice', { units: [unit('A')], families: [family('F')], edges: [edge('A', 'F', 1), edge('A', 'F', 2)] }, /listed twice/],
  ])('refuses %s', (_, input, message) => {
    expect(() => maxScoreAssignment(input)).toThrow(message);
    expect(() => greedyAssignment(input)).toThrow(message);
  });
});
