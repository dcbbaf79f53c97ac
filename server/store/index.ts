/** Opens the configured store: Neo4j when NEO4J_URI is set, embedded Kùzu otherwise. */
import { join } from 'node:path';
import { KuzuStore } from './kuzu/kuzu-store.ts';
import { Neo4jStore } from './neo4j/neo4j-store.ts';
import type { GraphStore } from './types.ts';

export type { GraphStore } from './types.ts';

export interface StoreConfig {
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** Data directory of the embedded store. */
  dataDir: string;
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const dataDir = env.DATA_DIR ?? join(process.cwd(), 'data', 'db');
  if (!env.NEO4J_URI) return { dataDir };
  return {
    dataDir,
    neo4j: { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE },
  };
}

export async function openStore(config: StoreConfig): Promise<GraphStore> {
  const store: GraphStore = config.neo4j ? new Neo4jStore(config.neo4j) : new KuzuStore({ path: config.dataDir });
  await store.init();
  return store;
}
