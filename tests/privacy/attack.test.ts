/**
 * The attack of a curious or careless colleague with an account, one class
 * of hole at a time, through the real HTTP app on a small network whose
 * every person is known:
 *
 *   wijk A (buurt A1): Anja Aalbers (consent), Geheime Gerda (no legal basis)
 *   wijk B (buurt B1): Bert Bakker (consent), Verborgen Vera (no legal basis)
 *
 * Each test names the class it covers. The assertions look for every person's
 * name in every case and reversed, not for the demo's names on known routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphTie, NetworkData, Role } from '../../server/model/index.ts';
import { createTestApp, TEST_PASSWORD, type Requester, type TestApp } from '../helpers/test-app.ts';

const gebied = (id: string, name: string, level: string, parentId?: string): GraphNode => ({ id, kind: 'gebied', name, level, ...(parentId ? { parentId } : {}) }) as GraphNode;
const person = (id: string, name: string, consent: boolean): GraphNode =>
  ({ id, kind: 'persoon', name, roles: ['bewoner'], startDate: '2025-01-01', ...(consent ? { consentBasis: 'toestemming', contact: `${id}@voorbeeld.nl` } : { consentBasis: 'geen' }) }) as GraphNode;
const tie = (id: string, type: GraphTie['type'], from: string, to: string): GraphTie => ({ id, type, from, to, startDate: '2025-01-01', strength: 3 }) as GraphTie;

const PERSONS = [person('per_anja', 'Anja Aalbers', true), person('per_gerda', 'Geheime Gerda', false), person('per_bert', 'Bert Bakker', true), person('per_vera', 'Verborgen Vera', false)];
const HIDDEN = PERSONS.filter((node) => node.consentBasis === 'geen');
const SEED: NetworkData = {
  nodes: [
    gebied('geb_haarlem', 'Haarlem', 'stad'),
    gebied('geb_wk_a', 'Wijk A', 'wijk', 'geb_haarlem'),
    gebied('geb_bu_a1', 'Buurt A1', 'buurt', 'geb_wk_a'),
    gebied('geb_wk_b', 'Wijk B', 'wijk', 'geb_haarlem'),
    gebied('geb_bu_b1', 'Buurt B1', 'buurt', 'geb_wk_b'),
    { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn' } as GraphNode,
    ...PERSONS,
  ],
  ties: [
    tie('woont_in.anja', 'WOONT_IN', 'per_anja', 'geb_bu_a1'),
    tie('woont_in.gerda', 'WOONT_IN', 'per_gerda', 'geb_bu_a1'),
    tie('woont_in.bert', 'WOONT_IN', 'per_bert', 'geb_bu_b1'),
    tie('woont_in.vera', 'WOONT_IN', 'per_vera', 'geb_bu_b1'),
    tie('kent.ab', 'KENT', 'per_anja', 'per_bert'),
    tie('kent.ag', 'KENT', 'per_anja', 'per_gerda'),
    tie('kent.bv', 'KENT', 'per_bert', 'per_vera'),
  ],
};

/** Every form in which a name could come back from a transformed query. */
function forms(name: string): string[] {
  const reversed = [...name].reverse().join('');
  return [name, name.toLowerCase(), name.toUpperCase(), reversed, reversed.toLowerCase(), name.normalize('NFD')];
}
const ALL_NAMES = PERSONS.flatMap((node) => forms(node.name));
const leaked = (text: string, names: readonly string[] = ALL_NAMES) => names.filter((form) => text.toLowerCase().includes(form.toLowerCase()));

let t: TestApp;
let as: Record<'beheerder' | 'analist' | 'verbinderA' | 'opbouwA' | 'wijkteamA', Requester>;

beforeAll(async () => {
  t = await createTestApp({ seed: SEED });
  as = {
    beheerder: t.request,
    analist: await t.as('analist'),
    verbinderA: await t.as('gebiedsverbinder', ['geb_wk_a']),
    opbouwA: await t.as('opbouwwerker', ['geb_wk_a']),
    wijkteamA: await t.as('wijkteamlid', ['geb_wk_a']),
  };
}, 120_000);
afterAll(() => t?.close());

const post = (request: Requester, path: string, json: unknown) => request(path, { method: 'POST', json });
const networkNow = async () => JSON.stringify(await t.services.store.readNetwork());

describe('free Cypher runs on a copy without names, and only for the roles that may write it', () => {
  const TRANSFORMS = [
    'MATCH (p:Persoon) RETURN lower(p.name) AS x',
    'MATCH (p:Persoon) RETURN upper(p.name) AS x',
    'MATCH (p:Persoon) RETURN reverse(p.name) AS x',
    'MATCH (p:Persoon) RETURN substring(p.name, 0, 5) AS x',
    "MATCH (p:Persoon) RETURN p.name + '|' + p.id AS x",
    'MATCH (p:Persoon) RETURN collect(p.name) AS x',
    "MATCH (p:Persoon) WITH collect(p.name) AS names RETURN reduce(s = '', n IN names | s + n + ',') AS x",
    'MATCH (p:Persoon) RETURN p.contact AS x, p.consentBasis AS y',
    "MATCH (p:Persoon) WHERE p.name STARTS WITH 'G' OR p.name CONTAINS 'erd' RETURN p.id AS x",
  ];
  const FREE: ('beheerder' | 'analist')[] = ['beheerder', 'analist'];

  it.each(FREE)('%s: the console returns no name in any form, and no person without a legal basis', async (role) => {
    for (const query of TRANSFORMS) {
      const response = await post(as[role], '/api/cypher', { query });
      const text = await response.text();
      expect(response.status, `${query}: ${text.slice(0, 200)}`).toBeLessThan(500);
      expect(leaked(text), query).toEqual([]);
      for (const hidden of HIDDEN) expect(text, query).not.toContain(hidden.id);
      expect(text, query).not.toContain('@voorbeeld.nl');
    }
    const count = await post(as[role], '/api/cypher', { query: 'MATCH (p:Persoon) RETURN count(p) AS n' });
    expect(((await count.json()) as { rows: { n: number }[] }).rows[0]!.n).toBe(PERSONS.length - HIDDEN.length);
    const names = await post(as[role], '/api/cypher', { query: 'MATCH (p:Persoon) RETURN p.name AS x' });
    for (const row of ((await names.json()) as { rows: { x: string }[] }).rows) expect(row.x).toMatch(/^Persoon [0-9A-F]{6}$/);
  });

  it.each(FREE)('%s: a personal report runs on the same copy', async (role) => {
    for (const [index, cypher] of TRANSFORMS.entries()) {
      const saved = await post(as[role], '/api/reports/personal', { title: `poging ${index}`, cypher });
      const text = await saved.text();
      if (saved.status !== 201) {
        expect(saved.status, text).toBeLessThan(500);
        continue;
      }
      const { id } = JSON.parse(text) as { id: string };
      const run = await post(as[role], `/api/reports/personal/${id}/run`, {});
      const result = await run.text();
      expect(run.status, result.slice(0, 200)).toBeLessThan(500);
      expect(leaked(result), cypher).toEqual([]);
      for (const hidden of HIDDEN) expect(result, cypher).not.toContain(hidden.id);
    }
  });

  it.each(['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid'] as Role[])('%s may not write free Cypher at all', async (role) => {
    const request = role === 'gebiedsverbinder' ? as.verbinderA : role === 'opbouwwerker' ? as.opbouwA : as.wijkteamA;
    expect((await post(request, '/api/cypher', { query: 'MATCH (p:Persoon) RETURN p.name' })).status).toBe(403);
    expect((await post(request, '/api/reports/personal', { title: 'x', cypher: 'MATCH (p:Persoon) RETURN p.name' })).status).toBe(403);
  });

  it('no query reaches the app records: accounts, sessions, secrets, audit', async () => {
    const secret = JSON.stringify(t.services.records.list('secrets').map((record) => record.data));
    const hashes = t.services.records.list<{ passwordHash: string }>('users').map((record) => record.data.passwordHash);
    const sessions = t.services.records.list('sessions').map((record) => record.id);
    expect(hashes.length).toBeGreaterThan(3);
    for (const query of [
      'MATCH (d:AppDocument) RETURN d',
      'MATCH (n) RETURN labels(n) AS l, keys(n) AS k',
      'CALL db.labels() YIELD label RETURN label',
      'CALL show_tables() RETURN *',
      "MATCH (n) WHERE any(k IN keys(n) WHERE k CONTAINS 'password' OR k CONTAINS 'session') RETURN n",
    ]) {
      for (const role of FREE) {
        const text = await (await post(as[role], '/api/cypher', { query })).text();
        expect(text).not.toMatch(/scrypt\$/);
        for (const hash of hashes) expect(text).not.toContain(hash.slice(-20));
        for (const session of sessions) expect(text).not.toContain(session);
        if (secret.length > 10) expect(text).not.toContain(secret.slice(2, 30));
        expect(text.toLowerCase()).not.toContain('csrf');
      }
    }
  });
});

describe('a person with an odd name breaks nothing', () => {
  const ODD = ['":"', '"', '\\', ',', '{', 'null', 'Persoon'];

  it('an editor creates persons with names made of JSON syntax; every role still gets whole, valid answers', async () => {
    for (const name of ODD) {
      const response = await post(as.verbinderA, '/api/nodes', { kind: 'persoon', name, roles: ['bewoner'], placeIn: 'geb_bu_a1' });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    for (const request of Object.values(as)) {
      for (const path of ['/api/graph', '/api/nodes?kind=persoon&limit=100', '/api/ties?limit=100', '/api/analysis/measures', '/api/nodes/per_anja', '/api/history/events?limit=100']) {
        const response = await request(path);
        const text = await response.text();
        expect(response.status, `${path}: ${text.slice(0, 200)}`).toBe(200);
        expect(() => JSON.parse(text), path).not.toThrow();
      }
    }
    // The editor of wijk A still sees Anja by name, and the beheerder sees the odd names as they are.
    expect(((await (await as.verbinderA('/api/nodes/per_anja')).json()) as GraphNode).name).toBe('Anja Aalbers');
    const listed = (await (await as.beheerder('/api/nodes?kind=persoon&limit=100')).json()) as { items: GraphNode[] };
    for (const name of ODD) expect(listed.items.some((node) => node.name === name), name).toBe(true);
  });
});

describe('search is no oracle', () => {
  const found = async (request: Requester, q: string) => ((await (await request(`/api/nodes?kind=persoon&q=${encodeURIComponent(q)}`)).json()) as { total: number }).total;

  it('matches only what the viewer may see: hidden names and names outside the scope match nothing', async () => {
    for (const q of ['G', 'Ge', 'Geh', 'Geheime', 'gerda', 'Verb', 'Vera']) {
      for (const role of ['analist', 'verbinderA', 'opbouwA', 'wijkteamA'] as const) expect(await found(as[role], q), `${role} ${q}`).toBe(0);
    }
    // Bert lives in wijk B: wijk A's editor and the analist see him by pseudonym only, so his name does not match.
    // (Single letters A-F would match the pseudonyms' hex digits, which is what the viewer sees.)
    for (const q of ['Bert', 'Bakker', 'akk', 'ert b']) {
      expect(await found(as.verbinderA, q), q).toBe(0);
      expect(await found(as.analist, q), q).toBe(0);
    }
    expect(await found(as.verbinderA, 'Anja')).toBe(1);
    expect(await found(as.beheerder, 'Geheime')).toBe(1);
  });
});

describe('no write widens a scope', () => {
  it('a placement tie into my wijk for a person of another wijk is refused, and the person stays out of reach', async () => {
    const before = await networkNow();
    for (const type of ['ACTIEF_IN', 'WOONT_IN'] as const) {
      const response = await post(as.verbinderA, '/api/ties', { type, from: 'per_bert', to: 'geb_wk_a' });
      expect(response.status, type).toBe(403);
    }
    expect((await post(as.verbinderA, '/api/ties', { type: 'KENT', from: 'per_anja', to: 'per_bert' })).status).toBe(403);
    expect(await networkNow()).toBe(before);
    const bert = (await (await as.verbinderA('/api/nodes/per_bert')).json()) as GraphNode;
    expect(bert.name).toMatch(/^Persoon /);
    expect(bert.contact).toBeUndefined();
    expect((await as.verbinderA('/api/nodes/per_bert', { method: 'PATCH', json: { name: 'Overgenomen' } })).status).toBe(403);
    expect((await as.verbinderA('/api/nodes/per_bert', { method: 'DELETE' })).status).toBe(403);
    expect((await as.verbinderA('/api/nodes/per_vera')).status).toBe(404);
    expect(await networkNow()).toBe(before);
  });

  it('an import by a scoped editor cannot create or change anything in another wijk', async () => {
    const before = await networkNow();
    const csv = 'Naam;Rollen;Wijk;Buurt;Toestemming;Contact\nBert Bakker;bewoner, sleutelfiguur;Wijk B;;ja;overgenomen@voorbeeld.nl\nNieuwe Nina;bewoner;Wijk B;;ja;\n';
    const response = await post(as.verbinderA, '/api/import/persons', { text: csv });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toContain('Bakker');
    expect(await networkNow()).toBe(before);
    for (const format of ['graphml', 'gexf'] as const) {
      const graph =
        format === 'graphml'
          ? '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="kind" for="node" attr.name="kind" attr.type="string"/><key id="name" for="node" attr.name="name" attr.type="string"/><graph edgedefault="directed"><node id="per_bert"><data key="kind">persoon</data><data key="name">Overgenomen</data></node></graph></graphml>'
          : '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes><nodes><node id="per_bert" label="Overgenomen"><attvalues><attvalue for="kind" value="persoon"/></attvalues></node></nodes><edges/></graph></gexf>';
      const imported = await post(as.verbinderA, `/api/import/${format}`, { text: graph });
      expect(imported.status, format).toBeGreaterThanOrEqual(400);
      expect(imported.status, format).toBeLessThan(500);
      expect(await networkNow(), format).toBe(before);
    }
  });

  it('an intake by a wijkteamlid records residents of the own wijk only, with no professional roles, and leaves history', async () => {
    const before = await networkNow();
    const refused = [
      { gebiedId: 'geb_bu_b1', interviewee: { name: 'Iemand in B', consentBasis: 'toestemming' } },
      { gebiedId: 'geb_bu_a1', interviewee: { name: 'Nieuwe sleutelfiguur', roles: ['sleutelfiguur', 'professional'], consentBasis: 'toestemming' } },
      { gebiedId: 'geb_bu_a1', interviewee: { id: 'per_anja' }, knows: [{ person: { id: 'per_bert' }, strength: 5 }] },
      { gebiedId: 'geb_bu_a1', interviewee: { name: 'Nieuwe buur', consentBasis: 'toestemming' }, knows: [{ person: { id: 'per_bert' } }] },
      { gebiedId: 'geb_bu_a1', interviewee: { id: 'per_anja' }, knows: [{ person: { name: 'Buurvrouw', gebiedId: 'geb_bu_b1' } }] },
      { gebiedId: 'geb_bu_a1', interviewee: { id: 'per_anja' }, worksWith: [{ nodeId: 'org_dock' }] },
      { gebiedId: 'geb_bu_a1', interviewee: { name: 'Naam\u001fmet stuurteken', consentBasis: 'toestemming' } },
    ];
    for (const interview of refused) {
      const response = await post(as.wijkteamA, '/api/intake/interview', interview);
      expect(response.status, JSON.stringify(interview)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(interview)).toBeLessThan(500);
    }
    expect(await networkNow()).toBe(before);

    const accepted = await post(as.wijkteamA, '/api/intake/interview', { gebiedId: 'geb_bu_a1', interviewee: { id: 'per_anja' }, knows: [{ person: { name: 'Buurman Bas' } }] });
    expect(accepted.status, await accepted.clone().text()).toBe(201);
    const bas = t.services.cache.snapshot().nodes.find((node) => node.name === 'Buurman Bas')!;
    expect(bas.consentBasis).toBe('geen');
    const events = (await (await as.beheerder(`/api/history/events?node=${bas.id}`)).json()) as { items: { op: string }[] };
    expect(events.items.map((event) => event.op)).toContain('create');
  });

  it('a merge across wijken is refused', async () => {
    const before = await networkNow();
    const response = await post(as.verbinderA, '/api/merge', { keepId: 'per_anja', dropId: 'per_bert' });
    expect(response.status).toBe(403);
    expect(await networkNow()).toBe(before);
  });
});

describe('every record has an owner', () => {
  it('a personal report is its owner’s only, even for a user whose name is a prefix', async () => {
    await t.services.users.create({ username: 'jan', password: TEST_PASSWORD, role: 'analist', gebieden: [] });
    await t.services.users.create({ username: 'jan.smit', password: TEST_PASSWORD, role: 'analist', gebieden: [] });
    const jan = await t.login('jan');
    const smit = await t.login('jan.smit');
    const saved = await post(smit, '/api/reports/personal', { title: 'Van Smit', cypher: 'MATCH (p:Persoon) RETURN count(p) AS n' });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const listed = (await (await jan('/api/reports/personal')).json()) as { reports: { id: string }[] };
    expect(listed.reports.map((report) => report.id)).not.toContain(id);
    expect((await post(jan, `/api/reports/personal/${id}/run`, {})).status).toBe(404);
    expect((await jan(`/api/reports/personal/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await post(smit, `/api/reports/personal/${id}/run`, {})).status).toBe(200);
  });

  it('a view is its owner’s; only the beheerder publishes the standard view', async () => {
    const view = { name: 'Mijn rondje', positions: { per_anja: [1, 2] } };
    expect((await as.verbinderA('/api/views/mijn-rondje', { method: 'PUT', json: view })).status).toBe(200);
    expect((await as.opbouwA('/api/views/mijn-rondje', { method: 'DELETE' })).status).toBe(404);
    expect((await as.verbinderA('/api/views/mijn-rondje')).status).toBe(200);
    const standardBefore = await (await as.beheerder('/api/views/standaard')).text();
    for (const role of ['analist', 'verbinderA', 'opbouwA', 'wijkteamA'] as const) {
      expect((await post(as[role], '/api/views/standaard/publish', { name: 'Overschreven', positions: { per_anja: [9, 9] } })).status, role).toBe(403);
      await as[role]('/api/views/standaard', { method: 'PUT', json: { name: 'Overschreven', positions: { per_anja: [9, 9] } } });
    }
    expect(await (await as.beheerder('/api/views/standaard')).text()).toBe(standardBefore);
    expect((await post(as.beheerder, '/api/views/standaard/publish', { name: 'Standaard', positions: { per_anja: [5, 5] } })).status).toBe(201);
  });
});

describe('contact moments carry no free text', () => {
  it('a note is refused, and nothing is stored', async () => {
    const response = await post(as.verbinderA, '/api/contacts', { tieId: 'kent.ag', date: '2026-10-01', kind: 'ontmoeting', note: 'schulden en depressie van haar dochter' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(t.services.records.list('contacts'))).not.toContain('schulden');
  });
});

describe('measures name no one without a legal basis', () => {
  it('the analysis results hold no hidden id for any role but the beheerder', async () => {
    for (const role of ['analist', 'verbinderA', 'opbouwA', 'wijkteamA'] as const) {
      const text = await (await as[role]('/api/analysis/measures')).text();
      for (const hidden of HIDDEN) expect(text, role).not.toContain(hidden.id);
      expect(leaked(text, HIDDEN.flatMap((node) => forms(node.name))), role).toEqual([]);
    }
  });
});

describe('login', () => {
  let login: TestApp;
  beforeAll(async () => {
    login = await createTestApp();
  }, 60_000);
  afterAll(() => login?.close());
  const attempt = (username: string, password: string, type = 'application/json') =>
    login.anonymous('/api/auth/login', { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ username, password }) });

  it('refuses a body that is not JSON (no login CSRF from a plain form)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const response = await attempt('beheerder', TEST_PASSWORD, type);
      expect(response.status, type).toBe(415);
    }
  });

  it('25 parallel wrong passwords: at most 5 are even tried, the rest wait', async () => {
    const statuses = await Promise.all(Array.from({ length: 25 }, () => attempt('beheerder', 'fout-wachtwoord').then((response) => response.status)));
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    // And the limiter holds for the right password too, until the window passes.
    expect((await attempt('beheerder', TEST_PASSWORD)).status).toBe(429);
  });

  it('limits guessing across usernames from one address', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 30; index++) statuses.push((await attempt(`gebruiker${index}`, 'fout')).status);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
  });
});
