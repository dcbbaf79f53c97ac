/**
 * Layouts: a deterministic start (wijken on a circle, each wijk's nodes on a
 * sunflower around its centre), ForceAtlas2 in a web worker with a progress
 * clock, and noverlap to tidy up after a run.
 */
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { NodeKind } from '../../../server/model/index.ts';

export type Positions = Map<string, [number, number]>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
export const KIND_ORDER: Record<NodeKind, number> = { wijkteam: 0, organisatie: 1, initiatief: 2, plek: 3, persoon: 4, gebied: 5, thema: 6 };

/** Grouped, deterministic positions: same graph in, same picture out. */
export function groupedPositions(graph: Graph, wijkOf: Map<string, string>): Positions {
  const groups = new Map<string, string[]>();
  graph.forEachNode((id) => {
    const key = wijkOf.get(id) ?? '';
    const list = groups.get(key) ?? [];
    list.push(id);
    groups.set(key, list);
  });
  const keys = [...groups.keys()].filter(Boolean).sort();
  const spacing = 10;
  const largest = Math.max(1, ...[...groups.values()].map((list) => list.length));
  const groupRadius = spacing * Math.sqrt(largest) * 1.2;
  const ring = keys.length > 1 ? Math.max(groupRadius * 2.2, (groupRadius * 2.4 * keys.length) / (2 * Math.PI)) : 0;
  const centres = new Map<string, [number, number]>();
  keys.forEach((key, index) => {
    const angle = (2 * Math.PI * index) / keys.length - Math.PI / 2;
    centres.set(key, [ring * Math.cos(angle), ring * Math.sin(angle)]);
  });
  centres.set('', [0, 0]);
  const positions: Positions = new Map();
  for (const [key, members] of groups) {
    const [cx, cy] = centres.get(key)!;
    members.sort((a, b) => {
      const ka = KIND_ORDER[graph.getNodeAttribute(a, 'kind') as NodeKind] ?? -1;
      const kb = KIND_ORDER[graph.getNodeAttribute(b, 'kind') as NodeKind] ?? -1;
      return ka - kb || (a < b ? -1 : a > b ? 1 : 0);
    });
    members.forEach((id, index) => {
      const r = spacing * Math.sqrt(index + 0.5);
      const angle = index * GOLDEN_ANGLE;
      positions.set(id, [cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
    });
  }
  return positions;
}

export function fa2Settings(graph: Graph) {
  return { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 1500, linLogMode: true, outboundAttractionDistribution: true, gravity: 0.5, scalingRatio: 2, slowDown: 2 };
}

/** A short synchronous ForceAtlas2 run, for a readable first picture of small graphs. */
export function settleSync(graph: Graph, iterations = 150): void {
  if (graph.order < 3 || graph.size === 0) return;
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph), getEdgeWeight: null });
}

/**
 * Removes overlaps. Node sizes are in screen pixels; `unitsPerPixel` converts
 * them to graph units at the current zoom.
 */
export function removeOverlap(graph: Graph, unitsPerPixel: number): void {
  if (graph.order < 2) return;
  noverlap.assign(graph, {
    maxIterations: 60,
    settings: { margin: 2 * unitsPerPixel, ratio: 1, expansion: 1.1, gridSize: 20, speed: 3 },
    inputReducer: (_key, attributes) => ({ x: attributes.x as number, y: attributes.y as number, size: ((attributes.size as number) ?? 4) * unitsPerPixel }),
  });
}

export function readPositions(graph: Graph, into: Positions = new Map()): Positions {
  graph.forEachNode((id, attributes) => into.set(id, [attributes.x as number, attributes.y as number]));
  return into;
}

export interface LayoutRun {
  stop(): void;
  readonly running: boolean;
}

/**
 * Runs ForceAtlas2 in a worker for about `durationMs`, reporting progress
 * (0…1) on every tick, then calls `onDone`. Stopping early also calls it.
 */
export function runForceAtlas2(graph: Graph, durationMs: number, onProgress: (fraction: number) => void, onDone: () => void): LayoutRun {
  const supervisor = new FA2Layout(graph, { settings: fa2Settings(graph), getEdgeWeight: null });
  const started = performance.now();
  let running = true;
  supervisor.start();
  const finish = () => {
    if (!running) return;
    running = false;
    clearInterval(timer);
    supervisor.stop();
    supervisor.kill();
    onProgress(1);
    onDone();
  };
  const timer = setInterval(() => {
    const fraction = (performance.now() - started) / durationMs;
    if (fraction >= 1) finish();
    else onProgress(fraction);
  }, 100);
  return {
    stop: finish,
    get running() {
      return running;
    },
  };
}

/** Longer runs for larger graphs, within a few seconds. */
export function layoutDuration(order: number): number {
  return Math.min(15_000, Math.max(3_000, 2_000 + order * 4));
}

/** Positions rounded for storage. */
export function positionsToJson(positions: Positions): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const [id, [x, y]] of positions) out[id] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
  return out;
}
