/**
 * The sides of every cut point, and what removing it breaks, from the one
 * depth-first pass that found the cut points (`cutPointsArray`'s forest).
 * Removing a cut point v splits its component into pieces: the subtree of
 * each child c that hangs on v alone (`separated[c]`), and, unless v is the
 * root, the rest of the component. A subtree is a range of the discovery
 * order, so a piece's counts (size, formal nodes, residents, initiatives,
 * wijkteams) are sums over subtrees made once for the whole forest, and the
 * piece of any node is a binary search over v's separated children. No cut
 * point walks the graph: each costs its own ties and pieces, and the nodes
 * of a piece are listed only when a finding names them.
 */
import type { DfsForest } from '../measures/cut-points.ts';
import type { Projection } from '../projection.ts';
import { componentLoss, nodeCounts, once, type ComponentLoss, type Piece } from './pieces.ts';

export interface CutLoss extends ComponentLoss {
  /** Every tie of the cut point, by id. */
  lostTies: string[];
}

export interface CutStructure {
  /** The pieces every cut point leaves (only cut points are keys): its separated subtrees, then the rest. */
  sides: Map<string, Piece[]>;
  /** The node counts on either side of every bridge, keyed by `bridgeKey(a, b)`. */
  bridgeSides: Map<string, [number, number]>;
  /** What removing the cut point `id` breaks. */
  loss(id: string): CutLoss;
}

export function bridgeKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

const COUNTS = ['formal', 'residents', 'initiatives', 'anchors'] as const;

/** `keys` name the forest's node ids (the CSR it ran on) and `index` numbers them; `bridges` are its bridges as [parent, child]. */
export function cutStructure(
  projection: Projection, keys: readonly string[], index: ReadonlyMap<string, number>, forest: DfsForest, bridges: readonly [number, number][],
): CutStructure {
  const graph = projection.graph;
  const { disc, order, parent, size, separated } = forest;
  const n = keys.length;
  const own = COUNTS.map(() => new Int32Array(n));
  const below = COUNTS.map(() => new Int32Array(n));
  const first = new Int32Array(n);
  const root = new Int32Array(n);
  const teamsOf = new Map<number, string[]>();
  for (let v = 0; v < n; v++) {
    const attributes = graph.getNodeAttributes(keys[v]!);
    const counts = nodeCounts(attributes);
    COUNTS.forEach((count, k) => (own[k]![v] = below[k]![v] = counts[count]));
    first[v] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    root[v] = parent[v]! < 0 ? v : root[parent[v]!]!;
    if (graph.getNodeAttribute(keys[v]!, 'kind') === 'wijkteam') teamsOf.get(root[v]!)?.push(keys[v]!) ?? teamsOf.set(root[v]!, [keys[v]!]);
  }
  // Children come after their parent in discovery order: sum the subtrees backwards.
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i]!;
    const p = parent[v]!;
    if (p < 0) continue;
    for (const counts of below) counts[p] += counts[v]!;
    if (first[v]! < first[p]!) first[p] = first[v]!;
  }

  const listIds = (ids: number[]) => ids.sort((a, b) => a - b).map((id) => keys[id]!);
  const subtreePiece = (c: number): Piece => ({
    size: size[c]!,
    formal: below[0]![c]!,
    residents: below[1]![c]!,
    initiatives: below[2]![c]!,
    anchors: below[3]![c]!,
    first: keys[first[c]!]!,
    nodes: once(() => listIds([...order.subarray(disc[c]!, disc[c]! + size[c]!)])),
  });
  /** v's separated children, in discovery order. */
  const separatedChildren = (v: number): number[] => {
    const out: number[] = [];
    for (let d = disc[v]! + 1; d < disc[v]! + size[v]!; d += size[order[d]!]!) if (separated[order[d]!]) out.push(order[d]!);
    return out;
  };
  const restPiece = (v: number, children: readonly number[]): Piece => {
    const r = root[v]!;
    const [formal, residents, initiatives, anchors] = below.map((counts, k) => children.reduce((sum, c) => sum - counts[c]!, counts[r]! - own[k]![v]!));
    return {
      size: children.reduce((sum, c) => sum - size[c]!, size[r]! - 1),
      formal: formal!,
      residents: residents!,
      initiatives: initiatives!,
      anchors: anchors!,
      first: keys[r]!,
      nodes: once(() => {
        const ids: number[] = [];
        let next = 0;
        for (let d = disc[r]!; d < disc[r]! + size[r]!; d++) {
          const c = children[next];
          if (c !== undefined && d === disc[c]) (d += size[c]! - 1), next++;
          else if (d !== disc[v]) ids.push(order[d]!);
        }
        return listIds(ids);
      }),
    };
  };

  const sides = new Map<string, Piece[]>();
  const childrenOf = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const children = separatedChildren(v);
    const isRoot = parent[v]! < 0;
    if (isRoot ? children.length < 2 : children.length < 1) continue;
    childrenOf.set(v, children);
    sides.set(keys[v]!, isRoot ? children.map(subtreePiece) : [...children.map(subtreePiece), restPiece(v, children)]);
  }

  const bridgeSides = new Map<string, [number, number]>();
  for (const [p, v] of bridges) bridgeSides.set(bridgeKey(keys[p]!, keys[v]!), [size[v]!, size[root[v]!]! - size[v]!]);

  const loss = (id: string): CutLoss => {
    const v = index.get(id);
    const pieces = sides.get(id);
    if (v === undefined || !pieces) throw new Error(`${id} is geen snijpunt`);
    const children = childrenOf.get(v)!;
    const pieceOf = (other: string): number => {
      const x = index.get(other);
      if (x === undefined || x === v || root[x] !== root[v]) return -1;
      let lo = 0;
      let hi = children.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = children[mid]!;
        if (disc[x]! < disc[c]!) hi = mid - 1;
        else if (disc[x]! >= disc[c]! + size[c]!) lo = mid + 1;
        else return mid;
      }
      return children.length;
    };
    const lostTies = new Set<string>();
    graph.forEachEdge(id, (_edge, attributes) => attributes.ties.forEach((tie) => lostTies.add(tie)));
    return { ...componentLoss(projection, pieces, pieceOf, teamsOf.get(root[v]!) ?? []), lostTies: [...lostTies].sort() };
  };

  return { sides, bridgeSides, loss };
}

/**
 * Whether removing the cut point splits off something worth a finding: two
 * sides of at least `minSplitOff` nodes, or a smaller side with an initiative
 * or a wijkteam. Otherwise only single residents are left behind (isolatie).
 */
export function splitsOffSomething(sides: readonly Piece[] | undefined, minSplitOff: number): boolean {
  if (!sides) return false;
  return sides.filter((side) => side.size >= minSplitOff).length >= 2 || sides.some((side) => side.size < minSplitOff && side.anchors > 0);
}
