/**
 * The history's comparison on the map: the view asks for it (`view.compare`,
 * so that it lives in the link), this loads it, colours the map with it and
 * redraws, so that what is gone is drawn beside what is new.
 */
import { ApiError } from '../api/index.ts';
import { historyApi } from '../api/history.ts';
import { diffStyles } from '../history/diff-styles.ts';
import type { CompareView } from '../url-state/index.ts';
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';
import { rebuild } from './render.ts';
import { IDLE, app } from './state.ts';

export const compareKey = (compare: CompareView | undefined): string => (compare ? `${compare.from}|${compare.to}|${compare.gebied ?? ''}` : '');

/** Loads the comparison the view asks for, or takes the one shown away. */
export async function showComparison(compare: CompareView | undefined): Promise<void> {
  const key = compareKey(compare);
  if (!compare) {
    if (app.get().comparison.state === 'idle') return;
    app.set({ comparison: IDLE, diffStyles: null });
    rebuild();
    return;
  }
  app.set({ comparison: { state: 'loading', key } });
  try {
    const result = await historyApi.compare(compare);
    if (compareKey(app.get().view.compare) !== key) return;
    app.set({ comparison: { state: 'ready', key, data: result }, diffStyles: diffStyles(result) });
  } catch (error) {
    if (compareKey(app.get().view.compare) !== key) return;
    app.set({ comparison: { state: 'error', key, message: error instanceof ApiError ? errorSentence(error) : nl.errors.unknown }, diffStyles: null });
  }
  rebuild();
}
