/**
 * Rows that hold nodes and ties, drawn as a small graph with sigma, in the
 * map's colours (client/core/appearance) and with a legend. It draws paths
 * (`MATCH p = … RETURN p`), lists of nodes and ties (`nodes(p)`,
 * `relationships(p)`, `collect(n)`), and single nodes and ties in a row.
 */
import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { NODE_COLORS, NODE_STYLE_ORDER, TIE_GROUP_COLORS, TIE_GROUP_OF, TIE_GROUP_ORDER, nodeStyle, tieColor, type NodeStyle, type TieGroup } from '../../core/appearance/index.ts';
import { nl } from '../../i18n/nl.ts';
import type { TieType } from '../../../server/model/index.ts';

type Entity = Record<string, unknown>;
const isObject = (value: unknown): value is Entity => !!value && typeof value === 'object' && !Array.isArray(value);
const isNode = (value: unknown): value is Entity => isObject(value) && 'id' in value && 'kind' in value;
const isTie = (value: unknown): value is Entity => isObject(value) && 'id' in value && 'type' in value && !('kind' in value);
/** A path as the embedded engine answers it: its nodes in order and the ties between them. */
const pathOf = (value: unknown): { nodes: Entity[]; ties: Entity[] } | undefined => {
  if (!isObject(value)) return undefined;
  const nodes = value._nodes ?? value.nodes;
  const ties = value._rels ?? value.ties ?? value.relationships;
  if (!Array.isArray(nodes) || !Array.isArray(ties) || !nodes.every(isNode) || !ties.every(isTie)) return undefined;
  return { nodes, ties };
};

const styleLabel = (style: NodeStyle) => (nl.personStyles as Record<string, string>)[style] ?? nl.kinds[style as keyof typeof nl.kinds];

/** Nodes and ties in the rows. A path or a list of nodes with the list of ties between them draws as a chain; a single tie connects the nearest nodes before and after it in the row. */
export function graphOfRows(rows: Record<string, unknown>[]): Graph | null {
  const graph = new Graph({ multi: true, type: 'directed' });
  const addNode = (node: Entity) => {
    if (!graph.hasNode(String(node.id))) graph.addNode(String(node.id), { entity: node, label: String(node.name ?? node.id), style: nodeStyle(node), color: NODE_COLORS[nodeStyle(node)] ?? '#555', size: 6 });
  };
  const addTie = (tie: Entity, a: Entity, b: Entity) => {
    if (graph.hasEdge(String(tie.id))) return;
    addNode(a);
    addNode(b);
    graph.addEdgeWithKey(String(tie.id), String(a.id), String(b.id), { label: String(tie.type), group: TIE_GROUP_OF[tie.type as TieType] ?? 'context', size: 1.5, color: tieColor(String(tie.type)) });
  };
  const chain = (nodes: Entity[], ties: Entity[]) => {
    nodes.forEach(addNode);
    ties.forEach((tie, index) => nodes[index + 1] && addTie(tie, nodes[index]!, nodes[index + 1]!));
  };
  for (const row of rows) {
    const cells = Object.values(row);
    const nodeLists = cells.filter((cell): cell is Entity[] => Array.isArray(cell) && cell.length > 0 && cell.every(isNode));
    const tieLists = cells.filter((cell): cell is Entity[] => Array.isArray(cell) && cell.length > 0 && cell.every(isTie));
    // nodes(p) and relationships(p) side by side: the path they came from.
    if (nodeLists.length === 1 && tieLists.length === 1 && tieLists[0]!.length === nodeLists[0]!.length - 1) chain(nodeLists[0]!, tieLists[0]!);
    const values = cells.flatMap((cell) => (Array.isArray(cell) ? cell : [cell]));
    for (const value of values) {
      const path = pathOf(value);
      if (path) chain(path.nodes, path.ties);
      else if (isNode(value)) addNode(value);
    }
    values.forEach((value, index) => {
      if (!isTie(value)) return;
      // A tie that names its ends (the schema's relationships) joins them wherever they are in the row.
      if (typeof value.from === 'string' && typeof value.to === 'string') {
        if (graph.hasNode(value.from) && graph.hasNode(value.to)) addTie(value, graph.getNodeAttributes(value.from).entity as Entity, graph.getNodeAttributes(value.to).entity as Entity);
        return;
      }
      const before = values.slice(0, index).reverse().find(isNode);
      const after = values.slice(index + 1).find(isNode);
      if (before && after) addTie(value, before, after);
    });
  }
  if (graph.order === 0) return null;
  graph.forEachNode((node) => {
    const angle = Math.random() * Math.PI * 2;
    graph.mergeNodeAttributes(node, { x: Math.cos(angle) * (1 + Math.random()), y: Math.sin(angle) * (1 + Math.random()), size: 4 + Math.min(10, graph.degree(node)) });
  });
  // A few rounds of a simple spring layout, enough for a result of a few hundred nodes.
  for (let round = 0; round < 60; round++) {
    const moves = new Map<string, [number, number]>();
    graph.forEachNode((node, a) => {
      let dx = 0;
      let dy = 0;
      graph.forEachNode((other, b) => {
        if (other === node) return;
        const x = a.x - b.x;
        const y = a.y - b.y;
        const d2 = x * x + y * y + 0.01;
        dx += (x / d2) * 0.02;
        dy += (y / d2) * 0.02;
      });
      graph.forEachNeighbor(node, (_other, b) => {
        dx -= (a.x - b.x) * 0.05;
        dy -= (a.y - b.y) * 0.05;
      });
      moves.set(node, [dx, dy]);
    });
    for (const [node, [dx, dy]] of moves) graph.updateNodeAttributes(node, (a) => ({ ...a, x: a.x + dx, y: a.y + dy }));
  }
  return graph;
}

/** The kinds of node and groups of tie in this graph, in the map's order, with the map's colours. */
export function legendOf(graph: Graph): { nodes: { style: NodeStyle; label: string; color: string; count: number }[]; ties: { group: TieGroup; label: string; color: string; count: number }[] } {
  const styles = new Map<NodeStyle, number>();
  graph.forEachNode((_node, attributes) => styles.set(attributes.style as NodeStyle, (styles.get(attributes.style as NodeStyle) ?? 0) + 1));
  const groups = new Map<TieGroup, number>();
  graph.forEachEdge((_edge, attributes) => groups.set(attributes.group as TieGroup, (groups.get(attributes.group as TieGroup) ?? 0) + 1));
  return {
    nodes: NODE_STYLE_ORDER.filter((style) => styles.has(style)).map((style) => ({ style, label: styleLabel(style), color: NODE_COLORS[style], count: styles.get(style)! })),
    ties: TIE_GROUP_ORDER.filter((group) => groups.has(group)).map((group) => ({ group, label: nl.tieGroups[group], color: TIE_GROUP_COLORS[group], count: groups.get(group)! })),
  };
}

export function ResultGraph({ graph }: { graph: Graph }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current!;
    const sigma = new Sigma(graph, element, { renderEdgeLabels: graph.size < 60, allowInvalidContainer: true, labelRenderedSizeThreshold: 4 });
    // For checks in the browser (as the map's window.__wijknetwerk.sigma()): what is drawn can be read back right after a render.
    Object.defineProperty(element, 'sigma', { value: sigma, configurable: true });
    return () => sigma.kill();
  }, [graph]);
  const legend = legendOf(graph);
  return (
    <div className="console-graph-wrap">
      <div ref={container} className="console-graph" data-testid="result-graph" data-nodes={graph.order} data-ties={graph.size} />
      <aside className="console-legend" aria-label={nl.console.legend} data-testid="graph-legend">
        <h3>{nl.console.legendNodes}</h3>
        <ul>
          {legend.nodes.map((entry) => (
            <li key={entry.style}>
              <span className="swatch dot" style={{ background: entry.color }} /> {entry.label} <span className="muted">({entry.count})</span>
            </li>
          ))}
        </ul>
        {legend.ties.length > 0 && (
          <>
            <h3>{nl.console.legendTies}</h3>
            <ul>
              {legend.ties.map((entry) => (
                <li key={entry.group}>
                  <span className="swatch line" style={{ background: entry.color }} /> {entry.label} <span className="muted">({entry.count})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </aside>
    </div>
  );
}
