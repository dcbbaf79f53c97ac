/**
 * Compact CSR (compressed sparse row) index of a graphology graph.
 *
 * Every measure in `./measures` works on this index rather than on the
 * graphology instance: node keys become dense integer ids 0..n-1 and the
 * adjacency lives in typed arrays, which keeps the inner loops monomorphic
 * and allocation free.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export interface CsrOptions {
  /** Treat the graph as directed. Default false: every edge (directed or not) becomes an undirected tie. */
  directed?: boolean;
  /**
   * Edge attribute holding the weight, or null to ignore weights.
   * Edges without a numeric value for the attribute count as weight 1.
   * Default `'weight'`.
   */
  weight?: string | null;
}

export interface Csr {
  /** Number of nodes. */
  readonly n: number;
  /** Number of distinct ties after merging parallel edges and dropping self loops (arcs if directed). */
  readonly m: number;
  readonly directed: boolean;
  /** True when at least one edge carried a numeric weight attribute (distance measures then use Dijkstra). */
  readonly weighted: boolean;
  /** Node keys by dense id. */
  readonly keys: string[];
  /**
   * Out-adjacency (all adjacency when undirected): the neighbours of `v` are
   * `targets[offsets[v]] .. targets[offsets[v + 1] - 1]`, sorted ascending.
   */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Merged weight of each adjacency entry (sum over parallel edges; 1 per edge when unweighted). */
  readonly weights: Float64Array;
  /** Number of parallel edges merged into each adjacency entry. */
  readonly multiplicity: Int32Array;
  /** In-adjacency; the same arrays as the out-adjacency when undirected. */
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
  readonly inWeights: Float64Array;
}

const DEFAULTS: Required<CsrOptions> = { directed: false, weight: 'weight' };

export function isCsr(value: unknown): value is Csr {
  return typeof value === 'object' && value !== null && (value as Csr).offsets instanceof Int32Array;
}

/**
 * Build a CSR index from a graphology graph. Parallel edges are merged (their
 * weights summed, their count kept in `multiplicity`), self loops are ignored,
 * and a directed or mixed graph is read as undirected unless `directed` is true.
 */
export function buildCsr(graph: AnyGraph, options: CsrOptions = {}): Csr {
  if (!graph || typeof graph.forEachEdge !== 'function') throw new Error('buildCsr: expected a graphology graph');
  const { directed, weight } = { ...DEFAULTS, ...options };

  const n = graph.order;
  const keys: string[] = new Array(n);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key) => {
    keys[i] = key;
    index.set(key, i);
    i++;
  });

  // Collect arcs (src, dst, w); undirected edges produce both directions.
  const cap = graph.size * 2;
  const src = new Int32Array(cap);
  const dst = new Int32Array(cap);
  const wts = new Float64Array(cap);
  let k = 0;
  let weighted = false;
  graph.forEachEdge((_edge, attr, source, target, _sa, _ta, undirected) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    if (s === t) return;
    let w = 1;
    if (weight !== null) {
      const raw = attr[weight];
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        w = raw;
        weighted = true;
      } else if (raw !== undefined && raw !== null && raw !== '') {
        const parsed = Number(raw);
        if (!Number.isFinite(parsed)) throw new Error(`buildCsr: edge ${source} - ${target} has non-numeric ${weight} "${String(raw)}"`);
        w = parsed;
        weighted = true;
      }
    }
    if (directed && !undirected) {
      src[k] = s; dst[k] = t; wts[k] = w; k++;
    } else {
      src[k] = s; dst[k] = t; wts[k] = w; k++;
      src[k] = t; dst[k] = s; wts[k] = w; k++;
    }
  });
  return fromArcs(keys, src.subarray(0, k), dst.subarray(0, k), wts.subarray(0, k), directed, weighted);
}

/**
 * A CSR index from an edge list over dense node ids (`keys[id]` names a node):
 * the index `buildCsr` makes of a graph of these nodes (in this order) and
 * edges, all directed or all undirected.
 */
export function csrFromEdges(
  keys: string[],
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  weights: ArrayLike<number>,
  options: { directed: boolean; weighted: boolean },
): Csr {
  const { directed, weighted } = options;
  const cap = from.length * (directed ? 1 : 2);
  const src = new Int32Array(cap);
  const dst = new Int32Array(cap);
  const wts = new Float64Array(cap);
  let k = 0;
  for (let i = 0; i < from.length; i++) {
    const s = from[i];
    const t = to[i];
    if (s === t) continue;
    src[k] = s; dst[k] = t; wts[k] = weights[i]; k++;
    if (!directed) {
      src[k] = t; dst[k] = s; wts[k] = weights[i]; k++;
    }
  }
  return fromArcs(keys, src.subarray(0, k), dst.subarray(0, k), wts.subarray(0, k), directed, weighted);
}

function fromArcs(keys: string[], src: Int32Array, dst: Int32Array, wts: Float64Array, directed: boolean, weighted: boolean): Csr {
  const n = keys.length;
  const out = compress(n, src, dst, wts);
  if (!directed) {
    return {
      n, m: out.targets.length / 2, directed: false, weighted, keys,
      offsets: out.offsets, targets: out.targets, weights: out.weights, multiplicity: out.multiplicity,
      inOffsets: out.offsets, inTargets: out.targets, inWeights: out.weights,
    };
  }
  const inn = compress(n, dst, src, wts);
  return {
    n, m: out.targets.length, directed: true, weighted, keys,
    offsets: out.offsets, targets: out.targets, weights: out.weights, multiplicity: out.multiplicity,
    inOffsets: inn.offsets, inTargets: inn.targets, inWeights: inn.weights,
  };
}

/** Undirected view of a CSR: arcs u->v and v->u merge into one tie whose weight is their sum. */
export function undirectedCsr(csr: Csr): Csr {
  if (!csr.directed) return csr;
  const k = csr.targets.length;
  const src = new Int32Array(2 * k);
  const dst = new Int32Array(2 * k);
  const wts = new Float64Array(2 * k);
  const mul = new Int32Array(2 * k);
  let p = 0;
  for (let v = 0; v < csr.n; v++) {
    for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
      const t = csr.targets[e];
      src[p] = v; dst[p] = t; wts[p] = csr.weights[e]; mul[p] = csr.multiplicity[e]; p++;
      src[p] = t; dst[p] = v; wts[p] = csr.weights[e]; mul[p] = csr.multiplicity[e]; p++;
    }
  }
  const out = compress(csr.n, src, dst, wts, mul);
  return {
    n: csr.n, m: out.targets.length / 2, directed: false, weighted: csr.weighted, keys: csr.keys,
    offsets: out.offsets, targets: out.targets, weights: out.weights, multiplicity: out.multiplicity,
    inOffsets: out.offsets, inTargets: out.targets, inWeights: out.weights,
  };
}

/** Counting sort of arcs by source then target, merging duplicates. */
function compress(n: number, src: Int32Array, dst: Int32Array, wts: Float64Array, mul?: Int32Array) {
  const k = src.length;
  const count = new Int32Array(n + 1);
  for (let i = 0; i < k; i++) count[dst[i] + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i];
  // First pass: stable sort by target, then by source, so each row ends up sorted.
  const byT = new Int32Array(k);
  for (let i = 0; i < k; i++) byT[count[dst[i]]++] = i;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < k; i++) rowStart[src[i] + 1]++;
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice();
  const order = new Int32Array(k);
  for (let j = 0; j < k; j++) {
    const i = byT[j];
    order[fill[src[i]]++] = i;
  }
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(k);
  const weights = new Float64Array(k);
  const multiplicity = new Int32Array(k);
  let p = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = p;
    let last = -1;
    for (let j = rowStart[v]; j < rowStart[v + 1]; j++) {
      const i = order[j];
      const t = dst[i];
      if (t === last) {
        weights[p - 1] += wts[i];
        multiplicity[p - 1] += mul ? mul[i] : 1;
      } else {
        targets[p] = t;
        weights[p] = wts[i];
        multiplicity[p] = mul ? mul[i] : 1;
        p++;
        last = t;
      }
    }
  }
  offsets[n] = p;
  return {
    offsets,
    targets: targets.slice(0, p),
    weights: weights.slice(0, p),
    multiplicity: multiplicity.slice(0, p),
  };
}

/** Accept either a ready CSR or a graphology graph (indexed with the given options). */
export function resolveCsr(input: AnyGraph | Csr, options: CsrOptions, caller: string): Csr {
  if (isCsr(input)) return input;
  if (!input || typeof (input as AnyGraph).forEachEdge !== 'function') {
    throw new Error(`${caller}: expected a graphology graph or a CSR index`);
  }
  return buildCsr(input, options);
}

/** Record keyed by node key from a typed array of per-node values. */
export function toRecord<T = number>(csr: Csr, values: ArrayLike<T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < csr.n; i++) out[csr.keys[i]] = values[i];
  return out;
}

/** Binary search for `t` among the sorted out-neighbours of `v`; returns the adjacency slot or -1. */
export function findArc(csr: Csr, v: number, t: number): number {
  let lo = csr.offsets[v];
  let hi = csr.offsets[v + 1] - 1;
  const tg = csr.targets;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = tg[mid];
    if (x === t) return mid;
    if (x < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
