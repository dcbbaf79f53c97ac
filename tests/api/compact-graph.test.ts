/**
 * GET /api/graph in the compact form holds, for every role, exactly the
 * nodes, ties and fields of the JSON answer (both are written from the same
 * viewer-filtered network), comes compressed as the client accepts, and its
 * read is audited like the JSON one.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, Role, SerializedNetwork } from '../../server/model/index.ts';
import { COMPACT_GRAPH_TYPE, decodeCompactGraph } from '../../server/model/wire/compact-graph/index.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { expandCompactGraph } from '../helpers/compact-graph.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

const OWN_WIJK = 'geb_wk_parkwijk';
const ROLES: Role[] = ['beheerder', 'analist', 'gebiedsverbinder', 'opbouwwerker'];

let t: TestApp;
const as = new Map<Role, Requester>();

beforeAll(async () => {
  const demo = readDemoNetwork();
  // Contact details and a person without a legal basis, so that the roles see different fields and nodes.
  let index = 0;
  const nodes = demo.nodes.map((node): GraphNode => (node.kind === 'persoon' && ++index % 5 === 0 ? { ...node, contact: `bewoner${index}@voorbeeld.nl`, ...(index % 10 === 0 ? { consentBasis: 'geen' } : {}) } : node));
  t = await createTestApp({ seed: { nodes, ties: demo.ties } });
  for (const role of ROLES) as.set(role, role === 'beheerder' ? t.request : await t.as(role, role === 'analist' ? [] : [OWN_WIJK]));
});
afterAll(() => t.close());

async function jsonGraph(request: Requester, query = ''): Promise<Omit<SerializedNetwork, 'options'>> {
  const response = await request(`/api/graph${query}`);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const { attributes, nodes, edges } = (await response.json()) as SerializedNetwork;
  return { attributes, nodes, edges };
}

async function compactGraph(request: Requester, query = '', encoding = 'gzip') {
  const response = await request(`/api/graph${query}`, { headers: { accept: `${COMPACT_GRAPH_TYPE}, application/json;q=0.5`, 'accept-encoding': encoding } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(COMPACT_GRAPH_TYPE);
  const body = new Uint8Array(await response.arrayBuffer());
  const used = response.headers.get('content-encoding');
  const bytes = used === 'gzip' ? gunzipSync(body) : used === 'br' ? brotliDecompressSync(body) : body;
  return { graph: expandCompactGraph(decodeCompactGraph(bytes)), used, wireBytes: body.byteLength };
}

describe('the compact graph', () => {
  it.each(ROLES)('holds for %s exactly what the JSON answer holds', async (role) => {
    const request = as.get(role)!;
    const json = await jsonGraph(request);
    const { graph } = await compactGraph(request);
    expect(graph).toStrictEqual(json);
    expect(json.nodes.length).toBeGreaterThan(100);
  });

  it('differs between the roles as the JSON answer does', async () => {
    const names = async (role: Role) => new Set((await compactGraph(as.get(role)!)).graph.nodes.map((node) => String(node.attributes.name)));
    const [beheerder, analist, verbinder] = [await names('beheerder'), await names('analist'), await names('gebiedsverbinder')];
    const hidden = (await jsonGraph(as.get('analist')!)).attributes.hiddenWithoutConsent!;
    expect(hidden).toBeGreaterThan(0);
    expect(analist.size).toBe(beheerder.size - hidden);
    // The analist sees pseudonyms, the gebiedsverbinder the names in their own wijk.
    expect([...analist].filter((name) => beheerder.has(name)).length).toBeLessThan([...verbinder].filter((name) => beheerder.has(name)).length);
    const contacts = (await compactGraph(as.get('analist')!)).graph.nodes.filter((node) => 'contact' in node.attributes);
    expect(contacts).toEqual([]);
  });

  it('holds the same for a filtered part and a date', async () => {
    for (const query of [`?gebied=${OWN_WIJK}`, '?kind=persoon,organisatie&minStrength=3', '?at=2025-06-01', '?gebied=geb_bestaat_niet']) {
      for (const role of ['beheerder', 'gebiedsverbinder'] as const) {
        expect((await compactGraph(as.get(role)!, query)).graph).toStrictEqual(await jsonGraph(as.get(role)!, query));
      }
    }
  });

  it('comes compressed with brotli or gzip as accepted, and as it is otherwise', async () => {
    const request = as.get('beheerder')!;
    const gzip = await compactGraph(request, '', 'gzip, deflate');
    const br = await compactGraph(request, '', 'br;q=1, gzip;q=0.5');
    const plain = await compactGraph(request, '', 'identity');
    expect([gzip.used, br.used, plain.used]).toEqual(['gzip', 'br', null]);
    expect(br.graph).toStrictEqual(plain.graph);
    expect(gzip.graph).toStrictEqual(plain.graph);
    const jsonBytes = (await (await request('/api/graph')).arrayBuffer()).byteLength;
    expect(gzip.wireBytes).toBeLessThan(jsonBytes / 3);
  });

  it('is only sent to a client that asks for it', async () => {
    for (const accept of [undefined, '*/*', 'application/json', `application/json, ${COMPACT_GRAPH_TYPE};q=0.1`]) {
      const response = await t.request('/api/graph', { headers: accept ? { accept } : {} });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('vary')).toMatch(/accept/i);
    }
  });

  it('is audited with the persons it carried, as the JSON answer is', async () => {
    const request = as.get('gebiedsverbinder')!;
    const lastRead = () => t.services.audit.list({ limit: 1 })[0]!;
    await jsonGraph(request);
    const fromJson = lastRead();
    await compactGraph(request);
    const fromCompact = lastRead();
    expect(fromCompact).toMatchObject({ route: '/api/graph', action: 'read', role: 'gebiedsverbinder', status: 200 });
    expect(fromCompact.subjects.length).toBeGreaterThan(0);
    expect(new Set(fromCompact.subjects)).toEqual(new Set(fromJson.subjects));
  });

  it('refuses a bad filter in Dutch, as the JSON answer does', async () => {
    const response = await t.request('/api/graph?at=gisteren', { headers: { accept: COMPACT_GRAPH_TYPE } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/at/);
  });
});
