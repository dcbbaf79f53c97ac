/**
 * Community detection with graphology's Louvain, made reproducible with a
 * seeded PRNG, run on the merged (simple) graph of the CSR. The modularity
 * reported is recomputed on the CSR (`modularity.ts`) so it is comparable
 * with igraph's `Graph.modularity(membership)`.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';
import { modularityArray } from './modularity.ts';
import { mulberry32 } from './random.ts';

export interface CommunityOptions extends CsrOptions {
  /** PRNG seed. Default 42. */
  seed?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
}

export interface Communities {
  /** Community per node, numbered 0..count-1 by decreasing size. */
  community: Record<string, number>;
  count: number;
  modularity: number;
}

const DEFAULTS = { seed: 42, resolution: 1 };

/** Louvain communities as a typed array, numbered by decreasing size. */
export function communitiesArray(csr: Csr, options: { seed?: number; resolution?: number } = {}): {
  membership: Int32Array;
  count: number;
  modularity: number;
} {
  const { seed, resolution } = { ...DEFAULTS, ...options };
  const n = csr.n;
  const membership = new Int32Array(n);
  if (csr.targets.length === 0) {
    // Louvain has nothing to do; every node is its own community.
    for (let v = 0; v < n; v++) membership[v] = v;
    return { membership, count: n, modularity: NaN };
  }
  const simple = new Graph({ type: csr.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (let v = 0; v < n; v++) simple.addNode(String(v));
  for (let v = 0; v < n; v++) {
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const t = csr.targets[e];
      if (csr.directed || v < t) simple.addEdge(String(v), String(t), { weight: csr.weights[e] });
    }
  }
  const raw = louvain(simple, { getEdgeWeight: 'weight', rng: mulberry32(seed), resolution });
  const sizes = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const c = raw[String(v)];
    membership[v] = c;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  const order = [...sizes.keys()].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  for (let v = 0; v < n; v++) membership[v] = rank.get(membership[v])!;
  return { membership, count: order.length, modularity: modularityArray(csr, membership, resolution) };
}

/** Louvain communities with their count and modularity. */
export function communities(graph: AnyGraph | Csr, options: CommunityOptions = {}): Communities {
  const csr = resolveCsr(graph, options, 'communities');
  const r = communitiesArray(csr, options);
  return { community: toRecord(csr, r.membership), count: r.count, modularity: r.modularity };
}
