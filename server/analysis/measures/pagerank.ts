/**
 * PageRank, compatible with networkx `pagerank`: power iteration from the
 * uniform vector, dangling nodes' rank spread uniformly, stop when the L1
 * change is below n * tolerance, result rescaled to sum 1. Undirected ties
 * count in both directions; weights are tie strengths.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';

export interface PagerankOptions extends CsrOptions {
  /** Damping factor. Default 0.85. */
  alpha?: number;
  /** Default 100. */
  maxIterations?: number;
  /** Per-node tolerance (networkx `tol`). Default 1e-6. */
  tolerance?: number;
}

const DEFAULTS = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 };

/** PageRank as a typed array indexed by CSR node id. Throws if it does not converge. */
export function pagerankArray(csr: Csr, options: Omit<PagerankOptions, keyof CsrOptions> = {}): Float64Array {
  const { alpha, maxIterations, tolerance } = { ...DEFAULTS, ...options };
  if (!(alpha >= 0 && alpha <= 1)) throw new Error(`pagerank: alpha must be in [0, 1], got ${alpha}`);
  const n = csr.n;
  if (n === 0) return new Float64Array(0);
  const outStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) s += csr.weights[e];
    outStrength[v] = s;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const inOff = csr.inOffsets;
  const inTg = csr.inTargets;
  const inW = csr.inWeights;
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      if (outStrength[v] === 0) {
        dangling += x[v];
        share[v] = 0;
      } else {
        share[v] = x[v] / outStrength[v];
      }
    }
    const base = (alpha * dangling) / n + (1 - alpha) / n;
    let err = 0;
    for (let w = 0; w < n; w++) {
      let acc = 0;
      for (let e = inOff[w]; e < inOff[w + 1]; e++) acc += share[inTg[e]] * inW[e];
      const value = alpha * acc + base;
      next[w] = value;
      err += Math.abs(value - x[w]);
    }
    const tmp = x;
    x = next;
    next = tmp;
    if (err < n * tolerance) {
      let sum = 0;
      for (let v = 0; v < n; v++) sum += x[v];
      for (let v = 0; v < n; v++) x[v] /= sum;
      return x;
    }
  }
  throw new Error(`pagerank: did not converge in ${maxIterations} iterations`);
}

/** PageRank per node (networkx-compatible). */
export function pagerank(graph: AnyGraph | Csr, options: PagerankOptions = {}): Record<string, number> {
  const csr = resolveCsr(graph, options, 'pagerank');
  return toRecord(csr, pagerankArray(csr, options));
}
