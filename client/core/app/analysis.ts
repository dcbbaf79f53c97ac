/** Fetching the analyses (the findings as a work list, sleutelfiguren, measures, what-if), keyed by the wijk filter. */
import { errorSentence } from '../../i18n/api-errors.ts';
import { ApiError, api } from '../api/index.ts';
import { findingsApi } from '../api/findings.ts';
import type { ViewState } from '../url-state/index.ts';
import { rebuild } from './render.ts';
import { app, type AppState, type Loadable } from './state.ts';

type AnalysisField = 'gaps' | 'sleutelfiguren' | 'measures' | 'whatIf' | 'egoReason';

function scopeKey(): string {
  const { view, catalogVersion } = app.get();
  return JSON.stringify([view.filters.gebied, view.filters.at ?? null, catalogVersion]);
}

async function load<F extends AnalysisField>(field: F, key: string, fetcher: () => Promise<AppState[F] extends Loadable<infer T> ? T : never>, force = false) {
  const current = app.get()[field] as Loadable<unknown>;
  if (!force && current.state !== 'idle' && current.state !== 'error' && 'key' in current && current.key === key) return;
  // A refresh after an edit keeps the old result on screen (and the reader's place in it) until the new one is there.
  const previous = current.state === 'ready' ? current.data : current.state === 'loading' ? current.previous : undefined;
  app.set({ [field]: { state: 'loading', key, ...(force && previous !== undefined ? { previous } : {}) } } as Partial<AppState>);
  try {
    const data = await fetcher();
    if ((app.get()[field] as Loadable<unknown> & { key?: string }).key !== key) return;
    app.set({ [field]: { state: 'ready', key, data } } as Partial<AppState>);
  } catch (error) {
    app.set({ [field]: { state: 'error', key, message: error instanceof ApiError ? errorSentence(error) : String(error) } } as Partial<AppState>);
  }
}

const gebiedQuery = () => ({ gebied: app.get().view.filters.gebied });

export function ensureGaps(force = false) {
  return load('gaps', scopeKey(), () => findingsApi.list({ ...gebiedQuery(), at: app.get().view.filters.at }), force);
}

export function ensureSleutelfiguren(force = false) {
  return load('sleutelfiguren', scopeKey(), () => api.sleutelfiguren(gebiedQuery()), force);
}

export async function ensureMeasures(force = false) {
  await load('measures', scopeKey(), () => api.measures(gebiedQuery()), force);
  if (app.get().measures.state === 'ready') rebuild();
}

export function needsMeasures(view: ViewState): boolean {
  return view.sizeBy !== 'degree' || view.colorBy !== 'kind';
}

/** How far down the sleutelfiguren list the ego of an ego view is looked for. */
const EGO_LIST_LENGTH = 500;

/** The ego's place and explanation on the sleutelfiguren list of the shown gebied (null: not on it). */
export function ensureEgoReason(id: string) {
  return load('egoReason', JSON.stringify([id, scopeKey()]), async () => {
    const { items } = await api.sleutelfiguren({ ...gebiedQuery(), limit: EGO_LIST_LENGTH });
    const rank = items.findIndex((item) => item.id === id);
    return rank < 0 ? null : { rank: rank + 1, score: items[rank]! };
  });
}

export function runWhatIf(remove: string[]) {
  return load('whatIf', JSON.stringify([remove, app.get().catalogVersion]), () => api.whatIf(remove));
}
