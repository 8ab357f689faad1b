/**
 * Minimum-cost flow for the bipartite assignment behind `proposeAssignments`, on plain indices.
 *
 * Network: source → unit (cap 1, cost 0) → family (cap 1, edge cost) → sink (cap slots, cost 0),
 * plus unit → sink (cap 1, the unit's "left unassigned" cost), so every unit sends exactly one
 * unit of flow and every cost is non-negative.
 *
 * Successive shortest paths, with Dijkstra on reduced costs (Johnson potentials). Units enter one
 * at a time, in index order, like the rows of the Hungarian method: the flow is of minimum cost
 * for the units entered so far, and augmenting along the new unit's shortest path to the sink
 * (which may move earlier units to other families or out) keeps it so. This makes the source
 * implicit and keeps each search small: a unit that has not entered has no residual arc into it,
 * and a unit left unassigned is reachable only through the sink, where the search ends.
 *
 * Node numbers: sink 0, units 1..U, families U+1..U+F. On equal distances the heap pops the lower
 * number first, so the sink wins ties (the search stops as early as it can) and, the caller having
 * numbered everything by id, the same input always gives the same flow. Potentials are shifted
 * after every search so that the sink's stays 0; only the nodes the search settled move.
 * Costs must be integers, and every path cost a safe integer, so that float arithmetic is exact.
 */

/** In `minCostAssignment`'s result: the unit takes its "left unassigned" arc. */
export const UNASSIGNED = -1;

export interface AssignmentNetwork {
  unitCount: number;
  familyCount: number;
  /** Unit u's candidate edges are edgeStart[u] .. edgeStart[u + 1] - 1 (length unitCount + 1). */
  edgeStart: Int32Array;
  edgeFamily: Int32Array;
  /** Non-negative integers. */
  edgeCost: Float64Array;
  /** Per unit, non-negative integers. */
  leaveCost: Float64Array;
  /** Per family: how many units it may receive. */
  slots: Int32Array;
}

/** The minimum-cost choice: for each unit, the index of its chosen edge or UNASSIGNED. */
export function minCostAssignment(net: AssignmentNetwork): Int32Array {
  const { unitCount: U, familyCount: F, edgeStart, edgeFamily, edgeCost, leaveCost, slots } = net;
  const SINK = 0;
  const firstFamily = U + 1;
  const N = U + F + 1;
  const E = edgeStart[U];

  const edgeUnit = new Int32Array(E);
  const inDegree = new Int32Array(F);
  for (let u = 0; u < U; u++) {
    for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
      edgeUnit[e] = u;
      inDegree[edgeFamily[e]]++;
    }
  }
  // A family never holds more units than it has candidate edges: that bounds the member lists.
  const capacity = new Int32Array(F);
  const memberStart = new Int32Array(F + 1);
  for (let f = 0; f < F; f++) {
    capacity[f] = Math.max(0, Math.min(slots[f], inDegree[f]));
    memberStart[f + 1] = memberStart[f] + capacity[f];
  }
  const members = new Int32Array(memberStart[F]);
  const memberCount = new Int32Array(F);
  const chosen = new Int32Array(U).fill(UNASSIGNED);

  const potential = new Float64Array(N);
  const dist = new Float64Array(N);
  const stamp = new Int32Array(N);
  const parentNode = new Int32Array(N);
  // For a family: the edge it was reached by. A unit other than the entering one is always
  // reached from its own family, by the reverse of its chosen edge.
  const parentEdge = new Int32Array(N);
  const settled = new Int32Array(N);
  const heap = new IndexedHeap(N, dist);

  for (let u = 0; u < U; u++) {
    const phase = u + 1;
    const source = u + 1;
    const from = edgeStart[u];
    const to = edgeStart[u + 1];

    // The entering unit's potential: the largest that keeps all its arcs' reduced costs >= 0.
    let entering = -leaveCost[u];
    for (let e = from; e < to; e++) {
      entering = Math.max(entering, potential[firstFamily + edgeFamily[e]] - edgeCost[e]);
    }
    potential[source] = entering;

    const relax = (node: number, d: number, parent: number, edge: number): void => {
      // The sink pops first on ties, so nothing at or beyond its distance will be settled.
      if (stamp[SINK] === phase && d >= dist[SINK]) return;
      if (stamp[node] !== phase) {
        stamp[node] = phase;
        dist[node] = d;
        parentNode[node] = parent;
        parentEdge[node] = edge;
        heap.push(node);
      } else if (d < dist[node] && heap.contains(node)) {
        dist[node] = d;
        parentNode[node] = parent;
        parentEdge[node] = edge;
        heap.decreased(node);
      }
    };

    stamp[source] = phase;
    dist[source] = 0;
    heap.push(source);
    let settledCount = 0;
    while (heap.size > 0) {
      const x = heap.pop();
      if (x === SINK) break;
      settled[settledCount++] = x;
      const base = dist[x] + potential[x];
      if (x < firstFamily) {
        const v = x - 1;
        const current = chosen[v] === UNASSIGNED ? -1 : edgeFamily[chosen[v]];
        // Only the entering unit and units now in a family are reached, so this arc is free.
        relax(SINK, base + leaveCost[v], x, UNASSIGNED);
        for (let e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
          const f = edgeFamily[e];
          if (f === current) continue;
          const y = firstFamily + f;
          relax(y, base + edgeCost[e] - potential[y], x, e);
        }
      } else {
        const f = x - firstFamily;
        for (let i = memberStart[f]; i < memberStart[f] + memberCount[f]; i++) {
          const w = members[i];
          const y = w + 1;
          relax(y, base - edgeCost[chosen[w]] - potential[y], x, chosen[w]);
        }
        if (memberCount[f] < capacity[f]) relax(SINK, base, x, UNASSIGNED);
      }
    }
    heap.clear();

    // π(v) += min(d(v), D), then everything shifted by -D: only settled nodes change.
    const D = dist[SINK];
    for (let i = 0; i < settledCount; i++) {
      const y = settled[i];
      potential[y] = potential[y] + dist[y] - D;
    }

    // Augment, walking back from the sink.
    const last = parentNode[SINK];
    let v: number;
    let edge: number;
    if (last < firstFamily) {
      v = last - 1;
      edge = UNASSIGNED;
    } else {
      const f = last - firstFamily;
      edge = parentEdge[last];
      v = edgeUnit[edge];
      members[memberStart[f] + memberCount[f]] = v;
      memberCount[f]++;
    }
    for (;;) {
      const previous = chosen[v];
      chosen[v] = edge;
      if (v === u) break;
      // v was reached from its former family, which now takes the unit that reached it.
      const g = edgeFamily[previous];
      const gNode = firstFamily + g;
      const incoming = parentEdge[gNode];
      const w = edgeUnit[incoming];
      for (let i = memberStart[g]; i < memberStart[g] + memberCount[g]; i++) {
        if (members[i] === v) {
          members[i] = w;
          break;
        }
      }
      v = w;
      edge = incoming;
    }
  }
  return chosen;
}

/** Binary min-heap of node numbers keyed by `dist`, ties to the lower number, with decrease-key. */
class IndexedHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  contains(node: number): boolean {
    return this.position[node] >= 0;
  }

  push(node: number): void {
    this.nodes[this.size] = node;
    this.position[node] = this.size;
    this.size++;
    this.up(this.size - 1);
  }

  decreased(node: number): void {
    this.up(this.position[node]);
  }

  pop(): number {
    const top = this.nodes[0];
    this.position[top] = -1;
    this.size--;
    if (this.size > 0) {
      this.place(this.nodes[this.size], 0);
      this.down(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.nodes[i]] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private place(node: number, i: number): void {
    this.nodes[i] = node;
    this.position[node] = i;
  }

  private up(i: number): void {
    const node = this.nodes[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = this.nodes[parent];
      if (!this.less(node, above)) break;
      this.place(above, i);
      i = parent;
    }
    this.place(node, i);
  }

  private down(i: number): void {
    const node = this.nodes[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(this.nodes[child + 1], this.nodes[child])) child++;
      const below = this.nodes[child];
      if (!this.less(below, node)) break;
      this.place(below, i);
      i = child;
    }
    this.place(node, i);
  }
}
