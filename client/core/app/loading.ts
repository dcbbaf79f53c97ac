/**
 * Loading the network: the whole network once (the catalog: search, option
 * lists, positions), the filtered part per filter change, and what a change
 * of the view needs (a reload, a rebuild of the render graph, or nothing).
 */
import { SCOPED_ROLES, type PublicUser } from '../../../server/model/users.ts';
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';
import { ApiError, api, type GraphAnswer, type SavedView } from '../api/index.ts';
import { hasServerFilters, serverQuery } from '../filters/index.ts';
import { placesOf } from '../gebieden/index.ts';
import { createDataGraph, importNetwork, nodeName, wijkOfNodes } from '../graph/index.ts';
import { groupedPositions, readPositions, settleSync } from '../layout/index.ts';
import { buildSearchIndex } from '../search/index.ts';
import { currentUser } from '../session/index.ts';
import { loadEditRights } from '../session/rights.ts';
import { decodeView, type ViewState } from '../url-state/index.ts';
import { ensureGaps, ensureMeasures, needsMeasures, runWhatIf } from './analysis.ts';
import { compareKey, showComparison } from './compare.ts';
import { rebuild } from './render.ts';
import { app, runtime, type AppState } from './state.ts';

/** Graphs up to this size get a short synchronous layout on first load. */
const SYNC_LAYOUT_MAX_NODES = 3000;

export async function init(search = location.search): Promise<void> {
  const user = await currentUser;
  let view = decodeView(search);
  app.set({ view, status: 'loading', error: undefined });
  try {
    const [network, saved] = await Promise.all([api.graph({}), loadSavedView(view.view)]);
    runtime.positions = new Map(Object.entries(saved?.positions ?? {}));
    app.set({ shownView: shownView(saved), groupedByWijk: isGrouped(saved) });
    setCatalog(network);
    view = startingView(view, search, user);
    app.set({ view });
    await loadData();
    app.set({ status: 'ready' });
    if (needsMeasures(view)) void ensureMeasures();
    if (view.whatIf) void runWhatIf(view.whatIf.split(','));
    if (view.panel === 'gaps' || view.finding) void ensureGaps();
    if (view.compare) void showComparison(view.compare);
  } catch (error) {
    app.set({ status: 'error', error: error instanceof ApiError ? errorSentence(error) : nl.errors.unknown });
  }
}

/**
 * Opened without a link, a gebiedsverbinder, opbouwwerker or wijkteamlid starts in their own
 * gebieden; the beheerder and the analist start in the overview of the city's wijken.
 */
function startingView(view: ViewState, search: string, user: PublicUser): ViewState {
  if (search.replace(/^\?/, '') !== '') return view;
  if (SCOPED_ROLES.includes(user.role)) return user.gebieden.length ? { ...view, filters: { ...view.filters, gebied: [...user.gebieden] } } : view;
  const stad = placesOf(runtime.catalog, app.get().catalogVersion).root();
  return stad ? { ...view, overview: stad.id } : view;
}

export async function loadSavedView(id: string): Promise<SavedView | null> {
  try {
    return await api.view(id);
  } catch {
    return null;
  }
}

function shownView(saved: SavedView | null): AppState['shownView'] {
  return saved ? { owner: saved.owner ?? null, ...(saved.published ? { published: saved.published } : {}) } : null;
}

/** What a saved view says of its positions besides the positions: whether they are grouped per wijk. */
export const GROUPED_STATE = { layout: 'wijken' } as const;

function isGrouped(saved: SavedView | null): boolean {
  return saved?.state?.layout === GROUPED_STATE.layout;
}

/** Shows a saved view's positions (none: the default layout) on the map. */
export function applySavedView(saved: SavedView | null): void {
  runtime.positions = new Map(Object.entries(saved?.positions ?? {}));
  app.set({ shownView: shownView(saved), groupedByWijk: isGrouped(saved) });
  placeMissingNodes();
  rebuild(true);
}

function setCatalog(network: GraphAnswer): void {
  importNetwork(runtime.catalog, network);
  runtime.wijkOf = wijkOfNodes(runtime.catalog);
  runtime.searchIndex = buildSearchIndex(runtime.catalog, describeNode);
  placeMissingNodes();
  app.set((state) => ({ catalogVersion: state.catalogVersion + 1 }));
  // What lies in the account's gebieden may have changed with the network.
  void loadEditRights();
}

/** Kind and roles or type, for search results and the table. */
export function describeNode(attributes: Record<string, unknown>): string {
  const kind = nl.kinds[attributes.kind as keyof typeof nl.kinds] ?? String(attributes.kind);
  if (Array.isArray(attributes.roles)) return `${kind} · ${attributes.roles.map((role) => nl.roles[role] ?? role).join(', ')}`;
  if (typeof attributes.type === 'string') return `${kind} · ${attributes.type}`;
  if (typeof attributes.level === 'string') return `${kind} · ${attributes.level}`;
  return kind;
}

/**
 * Gives every catalog node a position: a deterministic grouped layout
 * (settled by a short ForceAtlas2 run) when nothing is saved, otherwise new
 * nodes go next to their placed neighbours.
 */
function placeMissingNodes(): void {
  const { catalog, positions } = runtime;
  let missing = 0;
  catalog.forEachNode((id) => {
    if (!positions.has(id)) missing++;
  });
  if (!missing) return;
  const grouped = groupedPositions(catalog, runtime.wijkOf);
  if (positions.size === 0) {
    if (catalog.order <= SYNC_LAYOUT_MAX_NODES) {
      const copy = catalog.emptyCopy();
      catalog.forEachNode((id) => copy.mergeNodeAttributes(id, { x: grouped.get(id)![0], y: grouped.get(id)![1] }));
      catalog.forEachEdge((_edge, _attributes, source, target) => {
        if (!copy.hasEdge(source, target)) copy.addEdge(source, target);
      });
      const started = performance.now();
      settleSync(copy);
      runtime.timings.initialLayout = performance.now() - started;
      readPositions(copy, positions);
    } else for (const [id, position] of grouped) positions.set(id, position);
    return;
  }
  catalog.forEachNode((id) => {
    if (positions.has(id)) return;
    let sx = 0;
    let sy = 0;
    let n = 0;
    catalog.forEachNeighbor(id, (neighbour) => {
      const position = positions.get(neighbour);
      if (position) (sx += position[0]), (sy += position[1]), n++;
    });
    const jitter = (hash(id) % 628) / 100;
    positions.set(id, n ? [sx / n + 6 * Math.cos(jitter), sy / n + 6 * Math.sin(jitter)] : grouped.get(id)!);
  });
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

let dataRequest = 0;

/** The graph a filtered network is loaded into, while the data is not the catalog. */
const filtered = createDataGraph();

/** Loads the filtered network (or uses the catalog itself when no server filter is set), then rebuilds. */
export async function loadData(frame = true): Promise<void> {
  const request = ++dataRequest;
  const { filters } = app.get().view;
  if (!hasServerFilters(filters)) runtime.data = runtime.catalog;
  else {
    const network = await api.graph(serverQuery(filters));
    if (request !== dataRequest) return;
    runtime.data = importNetwork(filtered, network);
  }
  rebuild(frame);
}

/** Reloads everything after an edit, keeping positions and the view. */
export async function reloadAll(): Promise<void> {
  const network = await api.graph({});
  setCatalog(network);
  await loadData(false);
  if (app.get().gaps.state !== 'idle') void ensureGaps(true);
  if (app.get().measures.state !== 'idle') void ensureMeasures(true);
  // A what-if on the map is about the network as it is now.
  const { whatIf } = app.get().view;
  if (whatIf) void runWhatIf(whatIf.split(','));
}

/** "Heel netwerk tonen": leaves the ego view and clears what was laid over the map (finding, what-if, comparison). */
export function showWholeNetwork(): void {
  updateView({ ego: undefined, expanded: [], whatIf: undefined, finding: undefined, compare: undefined });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Changes the view and does what the change needs: reload, rebuild, or nothing. */
export function updateView(patch: Partial<ViewState>): void {
  const before = app.get().view;
  const view: ViewState = { ...before, ...patch };
  if (patch.filters) view.filters = { ...before.filters, ...patch.filters };
  // A node, an ego view, a finding or a what-if is shown on the map, not in the wijk overview.
  if (patch.selected || patch.ego || patch.finding || patch.whatIf) view.overview = undefined;
  app.set({ view });
  if (compareKey(view.compare) !== compareKey(before.compare)) void showComparison(view.compare);
  const f = view.filters;
  const g = before.filters;
  const serverChanged =
    !sameList(f.gebied, g.gebied) ||
    !sameList(f.kind, g.kind) ||
    !sameList(f.role, g.role) ||
    !sameList(f.theme, g.theme) ||
    !sameList(f.tieType, g.tieType) ||
    f.minStrength !== g.minStrength ||
    f.at !== g.at;
  if (serverChanged) {
    void loadData();
    if (!sameList(f.gebied, g.gebied) || f.at !== g.at) {
      app.set({ gaps: { state: 'idle' }, sleutelfiguren: { state: 'idle' }, measures: { state: 'idle' } });
      if (view.panel === 'gaps') void ensureGaps();
      if (needsMeasures(view)) void ensureMeasures();
    }
    return;
  }
  const egoChanged = view.ego?.node !== before.ego?.node || view.ego?.depth !== before.ego?.depth;
  if (
    egoChanged ||
    !sameList(f.organisation, g.organisation) ||
    !sameList(view.expanded, before.expanded) ||
    view.sizeBy !== before.sizeBy ||
    view.colorBy !== before.colorBy
  ) {
    if ((view.sizeBy !== before.sizeBy || view.colorBy !== before.colorBy) && needsMeasures(view)) void ensureMeasures();
    rebuild(egoChanged || !sameList(f.organisation, g.organisation) || !sameList(view.expanded, before.expanded));
  }
}

/** Opens a node: selects it and shows its ego network, widening the filters when it is filtered out. */
export function openNode(id: string, depth: 1 | 2 = 1): void {
  const view = app.get().view;
  if (!runtime.data.hasNode(id)) {
    updateView({ filters: { ...view.filters, gebied: [], kind: [], role: [], theme: [], organisation: [], tieType: [], minStrength: undefined } });
  }
  updateView({ selected: id, ego: { node: id, depth }, expanded: [], panel: 'detail' });
}

/** "Wat als … vertrekt?": shows on the map and in the detail panel what falls apart when the node leaves. */
export function showWhatIf(id: string): Promise<void> {
  updateView({ selected: id, panel: 'detail', whatIf: id, finding: undefined });
  return runWhatIf([id]);
}

export function displayName(id: string): string {
  return nodeName(runtime.catalog, id);
}
