/** Camera moves: fit the whole map, a set of nodes, a wijk or a node with its neighbours; zoom in and out. */
import { runtime } from '../app/state.ts';

const DURATION = 350;
/** Room around what is framed, so that it does not touch the map's edges or sit under the legend. */
const MARGIN = 1.35;

/**
 * A node's place in the camera's coordinates, from the render graph. Sigma's own display data can
 * still hold graph coordinates while a reducer change is being processed.
 */
function framedPosition(id: string): { x: number; y: number } {
  const sigma = runtime.sigma!;
  const attributes = runtime.render.getNodeAttributes(id) as { x: number; y: number };
  return sigma.viewportToFramedGraph(sigma.graphToViewport({ x: attributes.x, y: attributes.y }));
}

/** Frames the given nodes; nothing happens when none of them is on the map. */
export function fitNodes(ids: Iterable<string>): void {
  const sigma = runtime.sigma;
  if (!sigma) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    if (!runtime.render.hasNode(id)) continue;
    const { x, y } = framedPosition(id);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) return;
  const ratio = Math.min(1.2, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * MARGIN));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio, angle: 0 }, { duration: DURATION });
}

/** Shows everything on the map. */
export function fitAll(): void {
  void runtime.sigma?.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: DURATION });
}

export function zoomIn(): void {
  void runtime.sigma?.getCamera().animatedZoom({ duration: DURATION / 1.5 });
}

export function zoomOut(): void {
  void runtime.sigma?.getCamera().animatedUnzoom({ duration: DURATION / 1.5 });
}

export function zoomToWijk(wijk: string): void {
  fitNodes(runtime.render.filterNodes((id) => runtime.wijkOf.get(id) === wijk));
}

export function zoomToNode(id: string): void {
  if (!runtime.render.hasNode(id)) return;
  fitNodes([id, ...runtime.render.neighbors(id)]);
}
