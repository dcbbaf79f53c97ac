/**
 * Bad input, property-based: arbitrary JSON, strings, numbers, deep objects,
 * huge strings and unicode in the bodies and query strings of the API. The
 * server never answers 500 and never crashes; every refusal is a JSON error
 * with `error.code` and `error.message`; and a refused request leaves the
 * database exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import { createApp } from '../../server/api/app.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { SYSTEM_ACTOR } from '../../server/services/write/types.ts';

const RUNS = 120;
const TIME_LIMIT_MS = 8_000;
/** Cases over every route of the API, on top of the per-route properties above. */
const ROUTE_RUNS = 9_000;
let cases = 0;

const SEED: NetworkData = {
  nodes: [
    { id: 'geb_wk_test', kind: 'gebied', name: 'Testwijk', level: 'wijk' },
    { id: 'per_anna', kind: 'persoon', name: 'Anna de Vries', roles: ['bewoner'], consentBasis: 'toestemming' },
    { id: 'per_bram', kind: 'persoon', name: 'Bram Jansen', roles: ['bewoner', 'sleutelfiguur'], consentBasis: 'toestemming' },
    { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn' },
    { id: 'thm_armoede', kind: 'thema', name: 'Armoede' },
  ] as NetworkData['nodes'],
  ties: [
    { id: 'kent.ab', type: 'KENT', from: 'per_anna', to: 'per_bram', strength: 3, startDate: '2025-01-01' },
    { id: 'woont_in.a', type: 'WOONT_IN', from: 'per_anna', to: 'geb_wk_test' },
  ] as NetworkData['ties'],
};

let t: TestApp;
let seedSnapshot: string;
beforeAll(async () => {
  t = await createTestApp({ seed: SEED });
  await t.services.users.create({ username: 'doelwit', password: 'een-lang-wachtwoord', role: 'analist', gebieden: [] });
  seedSnapshot = await snapshot();
  seedFingerprint = await fingerprint();
}, 60_000);
afterAll(() => t?.close());

async function snapshot(): Promise<string> {
  const network = await t.services.store.readNetwork();
  const nodes = [...network.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const ties = [...network.ties].sort((a, b) => a.id.localeCompare(b.id));
  const users = (await t.services.users.list()).map((user) => user.username).sort();
  return JSON.stringify({ nodes, ties, users });
}

/**
 * A cheap fingerprint of the data: the network's version (only the write
 * service writes the store, and every commit moves it on) and the accounts.
 * The whole store is compared with the seed every 200 cases and at the end.
 */
async function fingerprint(): Promise<string> {
  const users = (await t.services.users.list()).map((user) => user.username).sort();
  return `${t.services.cache.version}|${users.join(',')}`;
}
let seedFingerprint = '';

/** Sends, checks the answer's shape, and (when refused) that nothing changed. */
async function probe(method: string, path: string, body: string | undefined, contentType = 'application/json'): Promise<number> {
  if (++cases % 200 === 0 && (await fingerprint()) === seedFingerprint) expect(await snapshot(), 'the store drifted from the seed without a write').toBe(seedSnapshot);
  const before = await fingerprint();
  const response = await t.request(path, { method, body, headers: body === undefined ? {} : { 'content-type': contentType } });
  const text = await response.text();
  expect(response.status, `${method} ${path} ${String(body).slice(0, 200)} → ${text.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) {
    let parsed: { error?: { code?: unknown; message?: unknown } };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path}: ${response.status} without a JSON body: ${text.slice(0, 200)}`);
    }
    expect(typeof parsed.error?.code, text.slice(0, 200)).toBe('string');
    expect(typeof parsed.error?.message, text.slice(0, 200)).toBe('string');
    expect(await fingerprint(), `${method} ${path} changed the database although refused`).toBe(before);
  } else if ((await fingerprint()) !== before) await resetToSeed();
  return response.status;
}

/** After an accepted write (a generated body can be valid), back to the seed for the next case. */
async function resetToSeed(): Promise<void> {
  const { write, users } = t.services;
  await write.replaceNetwork(SYSTEM_ACTOR, 'demo', SEED);
  for (const user of await users.list()) if (user.username !== 'beheerder' && user.username !== 'doelwit') await users.remove(user.username);
  expect(await snapshot()).toBe(seedSnapshot);
  seedFingerprint = await fingerprint();
}

const deep = (depth: number, leaf: unknown = 1): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Arbitrary JSON values, including the awkward ones. */
const anyJson = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: fc.object({ maxDepth: 3, values: [fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string({ unit: 'grapheme' })] }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3000 }).map((depth) => deep(depth)) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 300_000 }).map((size) => ({ kind: 'persoon', name: 'x'.repeat(size), roles: ['bewoner'] })) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('persoon', 'thema', 'gebied', 'organisatie', '__proto__', 'constructor'), name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), roles: fc.anything() }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom({ __proto__: { admin: true } }, JSON.parse('{"__proto__": {"polluted": 1}}'), { constructor: { prototype: { x: 1 } } }) },
);

/** Bodies that are not JSON at all, or JSON in disguise. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '[1,', '{"a":}', 'null', 'true', '"x"', '1e309', '\u0000', '\ufeff{}', '{"a":1}{"b":2}', '[]'.repeat(5000)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
);

const queryValue = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String), fc.double().map(String), fc.constantFrom('', '-1', '1e999', 'NaN', 'null', ',,,', 'geb_wk_test,,x', '2025-02-30', '9999-99-99', '%', '\u0000'));
const query = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys, 'onbekend'), queryValue, { maxKeys: 5 }).map((record) => new URLSearchParams(record).toString());

const property = <T,>(arbitrary: fc.Arbitrary<T>, run: (value: T) => Promise<unknown>) =>
  fc.assert(fc.asyncProperty(arbitrary, async (value) => void (await run(value))), { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, endOnFailure: true });

describe('bad input never yields a 500 or a changed database', () => {
  it('POST /api/nodes', () => property(anyJson, (body) => probe('POST', '/api/nodes', JSON.stringify(body))), 60_000);
  it('POST /api/nodes with a body that is not JSON', () => property(anyText, (body) => probe('POST', '/api/nodes', body)), 60_000);
  it('PATCH /api/nodes/:id', () => property(fc.tuple(fc.constantFrom('per_anna', 'org_dock', 'per_niemand', 'x'.repeat(300), '%2e%2e', 'per_%00'), anyJson), ([id, body]) => probe('PATCH', `/api/nodes/${id}`, JSON.stringify(body))), 60_000);
  it('POST /api/ties', () =>
    property(
      fc.oneof(
        anyJson,
        fc.record({ type: fc.oneof(fc.constantFrom('KENT', 'WOONT_IN', 'VERWIJST_NAAR', 'kent', ''), fc.string()), from: fc.oneof(fc.constantFrom('per_anna', 'per_bram', 'org_dock', 'per_niemand'), fc.anything()), to: fc.oneof(fc.constantFrom('per_anna', 'per_bram', 'geb_wk_test'), fc.anything()), strength: fc.anything(), startDate: fc.oneof(fc.string(), fc.constant('2025-02-30')) }, { requiredKeys: ['type', 'from', 'to'] }),
      ),
      (body) => probe('POST', '/api/ties', JSON.stringify(body)),
    ),
  120_000);
  it('PATCH /api/ties/:id', () => property(anyJson, (body) => probe('PATCH', '/api/ties/kent.ab', JSON.stringify(body))), 60_000);
  it('GET /api/nodes query strings', () => property(query(['kind', 'q', 'offset', 'limit']), (q) => probe('GET', `/api/nodes?${q}`, undefined)), 60_000);
  it('GET /api/ties query strings', () => property(query(['type', 'nodeId', 'offset', 'limit']), (q) => probe('GET', `/api/ties?${q}`, undefined)), 60_000);
  it('GET /api/graph query strings', () => property(query(['gebied', 'kind', 'role', 'theme', 'tieType', 'minStrength', 'at']), (q) => probe('GET', `/api/graph?${q}`, undefined)), 60_000);
  it('GET /api/analysis query strings', () =>
    property(fc.tuple(fc.constantFrom('gaps', 'coverage', 'sleutelfiguren', 'measures'), query(['gebied', 'at', 'analysis', 'months', 'limit', 'professionals', 'w.reach'])), ([name, q]) => probe('GET', `/api/analysis/${name}?${q}`, undefined)),
  60_000);
  it('POST /api/reports/:id/run params', () =>
    property(
      fc.tuple(fc.constantFrom('wijk-kerncijfers', 'vertrek-impact', 'verouderde-banden', 'sleutelfiguren-per-wijk', 'veranderingen-tussen-datums', 'bestaat-niet'), fc.oneof(anyJson, fc.record({ params: fc.dictionary(fc.constantFrom('wijk', 'persoon', 'voor', 'top', 'van', 'tot', 'x'), fc.anything()) }))),
      ([id, body]) => probe('POST', `/api/reports/${id}/run`, JSON.stringify(body)),
    ),
  90_000);
  it('POST /api/cypher: arbitrary bodies and queries, writes refused', () =>
    property(
      fc.oneof(
        anyJson,
        fc.record({ query: fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('MATCH (n) DETACH DELETE n', 'CREATE (:Persoon {id: "per_x"})', 'MATCH (p:Persoon) SET p.name = "x"', 'match (n) return n; match (m) detach delete m', 'CALL db.clear()', 'COPY Persoon FROM "/etc/passwd"', 'MATCH (n) RETURN n LIMIT 1 // ', 'RETURN 1/0', 'UNWIND range(1, 100000000) AS x RETURN count(x)', 'MATCH (a)-[*1..30]-(b) RETURN count(*)')), params: fc.dictionary(fc.string(), fc.jsonValue()), maxRows: fc.anything(), timeoutMs: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.anything()) }, { requiredKeys: ['query'] }),
      ),
      (body) => probe('POST', '/api/cypher', JSON.stringify(body)),
    ),
  120_000);
  it('POST and PATCH /api/users', () =>
    property(
      fc.oneof(anyJson, fc.record({ username: fc.oneof(fc.string(), fc.constantFrom('beheerder', '__proto__', 'a', 'Beheerder', 'x'.repeat(100))), password: fc.oneof(fc.string(), fc.constant('x'.repeat(100_000))), role: fc.oneof(fc.constantFrom('beheerder', 'analist', 'god'), fc.string()), gebieden: fc.anything() }, { requiredKeys: [] })),
      async (body) => {
        await probe('POST', '/api/users', JSON.stringify(body));
        await probe('PATCH', '/api/users/doelwit', JSON.stringify(body));
      },
    ),
  120_000);
  it('POST /api/import/preview', () =>
    property(
      fc.oneof(
        anyText.map((text) => ({ body: text, type: 'text/csv' })),
        anyJson.map((json) => ({ body: JSON.stringify(json), type: 'application/json' })),
        fc.record({ text: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(fc.array(fc.string(), { maxLength: 8 }), { maxLength: 50 }).map((rows) => rows.map((row) => row.join(';')).join('\n'))), kind: fc.oneof(fc.constantFrom('persons', 'ties', 'socialekaart', 'x'), fc.string()), separator: fc.oneof(fc.constantFrom(';', ',', 'tab', '|'), fc.string()) }).map((json) => ({ body: JSON.stringify(json), type: 'application/json' })),
      ),
      ({ body, type }) => probe('POST', `/api/import/preview`, body, type),
    ),
  90_000);
  it('views, merge, contacts, privacy and backup bodies', () =>
    property(
      fc.tuple(fc.constantFrom(['PUT', '/api/views/mijn'], ['POST', '/api/merge'], ['POST', '/api/contacts'], ['POST', '/api/privacy/retention/purge'], ['POST', '/api/backup/restore'], ['POST', '/api/analysis/what-if'], ['POST', '/api/intake/interview'], ['POST', '/api/reports/personal']), anyJson),
      ([[method, path], body]) => probe(method!, path!, JSON.stringify(body)),
    ),
  120_000);

  it('every route of the API, with absurd path parameters, query strings, bodies and content types', async () => {
    // Routes that end the test's own session are left out; everything else is fair game.
    const routes = createApp(t.services)
      .routes.filter((route) => route.method !== 'ALL' && !/\/api\/auth\/(logout|login)/.test(route.path) && route.path.startsWith('/api/'))
      .map((route) => ({ method: route.method, path: route.path }));
    const unique = [...new Map(routes.map((route) => [`${route.method} ${route.path}`, route])).values()];
    expect(unique.length).toBeGreaterThan(60);
    const paramValue = fc.oneof(fc.constantFrom('per_anna', 'kent.ab', 'org_dock', 'geb_wk_test', 'wijk-kerncijfers', 'standaard'), fc.string({ maxLength: 40 }), fc.constantFrom('%00', '..%2F..', 'x'.repeat(500), '2147483647', '-1', '__proto__'));
    const body = fc.oneof(
      anyJson.map((json) => ({ text: JSON.stringify(json), type: 'application/json' })),
      anyText.map((text) => ({ text, type: 'application/json' })),
      anyText.map((text) => ({ text, type: 'text/plain' })),
      fc.constantFrom({ text: '', type: 'multipart/form-data; boundary=x' }, { text: '--x\r\n', type: 'multipart/form-data; boundary=x' }, { text: 'a=1&b=2', type: 'application/x-www-form-urlencoded' }, { text: `${'{"a":['.repeat(100_000)}1${']}'.repeat(100_000)}`, type: 'application/json' }, { text: JSON.stringify({ a: 'x'.repeat(300_000) }), type: 'application/json' }),
    );
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...unique), fc.array(paramValue, { minLength: 3, maxLength: 3 }), query(['offset', 'limit', 'kind', 'gebied', 'at', 'q', 'format', 'periode', 'dryRun']), body, async (route, values, q, { text, type }) => {
        let index = 0;
        const path = route.path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(values[index++ % values.length]!));
        await probe(route.method, `${path}?${q}`, route.method === 'GET' ? undefined : text, type);
        if (++batch % 500 === 0) expect((await t.request('/api/health')).status).toBe(200);
      }),
      { numRuns: ROUTE_RUNS, endOnFailure: true },
    );
  }, 1_200_000);

  it('ran at least 10 000 cases in all', () => {
    expect(cases).toBeGreaterThanOrEqual(10_000);
  });

  it('is still healthy and unchanged afterwards', async () => {
    expect((await t.request('/api/health')).status).toBe(200);
    const network = await t.services.store.readNetwork();
    expect(network.nodes.map((node) => node.id).sort()).toEqual(SEED.nodes.map((node) => node.id).sort());
    expect(network.ties.map((tie) => tie.id).sort()).toEqual(SEED.ties.map((tie) => tie.id).sort());
  });
});
