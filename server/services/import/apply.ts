/**
 * Writing an import plan: creates (through the bulk path) and updates in one
 * store transaction, all or nothing.
 */
import type { GraphStore } from '../../store/index.ts';
import type { ImportPlan } from './csv-import.ts';

export function planIsEmpty(plan: ImportPlan): boolean {
  return !plan.creates.nodes.length && !plan.creates.ties.length && !plan.nodeUpdates.length && !plan.tieUpdates.length;
}

export async function applyImportPlan(store: GraphStore, plan: ImportPlan): Promise<void> {
  if (planIsEmpty(plan)) return;
  await store.applyBatch({ create: plan.creates, updateNodes: plan.nodeUpdates, updateTies: plan.tieUpdates });
}
