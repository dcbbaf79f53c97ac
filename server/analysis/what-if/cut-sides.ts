/**
 * The sides of every cut point, in one depth-first pass. Removing a cut point
 * v splits its component into sides: the DFS subtrees of children c with
 * low[c] >= disc[v], plus the rest of the component. Knowing their sizes (and
 * whether they hold an initiative or a wijkteam) up front lets the analyses
 * skip the full removal impact, a walk over the whole graph, for the many cut
 * points that only leave a single resident behind.
 */
import type Graph from 'graphology';

export interface CutSide {
  size: number;
  /** Initiatives and wijkteams on this side. */
  anchors: number;
}

const ANCHOR_KINDS = new Set(['initiatief', 'wijkteam']);

export interface CutStructure {
  /** The sides of every cut point (only cut points are keys). */
  sides: Map<string, CutSide[]>;
  /** The node counts on either side of every bridge, keyed by `bridgeKey(a, b)`. */
  bridgeSides: Map<string, [number, number]>;
}

export function bridgeKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export function cutStructure(graph: Graph): CutStructure {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) => graph.neighbors(id).map((n) => index.get(n)!));
  const anchor = ids.map((id) => (ANCHOR_KINDS.has(graph.getNodeAttribute(id, 'kind')) ? 1 : 0));
  const n = ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const anchors = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n);
  const result = new Map<string, CutSide[]>();
  const bridgeSides = new Map<string, [number, number]>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const below = new Map<number, CutSide[]>();
    const bridgesHere: [number, number][] = [];
    const stack = [root];
    disc[root] = low[root] = time++;
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      if (nextEdge[v]! < neighbours[v]!.length) {
        const w = neighbours[v]![nextEdge[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      stack.pop();
      size[v] = size[v]! + 1;
      anchors[v] = anchors[v]! + anchor[v]!;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      size[p] = size[p]! + size[v]!;
      anchors[p] = anchors[p]! + anchors[v]!;
      if (low[v]! >= disc[p]!) (below.get(p) ?? below.set(p, []).get(p)!).push({ size: size[v]!, anchors: anchors[v]! });
      if (low[v]! > disc[p]!) bridgesHere.push([p, v]);
    }
    for (const [p, v] of bridgesHere) bridgeSides.set(bridgeKey(ids[p]!, ids[v]!), [size[v]!, size[root]! - size[v]!]);
    for (const [v, children] of below) {
      const rest = { size: size[root]! - size[v]!, anchors: anchors[root]! - anchors[v]! };
      const all = v === root ? children : rest.size > 0 ? [...children, rest] : children;
      if (all.length >= 2) result.set(ids[v]!, all);
    }
  }
  return { sides: result, bridgeSides };
}

/**
 * Whether removing the cut point splits off something worth a finding: two
 * sides of at least `minSplitOff` nodes, or a smaller side with an initiative
 * or a wijkteam. Otherwise only single residents are left behind (isolatie).
 */
export function splitsOffSomething(sides: readonly CutSide[] | undefined, minSplitOff: number): boolean {
  if (!sides) return false;
  return sides.filter((side) => side.size >= minSplitOff).length >= 2 || sides.some((side) => side.size < minSplitOff && side.anchors > 0);
}
