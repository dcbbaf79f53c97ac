/**
 * The data graph: the network as the server sends it, plus lookups the map
 * needs (wijk of a node, display names).
 */
import Graph from 'graphology';
import type { CompactGraph } from '../../../server/model/wire/compact-graph/index.ts';
import type { GraphAnswer } from '../api/index.ts';

export type DataGraph = Graph;

export function createDataGraph(): DataGraph {
  return new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
}

/** Replaces the graph's content in place, so listeners keep their instance. */
export function importNetwork(graph: DataGraph, network: GraphAnswer): DataGraph {
  graph.clear();
  if ('nodeCount' in network) importCompact(graph, network);
  else graph.import(network as unknown as Parameters<DataGraph['import']>[0]);
  return graph;
}

/** The keys of the nodes in an answer, whichever form it came in. */
export function nodeKeysOf(network: GraphAnswer): string[] {
  if ('nodeCount' in network) return Array.from({ length: network.nodeCount }, (_, row) => network.nodeKey(row));
  return network.nodes.map((node) => node.key);
}

/** Straight from the columns: each row's attributes become the node's or tie's attributes object. */
function importCompact(graph: DataGraph, network: CompactGraph): void {
  graph.replaceAttributes(network.attributes);
  const keys = new Array<string>(network.nodeCount);
  for (let row = 0; row < network.nodeCount; row++) graph.addNode((keys[row] = network.nodeKey(row)), network.nodeAttributes(row));
  for (let row = 0; row < network.edgeCount; row++) graph.addEdgeWithKey(network.edgeKey(row), keys[network.sources[row]!]!, keys[network.targets[row]!]!, network.edgeAttributes(row));
}

const AREA_TIES = new Set(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN']);

/**
 * The wijk each node belongs to, for grouping and zooming: gebieden map to
 * their wijk, people and organisations through "woont/actief/werkt in",
 * initiatives through their plek, the rest by the most common wijk of their
 * neighbours. Nodes with no wijk are absent.
 */
export function wijkOfNodes(graph: DataGraph): Map<string, string> {
  const wijkOfGebied = new Map<string, string>();
  const gebiedLevel = (id: string) => graph.getNodeAttribute(id, 'level') as string | undefined;
  const resolve = (id: string, depth = 0): string | undefined => {
    if (wijkOfGebied.has(id)) return wijkOfGebied.get(id);
    if (!graph.hasNode(id) || depth > 5) return undefined;
    const level = gebiedLevel(id);
    let wijk: string | undefined;
    if (level === 'wijk') wijk = id;
    else if (level === 'buurt') {
      const parent = graph.getNodeAttribute(id, 'parentId') as string | undefined;
      wijk = parent ? resolve(parent, depth + 1) : undefined;
    }
    if (wijk) wijkOfGebied.set(id, wijk);
    return wijk;
  };
  const result = new Map<string, string>();
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === 'gebied') {
      const wijk = resolve(id);
      if (wijk) result.set(id, wijk);
    }
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!AREA_TIES.has(attributes.type as string) || result.has(source)) return;
    const wijk = resolve(target);
    if (wijk) result.set(source, wijk);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.type === 'VINDT_PLAATS_IN' && !result.has(source) && result.has(target)) result.set(source, result.get(target)!);
  });
  graph.forEachNode((id, attributes) => {
    if (result.has(id) || attributes.kind === 'thema') return;
    const votes = new Map<string, number>();
    graph.forEachNeighbor(id, (neighbor) => {
      const wijk = result.get(neighbor);
      if (wijk) votes.set(wijk, (votes.get(wijk) ?? 0) + 1);
    });
    let best: string | undefined;
    let bestVotes = 0;
    for (const [wijk, count] of votes) if (count > bestVotes || (count === bestVotes && best !== undefined && wijk < best)) (best = wijk), (bestVotes = count);
    if (best) result.set(id, best);
  });
  return result;
}

export function nodesOfKind(graph: DataGraph, kind: string): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === kind) out.push({ id, name: attributes.name as string });
  });
  return out.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function nodeName(graph: DataGraph, id: string): string {
  return graph.hasNode(id) ? ((graph.getNodeAttribute(id, 'name') as string) ?? id) : id;
}
