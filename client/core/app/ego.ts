/**
 * The ego view on the map: what it shows lies on rings around the ego (the
 * city-wide positions stay untouched, so leaving the ego view shows them
 * again), and the camera of before is kept to go back to when it closes.
 */
import type Graph from 'graphology';
import type { CameraState } from 'sigma/types';
import type { Positions } from '../layout/index.ts';
import { ringPositions } from '../layout/rings.ts';
import { runtime } from './state.ts';

/** Positions on rings for the shown nodes of an ego view (`steps`: each node's steps from the ego). */
export function egoPositions(data: Graph, center: string, steps: ReadonlyMap<string, number>, shown: ReadonlySet<string>): Positions {
  const members = [...steps]
    .filter(([id]) => shown.has(id))
    .map(([id, step]) => ({ id, step, kind: String(data.getNodeAttribute(id, 'kind')), name: String(data.getNodeAttribute(id, 'name') ?? id) }));
  return ringPositions(center, members);
}

/** How the camera frames what is shown after a rebuild: the ego view, back to the camera of before it, or the whole map. */
export type Framing = { kind: 'ego' } | { kind: 'return'; camera: CameraState } | { kind: 'whole' };

let inEgo = false;
let before: CameraState | null = null;
let framing: Framing = { kind: 'whole' };

/**
 * Notes, on each rebuild, whether an ego view is shown. Entering one keeps
 * the camera as it is; leaving it (with `frame`, a new framing) goes back to
 * that camera.
 */
export function noteEgo(shown: boolean, frame: boolean): void {
  if (shown && !inEgo) before = runtime.sigma?.getCamera().getState() ?? null;
  const leaving = !shown && inEgo;
  inEgo = shown;
  if (!frame) {
    if (leaving) before = null;
    return;
  }
  framing = shown ? { kind: 'ego' } : leaving && before ? { kind: 'return', camera: before } : { kind: 'whole' };
  if (!shown) before = null;
}

/** Whether the last rebuild showed an ego view. */
export function egoShown(): boolean {
  return inEgo;
}

/** The framing the last rebuild asked for. */
export function currentFraming(): Framing {
  return framing;
}
