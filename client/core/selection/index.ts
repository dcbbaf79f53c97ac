/**
 * What part of the loaded graph is shown: the ego view (1–2 steps around a
 * node) with controlled expansion of hubs, intersected with client-side
 * filters.
 */
import type Graph from 'graphology';

/** At most this many neighbours of a hub are shown until the user asks for more. */
export const HUB_LIMIT = 15;

export interface LimitedHub {
  hub: string;
  shown: number;
  total: number;
}

export interface EgoResult {
  /** Each node shown and its steps from the center (0 for the center). */
  steps: Map<string, number>;
  limited: LimitedHub[];
}

/**
 * Breadth-first from `center` for `depth` steps. A node with more than
 * `limit` neighbours contributes only its `limit` best-connected ones, unless
 * it is in `expanded`. The center is never limited at step one.
 */
export function egoNodes(graph: Graph, center: string, depth: number, expanded: readonly string[] = [], limit = HUB_LIMIT): EgoResult {
  const nodes = new Map<string, number>();
  const limited: LimitedHub[] = [];
  if (!graph.hasNode(center)) return { steps: nodes, limited };
  const open = new Set(expanded);
  nodes.set(center, 0);
  let frontier = [center];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      const neighbours = graph.neighbors(node).filter((neighbour) => !nodes.has(neighbour));
      let chosen = neighbours;
      const cap = node === center ? limit * 4 : limit;
      if (neighbours.length > cap && !open.has(node)) {
        chosen = [...neighbours].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, cap);
        limited.push({ hub: node, shown: chosen.length, total: neighbours.length });
      }
      for (const neighbour of chosen) {
        nodes.set(neighbour, step + 1);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return { steps: nodes, limited };
}

/** Intersection of optional node sets; `null` means "no restriction". */
export function intersect(...sets: (Set<string> | null)[]): Set<string> | null {
  let result: Set<string> | null = null;
  for (const set of sets) {
    if (!set) continue;
    if (!result) result = new Set(set);
    else for (const id of result) if (!set.has(id)) result.delete(id);
  }
  return result;
}
