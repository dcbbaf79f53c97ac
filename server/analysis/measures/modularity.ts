/**
 * Newman modularity of a partition, computed on the CSR. Undirected:
 * Q = sum_c [in_c / 2m - gamma (K_c / 2m)^2]; directed (Leicht–Newman):
 * Q = sum_c [in_c / m - gamma Kout_c Kin_c / m^2]. Matches igraph
 * `Graph.modularity(membership, weights)` on graphs without self loops.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr } from '../csr.ts';

export interface ModularityOptions extends CsrOptions {
  /** Resolution gamma. Default 1. */
  resolution?: number;
}

/** Modularity of `membership` (community per CSR node id). */
export function modularityArray(csr: Csr, membership: ArrayLike<number>, resolution = 1): number {
  const n = csr.n;
  let k = 0;
  for (let v = 0; v < n; v++) {
    const c = membership[v];
    if (!Number.isInteger(c) || c < 0) throw new Error(`modularity: community of node ${csr.keys[v]} must be a non-negative integer`);
    if (c + 1 > k) k = c + 1;
  }
  const inner = new Float64Array(k);
  const outTot = new Float64Array(k);
  const inTot = new Float64Array(k);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const cv = membership[v];
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const w = csr.weights[e];
      total += w;
      outTot[cv] += w;
      inTot[membership[csr.targets[e]]] += w;
      if (membership[csr.targets[e]] === cv) inner[cv] += w;
    }
  }
  if (total === 0) return NaN;
  let q = 0;
  for (let c = 0; c < k; c++) q += inner[c] / total - (resolution * outTot[c] * inTot[c]) / (total * total);
  return q;
}

/** Modularity of a partition given as community per node key (or a node attribute name). */
export function modularity(
  graph: AnyGraph | Csr,
  communities: Record<string, number>,
  options: ModularityOptions = {},
): number {
  const csr = resolveCsr(graph, options, 'modularity');
  const membership = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const c = communities[csr.keys[v]];
    if (c === undefined) throw new Error(`modularity: node ${csr.keys[v]} has no community`);
    membership[v] = c;
  }
  return modularityArray(csr, membership, options.resolution ?? 1);
}
