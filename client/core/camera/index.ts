/**
 * Camera moves: fit the whole map, a set of nodes, a wijk or a node with its
 * neighbours; zoom in and out. They act on what is shown: the wijk overview
 * when it is open, else the map.
 *
 * A fit frames the nodes in the part of the map that nothing floats over: the
 * legend, the toolbar, the breadcrumbs and the zoom buttons each take a
 * corner, and the fit keeps out of them by the side that costs the least
 * room. It measures the map as it is at that moment, so an open side panel
 * (which narrows the map) is taken into account.
 */
import type Sigma from 'sigma';
import { app, runtime } from '../app/state.ts';
import { overviewRuntime } from '../overview/runtime.ts';

const DURATION = 350;
/** What floats over the map and the overview. */
const OVERLAYS = '.legend, .overview-legend, .map-toolbar, .zoom-controls, .ego-bar, .breadcrumbs';
/** Room between what is framed and the free area's edge, in pixels. */
const PADDING = 18;
/** The closest a fit comes: a single node (or a few on one spot) is shown with room around it. */
const MIN_RATIO = 0.15;
const MAX_RATIO = 2;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The renderer of what is shown. */
export function activeSigma(): Sigma | null {
  return (app.get().view.overview && overviewRuntime.sigma) || runtime.sigma;
}

/** What floats over the renderer's canvas, as boxes in its coordinates. */
export function overlayBoxes(sigma: Sigma): Box[] {
  const container = sigma.getContainer();
  const frame = container.getBoundingClientRect();
  const { width, height } = sigma.getDimensions();
  const area = container.closest('.map-area') ?? container.parentElement;
  const boxes: Box[] = [];
  for (const element of area?.querySelectorAll<HTMLElement>(OVERLAYS) ?? []) {
    if (element.offsetParent === null || getComputedStyle(element).visibility === 'hidden') continue;
    const r = element.getBoundingClientRect();
    const box = { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top };
    if (box.right <= 0 || box.left >= width || box.bottom <= 0 || box.top >= height || r.width === 0) continue;
    boxes.push(box);
  }
  return boxes;
}

/** Every way of keeping clear of each overlay (by its vertical or its horizontal side); the largest free box for a picture of this aspect (width over height) wins. */
export function freeArea(sigma: Sigma, aspect: number): Box {
  const { width, height } = sigma.getDimensions();
  const boxes = overlayBoxes(sigma);
  let best: Box = { left: 0, top: 0, right: width, bottom: height };
  let bestScale = -1;
  for (let choice = 0; choice < 1 << boxes.length; choice++) {
    const free = { left: 0, top: 0, right: width, bottom: height };
    boxes.forEach((box, index) => {
      if (choice & (1 << index)) {
        if ((box.top + box.bottom) / 2 < height / 2) free.top = Math.max(free.top, box.bottom);
        else free.bottom = Math.min(free.bottom, box.top);
      } else if ((box.left + box.right) / 2 < width / 2) free.left = Math.max(free.left, box.right);
      else free.right = Math.min(free.right, box.left);
    });
    const w = free.right - free.left;
    const h = free.bottom - free.top;
    // How large a box of the framed shape can be drawn in it.
    const scale = Math.min(w, h * aspect);
    if (w > 0 && h > 0 && scale > bestScale) (best = free), (bestScale = scale);
  }
  return best;
}

/** Room for the labels beside the framed nodes, in pixels: the map writes them to the right of a node, the overview beside it (and a stadsdeel's name over its circle). */
interface LabelRoom {
  top?: number;
  right?: number;
  bottom?: number;
  sides?: number;
}

const MAP_LABELS: LabelRoom = { right: 90 };
const OVERVIEW_LABELS: LabelRoom = { top: 40, bottom: 20, sides: 70 };

/** Pixels per framed unit on each axis at ratio 1 (signed: the viewport's y runs down). */
function pixelsPerUnit(sigma: Sigma): { sx: number; sy: number } {
  const unit = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, unit);
  return { sx: sigma.framedGraphToViewport({ x: 1, y: 0 }, unit).x - origin.x, sy: sigma.framedGraphToViewport({ x: 0, y: 1 }, unit).y - origin.y };
}

/** Frames the given nodes of the renderer's graph; nothing happens when none of them is drawn. */
export function fitNodesOf(sigma: Sigma, ids: Iterable<string>, duration = DURATION): void {
  const labels = sigma === overviewRuntime.sigma ? OVERVIEW_LABELS : MAP_LABELS;
  // The renderer's coordinates must be those of the graph as it is now, and the container as large as it is now.
  sigma.resize();
  sigma.refresh();
  let [minX, maxX, minY, maxY, largest] = [Infinity, -Infinity, Infinity, -Infinity, 0];
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) continue;
    [minX, maxX, minY, maxY] = [Math.min(minX, data.x), Math.max(maxX, data.x), Math.min(minY, data.y), Math.max(maxY, data.y)];
    largest = Math.max(largest, data.size);
  }
  if (!Number.isFinite(minX)) return;
  const camera = sigma.getCamera();
  const { sx, sy } = pixelsPerUnit(sigma);
  const [spanX, spanY] = [(maxX - minX) * Math.abs(sx), (maxY - minY) * Math.abs(sy)];
  const area = freeArea(sigma, spanY > 0 ? spanX / spanY : 1);
  const free = { left: area.left + (labels.sides ?? 0), top: area.top + (labels.top ?? 0), right: area.right - (labels.right ?? 0) - (labels.sides ?? 0), bottom: area.bottom - (labels.bottom ?? 0) };
  const ratioFor = (margin: number) => {
    const w = Math.max(1, free.right - free.left - 2 * margin);
    const h = Math.max(1, free.bottom - free.top - 2 * margin);
    const ratio = Math.max(spanX / w, spanY / h);
    return Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio));
  };
  // Nodes grow as the camera comes closer (their size over the square root of the ratio): measure once more with that.
  let ratio = ratioFor(PADDING + largest);
  ratio = ratioFor(PADDING + sigma.scaleSize(largest, ratio));
  const { width, height } = sigma.getDimensions();
  const dx = (free.left + free.right) / 2 - width / 2;
  const dy = (free.top + free.bottom) / 2 - height / 2;
  const target = { x: (minX + maxX) / 2 - (dx * ratio) / sx, y: (minY + maxY) / 2 - (dy * ratio) / sy, ratio, angle: 0 };
  if (duration) void camera.animate(target, { duration });
  else camera.setState(target);
}

/** Frames the given nodes of what is shown. */
export function fitNodes(ids: Iterable<string>): void {
  const sigma = activeSigma();
  if (sigma) fitNodesOf(sigma, ids);
}

/** Shows everything on the map (or in the overview). */
export function fitAll(): void {
  const sigma = activeSigma();
  if (sigma) fitNodesOf(sigma, sigma.getGraph().nodes());
}

export function zoomIn(): void {
  void activeSigma()?.getCamera().animatedZoom({ duration: DURATION / 1.5 });
}

export function zoomOut(): void {
  void activeSigma()?.getCamera().animatedUnzoom({ duration: DURATION / 1.5 });
}

/** Frames the nodes of these wijken on the map. */
export function zoomToWijken(wijken: ReadonlySet<string>): void {
  fitNodes(runtime.render.filterNodes((id) => wijken.has(runtime.wijkOf.get(id) ?? '')));
}

export function zoomToNode(id: string): void {
  if (!runtime.render.hasNode(id)) return;
  fitNodes([id, ...runtime.render.neighbors(id)]);
}

/** Moves the map, at the same zoom, so that the node lies in the free area again, when it does not (the keyboard's walk through neighbours). */
export function keepInView(id: string): void {
  const sigma = runtime.sigma;
  if (!sigma || app.get().view.overview) return;
  // As in a fit: the display data must be those of the graph and reducers as they are now.
  sigma.refresh();
  const data = sigma.getNodeDisplayData(id);
  if (!data || data.hidden) return;
  const at = sigma.framedGraphToViewport(data);
  const free = freeArea(sigma, 1);
  const inside = at.x >= free.left + PADDING && at.x <= free.right - PADDING - MAP_LABELS.right! && at.y >= free.top + PADDING && at.y <= free.bottom - PADDING;
  if (inside) return;
  const { sx, sy } = pixelsPerUnit(sigma);
  const camera = sigma.getCamera();
  const { x, y, ratio } = camera.getState();
  void camera.animate({ x: x + ((at.x - (free.left + free.right) / 2) * ratio) / sx, y: y + ((at.y - (free.top + free.bottom) / 2) * ratio) / sy }, { duration: DURATION });
}
