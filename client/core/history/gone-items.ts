/**
 * What a comparison adds to the drawing: the map shows the network of now,
 * in which ended ties and people who left are no longer there. They are
 * drawn beside it (where both ends are on the map, a person who left next to
 * those they were tied to), so that new and gone show at the same time. Pure.
 */
import type { CompareResult } from '../../../server/model/wire/compare.ts';
import { NODE_COLORS, nodeStyle, tieColor } from '../appearance/index.ts';
import type { RenderItems } from '../graph/render.ts';

const GONE_NODE_SIZE = 5;

export function goneItems(result: CompareResult, drawn: RenderItems): RenderItems {
  const at = new Map(drawn.nodes.map(({ id, attributes }) => [id, [attributes.x as number, attributes.y as number] as const]));
  const edgeIds = new Set(drawn.edges.map((edge) => edge.id));
  const nodes: RenderItems['nodes'] = [];
  for (const node of result.nodes.left) {
    if (at.has(node.id)) continue;
    const around = result.ties.ended
      .map((tie) => (tie.from === node.id ? tie.to : tie.to === node.id ? tie.from : null))
      .flatMap((other) => (other && at.has(other) ? [at.get(other)!] : []));
    if (!around.length) continue;
    const [x, y] = around.reduce(([sx, sy], [px, py]) => [sx + px / around.length, sy + py / around.length], [0, 0]);
    // Beside the middle of its old ties, not on top of the one it had.
    const place = [x + GONE_NODE_SIZE, y + GONE_NODE_SIZE] as const;
    at.set(node.id, place);
    nodes.push({
      id: node.id,
      attributes: { x: place[0], y: place[1], size: GONE_NODE_SIZE, color: NODE_COLORS[nodeStyle({ kind: node.kind, roles: node.roles })], label: node.name, zIndex: GONE_NODE_SIZE, kind: node.kind, gone: true },
    });
  }
  const edges: RenderItems['edges'] = result.ties.ended
    .filter((tie) => !edgeIds.has(tie.id) && at.has(tie.from) && at.has(tie.to) && tie.from !== tie.to)
    .map((tie) => ({ id: tie.id, source: tie.from, target: tie.to, attributes: { size: 1.5, color: tieColor(tie.type), zIndex: 1, tieType: tie.type, gone: true } }));
  return { nodes, edges };
}
