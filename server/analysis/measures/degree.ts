/**
 * Degree (number of distinct neighbours) and strength (sum of tie weights,
 * parallel edges summed; equals the edge count when unweighted).
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord } from '../csr.ts';

export type DegreeMode = 'all' | 'in' | 'out';

export interface DegreeOptions extends CsrOptions {
  /** For directed graphs: which ties to count. 'all' counts in + out. Default 'all'. */
  mode?: DegreeMode;
}

const DEFAULTS: { mode: DegreeMode } = { mode: 'all' };

function check(mode: string): void {
  if (mode !== 'all' && mode !== 'in' && mode !== 'out') throw new Error(`degree: unknown mode "${mode}"`);
}

/** Degree per node as a typed array. */
export function degreeArray(csr: Csr, options: { mode?: DegreeMode } = {}): Float64Array {
  const { mode } = { ...DEFAULTS, ...options };
  check(mode);
  const out = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const o = csr.offsets[v + 1] - csr.offsets[v];
    const i = csr.inOffsets[v + 1] - csr.inOffsets[v];
    out[v] = !csr.directed ? o : mode === 'out' ? o : mode === 'in' ? i : o + i;
  }
  return out;
}

/** Strength (weighted degree) per node as a typed array. */
export function strengthArray(csr: Csr, options: { mode?: DegreeMode } = {}): Float64Array {
  const { mode } = { ...DEFAULTS, ...options };
  check(mode);
  const out = new Float64Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    let o = 0;
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) o += csr.weights[e];
    let i = 0;
    if (csr.directed && mode !== 'out') {
      for (let e = csr.inOffsets[v]; e < csr.inOffsets[v + 1]; e++) i += csr.inWeights[e];
    }
    out[v] = !csr.directed ? o : mode === 'out' ? o : mode === 'in' ? i : o + i;
  }
  return out;
}

/** Degree per node: distinct neighbours (parallel edges count once, self loops not at all). */
export function degree(graph: AnyGraph | Csr, options: DegreeOptions = {}): Record<string, number> {
  const csr = resolveCsr(graph, options, 'degree');
  return toRecord(csr, degreeArray(csr, options));
}

/** Strength per node: sum of the weights of its ties (parallel edges summed). */
export function strength(graph: AnyGraph | Csr, options: DegreeOptions = {}): Record<string, number> {
  const csr = resolveCsr(graph, options, 'strength');
  return toRecord(csr, strengthArray(csr, options));
}
