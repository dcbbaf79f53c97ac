/** Running layouts on the shown graph and saving positions per view on the server. */
import { nl } from '../../i18n/nl.ts';
import { api } from '../api/index.ts';
import { groupedPositions, layoutDuration, positionsToJson, readPositions, removeOverlap, runForceAtlas2, type LayoutRun } from '../layout/index.ts';
import { app, runtime, toast } from './state.ts';

let current: LayoutRun | null = null;

export function startLayout(): void {
  if (current?.running || runtime.render.order < 2) return;
  app.set({ layout: { running: true, progress: 0 } });
  current = runForceAtlas2(
    runtime.render,
    layoutDuration(runtime.render.order),
    (progress) => app.set({ layout: { running: true, progress } }),
    () => {
      current = null;
      removeOverlap(runtime.render, unitsPerPixel());
      readPositions(runtime.render, runtime.positions);
      app.set({ layout: { running: false, progress: 1 } });
      void savePositions();
    },
  );
}

export function stopLayout(): void {
  current?.stop();
}

/** Graph units per screen pixel at the current zoom. */
function unitsPerPixel(): number {
  const sigma = runtime.sigma;
  if (!sigma) return 1;
  const a = sigma.viewportToGraph({ x: 0, y: 0 });
  const b = sigma.viewportToGraph({ x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1;
}

/** Puts every wijk in its own group, in a circle. */
export function groupByWijk(): void {
  const grouped = groupedPositions(runtime.catalog, runtime.wijkOf);
  for (const [id, position] of grouped) runtime.positions.set(id, position);
  runtime.render.updateEachNodeAttributes(
    (id, attributes) => {
      const position = runtime.positions.get(id);
      return position ? { ...attributes, x: position[0], y: position[1] } : attributes;
    },
    { attributes: ['x', 'y'] },
  );
  runtime.sigma?.getCamera().animatedReset({ duration: 300 });
  void savePositions();
}

export async function savePositions(): Promise<void> {
  try {
    await api.saveView(app.get().view.view, { positions: positionsToJson(runtime.positions) });
    toast(nl.layout.saved);
  } catch {
    toast(nl.layout.saveError, 'error');
  }
}
