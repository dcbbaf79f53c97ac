/**
 * The shareable view state and its URL form. Everything a colleague needs to
 * see the same picture (filters, selection, ego view, camera, panel, sizing and
 * colouring) round-trips through the query string.
 */
import { OVERVIEW_MEASURES, type OverviewMeasure } from '../../../server/model/wire/overview.ts';
import { EMPTY_FILTERS, type Filters } from '../filters/index.ts';

export const PANELS = ['detail', 'gaps', 'sleutelfiguren'] as const;
export type PanelId = (typeof PANELS)[number];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** The history's comparison shown on the map: two dates and the gebied compared (none: the whole network). */
export interface CompareView {
  from: string;
  to: string;
  gebied?: string;
}

export interface ViewState {
  filters: Filters;
  selected?: string;
  ego?: { node: string; depth: 1 | 2 };
  /** Hubs whose neighbours are all shown in the ego view. */
  expanded: string[];
  panel: PanelId | null;
  mode: 'map' | 'table';
  camera?: CameraView;
  sizeBy: string;
  colorBy: string;
  finding?: string;
  whatIf?: string;
  compare?: CompareView;
  /** Saved view (positions) in use. */
  view: string;
  /** The overview of the wijken of this stad or stadsdeel is shown instead of the map. */
  overview?: string;
  /** What colours the wijken in the overview. */
  overviewColor: OverviewMeasure;
}

/** The view everyone starts from: the beheerder publishes it; your own positions for it are yours. */
export const STANDARD_VIEW = 'standaard';

export const DEFAULT_VIEW: ViewState = {
  filters: EMPTY_FILTERS,
  expanded: [],
  panel: null,
  mode: 'map',
  sizeBy: 'degree',
  colorBy: 'kind',
  view: STANDARD_VIEW,
  overviewColor: 'findings',
};

/** The query string of the map with nothing set: a link to it, which is not the same as no link (that opens where the account starts). */
const PLAIN_MAP = '?mode=map';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `?cmp=2025-01-01,2026-01-01&cmpGebied=…`; dates that are no days are no comparison. */
function decodeCompare(params: URLSearchParams): CompareView | undefined {
  const [from, to] = (params.get('cmp') ?? '').split(',');
  if (!from || !to || !ISO_DAY.test(from) || !ISO_DAY.test(to)) return undefined;
  const gebied = params.get('cmpGebied') || undefined;
  return gebied ? { from, to, gebied } : { from, to };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters: Filters = {
    gebied: list(params.get('gebied')),
    kind: list(params.get('kind')),
    role: list(params.get('role')),
    theme: list(params.get('theme')),
    organisation: list(params.get('org')),
    tieType: list(params.get('tieType')),
    minStrength: params.get('minStrength') ? Number(params.get('minStrength')) || undefined : undefined,
    at: params.get('at') || undefined,
  };
  const egoNode = params.get('ego');
  const depth = params.get('depth') === '2' ? 2 : 1;
  const panel = params.get('panel');
  const camera = params.get('cam')?.split(',').map(Number);
  const overviewColor = params.get('overviewColor');
  return {
    filters,
    selected: params.get('sel') || undefined,
    ego: egoNode ? { node: egoNode, depth } : undefined,
    expanded: list(params.get('more')),
    panel: (PANELS as readonly string[]).includes(panel ?? '') ? (panel as PanelId) : null,
    mode: params.get('mode') === 'table' ? 'table' : 'map',
    camera: camera && camera.length === 3 && camera.every(Number.isFinite) ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! } : undefined,
    sizeBy: params.get('size') || DEFAULT_VIEW.sizeBy,
    colorBy: params.get('color') || DEFAULT_VIEW.colorBy,
    finding: params.get('finding') || undefined,
    whatIf: params.get('whatIf') || undefined,
    compare: decodeCompare(params),
    view: params.get('view') || DEFAULT_VIEW.view,
    overview: params.get('overview') || undefined,
    overviewColor: (OVERVIEW_MEASURES as readonly string[]).includes(overviewColor ?? '') ? (overviewColor as OverviewMeasure) : DEFAULT_VIEW.overviewColor,
  };
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  const setList = (key: string, values: readonly string[]) => values.length && params.set(key, values.join(','));
  setList('gebied', view.filters.gebied);
  setList('kind', view.filters.kind);
  setList('role', view.filters.role);
  setList('theme', view.filters.theme);
  setList('org', view.filters.organisation);
  setList('tieType', view.filters.tieType);
  if (view.filters.minStrength) params.set('minStrength', String(view.filters.minStrength));
  if (view.filters.at) params.set('at', view.filters.at);
  if (view.selected) params.set('sel', view.selected);
  if (view.ego) {
    params.set('ego', view.ego.node);
    params.set('depth', String(view.ego.depth));
  }
  setList('more', view.expanded);
  if (view.panel) params.set('panel', view.panel);
  if (view.mode !== 'map') params.set('mode', view.mode);
  if (view.camera) params.set('cam', [view.camera.x, view.camera.y, view.camera.ratio].map((n) => +n.toFixed(4)).join(','));
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set('size', view.sizeBy);
  if (view.colorBy !== DEFAULT_VIEW.colorBy) params.set('color', view.colorBy);
  if (view.finding) params.set('finding', view.finding);
  if (view.whatIf) params.set('whatIf', view.whatIf);
  if (view.compare) {
    params.set('cmp', `${view.compare.from},${view.compare.to}`);
    if (view.compare.gebied) params.set('cmpGebied', view.compare.gebied);
  }
  if (view.view !== DEFAULT_VIEW.view) params.set('view', view.view);
  if (view.overview) params.set('overview', view.overview);
  if (view.overviewColor !== DEFAULT_VIEW.overviewColor) params.set('overviewColor', view.overviewColor);
  const text = params.toString();
  return text ? `?${text}` : PLAIN_MAP;
}
