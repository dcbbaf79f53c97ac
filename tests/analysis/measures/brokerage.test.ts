import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerage } from '../../../server/analysis/measures/index.ts';

const ZERO = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };

describe('brokerage (Gould–Fernandez)', () => {
  it('counts each role through one directed broker', () => {
    const g = new Graph({ type: 'directed' });
    const groups: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b: 'B', b2: 'B', b3: 'B', c1: 'C' };
    for (const v of Object.keys(groups)) g.addNode(v, { wijk: groups[v] });
    for (const [s, t] of [['a1', 'b'], ['a2', 'b'], ['b2', 'b'], ['b', 'c1'], ['b', 'b3'], ['b', 'a3'], ['a1', 'c1']]) {
      g.addEdge(s, t);
    }
    const r = brokerage(g, { directed: true, groups: 'wijk' });
    // a1 -> b -> c1 is closed by a1 -> c1; the other 8 two-paths are open.
    expect(r.b).toEqual({ coordinator: 1, itinerant: 2, representative: 2, gatekeeper: 2, liaison: 1, total: 8 });
    for (const v of ['a1', 'a2', 'a3', 'b2', 'b3', 'c1']) expect(r[v]).toEqual(ZERO);
    // The same groups given as a record.
    expect(brokerage(g, { directed: true, groups }).b.total).toBe(8);
  });

  it('reads undirected ties both ways, counting each open triad once per direction', () => {
    const g = new Graph({ type: 'undirected' });
    for (const [s, t] of [['a', 'v'], ['v', 'c'], ['v', 'd'], ['c', 'd']]) g.mergeEdge(s, t);
    const r = brokerage(g, { groups: { a: 1, v: 2, c: 2, d: 3 } });
    // Open: a-v-c (A,B,B) and a-v-d (A,B,C); c-v-d is closed.
    expect(r.v).toEqual({ coordinator: 0, itinerant: 0, representative: 1, gatekeeper: 1, liaison: 2, total: 4 });
    expect(r.a.total).toBe(0);
  });

  it('rejects nodes without a group', () => {
    const g = new Graph();
    g.mergeEdge('x', 'y');
    expect(() => brokerage(g, { groups: { x: 1 } })).toThrow(/brokerage: node y has no group/);
  });
});
