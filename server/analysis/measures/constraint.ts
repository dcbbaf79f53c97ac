/**
 * Burt's constraint and effective size (structural holes), matching networkx
 * `constraint` / `effective_size` and igraph `constraint()`.
 *
 * Ties are read undirected with mutual weights (w_uv + w_vu), as both
 * libraries do. p_uv = w_uv / sum_k w_uk;
 * constraint(u) = sum_{v in N(u)} (p_uv + sum_{w in N(u)} p_uw p_wv)^2;
 * effective size(u) = sum_{v in N(u)} (1 - sum_{w in N(u)} p_uw w_vw / max_k w_vk).
 * Isolated nodes have no value: NaN in the arrays, null in the records.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, undirectedCsr } from '../csr.ts';

export interface StructuralHoles {
  constraint: Record<string, number | null>;
  effectiveSize: Record<string, number | null>;
}

/** Constraint and effective size per CSR id (NaN for isolated nodes). */
export function structuralHolesArrays(input: Csr): { constraint: Float64Array; effectiveSize: Float64Array } {
  const csr = undirectedCsr(input);
  const n = csr.n;
  const { offsets, targets, weights } = csr;
  const total = new Float64Array(n);
  const maxW = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    let m = 0;
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      s += weights[e];
      if (weights[e] > m) m = weights[e];
    }
    total[v] = s;
    maxW[v] = m;
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  const pu = new Float64Array(n);
  const indirect = new Float64Array(n);
  const redundancy = new Float64Array(n);
  const mark = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    if (start === end) {
      constraint[u] = NaN;
      effectiveSize[u] = NaN;
      continue;
    }
    const tu = total[u];
    for (let e = start; e < end; e++) {
      const v = targets[e];
      mark[v] = 1;
      pu[v] = tu === 0 ? 0 : weights[e] / tu;
      indirect[v] = 0;
      redundancy[v] = 0;
    }
    for (let e = start; e < end; e++) {
      const w = targets[e];
      const puw = pu[w];
      const tw = total[w];
      for (let f = offsets[w]; f < offsets[w + 1]; f++) {
        const x = targets[f];
        if (mark[x] === 0) continue;
        const wx = weights[f];
        if (tw !== 0) indirect[x] += (puw * wx) / tw;
        if (maxW[x] !== 0) redundancy[x] += (puw * wx) / maxW[x];
      }
    }
    let c = 0;
    let es = 0;
    for (let e = start; e < end; e++) {
      const v = targets[e];
      const local = pu[v] + indirect[v];
      c += local * local;
      es += 1 - redundancy[v];
      mark[v] = 0;
    }
    constraint[u] = c;
    effectiveSize[u] = es;
  }
  return { constraint, effectiveSize };
}

function nullable(csr: Csr, values: Float64Array): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (let i = 0; i < csr.n; i++) out[csr.keys[i]] = Number.isNaN(values[i]) ? null : values[i];
  return out;
}

/** Burt's constraint and effective size per node (null for isolated nodes). */
export function structuralHoles(graph: AnyGraph | Csr, options: CsrOptions = {}): StructuralHoles {
  const csr = resolveCsr(graph, options, 'structuralHoles');
  const r = structuralHolesArrays(csr);
  return { constraint: nullable(csr, r.constraint), effectiveSize: nullable(csr, r.effectiveSize) };
}

/** Burt's constraint per node (null for isolated nodes). */
export function constraint(graph: AnyGraph | Csr, options: CsrOptions = {}): Record<string, number | null> {
  return structuralHoles(graph, options).constraint;
}

/** Burt's effective size per node (null for isolated nodes). */
export function effectiveSize(graph: AnyGraph | Csr, options: CsrOptions = {}): Record<string, number | null> {
  return structuralHoles(graph, options).effectiveSize;
}
