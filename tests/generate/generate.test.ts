import { describe, expect, it } from 'vitest';
import { CONTEXT_TIES, kindOfNodeId } from '../../server/model/index.ts';
import { checkNetwork } from '../../data/demo/build/check-network.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';

describe('generateNetwork', () => {
  const net = generateNetwork({ nodes: 1000, seed: 42 });

  it('makes valid nodes and ties (schemas, ids, endpoints)', () => {
    expect(checkNetwork(net)).toEqual([]);
  });

  it('is valid at 10k nodes with history too', () => {
    const big = generateNetwork({ nodes: 10_000, seed: 3, years: 2 });
    expect(checkNetwork(big)).toEqual([]);
    expect(big.ties.some((t) => t.endDate)).toBe(true);
    expect(big.ties.every((t) => t.startDate)).toBe(true);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    expect(generateNetwork({ nodes: 1000, seed: 42 })).toEqual(net);
    expect(generateNetwork({ nodes: 1000, seed: 43 }).ties).not.toEqual(net.ties);
  });

  it('has the requested size and about tiesPerNode ties per node', () => {
    for (const [n, tpn] of [
      [1000, 3],
      [10_000, 3],
      [5000, 5],
    ] as const) {
      const g = generateNetwork({ nodes: n, tiesPerNode: tpn, seed: 1 });
      expect(g.nodes.length).toBe(n);
      expect(Math.abs(g.ties.length / n - tpn)).toBeLessThan(tpn * 0.1);
    }
  });

  it('has plausible proportions: mostly persons, a few professionals, all kinds present', () => {
    const count: Record<string, number> = {};
    for (const n of net.nodes) count[n.kind] = (count[n.kind] ?? 0) + 1;
    expect(count.persoon / net.nodes.length).toBeGreaterThan(0.8);
    for (const kind of ['organisatie', 'wijkteam', 'initiatief', 'plek', 'gebied', 'thema']) expect(count[kind], kind).toBeGreaterThan(0);
    const levels = new Set(net.nodes.filter((n) => n.kind === 'gebied').map((n) => n.level));
    expect([...levels].sort()).toEqual(['buurt', 'stad', 'stadsdeel', 'wijk']);
  });

  it('is clustered: most KENT ties stay within one wijk', () => {
    const g = generateNetwork({ nodes: 10_000, seed: 5 });
    const parent = new Map(g.nodes.filter((n) => n.kind === 'gebied').map((n) => [n.id, n.parentId as string | undefined] as const));
    const wijkOf = new Map<string, string>();
    for (const t of g.ties) {
      if (t.type === 'WOONT_IN') wijkOf.set(t.from, parent.get(t.to)!);
      if (t.type === 'ACTIEF_IN') wijkOf.set(t.from, t.to);
    }
    const kent = g.ties.filter((t) => t.type === 'KENT');
    const within = kent.filter((t) => wijkOf.get(t.from) === wijkOf.get(t.to)).length;
    expect(within / kent.length).toBeGreaterThan(0.75);
    expect(within / kent.length).toBeLessThan(1);
  });

  it('has heavy-tailed degrees', () => {
    const g = generateNetwork({ nodes: 10_000, seed: 5 });
    const degree = new Map<string, number>();
    for (const t of g.ties) if (!CONTEXT_TIES.includes(t.type)) for (const x of [t.from, t.to]) if (kindOfNodeId(x) === 'persoon') degree.set(x, (degree.get(x) ?? 0) + 1);
    const ds = [...degree.values()].sort((a, b) => a - b);
    const median = ds[Math.floor(ds.length / 2)];
    expect(ds[ds.length - 1]).toBeGreaterThan(5 * median);
  });

  it('makes 100k nodes and 300k ties fast', () => {
    generateNetwork({ nodes: 20_000, seed: 9 }); // warm up the JIT
    const started = performance.now();
    const g = generateNetwork({ nodes: 100_000, seed: 9 });
    const ms = performance.now() - started;
    expect(g.nodes.length).toBe(100_000);
    expect(Math.abs(g.ties.length - 300_000)).toBeLessThan(30_000);
    expect(ms).toBeLessThan(2000);
  });
});
