/**
 * Hover, selection, highlights and the history's comparison colours, applied
 * at render time through sigma's reducers (this is their only author).
 * Nothing here writes into the graph.
 */
import type Graph from 'graphology';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { HIGHLIGHT } from '../core/appearance/index.ts';
import type { Highlight } from '../core/app/highlight.ts';
import type { DiffStyles } from '../core/app/state.ts';

export interface ReducerInput {
  graph: Graph;
  hovered: string | null;
  selected: string | null;
  highlight: Highlight | null;
  /** The comparison shown on the map: its colours go over everything else. */
  diff: DiffStyles | null;
  /** An ego view is shown: the selection lights up without fading the rest (all of it belongs to the ego view). */
  ego: boolean;
}

type NodeReducer = (node: string, data: Record<string, unknown>) => Partial<NodeDisplayData>;
type EdgeReducer = (edge: string, data: Record<string, unknown>) => Partial<EdgeDisplayData>;

interface Reducers {
  nodeReducer: NodeReducer | null;
  edgeReducer: EdgeReducer | null;
}

export function makeReducers(input: ReducerInput): Reducers {
  const reducers = focusReducers(input);
  return input.diff ? withDiff(reducers, input.diff) : reducers;
}

/** Colours what the comparison marks, on top of what the other reducers made of it. */
function withDiff({ nodeReducer, edgeReducer }: Reducers, diff: DiffStyles): Reducers {
  return {
    nodeReducer: (node, data) => {
      const out = nodeReducer ? nodeReducer(node, data) : ({ ...data } as Partial<NodeDisplayData>);
      const color = diff.nodeColors[node];
      return color ? { ...out, color, forceLabel: true, zIndex: 50 } : out;
    },
    edgeReducer: (edge, data) => {
      const out = edgeReducer ? edgeReducer(edge, data) : ({ ...data } as Partial<EdgeDisplayData>);
      const color = diff.edgeColors[edge];
      return color ? { ...out, color, size: Math.max(2, Number(out.size ?? 1)), zIndex: 50 } : out;
    },
  };
}

function focusReducers({ graph, hovered, selected, highlight, ego }: ReducerInput): Reducers {
  // Layers: a finding or what-if replaces the selection's focus; hovering still shows a node's neighbours over it.
  const shownSelection = highlight ? null : selected;
  const hovering = !!hovered && graph.hasNode(hovered);
  const focus = hovering ? hovered : shownSelection && graph.hasNode(shownSelection) ? shownSelection : null;
  if (!focus && !highlight) return { nodeReducer: null, edgeReducer: null };
  // In an ego view everything shown belongs to it: only hovering fades the rest.
  const fadeRest = !highlight && (hovering || !ego);

  const neighbours = new Set<string>(focus ? graph.neighbors(focus) : []);

  const nodeReducer: NodeReducer = (node, data) => {
    const out = { ...data } as Partial<NodeDisplayData>;
    if (highlight?.kind === 'finding') {
      if (highlight.nodes.has(node)) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 100;
      } else fade(out);
    } else if (highlight?.kind === 'whatif') {
      if (highlight.removed.has(node)) {
        out.color = HIGHLIGHT.removed;
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 100;
      } else if (highlight.splitOff.has(node)) {
        out.color = HIGHLIGHT.splitOff;
        out.forceLabel = true;
        out.zIndex = 90;
      } else fade(out);
    }
    if (focus) {
      if (node === focus) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 200;
        if (out.color === HIGHLIGHT.faded) out.color = data.color as string;
      } else if (neighbours.has(node)) {
        if (out.color === HIGHLIGHT.faded) out.color = data.color as string;
        out.zIndex = Math.max(50, (out.zIndex as number) ?? 0);
      } else if (fadeRest) fade(out);
    }
    return out;
  };

  const edgeReducer: EdgeReducer = (edge, data) => {
    const out = { ...data } as Partial<EdgeDisplayData>;
    const [source, target] = graph.extremities(edge);
    if (highlight?.kind === 'finding') {
      if (highlight.ties.has(edge)) {
        out.color = HIGHLIGHT.finding;
        out.size = Math.max(2.5, (data.size as number) + 1.5);
        out.zIndex = 10;
      } else if (highlight.nodes.has(source) && highlight.nodes.has(target)) out.zIndex = 5;
      else out.color = HIGHLIGHT.fadedEdge;
    } else if (highlight?.kind === 'whatif') {
      if (highlight.lostTies.has(edge)) {
        out.color = HIGHLIGHT.lost;
        out.size = Math.max(2.5, (data.size as number) + 1.5);
        out.zIndex = 10;
      } else out.color = HIGHLIGHT.fadedEdge;
    }
    if (focus) {
      if (source === focus || target === focus) {
        if (!highlight) out.size = (data.size as number) + 0.6;
        out.zIndex = 20;
        if (out.color === HIGHLIGHT.fadedEdge) out.color = data.color as string;
      } else if (fadeRest) out.hidden = true;
    }
    return out;
  };

  return { nodeReducer, edgeReducer };
}

function fade(out: Partial<NodeDisplayData>): void {
  out.color = HIGHLIGHT.faded;
  out.label = null;
  out.zIndex = 0;
  out.highlighted = false;
}
