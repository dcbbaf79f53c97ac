/**
 * Eigenvector centrality, compatible with networkx `eigenvector_centrality`:
 * power iteration on (A + I) from the uniform vector, L2-normalised, stop when
 * the L1 change is below n * tolerance. Directed graphs use incoming ties.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';

export interface EigenvectorOptions extends CsrOptions {
  /** Default 100. */
  maxIterations?: number;
  /** Default 1e-6. */
  tolerance?: number;
}

const DEFAULTS = { maxIterations: 100, tolerance: 1e-6 };

/** Eigenvector centrality as a typed array. Throws if it does not converge. */
export function eigenvectorArray(csr: Csr, options: Omit<EigenvectorOptions, keyof CsrOptions> = {}): Float64Array {
  const { maxIterations, tolerance } = { ...DEFAULTS, ...options };
  const n = csr.n;
  if (n === 0) throw new Error('eigenvector: the graph is empty');
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < maxIterations; it++) {
    let norm = 0;
    for (let w = 0; w < n; w++) {
      let acc = x[w];
      for (let e = csr.inOffsets[w]; e < csr.inOffsets[w + 1]; e++) acc += x[csr.inTargets[e]] * csr.inWeights[e];
      next[w] = acc;
      norm += acc * acc;
    }
    norm = Math.sqrt(norm) || 1;
    let err = 0;
    for (let w = 0; w < n; w++) {
      next[w] /= norm;
      err += Math.abs(next[w] - x[w]);
    }
    const tmp = x;
    x = next;
    next = tmp;
    if (err < n * tolerance) return x;
  }
  throw new Error(`eigenvector: did not converge in ${maxIterations} iterations`);
}

/** Eigenvector centrality per node. */
export function eigenvector(graph: AnyGraph | Csr, options: EigenvectorOptions = {}): Record<string, number> {
  const csr = resolveCsr(graph, options, 'eigenvector');
  return toRecord(csr, eigenvectorArray(csr, options));
}
