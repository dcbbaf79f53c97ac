/**
 * `window.__wijknetwerk`: a read-only window into the app for browser tests
 * and the benchmark (what is shown, what is highlighted, when it first drew).
 */
import type Sigma from 'sigma';
import { overlayBoxes } from '../camera/index.ts';
import { overview } from '../overview/index.ts';
import { overviewRuntime } from '../overview/runtime.ts';
import { editRights } from '../session/rights.ts';
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
  /** The wijk overview as drawn: each bubble with its place in the overview's canvas, and the lines; null when it is not shown. */
  overview(): { gebied: string; bubbles: OverviewBubble[]; lines: { from: string; to: string; ties: number; size: number }[] } | null;
  /** How many of these nodes are drawn inside the part of the map that nothing floats over (legend, toolbar, breadcrumbs, buttons). */
  inFreeArea(ids: string[]): number;
  /** The nodes whose label sigma drew in its last render. */
  labelled(): string[];
  /** Where sigma draws the node, in pixels from the map's top left corner. */
  viewport(id: string): { x: number; y: number } | null;
  /** The account's edit rights once wholly known: its role and how many nodes lie in its gebieden (null: no gebieden apply). */
  rights(): { role: string; scope: number | null } | null;
  /** How many changes can be undone and redone. */
  history(): { undo: number; redo: number };
  /** The comparison on the map once loaded: which of its new and gone ties and nodes are drawn; null when none is shown. */
  comparison(): { newTies: string[]; endedTies: string[]; joined: string[]; left: string[] } | null;
  /** The colour sigma draws a node or a tie in (after the reducers). */
  drawnColor(kind: 'node' | 'edge', id: string): string | null;
}

export interface OverviewBubble {
  id: string;
  name: string;
  size: number;
  color: string;
  x: number;
  y: number;
  own: boolean;
}

/** The renderer's place of a node in its canvas, or null when it is not drawn. */
function drawnAt(sigma: Sigma, id: string): { x: number; y: number; size: number } | null {
  const data = sigma.getNodeDisplayData(id);
  if (!data || data.hidden) return null;
  return { ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) };
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
    overview: () => {
      const sigma = overviewRuntime.sigma;
      const data = overview.get().data;
      if (!sigma || !app.get().view.overview || data.state !== 'ready') return null;
      const graph = sigma.getGraph();
      return {
        gebied: data.data.gebied.id,
        bubbles: graph.mapNodes((id, attributes) => ({ id, name: String(attributes.label), color: String(attributes.color), own: attributes.own === true, size: 0, x: NaN, y: NaN, ...drawnAt(sigma, id) })),
        lines: graph.mapEdges((_edge, attributes, from, to) => ({ from, to, ties: attributes.ties as number, size: attributes.size as number })),
      };
    },
    inFreeArea: (ids) => {
      const sigma = (app.get().view.overview && overviewRuntime.sigma) || runtime.sigma;
      if (!sigma) return 0;
      const { width, height } = sigma.getDimensions();
      const boxes = overlayBoxes(sigma);
      return ids.filter((id) => {
        const at = drawnAt(sigma, id);
        return !!at && at.x >= 0 && at.y >= 0 && at.x <= width && at.y <= height && !boxes.some((box) => at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom);
      }).length;
    },
    // Sigma keeps this set for its edge labels; it has no public getter.
    labelled: () => [...((runtime.sigma as unknown as { displayedNodeLabels?: Set<string> } | null)?.displayedNodeLabels ?? [])],
    rights: () => {
      const { rights, complete } = editRights.get();
      return rights && complete ? { role: rights.role, scope: rights.scope?.size ?? null } : null;
    },
    history: () => ({ undo: app.get().undo.length, redo: app.get().redo.length }),
    viewport: (id) => runtime.sigma && drawnAt(runtime.sigma, id),
    comparison: () => {
      const { comparison } = app.get();
      if (comparison.state !== 'ready' || !app.get().view.compare) return null;
      const drawnEdges = (ties: { id: string }[]) => ties.map((tie) => tie.id).filter((id) => runtime.render.hasEdge(id));
      const drawnNodes = (nodes: { id: string }[]) => nodes.map((node) => node.id).filter((id) => runtime.render.hasNode(id));
      const { ties, nodes } = comparison.data;
      return { newTies: drawnEdges(ties.new), endedTies: drawnEdges(ties.ended), joined: drawnNodes(nodes.joined), left: drawnNodes(nodes.left) };
    },
    drawnColor: (kind, id) => {
      const sigma = runtime.sigma;
      if (!sigma) return null;
      const data = kind === 'node' ? sigma.getNodeDisplayData(id) : sigma.getEdgeDisplayData(id);
      return data?.color ?? null;
    },
  };
  (window as unknown as { __wijknetwerk: TestHook }).__wijknetwerk = hook;
}
