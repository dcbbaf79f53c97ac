/**
 * What sigma's render graph holds, made from the data graph: only the shown
 * nodes, with display attributes (x, y, size, color, label, zIndex) and
 * nothing else. The same Graph instance is cleared and refilled (at once or
 * in chunks: client/core/app/drawing.ts), so sigma keeps its state.
 */
import type Graph from 'graphology';
import { CONTEXT_TIES, type TieType } from '../../../server/model/index.ts';
import type { MeasuresResponse } from '../api/index.ts';
import { NODE_COLORS, communityColor, nodeStyle, rampColor, sizeScale, tieColor, tieSize } from '../appearance/index.ts';
import type { Positions } from '../layout/index.ts';

const CONTEXT = new Set<string>(CONTEXT_TIES as readonly TieType[]);

export interface BuildOptions {
  visible: Set<string> | null;
  positions: Positions;
  sizeBy: string;
  colorBy: string;
  measures: MeasuresResponse | null;
  /** Labels point away from (0, 0), along the radius (the ego view's rings): each node gets its `labelAngle`. */
  labelsOutward?: boolean;
  /** Nodes whose label is always drawn; sigma's label grid picks among the others so that labels do not overlap. */
  forcedLabels?: ReadonlySet<string>;
}

/** Distinct neighbours through social (non-context) ties. */
export function socialDegree(graph: Graph, id: string): number {
  const seen = new Set<string>();
  graph.forEachEdge(id, (_edge, attributes, source, target) => {
    if (CONTEXT.has(attributes.type as string)) return;
    seen.add(source === id ? target : source);
  });
  return seen.size;
}

function measureValue(options: BuildOptions, id: string, graph: Graph, measure: string): number {
  if (measure === 'degree' || !options.measures) return socialDegree(graph, id);
  const value = options.measures.nodes[id]?.[measure as keyof MeasuresResponse['nodes'][string]];
  return typeof value === 'number' ? value : NaN;
}

/** What sigma draws: each shown node and tie with its display attributes, in the data graph's order. */
export interface RenderItems {
  nodes: { id: string; attributes: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export function renderItems(data: Graph, options: BuildOptions): RenderItems {
  const { visible, positions } = options;
  const shown = (id: string) => !visible || visible.has(id);
  const ids: string[] = [];
  data.forEachNode((id) => {
    if (shown(id)) ids.push(id);
  });

  const sizeValues = new Map<string, number>();
  for (const id of ids) {
    const kind = data.getNodeAttribute(id, 'kind');
    if (kind === 'gebied' || kind === 'thema') continue;
    sizeValues.set(id, measureValue(options, id, data, options.sizeBy));
  }
  const size = sizeScale(sizeValues.values());

  let colorFor: (id: string, attributes: Record<string, unknown>) => string = (_id, attributes) => NODE_COLORS[nodeStyle(attributes)];
  if (options.colorBy === 'community' && options.measures) {
    const measures = options.measures;
    colorFor = (id, attributes) => {
      const community = measures.nodes[id]?.community;
      return typeof community === 'number' ? communityColor(community) : NODE_COLORS[nodeStyle(attributes)];
    };
  } else if (options.colorBy !== 'kind' && options.measures) {
    const values = ids.map((id) => measureValue(options, id, data, options.colorBy)).filter(Number.isFinite);
    const min = Math.min(...values);
    const max = Math.max(...values);
    colorFor = (id) => {
      const value = measureValue(options, id, data, options.colorBy);
      return Number.isFinite(value) ? rampColor(max === min ? 0.5 : (value - min) / (max - min)) : '#cfd5dc';
    };
  }

  const nodes: RenderItems['nodes'] = [];
  const shownIds = new Set(ids);
  for (const id of ids) {
    const attributes = data.getNodeAttributes(id);
    const position = positions.get(id) ?? [0, 0];
    const kind = attributes.kind as string;
    const nodeSize = kind === 'gebied' || kind === 'thema' ? 4 : size(sizeValues.get(id) ?? 0);
    nodes.push({
      id,
      attributes: {
        x: position[0],
        y: position[1],
        size: nodeSize,
        color: colorFor(id, attributes),
        label: shortLabel(String(attributes.name ?? id)),
        zIndex: nodeSize,
        kind,
        ...(options.labelsOutward && (position[0] || position[1]) ? { labelAngle: Math.atan2(position[1], position[0]) } : {}),
        ...(options.forcedLabels?.has(id) ? { forceLabel: true } : {}),
      },
    });
  }
  const edges: RenderItems['edges'] = [];
  data.forEachEdge((id, attributes, source, target) => {
    if (!shownIds.has(source) || !shownIds.has(target)) return;
    const context = CONTEXT.has(attributes.type as string);
    edges.push({ id, source, target, attributes: { size: context ? 0.5 : tieSize(attributes.strength), color: tieColor(attributes.type as string), zIndex: context ? 0 : 1, tieType: attributes.type } });
  });
  return { nodes, edges };
}

export function addRenderItems(render: Graph, { nodes, edges }: RenderItems): void {
  for (const { id, attributes } of nodes) render.addNode(id, attributes);
  for (const { id, source, target, attributes } of edges) render.addEdgeWithKey(id, source, target, attributes);
}

/** Long names (organisations with a team) are cut, so labels do not run into each other. */
function shortLabel(name: string): string {
  return name.length > 32 ? `${name.slice(0, 30).trimEnd()}…` : name;
}
