/** Camera moves: frame a wijk, or a node. */
import { runtime } from '../core/app/state.ts';

function frame(ids: string[]): void {
  const sigma = runtime.sigma;
  if (!sigma || !ids.length) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.25));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}

export function zoomToWijk(wijk: string): void {
  const ids = runtime.render.filterNodes((id) => runtime.wijkOf.get(id) === wijk);
  frame(ids);
}

export function zoomToNode(id: string): void {
  if (!runtime.render.hasNode(id)) return;
  const ids = [id, ...runtime.render.neighbors(id)];
  frame(ids);
}
