/**
 * Undo and redo of the changes made on the map: two stacks of steps. A new
 * change empties the redo stack. Each step undoes and redoes itself on the
 * version it last wrote, so that when someone else changed the same node or
 * tie in between, the server refuses (412) instead of overwriting theirs.
 */
import { nl } from '../../i18n/nl.ts';
import { ApiError } from '../api/index.ts';
import { reloadAll } from './loading.ts';
import { app, toast, type Step } from './state.ts';

/** How many changes can be undone. */
const DEPTH = 50;

/** Remembers a change just made. */
export function record(step: Step): void {
  app.set((state) => ({ undo: [...state.undo, step].slice(-DEPTH), redo: [] }));
}

/** The same step the other way round: for a removal, undo makes it again and redo removes it again. */
export function inverse(step: Step): Step {
  return { label: step.label, undo: step.redo, redo: step.undo };
}

let busy = false;

async function replay(from: 'undo' | 'redo'): Promise<void> {
  const step = app.get()[from].at(-1);
  if (!step || busy) return;
  busy = true;
  const to = from === 'undo' ? 'redo' : 'undo';
  app.set((state) => ({ [from]: state[from].slice(0, -1) }));
  try {
    await (from === 'undo' ? step.undo() : step.redo());
    app.set((state) => ({ [to]: [...state[to], step] }));
    await reloadAll();
    toast(from === 'undo' ? nl.detail.undone : nl.detail.redone);
  } catch (error) {
    toast(error instanceof ApiError && error.stale ? nl.conflict.undo : nl.errors.unknown, 'error');
  } finally {
    busy = false;
  }
}

export function undoLast(): Promise<void> {
  return replay('undo');
}

export function redoLast(): Promise<void> {
  return replay('redo');
}
