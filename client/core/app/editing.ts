/**
 * Creating, changing and deleting nodes and ties, each recorded as a step
 * that undo and redo replay (undo.ts). The API validates; its errors (with
 * `issues`) are thrown to the form.
 *
 * Every change and delete is made on the version this screen read. When
 * someone else changed it first, the server refuses (412) with the current
 * state; that becomes `app.conflict`, which the detail panel shows with two
 * ways out: reload (take theirs) or resend mine on the current version.
 */
import type { GraphNode, GraphTie } from '../../../server/model/index.ts';
import { errorSentence } from '../../i18n/api-errors.ts';
import { nl } from '../../i18n/nl.ts';
import { ApiError, api } from '../api/index.ts';
import { displayName, reloadAll } from './loading.ts';
import { app, toast, type Conflict, type Step } from './state.ts';
import { inverse, record } from './undo.ts';

type Entity = GraphNode | GraphTie;

/** A form's values without the fields left empty. */
export const clean = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null && value !== ''));

const restOf = (id: string, separator: string) => id.slice(id.indexOf(separator) + 1);

/** Fields that say nothing about what someone changed. */
const BOOKKEEPING = new Set(['id', 'kind', 'type', 'from', 'to', 'version', 'ties', 'recordedBy', 'recordedAt']);

/** Fields whose value differs between what was read and what is there now. */
export function changedFields(seen: Entity, current: Entity | null): Conflict['changed'] {
  if (!current) return [];
  const fields = new Set([...Object.keys(seen), ...Object.keys(current)].filter((field) => !BOOKKEEPING.has(field)));
  const value = (entity: Entity, field: string) => (entity as Record<string, unknown>)[field] ?? null;
  return [...fields].filter((field) => JSON.stringify(value(seen, field)) !== JSON.stringify(value(current, field))).map((field) => ({ field, now: value(current, field) ?? undefined }));
}

/**
 * Sends a change made on `seen`. On a stale version it opens the conflict
 * (`again` repeats the whole step on the current state) and resolves null.
 */
async function onVersion<T>(entity: Conflict['entity'], action: Conflict['action'], seen: Entity, send: (version: number | undefined) => Promise<T>, again: (current: Entity) => Promise<unknown>): Promise<T | null> {
  try {
    const result = await send(seen.version);
    if (app.get().conflict?.id === seen.id) app.set({ conflict: null });
    return result;
  } catch (error) {
    if (!(error instanceof ApiError && error.stale)) throw error;
    const current = (error.current ?? null) as Entity | null;
    app.set({
      conflict: {
        entity,
        action,
        id: seen.id,
        current,
        changed: changedFields(seen, current),
        resend: current ? async () => (await again(current)) !== null : null,
      },
    });
    return null;
  }
}

/** "Opnieuw laden": drop my change and show what is on the server now. */
export async function discardConflict(): Promise<void> {
  app.set({ conflict: null });
  await reloadAll();
}

/** "Toch opslaan": my change again, on the current version. Resolves whether it went through (a newer change opens a new conflict). */
export async function resendConflict(): Promise<boolean> {
  const resend = app.get().conflict?.resend;
  if (!resend) return false;
  app.set({ conflict: null });
  try {
    return await resend();
  } catch (error) {
    toast(error instanceof ApiError ? errorSentence(error) : nl.errors.unknown, 'error');
    return false;
  }
}

/** A step that changes fields of one node or tie back and forth, each time on the version it last wrote. */
function fieldsStep(label: string, version: number | undefined, previous: Record<string, unknown>, changes: Record<string, unknown>, send: (values: Record<string, unknown>, version: number | undefined) => Promise<Entity>): Step {
  return {
    label,
    undo: async () => {
      version = (await send(previous, version)).version;
    },
    redo: async () => {
      version = (await send(changes, version)).version;
    },
  };
}

/** A step for something just made: undo removes it (on the version it has), redo makes it again with the same id. */
function madeStep(label: string, version: number | undefined, remove: (version: number | undefined) => Promise<void>, make: () => Promise<{ version?: number }>): Step {
  return {
    label,
    undo: () => remove(version),
    redo: async () => {
      version = (await make()).version;
    },
  };
}

/** The fields of `seen` before `changes`, null for those it did not have (so that undo clears them). */
function previousOf(seen: Entity, changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, (seen as Record<string, unknown>)[key] ?? null]));
}

export async function createNode(body: Record<string, unknown>): Promise<GraphNode> {
  const node = await api.createNode(clean(body));
  record(madeStep(nl.undo.createNode(node.name), node.version, (version) => api.deleteNode(node.id, version), () => api.createNode({ ...clean(body), id: restOf(node.id, '_') })));
  await reloadAll();
  toast(nl.detail.created);
  return node;
}

/** Changes `seen` (the node as this screen read it); null when someone else changed it first (see `app.conflict`). */
export async function updateNode(seen: GraphNode, changes: Record<string, unknown>): Promise<GraphNode | null> {
  const updated = await onVersion('node', 'update', seen, (version) => api.updateNode(seen.id, changes, version), (current) => updateNode(current as GraphNode, changes));
  if (!updated) return null;
  record(fieldsStep(nl.undo.updateNode(seen.name), updated.version, previousOf(seen, changes), changes, (values, version) => api.updateNode(seen.id, values, version)));
  await reloadAll();
  toast(nl.detail.saved);
  return updated;
}

export async function deleteNode(seen: GraphNode): Promise<boolean> {
  const before = await api.node(seen.id);
  const deleted = await onVersion('node', 'delete', seen, (version) => api.deleteNode(seen.id, version).then(() => true), (current) => deleteNode(current as GraphNode).then((done) => done || null));
  if (!deleted) return false;
  const { ties, id: _id, version: _version, ...fields } = before;
  const recreate = async () => {
    const node = await api.createNode({ ...clean(fields), id: restOf(seen.id, '_') });
    for (const tie of ties) await recreateTie(tie);
    return node;
  };
  record(inverse(madeStep(nl.undo.deleteNode(before.name), undefined, (version) => api.deleteNode(seen.id, version), recreate)));
  const view = app.get().view;
  app.set({ view: { ...view, selected: view.selected === seen.id ? undefined : view.selected, ego: view.ego?.node === seen.id ? undefined : view.ego } });
  await reloadAll();
  toast(nl.detail.deleted);
  return true;
}

function recreateTie({ version: _version, ...tie }: GraphTie) {
  return api.createTie({ ...clean(tie), id: restOf(tie.id, '.') });
}

export async function createTie(body: Record<string, unknown>): Promise<GraphTie> {
  const tie = await api.createTie(clean(body));
  record(madeStep(nl.undo.createTie, tie.version, (version) => api.deleteTie(tie.id, version), () => api.createTie({ ...clean(body), id: restOf(tie.id, '.') })));
  await reloadAll();
  toast(nl.detail.created);
  return tie;
}

export async function updateTie(seen: GraphTie, changes: Record<string, unknown>): Promise<GraphTie | null> {
  const updated = await onVersion('tie', 'update', seen, (version) => api.updateTie(seen.id, changes, version), (current) => updateTie(current as GraphTie, changes));
  if (!updated) return null;
  record(fieldsStep(nl.undo.updateTie, updated.version, previousOf(seen, changes), changes, (values, version) => api.updateTie(seen.id, values, version)));
  await reloadAll();
  toast(nl.detail.saved);
  return updated;
}

export async function deleteTie(seen: GraphTie): Promise<boolean> {
  const deleted = await onVersion('tie', 'delete', seen, (version) => api.deleteTie(seen.id, version).then(() => true), (current) => deleteTie(current as GraphTie).then((done) => done || null));
  if (!deleted) return false;
  record(inverse(madeStep(nl.undo.deleteTie, undefined, (version) => api.deleteTie(seen.id, version), () => recreateTie(seen))));
  await reloadAll();
  toast(nl.detail.deleted);
  return true;
}

export { displayName };
