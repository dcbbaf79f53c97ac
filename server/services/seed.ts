/** Loads the Haarlem demo network into an empty store, through the bulk path. */
import type { GraphStore } from '../store/index.ts';
import { readDemoNetwork } from './demo/load-demo.ts';

/** Returns true when the demo was loaded, false when the store already held data. */
export async function seedDemoIfEmpty(store: GraphStore): Promise<boolean> {
  const counts = await store.counts();
  const total = Object.values(counts.nodes).reduce((sum, count) => sum + count, 0);
  if (total > 0) return false;
  await store.bulkInsert(readDemoNetwork());
  return true;
}
