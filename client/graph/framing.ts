/**
 * Framing the map after a rebuild: the whole map; back to the camera of
 * before an ego view; or an ego view, every node and always-drawn label of it
 * inside the part of the map that nothing floats over (`freeArea`: the ego
 * bar, the legend, the buttons; the side panel takes its room from the map
 * itself). The ego view has its own fit because its labels run along the
 * radius, on every side of the ring.
 */
import type { CameraState } from 'sigma/types';
import { currentFraming } from '../core/app/ego.ts';
import { runtime } from '../core/app/state.ts';
import { fitExtents, type Extent } from '../core/camera/fit-box.ts';
import { fitNodesOf, freeArea } from '../core/camera/index.ts';
import { screenAngle } from './labels.ts';

const DURATION = 250;
const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
/** Room kept between what is framed and the free area's edge. */
const MARGIN = 14;
/** The ego view is not blown up beyond this zoom when it has few nodes. */
const MAX_SCALE = 1.5;
/** Space between a node and its label (as sigma draws it). */
const LABEL_GAP = 3;

/** Frames what the last rebuild showed. */
export function frameShown(): void {
  const sigma = runtime.sigma;
  if (!sigma) return;
  const framing = currentFraming();
  if (framing.kind === 'return') void sigma.getCamera().animate(framing.camera, { duration: DURATION });
  else if (framing.kind === 'whole') fitNodesOf(sigma, runtime.render.nodes());
  // After the browser has laid out the ego bar and the side panel.
  else requestAnimationFrame(frameEgo);
}

function frameEgo(): void {
  const sigma = runtime.sigma;
  if (!sigma || currentFraming().kind !== 'ego') return;
  sigma.resize();
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const half = settings.labelSize * 0.6;
  const items: Extent[] = runtime.render.mapNodes((_id, attributes) => {
    const point = sigma.graphToViewport({ x: attributes.x as number, y: attributes.y as number }, { cameraState: HOME });
    const size = (attributes.size as number) * 1.3;
    // Only the labels that are always drawn need room; sigma leaves out others that do not fit.
    const length = attributes.label && attributes.forceLabel ? measure.measureText(String(attributes.label)).width + size + LABEL_GAP : 0;
    // Where the label ends: along the radius, or to the right as sigma draws it.
    const angle = typeof attributes.labelAngle === 'number' ? screenAngle(attributes.labelAngle) : 0;
    const dx = length * Math.cos(angle);
    const dy = length * Math.sin(angle);
    return { x: point.x - width / 2, y: point.y - height / 2, left: Math.max(size, half - dx), right: Math.max(size, dx + half), up: Math.max(size, half - dy), down: Math.max(size, dy + half) };
  });
  const area = freeArea(sigma, 1);
  const free = { left: area.left + MARGIN, top: area.top + MARGIN, right: area.right - MARGIN, bottom: area.bottom - MARGIN };
  const fit = fitExtents(items, free, width, height, 1 / (settings.maxCameraRatio ?? 4), MAX_SCALE);
  if (!fit) return;
  const centre = sigma.viewportToFramedGraph({ x: width / 2 + fit.shift.x, y: height / 2 + fit.shift.y }, { cameraState: HOME });
  void sigma.getCamera().animate({ x: centre.x, y: centre.y, ratio: 1 / fit.scale, angle: 0 }, { duration: DURATION });
}
