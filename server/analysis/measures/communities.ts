/**
 * Community detection with graphology's Louvain, made reproducible and less
 * dependent on luck:
 *
 * - Seeded: run `k` from a seeded PRNG (`mulberry32(seed + k)`), never
 *   Math.random.
 * - Best of several runs: `runs` seeds (`defaultRuns`: 12 up to 5,000 nodes,
 *   4 up to 50,000, 2 above, where one run costs more), keeping the
 *   partition with the highest modularity; on a tie the earliest seed.
 * - Refined: single nodes move to a neighbouring community while that raises
 *   the modularity (`refine`); then a community that is not connected
 *   (Louvain can leave one) is split into its connected parts, which never
 *   lowers the modularity. Every community is connected.
 * - Stable numbering: communities are numbered by decreasing size, equal sizes
 *   by their first node in the CSR order.
 *
 * With the projection's canonical node order (`projection.ts`) the result is
 * the same whatever the order of the import. The modularity reported is
 * recomputed on the CSR (`modularity.ts`) so it is comparable with igraph's
 * `Graph.modularity(membership)`.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';
import { modularityArray } from './modularity.ts';
import { mulberry32 } from './random.ts';

export interface CommunityOptions extends CsrOptions {
  /** PRNG seed of the first run. Default 42. */
  seed?: number;
  /** Louvain resolution. Default 1. */
  resolution?: number;
  /** How many seeds to try, keeping the best. Default `defaultRuns(n)`. */
  runs?: number;
}

export interface Communities {
  /** Community per node, numbered 0..count-1 by decreasing size. */
  community: Record<string, number>;
  count: number;
  modularity: number;
}

const DEFAULTS = { seed: 42, resolution: 1 };
/** How many seeds Louvain tries on a graph of n nodes: more where a run is cheap. */
export function defaultRuns(n: number): number {
  return n <= 5_000 ? 12 : n <= 50_000 ? 4 : 2;
}

/** Splits every community into its connected parts and numbers them by decreasing size, then by first node. */
function connectedAndNumbered(csr: Csr, raw: Int32Array): { membership: Int32Array; count: number } {
  const n = csr.n;
  const part = new Int32Array(n).fill(-1);
  const firstOf: number[] = [];
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (part[start] !== -1) continue;
    const p = sizes.length;
    part[start] = p;
    firstOf.push(start);
    sizes.push(0);
    stack.push(start);
    while (stack.length) {
      const v = stack.pop()!;
      sizes[p]++;
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const w = csr.targets[e];
        if (part[w] === -1 && raw[w] === raw[v]) ((part[w] = p), stack.push(w));
      }
      if (csr.directed) {
        for (let e = csr.inOffsets[v]; e < csr.inOffsets[v + 1]; e++) {
          const w = csr.inTargets[e];
          if (part[w] === -1 && raw[w] === raw[v]) ((part[w] = p), stack.push(w));
        }
      }
    }
  }
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || firstOf[a] - firstOf[b]);
  const rank = new Int32Array(order.length);
  order.forEach((p, i) => (rank[p] = i));
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = rank[part[v]];
  return { membership, count: order.length };
}

/**
 * Moves single nodes to a neighbouring community while that raises the
 * modularity (undirected graphs), in the CSR order, until nothing moves or
 * after `MAX_REFINE_PASSES` passes. Louvain does not revisit single nodes
 * once it has merged them; this last pass picks up what it left.
 */
const MAX_REFINE_PASSES = 20;

function refine(csr: Csr, membership: Int32Array, resolution: number): void {
  if (csr.directed) return;
  const n = csr.n;
  const strength = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v++) for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) ((strength[v] += csr.weights[e]), (total += csr.weights[e]));
  if (total === 0) return;
  let k = 0;
  for (let v = 0; v < n; v++) k = Math.max(k, membership[v] + 1);
  const tot = new Float64Array(k);
  for (let v = 0; v < n; v++) tot[membership[v]] += strength[v];
  const toCommunity = new Float64Array(k);
  const touched: number[] = [];
  for (let pass = 0; pass < MAX_REFINE_PASSES; pass++) {
    let moved = false;
    for (let v = 0; v < n; v++) {
      const own = membership[v];
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const w = csr.targets[e];
        if (w === v) continue;
        const c = membership[w];
        if (toCommunity[c] === 0) touched.push(c);
        toCommunity[c] += csr.weights[e];
      }
      // Gain of moving v into c, leaving own (up to the common factor 2/total).
      const stay = toCommunity[own] - (resolution * strength[v] * (tot[own] - strength[v])) / total;
      let best = own;
      let bestGain = stay;
      for (const c of touched) {
        if (c === own) continue;
        const gain = toCommunity[c] - (resolution * strength[v] * tot[c]) / total;
        if (gain > bestGain + 1e-12 || (gain > bestGain - 1e-12 && gain > stay + 1e-12 && c < best)) ((best = c), (bestGain = gain));
      }
      for (const c of touched) toCommunity[c] = 0;
      touched.length = 0;
      if (best !== own) {
        tot[own] -= strength[v];
        tot[best] += strength[v];
        membership[v] = best;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** Louvain communities as a typed array, numbered by decreasing size. */
export function communitiesArray(csr: Csr, options: { seed?: number; resolution?: number; runs?: number } = {}): {
  membership: Int32Array;
  count: number;
  modularity: number;
} {
  const { seed, resolution } = { ...DEFAULTS, ...options };
  const n = csr.n;
  const runs = Math.max(1, options.runs ?? defaultRuns(n));
  if (csr.targets.length === 0) {
    // Louvain has nothing to do; every node is its own community.
    const membership = new Int32Array(n);
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
  let best: { membership: Int32Array; count: number; modularity: number } | undefined;
  for (let run = 0; run < runs; run++) {
    const mapping = louvain(simple, { getEdgeWeight: 'weight', rng: mulberry32(seed + run), resolution });
    const raw = new Int32Array(n);
    for (let v = 0; v < n; v++) raw[v] = mapping[String(v)];
    refine(csr, raw, resolution);
    const { membership, count } = connectedAndNumbered(csr, raw);
    const modularity = modularityArray(csr, membership, resolution);
    if (!best || modularity > best.modularity + 1e-12) best = { membership, count, modularity };
  }
  return best!;
}

/** Louvain communities with their count and modularity. */
export function communities(graph: AnyGraph | Csr, options: CommunityOptions = {}): Communities {
  const csr = resolveCsr(graph, options, 'communities');
  const r = communitiesArray(csr, options);
  return { community: toRecord(csr, r.membership), count: r.count, modularity: r.modularity };
}
