/**
 * The overview of the wijken: its figures from the server, and the moves
 * between it and the map. Opening the overview of a stad or stadsdeel
 * replaces the map's place filter; a wijk clicked in it opens on the map
 * (the filter set to it, the camera fitted); a stad or stadsdeel can be shown
 * on the map whole.
 */
import type { CityOverview } from '../../../server/model/wire/overview.ts';
import { ApiError } from '../api/http.ts';
import { overviewApi } from '../api/overview.ts';
import { updateView } from '../app/loading.ts';
import { app, IDLE, runtime, type Loadable } from '../app/state.ts';
import { placesOf } from '../gebieden/index.ts';
import { createStore } from '../store/index.ts';
import type { ViewState } from '../url-state/index.ts';

export interface OverviewState {
  data: Loadable<CityOverview>;
  /** The wijk under the pointer. */
  hovered: string | null;
}

export const overview = createStore<OverviewState>({ data: IDLE, hovered: null });

export function currentPlaces() {
  return placesOf(runtime.catalog, app.get().catalogVersion);
}

/** Loads the figures of the overview in the view, unless they are loaded (or loading) for it. */
export async function ensureOverview(): Promise<void> {
  const { view, catalogVersion } = app.get();
  if (!view.overview) return;
  const key = JSON.stringify([view.overview, view.filters.at ?? null, catalogVersion]);
  const current = overview.get().data;
  if (current.state !== 'idle' && current.state !== 'error' && current.key === key) return;
  overview.set({ data: { state: 'loading', key } });
  try {
    const data = await overviewApi.overview({ gebied: view.overview, at: view.filters.at });
    if (overview.get().data.state === 'loading' && (overview.get().data as { key: string }).key === key) overview.set({ data: { state: 'ready', key, data } });
  } catch (error) {
    overview.set({ data: { state: 'error', key, message: error instanceof ApiError ? error.message : String(error) } });
  }
}

/** What lay over the map about one node or one finding: it does not carry over into an overview. */
const CLEARED: Partial<ViewState> = { ego: undefined, expanded: [], selected: undefined, finding: undefined, whatIf: undefined };

/** Shows the wijken of a stad or stadsdeel instead of the map. */
export function openOverview(gebied: string): void {
  const { view } = app.get();
  updateView({ ...CLEARED, overview: gebied, filters: { ...view.filters, gebied: [] }, panel: view.panel === 'detail' ? null : view.panel });
}

/** Shows gebieden on the map (a stad: the whole network), the camera fitted to them. */
export function showOnMap(gebieden: readonly string[]): void {
  const { view } = app.get();
  const places = currentPlaces();
  const gebied = gebieden.filter((id) => places.byId.get(id)?.level !== 'stad');
  const same = gebied.length === view.filters.gebied.length && gebied.every((id, index) => id === view.filters.gebied[index]);
  updateView({ overview: undefined, filters: { ...view.filters, gebied } });
  // With the same filter nothing is reloaded, so nothing would frame the camera.
  if (same) app.set((state) => ({ frameVersion: state.frameVersion + 1 }));
}
