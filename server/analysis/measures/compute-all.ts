/**
 * All node and graph measures in one call, sharing one CSR index and, for
 * undirected graphs with exact betweenness, one shortest-path pass for
 * betweenness, closeness and harmonic centrality. This is what
 * `wijknetwerk analyse <file> --json` prints.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr } from '../csr.ts';
import { betweennessArray, sampledBetweennessArrays, type BetweennessSampling } from './betweenness.ts';
import { distanceArraysFromKernel, distanceMeasuresArrays } from './closeness.ts';
import { communitiesArray } from './communities.ts';
import { componentsArray } from './components.ts';
import { structuralHolesArrays } from './constraint.ts';
import { cutPointsArray } from './cut-points.ts';
import { degreeArray, strengthArray } from './degree.ts';
import { pagerankArray } from './pagerank.ts';
import { runSources } from './shortest-paths.ts';

export interface ComputeAllOptions extends CsrOptions {
  /** 'exact' (default) or an estimate from `samples` seeded source pivots. */
  betweenness?: 'exact' | BetweennessSampling;
  /** Seed for Louvain. Default 42. */
  seed?: number;
  /**
   * Closeness and harmonic closeness need every node's distances to all others
   * (n breadth-first searches). Default true; false leaves them NaN, for large
   * graphs where only sampled betweenness is affordable.
   */
  closeness?: boolean;
}

export interface NodeMeasures {
  id: string;
  degree: number;
  strength: number;
  /** Normalised betweenness (networkx scale). */
  betweenness: number;
  closeness: number;
  harmonic: number;
  pagerank: number;
  community: number;
  component: number;
  /** Null for isolated nodes. */
  constraint: number | null;
  effectiveSize: number | null;
  articulationPoint: boolean;
}

export interface AllMeasures {
  graph: { nodes: number; ties: number; directed: boolean; weighted: boolean };
  nodes: NodeMeasures[];
  communities: { count: number; modularity: number | null };
  articulationPoints: string[];
  bridges: [string, string][];
  components: { count: number; sizes: number[] };
  betweenness: { mode: 'exact' } | { mode: 'sampled'; samples: number; seed: number; linearScaling: boolean; maxStdError: number };
}

const DEFAULTS = { directed: false, weight: 'weight' as string | null, betweenness: 'exact' as const, seed: 42, closeness: true };

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Betweenness, exact or from sampled sources, with the mode it was computed in (and the estimate's largest standard error). */
export function betweennessWithMode(csr: Csr, how: ComputeAllOptions['betweenness'] = 'exact'): { values: Float64Array; mode: AllMeasures['betweenness'] } {
  if (how === 'exact') return { values: betweennessArray(csr), mode: { mode: 'exact' } };
  const seed = how.seed ?? 42;
  const linearScaling = how.linearScaling === true;
  const r = sampledBetweennessArrays(csr, { samples: how.samples, seed, linearScaling });
  let maxStdError = 0;
  for (let i = 0; i < csr.n; i++) if (r.stdError[i] > maxStdError) maxStdError = r.stdError[i];
  return { values: r.values, mode: r.exact ? { mode: 'exact' } : { mode: 'sampled', samples: r.samples, seed, linearScaling, maxStdError } };
}

/** Compute every measure for the graph, or for a ready index (which then fixes `directed` and `weight`). */
export function computeAllMeasures(graph: AnyGraph | Csr, options: ComputeAllOptions = {}): AllMeasures {
  const opts = { ...DEFAULTS, ...options };
  const csr = resolveCsr(graph, { directed: opts.directed, weight: opts.weight }, 'computeAllMeasures');
  const n = csr.n;

  let bc: Float64Array;
  let dist: { closeness: Float64Array; harmonic: Float64Array };
  let bcInfo: AllMeasures['betweenness'] = { mode: 'exact' };
  if (opts.betweenness === 'exact' && !csr.directed) {
    const sources = new Int32Array(n);
    for (let i = 0; i < n; i++) sources[i] = i;
    const out = runSources({
      n, offsets: csr.offsets, targets: csr.targets, weights: csr.weighted ? csr.weights : null,
      sources, betweenness: true, distances: true,
    });
    const scale = n <= 2 ? 0.5 : 1 / ((n - 1) * (n - 2));
    bc = out.bc;
    for (let i = 0; i < n; i++) bc[i] *= scale;
    dist = distanceArraysFromKernel(n, out);
  } else {
    ({ values: bc, mode: bcInfo } = betweennessWithMode(csr, opts.betweenness));
    dist = opts.closeness ? distanceMeasuresArrays(csr) : { closeness: new Float64Array(n).fill(NaN), harmonic: new Float64Array(n).fill(NaN) };
  }

  const degree = degreeArray(csr);
  const strength = strengthArray(csr);
  const pr = pagerankArray(csr);
  const comm = communitiesArray(csr, { seed: opts.seed });
  const comp = componentsArray(csr);
  const holes = structuralHolesArrays(csr);
  const cuts = cutPointsArray(csr);
  const isCut = new Uint8Array(n);
  for (const v of cuts.articulationPoints) isCut[v] = 1;

  const nodes: NodeMeasures[] = new Array(n);
  for (let v = 0; v < n; v++) {
    nodes[v] = {
      id: csr.keys[v],
      degree: degree[v],
      strength: strength[v],
      betweenness: bc[v],
      closeness: dist.closeness[v],
      harmonic: dist.harmonic[v],
      pagerank: pr[v],
      community: comm.membership[v],
      component: comp.componentOf[v],
      constraint: finiteOrNull(holes.constraint[v]),
      effectiveSize: finiteOrNull(holes.effectiveSize[v]),
      articulationPoint: isCut[v] === 1,
    };
  }
  return {
    graph: { nodes: n, ties: csr.m, directed: csr.directed, weighted: csr.weighted },
    nodes,
    communities: { count: comm.count, modularity: finiteOrNull(comm.modularity) },
    articulationPoints: cuts.articulationPoints.map((v) => csr.keys[v]),
    bridges: cuts.bridges.map(([a, b]) => [csr.keys[a], csr.keys[b]]),
    components: { count: comp.sizes.length, sizes: comp.sizes },
    betweenness: bcInfo,
  };
}
