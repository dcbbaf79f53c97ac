/** Shared bits of the import tests: the seed network (Haarlem gebieden) and fixture paths. */
import { readFileSync } from 'node:fs';
import type { NetworkData } from '../../server/model/index.ts';
import type { TestApp } from '../helpers/test-app.ts';

export const FIXTURES = new URL('../fixtures/import/', import.meta.url);

export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

export function fixturePath(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

export function seedNetwork(): NetworkData {
  return JSON.parse(readFileSync(new URL('seed.json', FIXTURES), 'utf8')) as NetworkData;
}

/** A network sorted by id, for comparisons. */
export function sorted(network: NetworkData): NetworkData {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...network.nodes].sort(byId), ties: [...network.ties].sort(byId) };
}

/** Empties the store, loads the seed (or the given network) and forgets the cache. */
export async function resetStore(app: TestApp, network: NetworkData = seedNetwork()): Promise<void> {
  await app.services.store.clear();
  if (network.nodes.length) await app.services.store.bulkInsert(network);
  app.services.network.cache.reload();
}
