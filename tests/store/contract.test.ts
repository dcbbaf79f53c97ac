/**
 * The store contract: every adapter behaves the same. Runs against embedded
 * Kùzu always, and against Neo4j when NEO4J_URI is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { GraphNode, GraphTie } from '../../server/model/index.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { tempDir } from '../helpers/test-app.ts';

const adapters: { name: string; open: () => Promise<{ store: GraphStore; cleanup: () => void }> }[] = [
  {
    name: 'kuzu',
    async open() {
      const path = tempDir();
      const store = new KuzuStore({ path });
      await store.init();
      return { store, cleanup: () => rmSync(path, { recursive: true, force: true }) };
    },
  },
];
if (process.env.NEO4J_URI) {
  adapters.push({
    name: 'neo4j',
    async open() {
      const store = new Neo4jStore({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
      await store.init();
      await store.clear();
      return { store, cleanup: () => undefined };
    },
  });
} else {
  console.warn('store contract: Neo4j adapter skipped (set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run it)');
}

const anna: GraphNode = { id: 'per_anna', kind: 'persoon', name: 'Anna de Vries', roles: ['bewoner', 'vrijwilliger'], consentBasis: 'toestemming' };
const bram: GraphNode = { id: 'per_bram', kind: 'persoon', name: 'Bram Öztürk', roles: ['sleutelfiguur'], consentBasis: 'gerechtvaardigd_belang' };
const dock: GraphNode = { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn' };
const bakkie: GraphNode = { id: 'ini_bakkie', kind: 'initiatief', name: 'Bakkie, "in" de [Buurt]', description: 'Koffie; thee\nen taart, elke dinsdag' };
const kent: GraphTie = { id: 'kent.ab', type: 'KENT', from: 'per_anna', to: 'per_bram', strength: 4, source: 'intake', lastContact: '2026-10-01' };
const werkt: GraphTie = { id: 'vrijwilliger_bij.ad', type: 'VRIJWILLIGER_BIJ', from: 'per_anna', to: 'org_dock', source: 'import' };

describe.each(adapters)('store contract: $name', ({ open }) => {
  let store: GraphStore;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ store, cleanup } = await open());
    await store.bulkInsert({ nodes: [anna, bram, dock, bakkie], ties: [kent, werkt] });
  });
  afterAll(async () => {
    await store.close();
    cleanup();
  });

  it('reads back what the bulk path wrote, lists and properties intact', async () => {
    expect(await store.getNode('per_anna')).toEqual(anna);
    expect(await store.getTie('kent.ab')).toEqual(kent);
    const network = await store.readNetwork();
    expect(network.nodes).toHaveLength(4);
    expect(network.nodes.find((node) => node.id === 'ini_bakkie')).toEqual(bakkie);
    expect(network.nodes.find((node) => node.id === 'per_anna')).toEqual(anna);
    expect(network.ties.find((tie) => tie.id === 'kent.ab')).toEqual(kent);
    expect(network.ties.map((tie) => tie.id).sort()).toEqual(['kent.ab', 'vrijwilliger_bij.ad']);
  });

  it('counts per kind and type', async () => {
    const counts = await store.counts();
    expect(counts.nodes.persoon).toBe(2);
    expect(counts.nodes.organisatie).toBe(1);
    expect(counts.ties.KENT).toBe(1);
  });

  it('lists with paging and case-insensitive search', async () => {
    const page = await store.listNodes('persoon', { offset: 0, limit: 1 });
    expect(page.total).toBe(2);
    expect(page.items.map((node) => node.id)).toEqual(['per_anna']);
    const found = await store.listNodes('persoon', { offset: 0, limit: 10, search: 'ÖZ' });
    expect(found.items.map((node) => node.id)).toEqual(['per_bram']);
    const ties = await store.listTies({ offset: 0, limit: 10, nodeId: 'per_bram' });
    expect(ties.items.map((tie) => tie.id)).toEqual(['kent.ab']);
  });

  it('rejects a duplicate node id and a tie to a missing node', async () => {
    await expect(store.createNode(anna)).rejects.toMatchObject({ status: 409 });
    await expect(store.createTie({ ...kent, id: 'kent.x', to: 'per_nobody' })).rejects.toMatchObject({ status: 409, issues: [{ path: 'to' }] });
  });

  it('updates and clears properties', async () => {
    const updated = await store.updateNode('per_bram', { name: 'Bram Ö.', consentBasis: null });
    expect(updated).toMatchObject({ name: 'Bram Ö.' });
    expect(updated).not.toHaveProperty('consentBasis');
    expect(await store.updateTie('kent.ab', { strength: 2 })).toMatchObject({ strength: 2 });
    expect(await store.updateNode('per_missing', { name: 'x' })).toBeNull();
  });

  it('deletes a node together with its ties', async () => {
    await store.createNode({ id: 'per_tmp', kind: 'persoon', name: 'Tijdelijk', roles: ['bewoner'] });
    await store.createTie({ id: 'kent.tmp', type: 'KENT', from: 'per_tmp', to: 'per_anna', source: 'handmatig' });
    expect(await store.deleteNode('per_tmp')).toBe(true);
    expect(await store.getTie('kent.tmp')).toBeNull();
    expect(await store.deleteNode('per_tmp')).toBe(false);
  });

  it('leaves the data as it was when a bulk insert fails', async () => {
    const before = await store.readNetwork();
    const bad = { nodes: [{ id: 'per_new', kind: 'persoon', name: 'Nieuw', roles: ['bewoner'] } as GraphNode], ties: [{ ...kent, id: 'kent.bad', to: 'per_ghost' }] };
    await expect(store.bulkInsert(bad)).rejects.toMatchObject({ status: 409 });
    expect(await store.readNetwork()).toEqual(before);
  });

  it('applies creates and updates in one transaction, and nothing when one update fails', async () => {
    const before = await store.readNetwork();
    const create = { nodes: [{ id: 'per_batch', kind: 'persoon', name: 'Batch', roles: ['bewoner'] } as GraphNode], ties: [] };
    await expect(
      store.applyBatch({ create, updateNodes: [{ id: 'org_dock', changes: { name: 'DOCK Haarlem' } }, { id: 'per_gone', changes: { name: 'x' } }] }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await store.readNetwork()).toEqual(before);

    await store.applyBatch({ create, updateNodes: [{ id: 'org_dock', changes: { name: 'DOCK Haarlem' } }], updateTies: [{ id: 'kent.ab', changes: { trust: 4 } }] });
    expect(await store.getNode('per_batch')).toMatchObject({ name: 'Batch' });
    expect(await store.getNode('org_dock')).toMatchObject({ name: 'DOCK Haarlem' });
    expect(await store.getTie('kent.ab')).toMatchObject({ trust: 4 });
  });

  it('keeps app documents apart from the network', async () => {
    await store.putDocument('views', 'v1', { positions: { per_anna: [1, 2] } });
    await store.putDocument('views', 'v1', { positions: { per_anna: [3, 4] } });
    expect(await store.getDocument('views', 'v1')).toEqual({ positions: { per_anna: [3, 4] } });
    expect((await store.listDocuments('views')).map((doc) => doc.id)).toEqual(['v1']);
    expect(await store.deleteDocument('views', 'v1')).toBe(true);
    expect(await store.getDocument('views', 'v1')).toBeNull();
  });

  it('runs read-only queries and refuses writes in them', async () => {
    const rows = await store.query('MATCH (p:Persoon) RETURN p.name AS name ORDER BY name', {}, { readOnly: true });
    expect(rows.map((row) => row.name)).toEqual(['Anna de Vries', 'Batch', 'Bram Ö.']);
    await expect(store.query("CREATE (:Thema {id: 'thm_x', name: 'x'})", {}, { readOnly: true })).rejects.toMatchObject({ status: 403 });
    expect((await store.counts()).nodes.thema).toBe(0);
  });
});
