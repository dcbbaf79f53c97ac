/**
 * Rebuilding the render graph (what sigma draws) from the loaded network,
 * when what is shown or how it looks changes.
 */
import { organisationScope } from '../filters/index.ts';
import { renderItems } from '../graph/render.ts';
import { draw } from './drawing.ts';
import { goneItems } from '../history/gone-items.ts';
import type { RenderItems } from '../graph/render.ts';
import { egoNodes, intersect } from '../selection/index.ts';
import { egoPositions, noteEgo } from './ego.ts';
import { app, runtime } from './state.ts';

export function rebuild(frame = false): void {
  const { view, measures, comparison } = app.get();
  const organisation = organisationScope(runtime.data, view.filters.organisation);
  let ego: ReturnType<typeof egoNodes> | null = null;
  if (view.ego && runtime.data.hasNode(view.ego.node)) ego = egoNodes(runtime.data, view.ego.node, view.ego.depth, view.expanded);
  const visible = intersect(organisation, ego && new Set(ego.steps.keys()));
  if (visible && view.ego) visible.add(view.ego.node);
  noteEgo(!!ego, frame);
  const items = renderItems(runtime.data, {
    visible,
    positions: ego && visible ? egoPositions(runtime.data, view.ego!.node, ego.steps, visible) : runtime.positions,
    sizeBy: view.sizeBy,
    colorBy: view.colorBy,
    measures: measures.state === 'ready' ? measures.data : null,
    labelsOutward: !!ego,
    // The ego and its neighbours are always labelled; further out, as many as fit.
    forcedLabels: ego ? new Set([...ego.steps].filter(([, step]) => step <= 1).map(([id]) => id)) : undefined,
  });
  draw(comparison.state === 'ready' ? withGone(items, goneItems(comparison.data, items)) : items);
  app.set((state) => ({ renderVersion: state.renderVersion + 1, frameVersion: state.frameVersion + (frame ? 1 : 0), limited: ego?.limited ?? [] }));
}

function withGone(items: RenderItems, gone: RenderItems): RenderItems {
  return { nodes: [...items.nodes, ...gone.nodes], edges: [...items.edges, ...gone.edges] };
}
