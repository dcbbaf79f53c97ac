/**
 * No name leaks: an analist calls every read endpoint (and the read-only POSTs:
 * report runs, free Cypher, what-if, exports) and no demo person's name or
 * contact detail may appear in any response body, in any encoding the
 * response uses. A gebiedsverbinder may see the names of persons in their own
 * gebied, never those outside it. Persons without a legal basis (consentBasis
 * `geen`) never appear by name to anyone but the beheerder.
 *
 * The demo network has no contact details, so every seventh person gets one
 * here; a few persons with tricky names (apostrophe, ampersand, composed vs
 * decomposed accents) are added to catch encoding gaps. Nothing filters responses afterwards:
 * whatever passes here was produced through the viewer's policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, NetworkData } from '../../server/model/index.ts';
import { nodesInGebieden } from '../../server/analysis/scope.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

const OWN_WIJK = 'geb_wk_parkwijk';
const OTHER_WIJK = 'geb_wk_oude_stad';

const TRICKY: { name: string; contact: string; buurt: string }[] = [
  { name: "Fleur O'Neill", contact: "fleur.o'neill@example.nl", buurt: 'geb_bu_grote_markt' },
  { name: 'Bram & Zonen Jansen', contact: '023-5551234', buurt: 'geb_bu_grote_markt' },
  { name: 'Zoë <b>Kranenburg</b>', contact: '06-98765432', buurt: 'geb_bu_burgwal' },
];

function seedNetwork(): NetworkData {
  const network = readDemoNetwork();
  let index = 0;
  const nodes = network.nodes.map((node): GraphNode => {
    if (node.kind !== 'persoon') return node;
    index++;
    return index % 7 === 0 ? { ...node, contact: `bewoner${index}@voorbeeld.nl` } : node;
  });
  const ties = [...network.ties];
  TRICKY.forEach((person, i) => {
    const id = `per_tricky${i}`;
    nodes.push({ id, kind: 'persoon', name: person.name, roles: ['bewoner'], contact: person.contact, consentBasis: 'toestemming', startDate: '2025-01-01' } as GraphNode);
    ties.push({ id: `woont_in.tricky${i}`, type: 'WOONT_IN', from: id, to: person.buurt, startDate: '2025-01-01' } as NetworkData['ties'][number]);
    ties.push({ id: `kent.tricky${i}`, type: 'KENT', from: id, to: 'per_0896', strength: 3, trust: 3, lastContact: '2026-09-01', startDate: '2025-01-01', consentBasis: 'toestemming' } as NetworkData['ties'][number]);
  });
  return { nodes, ties };
}

/** The text forms a value can take in JSON, CSV, XML or HTML responses. */
function encodings(value: string): string[] {
  const xml = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
  const xmlNumeric = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
  const jsonEscaped = JSON.stringify(value).slice(1, -1);
  const unicodeEscaped = jsonEscaped.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([value, value.normalize('NFD'), xml, xmlNumeric, jsonEscaped, unicodeEscaped, value.replace(/'/g, "''")])];
}

/** A finder for any of the given secrets (names, contact details) in a text, case-insensitively. */
function finder(secrets: Map<string, string>): (text: string) => string[] {
  const variants = new Map<string, string>();
  for (const [secret, label] of secrets) for (const form of encodings(secret)) variants.set(form.toLowerCase(), label);
  const keys = [...variants.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  return (text) => [...new Set([...text.matchAll(pattern)].map((match) => `${variants.get(match[0].toLowerCase())} (${match[0]})`))];
}

let t: TestApp;
let seed: NetworkData;
let persons: GraphNode[];
let analist: Requester;
let verbinder: Requester;
let kentOut: string;

interface Call {
  name: string;
  run(request: Requester): Promise<Response>;
}

async function reportCalls(request: Requester): Promise<Call[]> {
  const { reports } = (await (await request('/api/reports')).json()) as { reports: { id: string; params: { name: string; type: string }[] }[] };
  expect(reports.length).toBeGreaterThan(10);
  const calls: Call[] = [];
  for (const report of reports) {
    for (const wijk of [OWN_WIJK, OTHER_WIJK]) {
      const params: Record<string, unknown> = {};
      for (const param of report.params) {
        if (param.type === 'gebied') params[param.name] = wijk;
        if (param.type === 'wijkteam') params[param.name] = wijk === OWN_WIJK ? 'wt_oost_2' : 'wt_rozenprieel_centrum';
        if (param.type === 'persoon') params[param.name] = wijk === OWN_WIJK ? 'per_0896' : 'per_tricky0';
        if (param.type === 'thema') params[param.name] = 'thm_armoede';
        if (param.type === 'periode') params[param.name] = '2026-Q3';
      }
      calls.push({ name: `POST /api/reports/${report.id}/run (${wijk})`, run: (r) => r(`/api/reports/${report.id}/run`, { method: 'POST', json: { params } }) });
      calls.push({ name: `POST /api/reports/${report.id}/run?format=csv (${wijk})`, run: (r) => r(`/api/reports/${report.id}/run?format=csv`, { method: 'POST', json: { params } }) });
    }
  }
  return calls;
}

function readCalls(): Call[] {
  const get = (path: string): Call => ({ name: `GET ${path}`, run: (r) => r(path) });
  const someIds = ['per_0896', 'per_0145', 'per_tricky0', 'per_tricky1', 'per_tricky2', ...persons.slice(0, 40).map((p) => p.id)];
  return [
    get('/api/auth/me'),
    get('/api/nodes?kind=persoon&limit=1000'),
    get('/api/nodes?kind=persoon&limit=1000&offset=1000'),
    get('/api/nodes?kind=persoon&q=o%27neill'),
    ...someIds.map((id) => get(`/api/nodes/${id}`)),
    get('/api/ties?limit=1000'),
    get('/api/ties?nodeId=per_tricky0'),
    get(`/api/ties/${kentOut}`),
    get('/api/graph'),
    get('/api/graph?kind=persoon'),
    get('/api/graph?at=2025-06-01'),
    get('/api/analysis/gaps'),
    get(`/api/analysis/gaps?gebied=${OTHER_WIJK}`),
    get('/api/analysis/coverage'),
    get('/api/analysis/sleutelfiguren?limit=500'),
    get('/api/analysis/sleutelfiguren?limit=500&professionals=true'),
    get('/api/analysis/measures'),
    { name: 'POST /api/analysis/what-if', run: (r) => r('/api/analysis/what-if', { method: 'POST', json: { remove: ['per_0896', 'per_tricky0'] } }) },
    { name: 'POST /api/analysis/what-if (gebied)', run: (r) => r('/api/analysis/what-if', { method: 'POST', json: { remove: ['per_0896'], gebied: OTHER_WIJK } }) },
    get(`/api/rapportage/${OWN_WIJK}?periode=2026-Q3`),
    get(`/api/rapportage/${OTHER_WIJK}?periode=2026-Q3`),
    get('/api/views'),
    get('/api/history/events?limit=1000'),
    get('/api/history/events?node=per_tricky0&limit=1000'),
    get('/api/history/events?node=per_gone&limit=1000'),
    get('/api/history/range'),
    get('/api/history/network?at=2026-06-01'),
    get(`/api/history/compare?from=2025-06-01&to=2026-10-01&gebied=${OTHER_WIJK}`),
    get('/api/history/compare?from=2025-06-01&to=2026-10-01&top=100'),
    get('/api/history/strength'),
    get(`/api/history/snapshots?gebied=${OTHER_WIJK}`),
    get(`/api/history/change?gebied=${OTHER_WIJK}&period=2026-Q3`),
    get(`/api/contacts?tieId=${kentOut}`),
    get('/api/contacts?tieId=kent.tricky0'),
    get('/api/export?format=json'),
    get('/api/export?format=gexf'),
    get('/api/export?format=graphml'),
    get('/api/reports'),
    get('/api/reports/personal'),
  ];
}

const cypherCalls: Call[] = [
  { name: 'POST /api/cypher names', run: (r) => r('/api/cypher', { method: 'POST', json: { query: 'MATCH (p:Persoon) RETURN p.name, p.contact LIMIT 5000', maxRows: 10000 } }) },
  { name: 'POST /api/cypher everything', run: (r) => r('/api/cypher', { method: 'POST', json: { query: 'MATCH (p:Persoon) RETURN p LIMIT 5000', maxRows: 10000 } }) },
  { name: 'POST /api/cypher upper', run: (r) => r('/api/cypher', { method: 'POST', json: { query: 'MATCH (p:Persoon) RETURN upper(p.name) AS n, p.contact AS c LIMIT 5000', maxRows: 10000 } }) },
  { name: 'POST /api/cypher ties', run: (r) => r('/api/cypher', { method: 'POST', json: { query: 'MATCH (a:Persoon)-[k:KENT]->(b) RETURN a.name, k, b.name LIMIT 5000', maxRows: 10000 } }) },
  { name: 'POST /api/cypher?format=csv', run: (r) => r('/api/cypher?format=csv', { method: 'POST', json: { query: 'MATCH (p:Persoon) RETURN p.name, p.contact LIMIT 5000', maxRows: 10000 } }) },
];

const editorCalls: Call[] = [
  { name: 'GET /api/merge/candidates', run: (r) => r('/api/merge/candidates?kind=persoon&limit=1000&threshold=0.5') },
  { name: 'GET /api/merge', run: (r) => r('/api/merge') },
  { name: 'GET /api/intake/suggest (other wijk)', run: (r) => r(`/api/intake/suggest?name=o%27neill&gebied=geb_bu_grote_markt&limit=50`) },
  { name: 'GET /api/intake/suggest', run: (r) => r('/api/intake/suggest?name=eva&limit=50') },
  { name: 'GET /api/intake/todo', run: (r) => r('/api/intake/todo?all=true') },
  { name: 'GET /api/intake/inventaris', run: (r) => r('/api/intake/inventaris/wt_rozenprieel_centrum') },
];

async function leaksIn(request: Requester, calls: Call[], find: (text: string) => string[]) {
  const leaks: string[] = [];
  for (const call of calls) {
    const response = await call.run(request);
    const text = await response.text();
    // A person without a legal basis is a 404 to everyone but the beheerder, the same as an unknown id.
    // Free Cypher is for the beheerder and the analist only.
    const hiddenPerson = response.status === 404 && /^GET \/api\/nodes\/per_/.test(call.name);
    const freeCypher = response.status === 403 && /\/api\/(cypher|reports\/personal)/.test(call.name);
    if (!hiddenPerson && !freeCypher) expect(response.status, `${call.name}: ${text.slice(0, 200)}`).toBeLessThan(400);
    const found = find(text);
    if (found.length) leaks.push(`${call.name}: ${found.length} names, e.g. ${found.slice(0, 4).join(', ')}`);
  }
  return leaks;
}

beforeAll(async () => {
  seed = seedNetwork();
  persons = seed.nodes.filter((node) => node.kind === 'persoon');
  t = await createTestApp({ seed });
  analist = await t.as('analist');
  verbinder = await t.as('gebiedsverbinder', [OWN_WIJK]);
  // History that remembers things the current network no longer has: a person
  // who was renamed, one who was deleted, and a contact moment.
  const admin = t.request;
  expect((await admin('/api/nodes', { method: 'POST', json: { id: 'gone', kind: 'persoon', name: 'Gerrit Verdwenen', roles: ['bewoner'], consentBasis: 'toestemming', contact: 'gerrit@verdwenen.nl' } })).status).toBe(201);
  expect((await admin('/api/nodes/per_gone', { method: 'PATCH', json: { name: 'Gerrit Verhuisd' } })).status).toBe(200);
  expect((await admin('/api/ties', { method: 'POST', json: { type: 'WOONT_IN', from: 'per_gone', to: 'geb_bu_grote_markt' } })).status).toBe(201);
  expect((await admin('/api/nodes/per_gone', { method: 'DELETE' })).status).toBe(204);
  kentOut = 'kent.tricky0';
  expect((await admin('/api/contacts', { method: 'POST', json: { tieId: kentOut, date: '2026-10-01', kind: 'ontmoeting' } })).status).toBe(201);
}, 120_000);
afterAll(() => t?.close());

/** Every name and contact detail of the given persons, plus those of the removed test person. */
function secretsOf(people: GraphNode[], extra = true): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const person of people) {
    secrets.set(person.name, person.id);
    if (typeof person.contact === 'string') secrets.set(person.contact, `${person.id} contact`);
  }
  if (extra) for (const gone of ['Gerrit Verdwenen', 'Gerrit Verhuisd', 'gerrit@verdwenen.nl']) secrets.set(gone, 'per_gone');
  return secrets;
}

describe('no name leaks', () => {
  it('the analist never sees a name or contact detail', async () => {
    const find = finder(secretsOf(persons));
    const calls = [...readCalls(), ...cypherCalls, ...(await reportCalls(analist))];
    expect(await leaksIn(analist, calls, find)).toEqual([]);
  }, 300_000);

  it('the analist sees pseudonyms instead', async () => {
    const body = (await (await analist('/api/nodes/per_0896')).json()) as GraphNode;
    expect(body.name).toMatch(/^Persoon [0-9A-F]{6}$/);
    const cypher = (await (await analist('/api/cypher', { method: 'POST', json: { query: "MATCH (p:Persoon) WHERE p.id = 'per_0896' RETURN p.name AS n" } })).json()) as { rows: { n: string }[] };
    expect(cypher.rows[0]!.n).toBe(body.name);
  });

  it('a gebiedsverbinder sees names in their own gebied only, and never those without a legal basis', async () => {
    const scope = nodesInGebieden(seed, [OWN_WIJK]);
    const outside = persons.filter((person) => !scope.has(person.id) || person.consentBasis === 'geen' || !person.consentBasis);
    const inside = persons.filter((person) => scope.has(person.id) && person.consentBasis !== 'geen' && person.consentBasis);
    expect(inside.length).toBeGreaterThan(20);
    const find = finder(secretsOf(outside));
    const calls = [...readCalls(), ...editorCalls, ...(await reportCalls(verbinder))];
    expect(await leaksIn(verbinder, calls, find)).toEqual([]);
    // … and does see the names of their own residents.
    const own = inside.find((person) => person.id === 'per_0896')!;
    expect(((await (await verbinder('/api/nodes/per_0896')).json()) as GraphNode).name).toBe(own.name);
  }, 300_000);

  it('persons without a legal basis are left off lists and the map for non-beheerders, but not for the beheerder', async () => {
    const admin = (await (await t.request('/api/graph')).json()) as { nodes: { key: string; attributes: GraphNode }[] };
    const unconsented = admin.nodes.filter((node) => node.attributes.kind === 'persoon' && node.attributes.consentBasis === 'geen').map((node) => node.key);
    expect(unconsented.length).toBeGreaterThan(10);
    for (const request of [analist, verbinder]) {
      const graph = (await (await request('/api/graph')).json()) as { nodes: { key: string }[]; attributes: { hiddenWithoutConsent: number } };
      const keys = new Set(graph.nodes.map((node) => node.key));
      expect(unconsented.filter((id) => keys.has(id))).toEqual([]);
      expect(graph.attributes.hiddenWithoutConsent).toBe(unconsented.length);
      const list = (await (await request('/api/nodes?kind=persoon&limit=1000&offset=0')).json()) as { items: { id: string }[] };
      const more = (await (await request('/api/nodes?kind=persoon&limit=1000&offset=1000')).json()) as { items: { id: string }[] };
      const listed = new Set([...list.items, ...more.items].map((item) => item.id));
      expect(unconsented.filter((id) => listed.has(id))).toEqual([]);
    }
  });
});
