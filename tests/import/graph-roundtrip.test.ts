import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import { exportNetwork } from '../../server/services/export/export.ts';
import { ImportService } from '../../server/services/import/import-service.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { fixture, resetStore, sorted, TEST_ACTOR } from './helpers.ts';

const actor = TEST_ACTOR;

describe('GEXF and GraphML', () => {
  let app: TestApp;
  let service: ImportService;
  beforeAll(async () => {
    app = await createTestApp();
    service = new ImportService(app.services.network);
  });
  afterAll(async () => app.close());

  async function buildNetwork() {
    await resetStore(app);
    for (const [file, kind] of [['themas.csv', 'themas'], ['persons.csv', 'persons'], ['ties.csv', 'ties'], ['sociale-kaart.csv', 'socialekaart']] as const) {
      const report = await service.importCsv(fixture(file), { kind, actor });
      expect(report.applied).toBe(true);
    }
    return sorted(await app.services.store.readNetwork());
  }

  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: export, import into an empty store, identical graph; again changes nothing`, async () => {
      const original = await buildNetwork();
      expect(original.nodes.length).toBeGreaterThan(15);
      const text = exportNetwork(original, format);
      await resetStore(app, { nodes: [], ties: [] });
      const report = await service.importGraph(text, format, { actor });
      expect(report.summary).toMatchObject({ create: original.nodes.length + original.ties.length, reject: 0 });
      // An import records who made it and when (provenance is never taken from a file): that is the only difference allowed.
      const withoutWhen = (network: NetworkData) => ({ nodes: network.nodes, ties: network.ties.map(({ recordedAt: _at, recordedBy: _by, ...tie }) => tie) });
      const restored = sorted(await app.services.store.readNetwork());
      expect(withoutWhen(restored)).toEqual(withoutWhen(original));
      const again = await service.importGraph(text, format, { actor });
      expect(again.summary).toMatchObject({ create: 0, update: 0, reject: 0 });
      expect(sorted(await app.services.store.readNetwork())).toEqual(restored);
    });
  }

  it('rejects unknown kinds and tie types naming the node or edge, and writes nothing', async () => {
    await resetStore(app, { nodes: [], ties: [] });
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="roles" type="string"/></attributes>
    <attributes class="edge"><attribute id="0" title="type" type="string"/></attributes>
    <nodes>
      <node id="n0" label="Anneke"><attvalues><attvalue for="0" value="persoon"/><attvalue for="1" value="bewoner|sleutelfiguur"/></attvalues></node>
      <node id="n1" label="Bert"><attvalues><attvalue for="0" value="Persoon"/></attvalues></node>
      <node id="n2" label="Iets"><attvalues><attvalue for="0" value="ding"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e0" source="n0" target="n1"><attvalues><attvalue for="0" value="kent"/></attvalues></edge>
      <edge id="e1" source="n0" target="n1"><attvalues><attvalue for="0" value="bemint"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const report = await service.importGraph(gexf, 'gexf', { actor });
    expect(report.items.filter((item) => item.action === 'reject')).toEqual([
      { element: 'node', key: 'n2', action: 'reject', errors: [{ field: 'kind', message: expect.stringContaining("onbekende kind 'ding'") }] },
      { element: 'edge', key: 'e1', action: 'reject', errors: [{ field: 'type', message: expect.stringContaining("onbekende soort band 'bemint'") }] },
    ]);
    expect(report.applied).toBe(false);
    expect((await app.services.store.readNetwork()).nodes).toEqual([]);
    // Without the bad elements it goes in; Gephi's keys become external ids, so a second import matches them.
    const good = gexf.replace(/<node id="n2"[\s\S]*?<\/node>/, '').replace(/<edge id="e1"[\s\S]*?<\/edge>/, '');
    expect((await service.importGraph(good, 'gexf', { actor })).summary).toMatchObject({ create: 3, reject: 0 });
    const network = await app.services.store.readNetwork();
    expect(network.nodes.find((node) => node.externalId === 'n0')).toMatchObject({ kind: 'persoon', name: 'Anneke', roles: ['bewoner', 'sleutelfiguur'] });
    expect(network.nodes.find((node) => node.externalId === 'n1')).toMatchObject({ roles: ['bewoner'] });
    expect((await service.importGraph(good, 'gexf', { actor })).summary).toMatchObject({ create: 0, update: 0, unchanged: 3 });
  });
});
