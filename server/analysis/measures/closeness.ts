/**
 * Closeness and harmonic centrality from one shortest-path pass per node.
 *
 * Closeness follows networkx `closeness_centrality(wf_improved=True)`:
 * (r-1)/sum_d * (r-1)/(n-1), r being the number of nodes that reach the node
 * (itself included); 0 when nothing reaches it. Harmonic follows networkx
 * `harmonic_centrality`: the plain sum of 1/d. For directed graphs both use
 * incoming distances, as networkx does. Weights are edge lengths.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';
import { type KernelOutput, runSources } from './shortest-paths.ts';

export interface DistanceMeasureOptions extends CsrOptions {
  /** Wasserman–Faust correction for disconnected graphs (networkx `wf_improved`). Default true. */
  wfImproved?: boolean;
  /** Divide harmonic centrality by n-1. Default false (networkx scale). */
  normalizedHarmonic?: boolean;
}

export interface DistanceMeasures {
  closeness: Record<string, number>;
  harmonic: Record<string, number>;
}

const DEFAULTS = { wfImproved: true, normalizedHarmonic: false };

/** Turn per-source kernel sums (sources = all nodes in id order) into closeness and harmonic arrays. */
export function distanceArraysFromKernel(
  n: number,
  out: Pick<KernelOutput, 'distSum' | 'reached' | 'harmonic'>,
  options: { wfImproved?: boolean; normalizedHarmonic?: boolean } = {},
): { closeness: Float64Array; harmonic: Float64Array } {
  const { wfImproved, normalizedHarmonic } = { ...DEFAULTS, ...options };
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = out.distSum[v];
    const r = out.reached[v];
    if (total > 0 && n > 1) {
      let c = (r - 1) / total;
      if (wfImproved) c *= (r - 1) / (n - 1);
      closeness[v] = c;
    }
    harmonic[v] = normalizedHarmonic ? (n > 1 ? out.harmonic[v] / (n - 1) : 0) : out.harmonic[v];
  }
  return { closeness, harmonic };
}

/** Closeness and harmonic centrality as typed arrays indexed by CSR node id. */
export function distanceMeasuresArrays(
  csr: Csr,
  options: { wfImproved?: boolean; normalizedHarmonic?: boolean } = {},
): { closeness: Float64Array; harmonic: Float64Array } {
  const sources = new Int32Array(csr.n);
  for (let i = 0; i < csr.n; i++) sources[i] = i;
  const out = runSources({
    n: csr.n, offsets: csr.inOffsets, targets: csr.inTargets, weights: csr.weighted ? csr.inWeights : null,
    sources, betweenness: false, distances: true,
  });
  return distanceArraysFromKernel(csr.n, out, options);
}

/** Closeness and harmonic centrality per node, computed in the same pass. */
export function distanceMeasures(graph: AnyGraph | Csr, options: DistanceMeasureOptions = {}): DistanceMeasures {
  const csr = resolveCsr(graph, options, 'distanceMeasures');
  const r = distanceMeasuresArrays(csr, options);
  return { closeness: toRecord(csr, r.closeness), harmonic: toRecord(csr, r.harmonic) };
}

/** Closeness centrality per node (networkx `closeness_centrality`). */
export function closeness(graph: AnyGraph | Csr, options: DistanceMeasureOptions = {}): Record<string, number> {
  return distanceMeasures(graph, options).closeness;
}

/** Harmonic centrality per node (networkx `harmonic_centrality`; `normalizedHarmonic` divides by n-1). */
export function harmonic(graph: AnyGraph | Csr, options: DistanceMeasureOptions = {}): Record<string, number> {
  return distanceMeasures(graph, options).harmonic;
}
