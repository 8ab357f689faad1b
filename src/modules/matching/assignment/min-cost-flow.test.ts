import { describe, expect, it } from 'vitest';
import { minCostAssignment, UNASSIGNED, type AssignmentNetwork } from './min-cost-flow.js';

/** A network from per-unit lists of [family, cost]. */
function network(edges: [number, number][][], leaveCost: number[], slots: number[]): AssignmentNetwork {
  const edgeStart = new Int32Array(edges.length + 1);
  edges.forEach((list, u) => (edgeStart[u + 1] = edgeStart[u] + list.length));
  const flat = edges.flat();
  return {
    unitCount: edges.length,
    familyCount: slots.length,
    edgeStart,
    edgeFamily: Int32Array.from(flat, ([f]) => f),
    edgeCost: Float64Array.from(flat, ([, c]) => c),
    leaveCost: Float64Array.from(leaveCost),
    slots: Int32Array.from(slots),
  };
}

describe('minCostAssignment', () => {
  it('moves earlier units along a chain when a later unit needs their family', () => {
    // Unit 0 enters first and takes family 0; unit 1 takes family 1; unit 2 can only use
    // family 0, so unit 0 moves to 1 and unit 1 to 2.
    const net = network([[[0, 0], [1, 5]], [[1, 0], [2, 5]], [[0, 0]]], [100, 100, 100], [1, 1, 1]);

    expect([...minCostAssignment(net)]).toEqual([1, 3, 4]);
  });

  it('leaves a unit out when that is cheaper than any family', () => {
    const net = network([[[0, 7]], [[0, 2]]], [5, 5], [1]);

    expect([...minCostAssignment(net)]).toEqual([UNASSIGNED, 1]);
  });

  it('fills a family up to its slots and moves the costlier unit out', () => {
    const net = network([[[0, 3]], [[0, 1]], [[0, 2]]], [4, 4, 4], [2]);

    expect([...minCostAssignment(net)]).toEqual([UNASSIGNED, 1, 2]);
  });

  it('never uses a family without slots, and handles no units at all', () => {
    expect([...minCostAssignment(network([[[0, 0]]], [9], [0]))]).toEqual([UNASSIGNED]);
    expect([...minCostAssignment(network([], [], [2]))]).toEqual([]);
  });
});
