/** Backup and restore of the whole database (network and app documents) as one JSON file. */
import { z } from 'zod';
import type { NetworkData } from '../model/index.ts';
import { ValidationError } from '../errors.ts';
import type { GraphStore } from '../store/index.ts';
import type { NetworkCache } from './network-cache.ts';

export interface Backup {
  format: 'wijknetwerk-backup';
  version: 1;
  createdAt: string;
  network: NetworkData;
  documents: { collection: string; id: string; data: unknown }[];
}

/** Sessions are not backed up: a restore logs everyone out. */
const NOT_BACKED_UP = new Set(['sessions']);

const backupShape = z.object({
  format: z.literal('wijknetwerk-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  network: z.object({ nodes: z.array(z.looseObject({ id: z.string(), kind: z.string() })), ties: z.array(z.looseObject({ id: z.string(), type: z.string() })) }),
  documents: z.array(z.object({ collection: z.string(), id: z.string(), data: z.unknown() })),
});

export async function createBackup(store: GraphStore): Promise<Backup> {
  const documents = (await store.allDocuments()).filter((doc) => !NOT_BACKED_UP.has(doc.collection));
  return { format: 'wijknetwerk-backup', version: 1, createdAt: new Date().toISOString(), network: await store.readNetwork(), documents };
}

/** Replaces everything with the backup's content. A backup that does not load leaves the current data in place. */
export async function restoreBackup(store: GraphStore, cache: NetworkCache, input: unknown): Promise<{ nodes: number; ties: number; documents: number }> {
  const parsed = backupShape.safeParse(input);
  if (!parsed.success) throw new ValidationError(`dit is geen geldige Wijknetwerk-backup: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const backup = parsed.data as unknown as Backup;
  const current = await createBackup(store);
  try {
    await replaceAll(store, backup);
  } catch (error) {
    await replaceAll(store, current);
    throw error;
  } finally {
    cache.reload();
  }
  return { nodes: backup.network.nodes.length, ties: backup.network.ties.length, documents: backup.documents.length };
}

async function replaceAll(store: GraphStore, backup: Backup): Promise<void> {
  await store.clear();
  await store.clearDocuments([...NOT_BACKED_UP]);
  await store.bulkInsert(backup.network);
  const byCollection = new Map<string, { id: string; data: unknown }[]>();
  for (const doc of backup.documents) byCollection.set(doc.collection, [...(byCollection.get(doc.collection) ?? []), { id: doc.id, data: doc.data }]);
  for (const [collection, documents] of byCollection) await store.putDocuments(collection, documents);
}
