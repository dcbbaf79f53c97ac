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

/**
 * The depth-first forest the cut points were found with, so that the sides of
 * every cut point can be told without walking the graph again: the subtree of
 * `v` is `order[disc[v]] .. order[disc[v] + size[v] - 1]`, and a child `c`
 * whose subtree hangs on its parent alone (`separated[c]`) is a piece of its
 * own once the parent is gone. Roots are taken in id order, so each
 * component's root is its lowest id.
 */
export interface DfsForest {
  /** Discovery (preorder) index of each node. */
  disc: Int32Array;
  /** Nodes by discovery index. */
  order: Int32Array;
  /** Parent in the forest, -1 for a root. */
  parent: Int32Array;
  /** Nodes in the subtree, the node included. */
  size: Int32Array;
  /** 1 when no edge from the node's subtree reaches above its parent (low >= disc of the parent). */
  separated: Uint8Array;
}

/** Articulation points and bridges as CSR ids, with the forest they were found in. */
export function cutPointsArray(input: Csr): { articulationPoints: number[]; bridges: [number, number][]; forest: DfsForest } {
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
  const order = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const separated = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    let top = 0;
    stack[top++] = root;
    order[time] = root;
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
          order[time] = w;
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
          size[p] += size[v];
          if (low[v] >= disc[p]) separated[v] = 1;
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
  return { articulationPoints, bridges, forest: { disc, order, parent, size, separated } };
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
