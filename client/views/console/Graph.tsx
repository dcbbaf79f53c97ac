/** Rows that hold nodes and ties, drawn as a small graph with sigma. */
import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { NodeKind } from '../../../server/model/index.ts';

type Entity = Record<string, unknown>;
const isNode = (value: unknown): value is Entity => !!value && typeof value === 'object' && 'id' in value && 'kind' in value;
const isTie = (value: unknown): value is Entity => !!value && typeof value === 'object' && 'id' in value && 'type' in value && !('kind' in value);

export const COLORS: Record<NodeKind, string> = { persoon: '#2f6f9f', organisatie: '#c2703d', wijkteam: '#7a4fa0', initiatief: '#3f8f5a', plek: '#8c7a3a', gebied: '#888', thema: '#b0417a' };

/** Nodes and ties in the rows; a tie connects the nearest nodes before and after it in the row. */
export function graphOfRows(rows: Record<string, unknown>[]): Graph | null {
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const row of rows) {
    const values = Object.values(row).flatMap((value) => (Array.isArray(value) ? value : [value]));
    for (const value of values) if (isNode(value) && !graph.hasNode(value.id)) graph.addNode(String(value.id), { label: String(value.name ?? value.id), color: COLORS[String(value.kind) as NodeKind] ?? '#555', size: 6 });
    values.forEach((value, index) => {
      if (!isTie(value)) return;
      const before = values.slice(0, index).reverse().find(isNode);
      const after = values.slice(index + 1).find(isNode);
      if (before && after && !graph.hasEdge(String(value.id))) graph.addEdgeWithKey(String(value.id), String(before.id), String(after.id), { label: String(value.type), size: 1.5, color: '#aab' });
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

export function ResultGraph({ graph }: { graph: Graph }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const sigma = new Sigma(graph, container.current!, { renderEdgeLabels: graph.size < 60, allowInvalidContainer: true, labelRenderedSizeThreshold: 4 });
    return () => sigma.kill();
  }, [graph]);
  return <div ref={container} className="console-graph" data-testid="result-graph" />;
}
