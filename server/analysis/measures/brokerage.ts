/**
 * Gould–Fernandez brokerage roles.
 *
 * An open two-path is a -> v -> c with a != c and no tie a -> c; v is the
 * broker. By the groups of (a, v, c) the path counts as:
 *   coordinator     a, v, c all in one group
 *   itinerant       a and c share a group, v is in another (also "consultant")
 *   representative  a shares v's group, c does not
 *   gatekeeper      c shares v's group, a does not
 *   liaison         three different groups
 * Directed graphs use their arcs. Undirected graphs read each tie as two arcs,
 * so every open triad a - v - c is counted twice, once per direction (the
 * convention of statnet's `brokerage` on a symmetric network); representative
 * and gatekeeper counts are then equal.
 */
import { type AnyGraph, type Csr, type CsrOptions, findArc, resolveCsr } from '../csr.ts';

export interface BrokerageCounts {
  coordinator: number;
  itinerant: number;
  representative: number;
  gatekeeper: number;
  liaison: number;
  total: number;
}

export interface BrokerageOptions extends CsrOptions {
  /** Group per node key, or the name of a node attribute holding it. */
  groups: Record<string, string | number> | string;
}

/** Brokerage role counts per CSR id; `group` is a group index per node. */
export function brokerageArrays(csr: Csr, group: Int32Array): Record<keyof BrokerageCounts, Float64Array> {
  const n = csr.n;
  const r = {
    coordinator: new Float64Array(n), itinerant: new Float64Array(n), representative: new Float64Array(n),
    gatekeeper: new Float64Array(n), liaison: new Float64Array(n), total: new Float64Array(n),
  };
  for (let v = 0; v < n; v++) {
    const gv = group[v];
    for (let i = csr.inOffsets[v]; i < csr.inOffsets[v + 1]; i++) {
      const a = csr.inTargets[i];
      const ga = group[a];
      for (let o = csr.offsets[v]; o < csr.offsets[v + 1]; o++) {
        const c = csr.targets[o];
        if (c === a || findArc(csr, a, c) >= 0) continue;
        const gc = group[c];
        if (ga === gv) {
          if (gc === gv) r.coordinator[v]++;
          else r.representative[v]++;
        } else if (gc === gv) r.gatekeeper[v]++;
        else if (gc === ga) r.itinerant[v]++;
        else r.liaison[v]++;
        r.total[v]++;
      }
    }
  }
  return r;
}

/** Brokerage role counts per node for the given group assignment. */
export function brokerage(graph: AnyGraph | Csr, options: BrokerageOptions): Record<string, BrokerageCounts> {
  const csr = resolveCsr(graph, options, 'brokerage');
  const { groups } = options;
  if (groups === undefined || groups === null) throw new Error('brokerage: options.groups is required');
  if (typeof groups === 'string' && !(graph as AnyGraph).getNodeAttribute) {
    throw new Error('brokerage: a group attribute name needs a graphology graph, not a CSR');
  }
  const ids = new Map<string, number>();
  const group = new Int32Array(csr.n);
  for (let v = 0; v < csr.n; v++) {
    const key = csr.keys[v];
    const raw = typeof groups === 'string' ? (graph as AnyGraph).getNodeAttribute(key, groups) : groups[key];
    if (raw === undefined || raw === null) throw new Error(`brokerage: node ${key} has no group`);
    const g = String(raw);
    let id = ids.get(g);
    if (id === undefined) ids.set(g, (id = ids.size));
    group[v] = id;
  }
  const r = brokerageArrays(csr, group);
  const out: Record<string, BrokerageCounts> = {};
  for (let v = 0; v < csr.n; v++) {
    out[csr.keys[v]] = {
      coordinator: r.coordinator[v], itinerant: r.itinerant[v], representative: r.representative[v],
      gatekeeper: r.gatekeeper[v], liaison: r.liaison[v], total: r.total[v],
    };
  }
  return out;
}
