/**
 * Writing an import plan: creates in one `bulkInsert` (one transaction, all or
 * nothing), then the updates one by one.
 *
 * Atomicity limit, honestly: the store has no "creates and updates in one
 * transaction" call, so the bulk insert and each update commit separately. If
 * an update fails (the database goes away, a concurrent writer deleted the
 * node), the updates already made are reverted to their old values and the
 * created nodes and ties are deleted again — a compensation, not a rollback; a
 * crash of the process in between would leave a partial import. Planning
 * validates every line first, so only infrastructure failures reach this.
 * The store method that would close the gap:
 *   applyBatch(batch: { create: NetworkData; updateNodes: {id, changes}[]; updateTies: {id, changes}[] }): Promise<void>
 * (Kùzu: COPY for the creates plus SET statements inside one write transaction).
 */
import type { GraphStore } from '../../store/index.ts';
import type { ImportPlan } from './csv-import.ts';

export function planIsEmpty(plan: ImportPlan): boolean {
  return !plan.creates.nodes.length && !plan.creates.ties.length && !plan.nodeUpdates.length && !plan.tieUpdates.length;
}

export async function applyImportPlan(store: GraphStore, plan: ImportPlan): Promise<void> {
  if (planIsEmpty(plan)) return;
  if (plan.creates.nodes.length || plan.creates.ties.length) await store.bulkInsert(plan.creates);
  const undo: (() => Promise<unknown>)[] = [];
  try {
    for (const { id, changes } of plan.nodeUpdates) {
      const before = await store.getNode(id);
      if (!before) throw new Error(`knoop '${id}' bestaat niet meer`);
      await store.updateNode(id, changes);
      undo.push(() => store.updateNode(id, previousValues(before, changes)));
    }
    for (const { id, changes } of plan.tieUpdates) {
      const before = await store.getTie(id);
      if (!before) throw new Error(`band '${id}' bestaat niet meer`);
      await store.updateTie(id, changes);
      undo.push(() => store.updateTie(id, previousValues(before as Record<string, unknown>, changes)));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    for (const tie of plan.creates.ties) await store.deleteTie(tie.id).catch(() => undefined);
    for (const node of plan.creates.nodes) await store.deleteNode(node.id).catch(() => undefined);
    throw error;
  }
}

/** The old value of every changed field; `null` clears a field that was not set. */
function previousValues(before: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).map((field) => [field, before[field] ?? null]));
}
