/**
 * Articulation points and bridges (Hopcroft–Tarjan), with an explicit stack
 * so deep graphs do not overflow the call stack. Directed graphs are read as
 * undirected. A tie made of parallel edges is never a bridge.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, undirectedCsr } from '../csr.ts';

export interface CutPoints {
  articulationPoints: string[];
  /** Each bridge as [parent, child] in DFS order. */
  bridges: [string, string][];
}

/** Articulation points and bridges as CSR ids. */
export function cutPointsArray(input: Csr): { articulationPoints: number[]; bridges: [number, number][] } {
  const csr = undirectedCsr(input);
  const n = csr.n;
  const { offsets, targets, multiplicity } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    let top = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    next[root] = offsets[root];
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1];
      if (next[v] < offsets[v + 1]) {
        const e = next[v]++;
        const w = targets[e];
        if (w === parent[v]) continue;
        if (disc[w] < 0) {
          parent[w] = v;
          parentEdge[w] = e;
          disc[w] = low[w] = time++;
          next[w] = offsets[w];
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (disc[w] < low[v]) {
          low[v] = disc[w];
        }
      } else {
        top--;
        const p = parent[v];
        if (p >= 0) {
          if (low[v] < low[p]) low[p] = low[v];
          if (low[v] > disc[p] && multiplicity[parentEdge[v]] === 1) bridges.push([p, v]);
          if (p !== root && low[v] >= disc[p]) isCut[p] = 1;
        }
      }
    }
    if (rootChildren >= 2) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) articulationPoints.push(v);
  return { articulationPoints, bridges };
}

/** Articulation points (cut vertices) and bridges (cut edges). */
export function cutPoints(graph: AnyGraph | Csr, options: CsrOptions = {}): CutPoints {
  const csr = resolveCsr(graph, options, 'cutPoints');
  const r = cutPointsArray(csr);
  return {
    articulationPoints: r.articulationPoints.map((v) => csr.keys[v]),
    bridges: r.bridges.map(([a, b]) => [csr.keys[a], csr.keys[b]]),
  };
}

/** Articulation points (cut vertices). */
export function articulationPoints(graph: AnyGraph | Csr, options: CsrOptions = {}): string[] {
  return cutPoints(graph, options).articulationPoints;
}

/** Bridges (cut edges); parallel edges are not bridges. */
export function bridges(graph: AnyGraph | Csr, options: CsrOptions = {}): [string, string][] {
  return cutPoints(graph, options).bridges;
}
