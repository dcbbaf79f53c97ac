/**
 * Kùzu's bulk read (the engine exports each table to a file, which is parsed):
 * what the bulk path wrote comes back exactly, awkward text included.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, NetworkData } from '../../server/model/index.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { KuzuStore } from '../../server/store/kuzu/kuzu-store.ts';
import { tempDir } from '../helpers/test-app.ts';

const AWKWARD: GraphNode[] = [
  { id: 'ini_lines', kind: 'initiatief', name: 'Regels', description: 'eerste\ntweede\r\nderde\n' },
  { id: 'ini_marks', kind: 'initiatief', name: 'Tekens: , ; | " \' \\ [ ] { }', description: '"aan het begin" en \\ aan het eind\\' },
  { id: 'ini_space', kind: 'initiatief', name: '  ruimte  ', description: '\ttab\t' },
  { id: 'ini_only_break', kind: 'initiatief', name: 'Alleen een regel', description: '\n' },
  { id: 'org_tekens', kind: 'organisatie', name: 'Café “De Zon” 🌞 — ĳs', type: 'vereniging' },
  { id: 'per_lijst', kind: 'persoon', name: 'Lijst', roles: ['bewoner', 'vrijwilliger', 'sleutelfiguur'] },
];

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the Kùzu bulk read', () => {
  const path = tempDir('wijknetwerk-bulk-read-');
  const store = new KuzuStore({ path });
  let written: NetworkData;

  beforeAll(async () => {
    const generated = generateNetwork({ nodes: 2000, tiesPerNode: 3, seed: 5, years: 2 });
    written = { nodes: [...generated.nodes, ...AWKWARD], ties: [...generated.ties, { id: 'kent.lijst', type: 'KENT', from: 'per_lijst', to: 'per_1', source: 'intake', recordedBy: 'met een\nregel, en "aanhalingstekens"' }] };
    await store.init();
    await store.bulkInsert(written);
  });
  afterAll(async () => {
    await store.close();
    rmSync(path, { recursive: true, force: true });
  });

  it('gives back every node and tie as written', async () => {
    const read = await store.readNetwork();
    expect(read.nodes.length).toBe(written.nodes.length);
    expect(byId(read.nodes)).toEqual(byId(written.nodes));
    expect(byId(read.ties)).toEqual(byId(written.ties));
  });

  it('reads text with line breaks, quotes, separators and spaces unchanged', async () => {
    const read = new Map((await store.readNetwork()).nodes.map((node) => [node.id, node]));
    for (const node of AWKWARD) expect(read.get(node.id)).toEqual(node);
  });
});
