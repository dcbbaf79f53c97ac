/**
 * Puts what sigma draws into the render graph. A large network goes in
 * chunks: first an evenly spread sample of its nodes (the whole map, thinly),
 * then the other nodes and the ties, a bounded number per frame and each
 * again spread over the whole map. Sigma draws between the
 * chunks, so the map is shown, and answers to the mouse and keys, while it
 * fills in. A new drawing stops the one under way.
 */
import { addRenderItems, type RenderItems } from '../graph/render.ts';
import type { Settings } from 'sigma/settings';
import { app, runtime } from './state.ts';

/** Networks up to this many shown nodes and ties together are drawn at once. */
export const AT_ONCE = 20_000;
/** A larger one starts with this many of its nodes. */
export const FIRST_CHUNK = 5000;
/** Nodes and ties per later chunk: each chunk costs sigma a pass over all it holds and a frame, so few, but none too long. */
export const CHUNK = 100_000;

let drawing = 0;

/** Draws the items, or their first chunk and the rest over the next frames; the render version goes up again once the last is in. */
export function draw(items: RenderItems): void {
  const run = ++drawing;
  runtime.render.clear();
  fitSettingsTo(items.nodes.length);
  const total = items.nodes.length + items.edges.length;
  if (total <= AT_ONCE) {
    addRenderItems(runtime.render, items);
    markInteractive();
    app.set({ drawing: null });
    return;
  }
  const [first, ...rest] = chunks(items);
  addRenderItems(runtime.render, first!);
  markInteractive();
  let shown = first!.nodes.length;
  app.set({ drawing: { shown, total } });
  void (async () => {
    for (const chunk of rest) {
      await nextFrame();
      if (run !== drawing) return;
      addRenderItems(runtime.render, chunk);
      shown += chunk.nodes.length + chunk.edges.length;
      if (shown < total) app.set({ drawing: { shown, total } });
    }
    app.set((state) => ({ drawing: null, renderVersion: state.renderVersion + 1 }));
  })();
}

/** What depends on how many nodes are drawn: a large map hides ties and labels while it moves. */
export function sizeSettings(order: number): Pick<Settings, 'hideEdgesOnMove' | 'hideLabelsOnMove'> {
  return { hideEdgesOnMove: order > 20_000, hideLabelsOnMove: order > 20_000 };
}

/** The sigma was made on an empty graph; its size settings follow the drawing (changed only when they change, as each change makes sigma go over the graph). */
function fitSettingsTo(order: number): void {
  const sigma = runtime.sigma;
  if (!sigma) return;
  const wanted = sizeSettings(order);
  if ((Object.keys(wanted) as (keyof typeof wanted)[]).some((key) => sigma.getSetting(key) !== wanted[key])) sigma.setSettings(wanted);
}

/**
 * For the bench: the first time the map is on screen and the page is free
 * again (a timer from the frame that first draws it runs before the next chunk).
 */
function markInteractive(): void {
  if (runtime.timings.interactiveAt !== undefined) return;
  runtime.timings.interactiveAt = NaN;
  requestAnimationFrame(() => setTimeout(() => (runtime.timings.interactiveAt = performance.now()), 0));
}

/** After sigma has drawn the next frame and the browser has handled what came in meanwhile. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The order of `list` in which every prefix is spread over all of it: each stride-th item, then the ones after those, … */
function spread<T>(list: readonly T[]): T[] {
  const stride = Math.ceil(list.length / FIRST_CHUNK);
  const out: T[] = [];
  for (let offset = 0; offset < stride; offset++) for (let index = offset; index < list.length; index += stride) out.push(list[index]!);
  return out;
}

/** FIRST_CHUNK nodes, then CHUNK items at a time: the other nodes first, so every tie comes with or after its ends. */
export function chunks(items: RenderItems): RenderItems[] {
  const nodes = spread(items.nodes);
  const edges = spread(items.edges);
  const out: RenderItems[] = [];
  for (let at = 0, size = FIRST_CHUNK; at < nodes.length + edges.length; at += size, size = CHUNK) {
    const end = at + size;
    out.push({ nodes: nodes.slice(at, end), edges: edges.slice(Math.max(0, at - nodes.length), Math.max(0, end - nodes.length)) });
  }
  return out;
}
