import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../../server/analysis/csr.ts';
import {
  betweenness, betweennessParallel, computeAllMeasures, cutPoints, sampledBetweenness,
} from '../../../server/analysis/measures/index.ts';
import { mulberry32 } from '../../../server/analysis/measures/random.ts';
import { runSources } from '../../../server/analysis/measures/shortest-paths.ts';
import { fixtureGraph, loadFixtures, type Values } from './fixtures.ts';

const er60 = loadFixtures().find((f) => f.name === 'er60')!;

function randomGraph(n: number, m: number, seed: number): Graph {
  const rng = mulberry32(seed);
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let e = 0; e < m; e++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) g.mergeEdge(String(a), String(b));
  }
  return g;
}

describe('sampled betweenness', () => {
  const graph = fixtureGraph(er60);
  const exact = er60.networkx.betweenness as Record<string, number>;

  it('is exact with zero error when samples >= n', () => {
    const r = sampledBetweenness(graph, { samples: 1000 });
    expect(r.exact).toBe(true);
    expect(r.maxStdError).toBe(0);
    for (const [v, want] of Object.entries(exact)) expect(r.values[v]).toBeCloseTo(want, 9);
  });

  it('is reproducible for a seed', () => {
    const a = sampledBetweenness(graph, { samples: 15, seed: 3 });
    const b = sampledBetweenness(graph, { samples: 15, seed: 3 });
    expect(a.values).toEqual(b.values);
  });

  it('three standard errors cover the true error for most nodes', () => {
    let covered = 0;
    let total = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = sampledBetweenness(graph, { samples: 20, seed });
      expect(r.exact).toBe(false);
      for (const [v, want] of Object.entries(exact)) {
        total++;
        if (Math.abs(r.values[v] - want) <= 3 * r.stdError[v] + 1e-12) covered++;
      }
    }
    // Per-pivot dependencies are skewed, so +-2 SE covers only ~82% here (not the normal 95%)
    // and +-3 SE ~89%; nodes never on a sampled path get a zero error estimate.
    expect(covered / total).toBeGreaterThan(0.85);
  });

  it('draws pivots only from nodes that can start a path through someone: exact once they are all drawn', () => {
    // A path of five among a hundred isolated people and ten pairs: only the path's five can be a pivot that counts.
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 100; i++) g.addNode(`alone${i}`);
    for (let i = 0; i < 10; i++) g.mergeEdge(`pair${i}a`, `pair${i}b`);
    for (let i = 0; i < 4; i++) g.mergeEdge(`p${i}`, `p${i + 1}`);
    const r = sampledBetweenness(g, { samples: 5 });
    expect(r.exact).toBe(true);
    expect(r.samples).toBe(5);
    const want = betweenness(g);
    for (const v of g.nodes()) expect(r.values[v]).toBeCloseTo(want[v]!, 12);
  });

  it('with linear scaling sums to the exact value over every source, weighted or not', () => {
    const g = randomGraph(200, 500, 4);
    let i = 0;
    g.forEachEdge((edge) => g.setEdgeAttribute(edge, 'weight', 1 + (i++ % 3)));
    for (const weight of [null, 'weight'] as const) {
      const csr = buildCsr(g, { weight });
      const run = (linearScaling: boolean) => runSources({
        n: csr.n, offsets: csr.offsets, targets: csr.targets, weights: csr.weighted ? csr.weights : null,
        sources: Int32Array.from({ length: csr.n }, (_, v) => v), betweenness: true, distances: false, linearScaling,
      }).bc;
      const [plain, scaled] = [run(false), run(true)];
      expect(plain.some((x) => x > 0)).toBe(true);
      for (let v = 0; v < csr.n; v++) expect(scaled[v]).toBeCloseTo(plain[v]!, 9);
    }
  });

  it('with linear scaling misses the most central nodes by less than the plain estimate', () => {
    // The plain estimate gives a node next to a pivot that pivot's whole tree; scaling by how far along the path
    // a node lies takes that away (Geisberger, Sanders & Schultes 2008). Measured: about 0.6 of the plain error.
    const g = randomGraph(1000, 1600, 1);
    const exact = betweenness(g);
    const top = g.nodes().sort((a, b) => exact[b]! - exact[a]!).slice(0, 30);
    const meanError = (linearScaling: boolean) => {
      let sum = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const r = sampledBetweenness(g, { samples: 40, seed, linearScaling });
        for (const v of top) sum += Math.abs(r.values[v]! - exact[v]!) / exact[v]!;
      }
      return sum / (10 * top.length);
    };
    expect(meanError(true)).toBeLessThan(0.75 * meanError(false));
  });

  it('rejects a bad sample count', () => {
    expect(() => sampledBetweenness(graph, { samples: 0 })).toThrow(/betweenness: samples/);
  });
});

describe('exact betweenness', () => {
  it('gives the same result on worker threads', async () => {
    const g = randomGraph(1500, 4500, 9);
    const seq = betweenness(g);
    const par = await betweennessParallel(g, { threads: 2 });
    for (const v of g.nodes()) expect(par[v]).toBeCloseTo(seq[v], 12);
  });

  it('weights are lengths: a heavy edge is avoided', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b', { weight: 10 });
    g.mergeEdge('a', 'c', { weight: 1 });
    g.mergeEdge('c', 'b', { weight: 1 });
    expect(betweenness(g, { normalized: false })).toEqual({ a: 0, b: 0, c: 1 });
    expect(betweenness(g, { normalized: false, weight: null })).toEqual({ a: 0, b: 0, c: 0 });
  });
});

describe('cut points on large graphs', () => {
  it('handles a 100k-node path without recursion', () => {
    const g = new Graph({ type: 'undirected' });
    const n = 100_000;
    for (let i = 0; i < n; i++) g.addNode(String(i));
    for (let i = 1; i < n; i++) g.addEdge(String(i - 1), String(i));
    const csr = buildCsr(g);
    const r = cutPoints(csr);
    expect(r.articulationPoints.length).toBe(n - 2);
    expect(r.bridges.length).toBe(n - 1);
  });
});

describe('computeAllMeasures', () => {
  it('agrees with the single measures and the references', () => {
    const graph = fixtureGraph(er60);
    const all = computeAllMeasures(graph);
    const byId = new Map(all.nodes.map((x) => [x.id, x]));
    const check = (key: 'betweenness' | 'closeness' | 'harmonic', ref: Values) => {
      for (const [v, want] of Object.entries(ref)) expect(byId.get(v)![key]).toBeCloseTo(want as number, 9);
    };
    check('betweenness', er60.networkx.betweenness);
    check('closeness', er60.networkx.closeness);
    check('harmonic', er60.networkx.harmonic);
    expect(all.nodes.length).toBe(er60.nodes.length);
    expect(all.components.sizes).toEqual(er60.networkx.components.map((c) => c.length));
    expect([...all.articulationPoints].sort()).toEqual(er60.networkx.articulationPoints);
    expect(all.communities.count).toBeGreaterThan(1);
    expect(all.communities.modularity).toBeGreaterThan(0.3);
    expect(computeAllMeasures(graph).nodes.map((x) => x.community)).toEqual(all.nodes.map((x) => x.community));
    const sampled = computeAllMeasures(graph, { betweenness: { samples: 10, seed: 1 } });
    expect(sampled.betweenness.mode).toBe('sampled');
    expect(JSON.parse(JSON.stringify(sampled)).nodes.length).toBe(60);
  });

  it('handles the empty graph', () => {
    const all = computeAllMeasures(new Graph());
    expect(all.nodes).toEqual([]);
    expect(all.communities).toEqual({ count: 0, modularity: null });
  });
});
