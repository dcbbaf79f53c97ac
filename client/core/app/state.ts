/**
 * The app's state (one store) and its runtime objects: the graphs and the
 * sigma instance, which are mutable and live outside React.
 */
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { GraphNode, GraphTie, SleutelfiguurScore, WhatIfResult } from '../../../server/model/index.ts';
import type { WorkList } from '../../../server/model/wire/findings.ts';
import type { CompareResult } from '../../../server/model/wire/compare.ts';
import type { MeasuresResponse } from '../api/index.ts';
import { createDataGraph } from '../graph/index.ts';
import type { Positions } from '../layout/index.ts';
import type { SearchIndex } from '../search/index.ts';
import type { LimitedHub } from '../selection/index.ts';
import { createStore } from '../store/index.ts';
import { DEFAULT_VIEW, type ViewState } from '../url-state/index.ts';

export type Loadable<T> =
  | { state: 'idle' }
  /** `previous`: what was shown before, kept on screen while it is computed anew (after an edit). */
  | { state: 'loading'; key: string; previous?: T }
  | { state: 'ready'; key: string; data: T }
  | { state: 'error'; key: string; message: string };

export const IDLE = { state: 'idle' } as const;

/** A change made on the map, as undo and redo replay it (see undo.ts). */
export interface Step {
  /** What the change was, for the buttons' titles ("Ongedaan maken: band aanmaken"). */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface EgoReason {
  rank: number;
  score: SleutelfiguurScore;
}

/** A change that the server refused because someone else changed the node or tie first (412). */
export interface Conflict {
  entity: 'node' | 'tie';
  action: 'update' | 'delete';
  id: string;
  /** What the other change did, compared with what this screen had read. */
  changed: { field: string; now: unknown }[];
  /** The state on the server now, as this account may see it; null when it is gone. */
  current: GraphNode | GraphTie | null;
  /** Makes the same change again on the current version; resolves whether it went through. */
  resend: (() => Promise<boolean>) | null;
}

/** Whose positions the map shows: the account's own view, or the published standard view (owner null). */
export interface ShownView {
  owner: string | null;
  /** For the standard view: which publication. */
  published?: number;
}

/** Colours laid over the map by the history's comparison (ids → colour); the map's one pair of reducers applies them last. */
export interface DiffStyles {
  nodeColors: Record<string, string>;
  edgeColors: Record<string, string>;
}

export interface Toast {
  text: string;
  tone: 'info' | 'error';
  id: number;
}

export interface AppState {
  view: ViewState;
  status: 'loading' | 'ready' | 'error';
  error?: string;
  /** Bumped whenever the render graph is rebuilt. */
  renderVersion: number;
  /** Bumped when what is shown changed enough to frame the camera anew. */
  frameVersion: number;
  /** Bumped whenever the catalog (the whole network) is reloaded. */
  catalogVersion: number;
  hovered: string | null;
  layout: { running: boolean; progress: number };
  /** The positions are "Groeperen per wijk": each wijk on a circle of its own, named on the map. */
  groupedByWijk: boolean;
  measures: Loadable<MeasuresResponse>;
  /** The findings with their work-list state. */
  gaps: Loadable<WorkList>;
  sleutelfiguren: Loadable<{ items: SleutelfiguurScore[] }>;
  whatIf: Loadable<WhatIfResult>;
  /** The ego's place on the sleutelfiguren list of the shown gebied; null when it is not on it. */
  egoReason: Loadable<EgoReason | null>;
  limited: LimitedHub[];
  /** Changes made on the map that can be undone, the last one last; and those undone, to redo. */
  undo: Step[];
  redo: Step[];
  conflict: Conflict | null;
  /** The saved view the positions came from; null when none was saved (the default layout). */
  shownView: ShownView | null;
  /** The comparison of two dates asked for in the view (`view.compare`). */
  comparison: Loadable<CompareResult>;
  /** Its colours on the map, once it is loaded. */
  diffStyles: DiffStyles | null;
  toast: Toast | null;
  /** Set by the first sigma render; the bench and the tests wait on it. */
  firstRenderMs: number | null;
  /** While a large network is drawn in chunks: how many of its nodes and ties are on the map so far. */
  drawing: { shown: number; total: number } | null;
}

export const app = createStore<AppState>({
  view: DEFAULT_VIEW,
  status: 'loading',
  renderVersion: 0,
  frameVersion: 0,
  catalogVersion: 0,
  hovered: null,
  layout: { running: false, progress: 0 },
  groupedByWijk: false,
  measures: IDLE,
  gaps: IDLE,
  sleutelfiguren: IDLE,
  whatIf: IDLE,
  egoReason: IDLE,
  limited: [],
  undo: [],
  redo: [],
  conflict: null,
  shownView: null,
  comparison: IDLE,
  diffStyles: null,
  toast: null,
  firstRenderMs: null,
  drawing: null,
});

export interface Runtime {
  /** The whole network: search, option lists, positions. */
  catalog: Graph;
  /** The network after the server-side filters: the catalog itself while there are none (so it is loaded and held once). */
  data: Graph;
  /** What sigma draws: the shown nodes with display attributes only. */
  render: Graph;
  positions: Positions;
  wijkOf: Map<string, string>;
  searchIndex: SearchIndex | null;
  sigma: Sigma | null;
  /** Durations of slow steps, in ms (initial layout, graph loads), for the bench. */
  timings: Record<string, number>;
}

const catalog = createDataGraph();

export const runtime: Runtime = {
  catalog,
  data: catalog,
  render: new Graph({ type: 'directed', multi: true, allowSelfLoops: false }),
  positions: new Map(),
  wijkOf: new Map(),
  searchIndex: null,
  sigma: null,
  timings: {},
};

let toastId = 0;
export function toast(text: string, tone: Toast['tone'] = 'info'): void {
  const id = ++toastId;
  app.set({ toast: { text, tone, id } });
  setTimeout(() => {
    if (app.get().toast?.id === id) app.set({ toast: null });
  }, 3500);
}
