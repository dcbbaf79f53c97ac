/**
 * Connected components (weakly connected for directed graphs), numbered
 * largest first; equal sizes keep the order of their first node.
 */
import { type AnyGraph, type Csr, type CsrOptions, resolveCsr, toRecord, undirectedCsr } from '../csr.ts';

export interface Components {
  /** Component index per node; 0 is the largest component. */
  componentOf: Record<string, number>;
  /** Component sizes, largest first. */
  sizes: number[];
}

/** Component index per node id (largest first) and the sizes. */
export function componentsArray(input: Csr): { componentOf: Int32Array; sizes: number[] } {
  const csr = undirectedCsr(input);
  const n = csr.n;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const rawSizes: number[] = [];
  for (let r = 0; r < n; r++) {
    if (label[r] >= 0) continue;
    const c = rawSizes.length;
    label[r] = c;
    queue[0] = r;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let e = csr.offsets[v]; e < csr.offsets[v + 1]; e++) {
        const w = csr.targets[e];
        if (label[w] < 0) {
          label[w] = c;
          queue[tail++] = w;
        }
      }
    }
    rawSizes.push(tail);
  }
  const order = rawSizes.map((_, i) => i).sort((a, b) => rawSizes[b] - rawSizes[a] || a - b);
  const rank = new Int32Array(order.length);
  order.forEach((c, i) => (rank[c] = i));
  for (let v = 0; v < n; v++) label[v] = rank[label[v]];
  return { componentOf: label, sizes: order.map((c) => rawSizes[c]) };
}

/** Connected components (weak for directed graphs). */
export function connectedComponents(graph: AnyGraph | Csr, options: CsrOptions = {}): Components {
  const csr = resolveCsr(graph, options, 'connectedComponents');
  const r = componentsArray(csr);
  return { componentOf: toRecord(csr, r.componentOf), sizes: r.sizes };
}
