import { minCostAssignment, UNASSIGNED } from './min-cost-flow.js';

/**
 * The region-wide assignment behind `proposeAssignments`. Pure: plain data in, plain data out.
 *
 * Model (decided with the lead):
 * - a unit is one child (size 1) or a sibling group (size k), never split;
 * - a family may receive at most `slots` units in this round (1 for most forms; capacity in
 *   children has already been checked per edge by the eligibility rules);
 * - an edge is an eligible (unit, family) pair with its score, 0–100 by contract; any
 *   non-negative score works, and a unit may have no edge at all.
 * Objective: the largest total score; among equal totals, the most children placed (a score-0
 * edge still places a child; a sibling group beats a single child of the same score). Remaining
 * ties are decided by id order, so the same input gives the same output whatever its order.
 * Scores are rounded to hundredths (SCORE_SCALE) and optimised as integers, so no float drift
 * can make two equal totals differ; `totalScore` is the exact sum of those rounded scores.
 */

export interface AssignmentUnit {
  id: string;
  /** Children in the unit: 1, or the size of the sibling group. */
  size: number;
}

export interface AssignmentFamily {
  id: string;
  /** How many units the family may receive in this round. */
  slots: number;
}

export interface CandidateEdge {
  unitId: string;
  familyId: string;
  score: number;
}

export interface AssignmentPair {
  unitId: string;
  familyId: string;
  /** The edge's score as given. */
  score: number;
  /** The unit's size, carried through. */
  size: number;
}

export interface AssignmentInput {
  units: readonly AssignmentUnit[];
  families: readonly AssignmentFamily[];
  edges: readonly CandidateEdge[];
}

export interface Assignment {
  /** Ordered by unit id. */
  pairs: AssignmentPair[];
  totalScore: number;
  /** Ordered by id. */
  unassignedUnitIds: string[];
}

/** Scores are optimised as integers in hundredths of a point. */
export const SCORE_SCALE = 100;

/** The input numbered by id, with the edges grouped by unit (CSR) and sorted by family. */
export interface IndexedAssignmentInput {
  units: AssignmentUnit[];
  families: AssignmentFamily[];
  /** Unit u's edges are edgeStart[u] .. edgeStart[u + 1] - 1. */
  edgeStart: Int32Array;
  edgeUnit: Int32Array;
  edgeFamily: Int32Array;
  /** Score × SCORE_SCALE, rounded. */
  edgeScore: Float64Array;
  /** The score as given. */
  edgeInputScore: Float64Array;
}

/** Maximum-total-score assignment by min-cost flow (see min-cost-flow.ts). */
export function maxScoreAssignment(input: AssignmentInput): Assignment {
  const indexed = indexAssignmentInput(input);
  const { units, families, edgeStart, edgeFamily, edgeScore } = indexed;
  const U = units.length;

  let maxScore = 0;
  for (const score of edgeScore) maxScore = Math.max(maxScore, score);
  let children = 0;
  let largest = 0;
  for (const unit of units) {
    children += unit.size;
    largest = Math.max(largest, unit.size);
  }
  // Two objectives in one integer cost. Score: an edge costs maxScore - score and leaving a unit
  // out costs maxScore, so total cost = U·maxScore - total score. Both are multiples of K, and the
  // sizes of the units left out (added to their cost) sum to less than K, so they only break ties.
  const K = children + 1;
  const edgeCost = new Float64Array(edgeScore.length);
  for (let e = 0; e < edgeScore.length; e++) edgeCost[e] = (maxScore - edgeScore[e]) * K;
  const leaveCost = new Float64Array(U);
  for (let u = 0; u < U; u++) leaveCost[u] = maxScore * K + units[u].size;
  // Path costs and potentials stay within (number of nodes) × (largest cost): keep that exact.
  if (!Number.isSafeInteger((maxScore * K + largest) * (U + families.length + 2))) {
    throw new RangeError('Scores or sizes too large to optimise exactly');
  }

  const chosen = minCostAssignment({
    unitCount: U,
    familyCount: families.length,
    edgeStart,
    edgeFamily,
    edgeCost,
    leaveCost,
    slots: Int32Array.from(families, (family) => family.slots),
  });
  return toAssignment(indexed, chosen);
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Validates the input and numbers it by id. Throws on input the caller should never build. */
export function indexAssignmentInput({ units, families, edges }: AssignmentInput): IndexedAssignmentInput {
  const sortedUnits = [...units].sort((a, b) => compareIds(a.id, b.id));
  const sortedFamilies = [...families].sort((a, b) => compareIds(a.id, b.id));
  sortedUnits.forEach((unit, i) => {
    if (i > 0 && sortedUnits[i - 1].id === unit.id) throw new RangeError(`Unit ${unit.id} is listed twice`);
    if (!Number.isInteger(unit.size) || unit.size < 1) throw new RangeError(`Unit ${unit.id} has size ${unit.size}`);
  });
  sortedFamilies.forEach((family, i) => {
    if (i > 0 && sortedFamilies[i - 1].id === family.id) throw new RangeError(`Family ${family.id} is listed twice`);
    if (!Number.isInteger(family.slots) || family.slots < 0) {
      throw new RangeError(`Family ${family.id} has ${family.slots} slots`);
    }
  });
  const unitIndex = new Map(sortedUnits.map((unit, i) => [unit.id, i]));
  const familyIndex = new Map(sortedFamilies.map((family, i) => [family.id, i]));

  const E = edges.length;
  const F = sortedFamilies.length;
  const key = new Float64Array(E);
  edges.forEach((edge, i) => {
    const u = unitIndex.get(edge.unitId);
    const f = familyIndex.get(edge.familyId);
    if (u === undefined) throw new RangeError(`Edge to unknown unit ${edge.unitId}`);
    if (f === undefined) throw new RangeError(`Edge to unknown family ${edge.familyId}`);
    if (!Number.isFinite(edge.score) || edge.score < 0) {
      throw new RangeError(`Edge ${edge.unitId}–${edge.familyId} has score ${edge.score}`);
    }
    key[i] = u * F + f;
  });
  const order = Int32Array.from({ length: E }, (_, i) => i).sort((a, b) => key[a] - key[b]);

  const edgeStart = new Int32Array(sortedUnits.length + 1);
  const edgeUnit = new Int32Array(E);
  const edgeFamily = new Int32Array(E);
  const edgeScore = new Float64Array(E);
  const edgeInputScore = new Float64Array(E);
  order.forEach((i, e) => {
    if (e > 0 && key[order[e - 1]] === key[i]) {
      throw new RangeError(`Edge ${edges[i].unitId}–${edges[i].familyId} is listed twice`);
    }
    const u = Math.floor(key[i] / F);
    edgeUnit[e] = u;
    edgeFamily[e] = key[i] - u * F;
    edgeScore[e] = Math.round(edges[i].score * SCORE_SCALE);
    edgeInputScore[e] = edges[i].score;
    edgeStart[u + 1]++;
  });
  for (let u = 0; u < sortedUnits.length; u++) edgeStart[u + 1] += edgeStart[u];

  return { units: sortedUnits, families: sortedFamilies, edgeStart, edgeUnit, edgeFamily, edgeScore, edgeInputScore };
}

/** The result for a choice of one edge (or UNASSIGNED) per unit. */
export function toAssignment(indexed: IndexedAssignmentInput, chosen: Int32Array): Assignment {
  const pairs: AssignmentPair[] = [];
  const unassignedUnitIds: string[] = [];
  let total = 0;
  indexed.units.forEach((unit, u) => {
    const e = chosen[u];
    if (e === UNASSIGNED) {
      unassignedUnitIds.push(unit.id);
      return;
    }
    pairs.push({
      unitId: unit.id,
      familyId: indexed.families[indexed.edgeFamily[e]].id,
      score: indexed.edgeInputScore[e],
      size: unit.size,
    });
    total += indexed.edgeScore[e];
  });
  return { pairs, totalScore: total / SCORE_SCALE, unassignedUnitIds };
}
