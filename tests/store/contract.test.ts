/**
 * The store contract: every adapter behaves the same. Runs against embedded
 * Kùzu always, and against Neo4j when NEO4J_URI is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import kuzu from 'kuzu';
import { kuzuSchemaStatements } from '../../server/store/schema.ts';
import type { GraphNode, GraphTie } from '../../server/model/index.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { filesContaining } from '../../server/services/privacy/traces.ts';
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
      await store.replaceAll({ nodes: [], ties: [] });
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
  const nodeById = async (id: string) => (await store.readNetwork()).nodes.find((node) => node.id === id) ?? null;
  const tieById = async (id: string) => (await store.readNetwork()).ties.find((tie) => tie.id === id) ?? null;

  beforeAll(async () => {
    ({ store, cleanup } = await open());
    await store.bulkInsert({ nodes: [anna, bram, dock, bakkie], ties: [kent, werkt] });
  });
  afterAll(async () => {
    await store.close();
    cleanup();
  });

  it('reads back what the bulk path wrote, lists and properties intact', async () => {
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

  it('writes creates, updates (null clears) and versions in one transaction', async () => {
    await store.write({
      createNodes: [{ id: 'per_batch', kind: 'persoon', name: 'Batch', roles: ['bewoner'], version: 1 }],
      createTies: [{ id: 'kent.batch', type: 'KENT', from: 'per_batch', to: 'per_anna', source: 'handmatig', version: 1 }],
      updateNodes: [{ node: bram, set: { name: 'Bram Ö.', consentBasis: null, version: 2 } }],
      updateTies: [{ tie: kent, set: { strength: 2, version: 2 } }],
    });
    const updated = await nodeById('per_bram');
    expect(updated).toMatchObject({ name: 'Bram Ö.', version: 2 });
    expect(updated).not.toHaveProperty('consentBasis');
    expect(await tieById('kent.ab')).toMatchObject({ strength: 2, version: 2 });
    expect(await nodeById('per_batch')).toMatchObject({ name: 'Batch', version: 1 });
    expect(await tieById('kent.batch')).toMatchObject({ from: 'per_batch', to: 'per_anna' });
  });

  it('deletes a node together with its ties', async () => {
    await store.write({ deleteNodes: [{ id: 'per_batch', kind: 'persoon', name: 'Batch', roles: ['bewoner'] }] });
    expect(await nodeById('per_batch')).toBeNull();
    expect(await tieById('kent.batch')).toBeNull();
    expect(await nodeById('per_anna')).toEqual(anna);
  });

  it('leaves the data exactly as it was when one change of a write fails', async () => {
    const before = await store.readNetwork();
    await expect(
      store.write({ updateNodes: [{ node: dock, set: { name: 'DOCK Haarlem' } }], createNodes: [{ ...anna, name: 'Dubbel' }] }),
    ).rejects.toThrow();
    expect(await store.readNetwork()).toEqual(before);
  });

  // A duplicate id in a bulk COPY takes Kùzu's process down, so the write service checks ids before any write reaches the store.
  it('writes many creates through the bulk path', async () => {
    const before = await store.readNetwork();
    const many: GraphNode[] = Array.from({ length: 300 }, (_, index) => ({ id: `per_bulk${index}`, kind: 'persoon', name: `Bulk ${index}`, roles: ['bewoner'], version: 1 }));
    await store.write({ createNodes: many });
    expect((await store.counts()).nodes.persoon).toBe(302);
    await store.replaceAll(before);
    expect(await store.readNetwork()).toEqual(before);
  });

  it('runs read-only queries, refuses writes in them, and reads no more rows than asked', async () => {
    const rows = await store.query('MATCH (p:Persoon) RETURN p.name AS name ORDER BY name', {}, { readOnly: true });
    expect(rows.map((row) => row.name)).toEqual(['Anna de Vries', 'Bram Ö.']);
    await expect(store.query("CREATE (:Thema {id: 'thm_x', name: 'x'})", {}, { readOnly: true })).rejects.toMatchObject({ status: 403 });
    expect((await store.counts()).nodes.thema).toBe(0);
    const capped = await store.query('UNWIND range(1, 100000) AS x RETURN x', {}, { readOnly: true, maxRows: 10 });
    expect(capped.length).toBeLessThanOrEqual(11);
  });

});

describe('embedded store, physical removal', () => {
  it('replaceAll rebuilds the database: a removed name and id are in no file afterwards, also after reopening', async () => {
    const path = tempDir();
    const secret = 'Zeldzame Naam Qwx';
    const gone: GraphNode = { id: 'per_weg', kind: 'persoon', name: secret, roles: ['bewoner'], version: 1 };
    let store = new KuzuStore({ path });
    try {
      await store.init();
      await store.bulkInsert({ nodes: [anna, bram, gone], ties: [kent] });
      await store.write({ deleteNodes: [gone] });
      const network = await store.readNetwork();
      await store.replaceAll(network);
      await store.close();
      expect(filesContaining(path, [secret, 'per_weg'])).toEqual([]);
      store = new KuzuStore({ path });
      await store.init();
      expect(await store.readNetwork()).toEqual(network);
    } finally {
      await store.close();
      rmSync(path, { recursive: true, force: true });
    }
  });
});

describe('embedded store, a database from an earlier version', () => {
  it('gains the columns the model has since, and keeps what it held', async () => {
    const path = tempDir();
    const old = new kuzu.Database(join(path, 'graph.kuzu'));
    const connection = new kuzu.Connection(old);
    const run = async (statement: string) => [await connection.query(statement)].flat().forEach((result) => result.close());
    // The schema as it was before organisations and places had a free type label.
    for (const statement of kuzuSchemaStatements()) await run(statement.replace(', typeLabel STRING', ''));
    await run("CREATE (:Organisatie {id: 'org_oud', name: 'Buurtkamer', type: 'welzijn', version: 1})");
    await connection.close();
    await old.close();
    const store = new KuzuStore({ path });
    try {
      await store.init();
      await store.bulkInsert({ nodes: [{ id: 'org_nieuw', kind: 'organisatie', name: 'Ruilwinkel', type: 'overig', typeLabel: 'ruilwinkel', version: 1 }], ties: [] });
      const byId = new Map((await store.readNetwork()).nodes.map((node) => [node.id, node]));
      expect(byId.get('org_oud')).toMatchObject({ name: 'Buurtkamer', type: 'welzijn' });
      expect(byId.get('org_oud')?.typeLabel).toBeUndefined();
      expect(byId.get('org_nieuw')).toMatchObject({ type: 'overig', typeLabel: 'ruilwinkel' });
    } finally {
      await store.close();
      rmSync(path, { recursive: true, force: true });
    }
  });
});
