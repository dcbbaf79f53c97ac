/** A decoded compact graph written out as the JSON answer's nodes and edges, to compare the two forms. */
import type { CompactGraph } from '../../server/model/wire/compact-graph/index.ts';

export function expandCompactGraph(graph: CompactGraph) {
  const nodes = Array.from({ length: graph.nodeCount }, (_, row) => ({ key: graph.nodeKey(row), attributes: graph.nodeAttributes(row) }));
  const edges = Array.from({ length: graph.edgeCount }, (_, row) => ({
    key: graph.edgeKey(row),
    source: graph.nodeKey(graph.sources[row]!),
    target: graph.nodeKey(graph.targets[row]!),
    attributes: graph.edgeAttributes(row),
  }));
  return { attributes: graph.attributes, nodes, edges };
}
