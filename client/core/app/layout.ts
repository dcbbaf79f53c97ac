/**
 * Running layouts on the shown graph and saving positions per view on the
 * server. Positions are saved in the account's own view; the standard view
 * that everyone starts from changes only when the beheerder publishes it.
 */
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';
import { ApiError, api, type SavedView, type ViewBody } from '../api/index.ts';
import { fitAll } from '../camera/index.ts';
import { STANDARD_VIEW } from '../url-state/index.ts';
import { egoShown } from './ego.ts';
import { applySavedView, GROUPED_STATE, loadSavedView } from './loading.ts';
import { groupedPositions, layoutDuration, positionsToJson, readPositions, removeOverlap, runForceAtlas2, type LayoutRun } from '../layout/index.ts';
import { app, runtime, toast } from './state.ts';

let current: LayoutRun | null = null;

export function startLayout(): void {
  // The ego view's rings are no positions of the map's own.
  if (current?.running || runtime.render.order < 2 || egoShown()) return;
  app.set({ layout: { running: true, progress: 0 } });
  current = runForceAtlas2(
    runtime.render,
    layoutDuration(runtime.render.order),
    (progress) => app.set({ layout: { running: true, progress } }),
    () => {
      current = null;
      removeOverlap(runtime.render, unitsPerPixel());
      readPositions(runtime.render, runtime.positions);
      // What a comparison draws of the past (gone-items.ts) has no place of its own on the map.
      runtime.render.forEachNode((id, attributes) => attributes.gone && runtime.positions.delete(id));
      app.set({ layout: { running: false, progress: 1 }, groupedByWijk: false });
      void savePositions();
    },
  );
}

export function stopLayout(): void {
  current?.stop();
}

/** Graph units per screen pixel at the current zoom. */
function unitsPerPixel(): number {
  const sigma = runtime.sigma;
  if (!sigma) return 1;
  const a = sigma.viewportToGraph({ x: 0, y: 0 });
  const b = sigma.viewportToGraph({ x: 100, y: 0 });
  return Math.hypot(b.x - a.x, b.y - a.y) / 100 || 1;
}

/** Puts every wijk in its own group, in a circle. */
export function groupByWijk(): void {
  if (egoShown()) return;
  const grouped = groupedPositions(runtime.catalog, runtime.wijkOf);
  for (const [id, position] of grouped) runtime.positions.set(id, position);
  runtime.render.updateEachNodeAttributes(
    (id, attributes) => {
      const position = runtime.positions.get(id);
      return position ? { ...attributes, x: position[0], y: position[1] } : attributes;
    },
    { attributes: ['x', 'y'] },
  );
  app.set({ groupedByWijk: true });
  fitAll();
  void savePositions();
}

/** The positions on the map as a view to save or publish, saying whether they are grouped per wijk. */
function viewBody(): ViewBody {
  return { positions: positionsToJson(runtime.positions), ...(app.get().groupedByWijk ? { state: { ...GROUPED_STATE } } : {}) };
}

export async function savePositions(): Promise<void> {
  try {
    const saved = await api.saveView(app.get().view.view, viewBody());
    app.set({ shownView: { owner: saved.owner ?? null } });
    toast(nl.layout.saved);
  } catch {
    toast(nl.layout.saveError, 'error');
  }
}

/** Without positions of your own, the map is the standard view: say which publication (the positions on screen stay). */
function showStandard(view: SavedView | null): void {
  if (!app.get().shownView?.owner) app.set({ shownView: view && { owner: null, published: view.published } });
}

/** The beheerder makes the positions on the map the standard view for everyone. */
export async function publishStandardView(): Promise<void> {
  try {
    const published = await api.publishStandardView(viewBody());
    showStandard(published);
    toast(nl.layout.published(published.published ?? 1));
  } catch (error) {
    toast(error instanceof ApiError ? errorSentence(error) : nl.layout.publishError, 'error');
  }
}

/** The beheerder withdraws the last publication; the one before it is the standard view again. */
export async function withdrawStandardView(): Promise<void> {
  try {
    const { current } = await api.undoStandardView();
    showStandard(current);
    toast(current ? nl.layout.withdrawn(current.published ?? 1) : nl.layout.withdrawnAll);
  } catch (error) {
    toast(error instanceof ApiError ? errorSentence(error) : nl.layout.publishError, 'error');
  }
}

/** Drops your own positions for the standard view, and shows the published ones again. */
export async function backToStandardView(): Promise<void> {
  try {
    await api.deleteView(STANDARD_VIEW);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) return toast(error instanceof ApiError ? errorSentence(error) : nl.errors.unknown, 'error');
  }
  applySavedView(await loadSavedView(STANDARD_VIEW));
  toast(nl.layout.backToStandardDone);
}
