/**
 * Rebuilding the render graph (what sigma draws) from the loaded network,
 * when what is shown or how it looks changes.
 */
import { organisationScope } from '../filters/index.ts';
import { renderItems } from '../graph/render.ts';
import { draw } from './drawing.ts';
import { egoNodes, intersect } from '../selection/index.ts';
import { app, runtime } from './state.ts';

export function rebuild(frame = false): void {
  const { view, measures } = app.get();
  const organisation = organisationScope(runtime.data, view.filters.organisation);
  let ego: Set<string> | null = null;
  let limited: ReturnType<typeof egoNodes>['limited'] = [];
  if (view.ego && runtime.data.hasNode(view.ego.node)) {
    const result = egoNodes(runtime.data, view.ego.node, view.ego.depth, view.expanded);
    ego = result.nodes;
    limited = result.limited;
  }
  const visible = intersect(organisation, ego);
  if (visible && view.ego) visible.add(view.ego.node);
  draw(
    renderItems(runtime.data, {
      visible,
      positions: runtime.positions,
      sizeBy: view.sizeBy,
      colorBy: view.colorBy,
      measures: measures.state === 'ready' ? measures.data : null,
    }),
  );
  app.set((state) => ({ renderVersion: state.renderVersion + 1, frameVersion: state.frameVersion + (frame ? 1 : 0), limited }));
}
