/**
 * `window.__wijknetwerk`: a read-only window into the app for browser tests
 * and the benchmark (what is shown, what is highlighted, when it first drew).
 */
import { currentHighlight } from './highlight.ts';
import { app, runtime } from './state.ts';

export interface TestHook {
  /** Loaded and drawn, all of it. */
  ready(): boolean;
  /** Loaded and drawn enough to use: a large network may still be filling in. */
  interactive(): boolean;
  firstRenderMs(): number | null;
  shownNodes(): string[];
  shownEdges(): number;
  highlight(): { kind: string; nodes: string[]; ties: string[] } | null;
  view(): unknown;
  position(id: string): [number, number] | null;
  sigma(): unknown;
  timings(): Record<string, number>;
  /** Catalog nodes of a kind, best connected first: [id, name]. */
  nodesOfKind(kind: string, limit?: number): [string, string][];
  hasEdge(source: string, target: string): boolean;
  camera(): { x: number; y: number; ratio: number } | null;
  /** How many of these nodes are drawn inside the map's canvas. */
  onScreen(ids: string[]): number;
  /** Whether sigma draws the node highlighted (after the reducers). */
  isHighlighted(id: string): boolean;
}

export function installTestHook(): void {
  const hook: TestHook = {
    ready: () => hook.interactive() && app.get().drawing === null,
    interactive: () => app.get().status === 'ready' && app.get().firstRenderMs !== null,
    firstRenderMs: () => app.get().firstRenderMs,
    shownNodes: () => runtime.render.nodes(),
    shownEdges: () => runtime.render.size,
    highlight: () => {
      const highlight = currentHighlight(app.get());
      if (!highlight) return null;
      if (highlight.kind === 'finding') return { kind: 'finding', nodes: [...highlight.nodes], ties: [...highlight.ties] };
      return { kind: 'whatif', nodes: [...highlight.removed, ...highlight.splitOff], ties: [...highlight.lostTies] };
    },
    view: () => app.get().view,
    position: (id) => runtime.positions.get(id) ?? null,
    sigma: () => runtime.sigma,
    timings: () => runtime.timings,
    nodesOfKind: (kind, limit = 20) =>
      runtime.catalog
        .filterNodes((_id, attributes) => attributes.kind === kind)
        .sort((a, b) => runtime.catalog.degree(b) - runtime.catalog.degree(a))
        .slice(0, limit)
        .map((id) => [id, String(runtime.catalog.getNodeAttribute(id, 'name'))]),
    hasEdge: (source, target) => runtime.render.hasNode(source) && runtime.render.hasNode(target) && (runtime.render.hasEdge(source, target) || runtime.render.hasEdge(target, source)),
    camera: () => runtime.sigma?.getCamera().getState() ?? null,
    onScreen: (ids) => {
      const sigma = runtime.sigma;
      if (!sigma) return 0;
      const { width, height } = sigma.getDimensions();
      return ids.filter((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (!data) return false;
        const { x, y } = sigma.framedGraphToViewport(data);
        return x >= 0 && y >= 0 && x <= width && y <= height;
      }).length;
    },
    isHighlighted: (id) => runtime.sigma?.getNodeDisplayData(id)?.highlighted === true,
  };
  (window as unknown as { __wijknetwerk: TestHook }).__wijknetwerk = hook;
}
