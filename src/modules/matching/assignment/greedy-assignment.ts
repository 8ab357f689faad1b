import { indexAssignmentInput, toAssignment, type Assignment, type AssignmentInput } from './max-score-assignment.js';
import { UNASSIGNED } from './min-cost-flow.js';

/**
 * The baseline `proposeAssignments` reports beside the optimum: best-scoring edge first (ties by
 * unit id, then family id), taken when the unit is still free and the family has a slot left.
 * Same model and scores rounded the same way as maxScoreAssignment, so the totals compare.
 */
export function greedyAssignment(input: AssignmentInput): Assignment {
  const indexed = indexAssignmentInput(input);
  const { units, families, edgeUnit, edgeFamily, edgeScore } = indexed;
  // Edges are numbered in (unit id, family id) order already.
  const order = Int32Array.from({ length: edgeScore.length }, (_, e) => e).sort(
    (a, b) => edgeScore[b] - edgeScore[a] || a - b,
  );
  const chosen = new Int32Array(units.length).fill(UNASSIGNED);
  const slotsLeft = Int32Array.from(families, (family) => family.slots);
  for (const e of order) {
    const u = edgeUnit[e];
    const f = edgeFamily[e];
    if (chosen[u] !== UNASSIGNED || slotsLeft[f] === 0) continue;
    chosen[u] = e;
    slotsLeft[f]--;
  }
  return toAssignment(indexed, chosen);
}
