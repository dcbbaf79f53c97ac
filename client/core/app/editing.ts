/**
 * Creating, changing and deleting nodes and ties, each with an undo step. The
 * API validates; its errors (with `issues`) are thrown to the form.
 */
import type { GraphNode, GraphTie } from '../../../server/model/index.ts';
import { nl } from '../../i18n/nl.ts';
import { api } from '../api/index.ts';
import { displayName, reloadAll } from './loading.ts';
import { app, toast } from './state.ts';

const clean = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null && value !== ''));

const restOf = (id: string, separator: string) => id.slice(id.indexOf(separator) + 1);

function remember(label: string, run: () => Promise<void>): void {
  app.set({ undo: { label, run } });
}

export async function createNode(body: Record<string, unknown>): Promise<GraphNode> {
  const node = await api.createNode(clean(body));
  remember(nl.undo.createNode(node.name), async () => {
    await api.deleteNode(node.id);
  });
  await reloadAll();
  toast(nl.detail.created);
  return node;
}

export async function updateNode(id: string, changes: Record<string, unknown>): Promise<GraphNode> {
  const before = await api.node(id);
  const updated = await api.updateNode(id, changes);
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) if (before[key] !== undefined && before[key] !== null) previous[key] = before[key];
  remember(nl.undo.updateNode(before.name), async () => {
    if (Object.keys(previous).length) await api.updateNode(id, previous);
  });
  await reloadAll();
  toast(nl.detail.saved);
  return updated;
}

export async function deleteNode(id: string): Promise<void> {
  const before = await api.node(id);
  await api.deleteNode(id);
  const { ties, id: _id, ...fields } = before;
  remember(nl.undo.deleteNode(before.name), async () => {
    await api.createNode({ ...clean(fields), id: restOf(id, '_') });
    for (const tie of ties) await recreateTie(tie);
  });
  const view = app.get().view;
  app.set({ view: { ...view, selected: view.selected === id ? undefined : view.selected, ego: view.ego?.node === id ? undefined : view.ego } });
  await reloadAll();
  toast(nl.detail.deleted);
}

function recreateTie(tie: GraphTie) {
  return api.createTie({ ...clean(tie), id: restOf(tie.id, '.') });
}

export async function createTie(body: Record<string, unknown>): Promise<GraphTie> {
  const tie = await api.createTie(clean(body));
  remember(nl.undo.createTie, async () => {
    await api.deleteTie(tie.id);
  });
  await reloadAll();
  toast(nl.detail.created);
  return tie;
}

export async function updateTie(id: string, changes: Record<string, unknown>): Promise<GraphTie> {
  const previousTie = await api.tie(id);
  const updated = await api.updateTie(id, changes);
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) {
    const value = (previousTie as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) previous[key] = value;
  }
  remember(nl.undo.updateTie, async () => {
    if (Object.keys(previous).length) await api.updateTie(id, previous);
  });
  await reloadAll();
  toast(nl.detail.saved);
  return updated;
}

export async function deleteTie(tie: GraphTie): Promise<void> {
  await api.deleteTie(tie.id);
  remember(nl.undo.deleteTie, async () => {
    await recreateTie(tie);
  });
  await reloadAll();
  toast(nl.detail.deleted);
}

export async function undoLast(): Promise<void> {
  const entry = app.get().undo;
  if (!entry) return;
  app.set({ undo: null });
  try {
    await entry.run();
    await reloadAll();
    toast(nl.detail.undone);
  } catch {
    toast(nl.errors.unknown, 'error');
  }
}

export { displayName };
