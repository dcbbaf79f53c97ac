/**
 * Communities on classic networks: whatever the input order, the modularity
 * is at least networkx's Louvain minus 0.01, every community is connected,
 * and the same input gives the same partition.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { communities } from '../../../server/analysis/measures/index.ts';
import { shuffled } from '../../helpers/shuffle.ts';

/**
 * networkx 3 `louvain_communities(g, seed=s, weight=None)`, the best
 * modularity over seeds 0..19 (tests/fixtures/communities/make-reference.py).
 */
const NETWORKX_LOUVAIN_BEST: Record<string, number> = { karate: 0.41979, florentine: 0.39875, davis: 0.336006, lesmis: 0.560008 };

const classic = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/communities/classic.json', import.meta.url)), 'utf8')) as Record<string, { edges: [string, string][] }>;


function graphOf(edges: readonly [string, string][], order: number): Graph {
  const nodes = [...new Set(edges.flat())].sort();
  const g = new Graph({ type: 'undirected' });
  for (const v of order === 0 ? nodes : order === 1 ? nodes.reverse() : shuffled(nodes, order)) g.addNode(v);
  for (const [a, b] of order === 0 ? edges : order === 1 ? [...edges].reverse().map(([x, y]) => [y, x] as const) : shuffled(edges, order + 100)) g.addEdge(a, b);
  return g;
}

function connected(g: Graph, members: string[]): boolean {
  const set = new Set(members);
  const seen = new Set([members[0]]);
  const stack = [members[0]];
  while (stack.length) g.forEachNeighbor(stack.pop()!, (w) => void (set.has(w) && !seen.has(w) && (seen.add(w), stack.push(w))));
  return seen.size === set.size;
}

describe('communities on classic networks', () => {
  for (const [name, reference] of Object.entries(NETWORKX_LOUVAIN_BEST)) {
    it(`${name}: modularity at least networkx's Louvain − 0.01 in several input orders, every community connected`, () => {
      for (const order of [0, 1, 2, 3, 4, 5]) {
        const g = graphOf(classic[name].edges, order);
        const result = communities(g);
        expect(result.modularity, `order ${order}`).toBeGreaterThanOrEqual(reference - 0.01);
        const groups = new Map<number, string[]>();
        for (const [node, c] of Object.entries(result.community)) groups.get(c)?.push(node) ?? groups.set(c, [node]);
        expect(groups.size).toBe(result.count);
        for (const members of groups.values()) expect(connected(g, members), `order ${order}`).toBe(true);
        expect(communities(graphOf(classic[name].edges, order))).toEqual(result);
      }
    });
  }

  it('numbers communities by decreasing size', () => {
    const result = communities(graphOf(classic.lesmis.edges, 0));
    const sizes = Array.from({ length: result.count }, (_, c) => Object.values(result.community).filter((x) => x === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('splits a community that would not be connected', () => {
    // Two triangles with no tie between them, and a lone pair: never one community across them.
    const g = new Graph({ type: 'undirected' });
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['x', 'y']]) g.mergeEdge(a, b);
    const { community, count } = communities(g);
    expect(count).toBe(3);
    expect(new Set([community.a, community.b, community.c]).size).toBe(1);
    expect(community.a).not.toBe(community.d);
  });
});
