/**
 * The authorisation policy as a table: every endpoint × every role (and no
 * session) × in scope / out of scope, with the status each must answer. The
 * table is the policy; a change to who may do what shows up here.
 *
 * Scoped roles (gebiedsverbinder, opbouwwerker, wijkteamlid) work in Parkwijk;
 * "out of scope" is a person or tie in the Oude Stad. Fixtures (fresh persons,
 * ties, users, views) are made by the beheerder before each request, so that a
 * permitted delete or merge does not spoil the next case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/model/index.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

type Who = Role | 'anonymous';
const WHO: readonly Who[] = ['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'analist', 'anonymous'];
const OWN_WIJK = 'geb_wk_parkwijk';
const OWN_BUURT = 'geb_bu_parkwijk_noord';
const OTHER_WIJK = 'geb_wk_oude_stad';
const OTHER_BUURT = 'geb_bu_grote_markt';

/** Expected status per caller. */
type Expect = Record<Who, number>;

/** Every role gets `ok`; no session gets 401. */
const everyone = (ok: number): Expect => ({ beheerder: ok, gebiedsverbinder: ok, opbouwwerker: ok, wijkteamlid: ok, analist: ok, anonymous: 401 });
/** The named roles get `ok`, other roles 403, no session 401. */
const only = (roles: readonly Role[], ok: number, otherwise: Partial<Expect> = {}): Expect => ({
  ...(Object.fromEntries(WHO.map((who) => [who, who === 'anonymous' ? 401 : roles.includes(who) ? ok : 403])) as Expect),
  ...otherwise,
});
const EDITORS: Role[] = ['beheerder', 'gebiedsverbinder', 'opbouwwerker'];
const WITH_WIJKTEAM: Role[] = [...EDITORS, 'wijkteamlid'];
const ADMIN: Role[] = ['beheerder'];
const FREE_CYPHER: Role[] = ['beheerder', 'analist'];

interface Fixture {
  person(where: 'in' | 'out'): Promise<string>;
  kent(where: 'in' | 'out'): Promise<string>;
  initiative(where: 'in' | 'out'): string;
  user(): Promise<string>;
  view(): Promise<string>;
}

interface Case {
  name: string;
  expect: Expect;
  run(request: Requester, fx: Fixture): Promise<Response>;
}

const get = (path: string) => (request: Requester) => request(path);
const send = (method: string, path: string, json?: unknown) => (request: Requester) => request(path, { method, json });

let unique = 0;
const next = () => ++unique;

const CASES: Case[] = [
  // Session and account
  { name: 'GET /api/auth/me', expect: everyone(200), run: get('/api/auth/me') },
  { name: 'GET /api/health (public)', expect: { ...everyone(200), anonymous: 200 }, run: get('/api/health') },

  // Reading the network: every role; names are a matter for the privacy filter
  { name: 'GET /api/nodes', expect: everyone(200), run: get('/api/nodes?kind=persoon&limit=20') },
  { name: 'GET /api/nodes?q=', expect: everyone(200), run: get('/api/nodes?kind=persoon&q=eva') },
  { name: 'GET /api/nodes/:id (in scope)', expect: everyone(200), run: async (r, fx) => r(`/api/nodes/${await fx.person('in')}`) },
  { name: 'GET /api/nodes/:id (out of scope)', expect: everyone(200), run: async (r, fx) => r(`/api/nodes/${await fx.person('out')}`) },
  { name: 'GET /api/nodes/:id/provenance', expect: everyone(200), run: async (r, fx) => r(`/api/nodes/${await fx.person('out')}/provenance`) },
  { name: 'GET /api/ties', expect: everyone(200), run: get('/api/ties?type=KENT&limit=20') },
  { name: 'GET /api/ties/:id (out of scope)', expect: everyone(200), run: async (r, fx) => r(`/api/ties/${await fx.kent('out')}`) },
  { name: 'GET /api/graph', expect: everyone(200), run: get('/api/graph') },
  { name: 'GET /api/graph?kind=gebied', expect: everyone(200), run: get('/api/graph?kind=gebied') },
  { name: 'GET /api/analysis/gaps', expect: everyone(200), run: get(`/api/analysis/gaps?gebied=${OWN_WIJK}`) },
  { name: 'GET /api/analysis/coverage', expect: everyone(200), run: get(`/api/analysis/coverage?gebied=${OTHER_WIJK}`) },
  { name: 'GET /api/analysis/sleutelfiguren', expect: everyone(200), run: get('/api/analysis/sleutelfiguren?limit=10') },
  { name: 'GET /api/analysis/measures', expect: everyone(200), run: get(`/api/analysis/measures?gebied=${OWN_WIJK}`) },
  { name: 'GET /api/analysis/overview', expect: everyone(200), run: get('/api/analysis/overview') },
  { name: 'POST /api/analysis/what-if', expect: everyone(200), run: (r) => r('/api/analysis/what-if', { method: 'POST', json: { remove: ['per_0896'], gebied: OWN_WIJK } }) },
  { name: 'GET /api/reports', expect: everyone(200), run: get('/api/reports') },
  // Free Cypher (console and personal reports): the beheerder and the analist, on the free copy.
  { name: 'GET /api/reports/personal', expect: only(FREE_CYPHER, 200), run: get('/api/reports/personal') },
  { name: 'POST /api/reports/personal', expect: only(FREE_CYPHER, 201), run: send('POST', '/api/reports/personal', { title: 'Telling', cypher: 'MATCH (p:Persoon) RETURN count(p) AS n' }) },
  { name: 'POST /api/reports/:id/run', expect: everyone(200), run: send('POST', '/api/reports/wijk-kerncijfers/run', { params: { wijk: OWN_WIJK } }) },
  { name: 'POST /api/reports/:id/run (out of scope)', expect: everyone(200), run: send('POST', '/api/reports/wijk-kerncijfers/run', { params: { wijk: OTHER_WIJK } }) },
  { name: 'GET /api/rapportage/:wijk', expect: everyone(200), run: get(`/api/rapportage/${OTHER_WIJK}?periode=2026-Q3`) },
  { name: 'GET /api/rapportage/:wijk/duiding/:periode', expect: everyone(200), run: get(`/api/rapportage/${OWN_WIJK}/duiding/2026-Q3`) },
  { name: 'GET /api/views', expect: everyone(200), run: get('/api/views') },
  { name: 'PUT /api/views/:id', expect: everyone(200), run: (r) => r(`/api/views/v${next()}`, { method: 'PUT', json: { name: 'Mijn kaart', positions: { per_0896: [1, 2] } } }) },
  { name: 'DELETE /api/views/:id (own)', expect: everyone(204), run: async (r) => {
    const id = `v${next()}`;
    await r(`/api/views/${id}`, { method: 'PUT', json: { name: 'Mijn kaart', positions: {} } });
    return r(`/api/views/${id}`, { method: 'DELETE' });
  } },
  { name: "DELETE /api/views/:id (someone else's)", expect: { ...everyone(404), beheerder: 204 }, run: async (r, fx) => r(`/api/views/${await fx.view()}`, { method: 'DELETE' }) },
  { name: 'GET /api/history/events', expect: everyone(200), run: get('/api/history/events?limit=20') },
  { name: 'GET /api/history/range', expect: everyone(200), run: get('/api/history/range') },
  { name: 'GET /api/history/network', expect: everyone(200), run: get(`/api/history/network?at=2026-01-01&gebied=${OWN_WIJK}`) },
  { name: 'GET /api/history/compare', expect: everyone(200), run: get(`/api/history/compare?gebied=${OWN_WIJK}&from=2025-06-01&to=2026-06-01`) },
  { name: 'GET /api/history/strength', expect: everyone(200), run: get(`/api/history/strength?gebied=${OWN_WIJK}`) },
  { name: 'GET /api/history/snapshots', expect: everyone(200), run: get(`/api/history/snapshots?gebied=${OWN_WIJK}`) },
  { name: 'GET /api/history/change', expect: everyone(200), run: get(`/api/history/change?gebied=${OWN_WIJK}&period=2026-Q3`) },
  { name: 'POST /api/history/snapshots/rebuild', expect: only(ADMIN, 200), run: send('POST', '/api/history/snapshots/rebuild') },
  { name: 'GET /api/contacts', expect: everyone(200), run: async (r, fx) => r(`/api/contacts?tieId=${await fx.kent('out')}`) },

  // Export and free Cypher
  { name: 'GET /api/export', expect: only(['beheerder', 'gebiedsverbinder', 'opbouwwerker', 'analist'], 200), run: get('/api/export?format=json&kind=persoon') },
  { name: 'POST /api/cypher', expect: only(['beheerder', 'analist'], 200), run: send('POST', '/api/cypher', { query: 'MATCH (p:Persoon) RETURN count(p) AS n' }) },

  // Changing nodes: editors, in their own gebied
  { name: 'POST /api/nodes (in scope)', expect: only(EDITORS, 201), run: (r) => r('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: `Nieuwe Bewoner ${next()}`, roles: ['bewoner'], consentBasis: 'toestemming', placeIn: OWN_BUURT } }) },
  { name: 'POST /api/nodes (out of scope)', expect: only(ADMIN, 201), run: (r) => r('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: `Nieuwe Bewoner ${next()}`, roles: ['bewoner'], consentBasis: 'toestemming', placeIn: OTHER_BUURT } }) },
  { name: 'POST /api/nodes (placed nowhere)', expect: only(ADMIN, 201), run: (r) => r('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: `Nieuwe Bewoner ${next()}`, roles: ['bewoner'], consentBasis: 'toestemming' } }) },
  { name: 'PATCH /api/nodes/:id (in scope)', expect: only(EDITORS, 200), run: async (r, fx) => r(`/api/nodes/${await fx.person('in')}`, { method: 'PATCH', json: { roles: ['bewoner', 'vrijwilliger'] } }) },
  { name: 'PATCH /api/nodes/:id (out of scope)', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/nodes/${await fx.person('out')}`, { method: 'PATCH', json: { roles: ['bewoner', 'vrijwilliger'] } }) },
  { name: 'DELETE /api/nodes/:id (in scope)', expect: only(EDITORS, 204), run: async (r, fx) => r(`/api/nodes/${await fx.person('in')}`, { method: 'DELETE' }) },
  { name: 'DELETE /api/nodes/:id (out of scope)', expect: only(ADMIN, 204), run: async (r, fx) => r(`/api/nodes/${await fx.person('out')}`, { method: 'DELETE' }) },

  // Changing ties: editors in scope; the wijkteamlid only KENT and VERWIJST_NAAR in scope
  { name: 'POST /api/ties KENT (in scope)', expect: only(WITH_WIJKTEAM, 201), run: async (r, fx) => r('/api/ties', { method: 'POST', json: { type: 'KENT', from: await fx.person('in'), to: await fx.person('in'), strength: 2 } }) },
  { name: 'POST /api/ties KENT (out of scope)', expect: only(ADMIN, 201), run: async (r, fx) => r('/api/ties', { method: 'POST', json: { type: 'KENT', from: await fx.person('out'), to: await fx.person('out'), strength: 2 } }) },
  { name: 'POST /api/ties TREKKER_VAN (in scope)', expect: only(EDITORS, 201), run: async (r, fx) => r('/api/ties', { method: 'POST', json: { type: 'TREKKER_VAN', from: await fx.person('in'), to: fx.initiative('in') } }) },
  { name: 'POST /api/ties TREKKER_VAN (out of scope)', expect: only(ADMIN, 201), run: async (r, fx) => r('/api/ties', { method: 'POST', json: { type: 'TREKKER_VAN', from: await fx.person('out'), to: fx.initiative('out') } }) },
  { name: 'PATCH /api/ties/:id (in scope)', expect: only(WITH_WIJKTEAM, 200), run: async (r, fx) => r(`/api/ties/${await fx.kent('in')}`, { method: 'PATCH', json: { strength: 4 } }) },
  { name: 'PATCH /api/ties/:id (out of scope)', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/ties/${await fx.kent('out')}`, { method: 'PATCH', json: { strength: 4 } }) },
  { name: 'DELETE /api/ties/:id (in scope)', expect: only(WITH_WIJKTEAM, 204), run: async (r, fx) => r(`/api/ties/${await fx.kent('in')}`, { method: 'DELETE' }) },
  { name: 'DELETE /api/ties/:id (out of scope)', expect: only(ADMIN, 204), run: async (r, fx) => r(`/api/ties/${await fx.kent('out')}`, { method: 'DELETE' }) },
  { name: 'POST /api/contacts (in scope)', expect: only(WITH_WIJKTEAM, 201), run: async (r, fx) => r('/api/contacts', { method: 'POST', json: { tieId: await fx.kent('in'), date: '2026-10-01', kind: 'ontmoeting' } }) },
  { name: 'POST /api/contacts (out of scope)', expect: only(ADMIN, 201), run: async (r, fx) => r('/api/contacts', { method: 'POST', json: { tieId: await fx.kent('out'), date: '2026-10-01', kind: 'ontmoeting' } }) },
  // The work list: everyone reads it; who may edit in the finding's gebied marks and assigns (a fresh resident without ties is an isolatie finding there).
  { name: 'GET /api/findings', expect: everyone(200), run: get(`/api/findings?gebied=${OWN_WIJK}`) },
  { name: 'PUT /api/findings/:id/status (in scope)', expect: only(EDITORS, 200), run: async (r, fx) => r(`/api/findings/isolatie:${await fx.person('in')}/status`, { method: 'PUT', json: { status: 'afgehandeld' } }) },
  { name: 'PUT /api/findings/:id/status (out of scope)', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/findings/isolatie:${await fx.person('out')}/status`, { method: 'PUT', json: { status: 'afgehandeld' } }) },
  { name: 'GET /api/findings/:id/colleagues (in scope)', expect: only(EDITORS, 200), run: async (r, fx) => r(`/api/findings/isolatie:${await fx.person('in')}/colleagues`) },

  // Import, intake, merge
  { name: 'POST /api/import/preview', expect: only(EDITORS, 200), run: send('POST', '/api/import/preview', { text: 'naam;rol\nAnna Test;bewoner\n', kind: 'persons', separator: ';' }) },
  { name: 'GET /api/intake/suggest', expect: only(WITH_WIJKTEAM, 200), run: get(`/api/intake/suggest?name=eva&gebied=${OWN_WIJK}`) },
  { name: 'GET /api/intake/todo', expect: only(WITH_WIJKTEAM, 200), run: get(`/api/intake/todo?gebied=${OWN_WIJK}`) },
  { name: 'GET /api/intake/inventaris/:id', expect: only(WITH_WIJKTEAM, 200), run: get('/api/intake/inventaris/wt_oost_2') },
  { name: 'POST /api/intake/interview (in scope)', expect: only(WITH_WIJKTEAM, 201), run: (r) => r('/api/intake/interview', { method: 'POST', json: { gebiedId: OWN_BUURT, interviewee: { name: `Geïnterviewde ${next()}` } } }) },
  { name: 'POST /api/intake/interview (out of scope)', expect: only(ADMIN, 201), run: (r) => r('/api/intake/interview', { method: 'POST', json: { gebiedId: OTHER_BUURT, interviewee: { name: `Geïnterviewde ${next()}` } } }) },
  { name: 'POST /api/intake/interview (out-of-scope person)', expect: only(ADMIN, 201), run: async (r, fx) => r('/api/intake/interview', { method: 'POST', json: { gebiedId: OWN_BUURT, interviewee: { id: await fx.person('out') }, knows: [{ person: { id: await fx.person('out') } }] } }) },
  { name: 'GET /api/merge/candidates', expect: only(EDITORS, 200), run: get('/api/merge/candidates?kind=persoon&limit=5') },
  { name: 'GET /api/merge', expect: only(EDITORS, 200), run: get('/api/merge') },
  { name: 'POST /api/merge (in scope)', expect: only(EDITORS, 201), run: async (r, fx) => r('/api/merge', { method: 'POST', json: { keepId: await fx.person('in'), dropId: await fx.person('in') } }) },
  { name: 'POST /api/merge (out of scope)', expect: only(ADMIN, 201), run: async (r, fx) => r('/api/merge', { method: 'POST', json: { keepId: await fx.person('out'), dropId: await fx.person('out') } }) },

  // Rapportage duiding: editors, for their own wijk
  { name: 'PUT /api/rapportage/:wijk/duiding (in scope)', expect: only(EDITORS, 200), run: send('PUT', `/api/rapportage/${OWN_WIJK}/duiding/2026-Q3`, { tekst: 'Rustig kwartaal.' }) },
  { name: 'PUT /api/rapportage/:wijk/duiding (out of scope)', expect: only(ADMIN, 200), run: send('PUT', `/api/rapportage/${OTHER_WIJK}/duiding/2026-Q3`, { tekst: 'Rustig kwartaal.' }) },

  // Administration: beheerder only
  { name: 'GET /api/users', expect: only(ADMIN, 200), run: get('/api/users') },
  { name: 'POST /api/users', expect: only(ADMIN, 201), run: (r) => r('/api/users', { method: 'POST', json: { username: `nieuw${next()}`, password: 'een-lang-wachtwoord', role: 'analist', gebieden: [] } }) },
  { name: 'GET /api/users/:username', expect: only(ADMIN, 200), run: get('/api/users/beheerder') },
  { name: 'PATCH /api/users/:username', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/users/${await fx.user()}`, { method: 'PATCH', json: { role: 'opbouwwerker', gebieden: [OWN_WIJK] } }) },
  { name: 'DELETE /api/users/:username', expect: only(ADMIN, 204), run: async (r, fx) => r(`/api/users/${await fx.user()}`, { method: 'DELETE' }) },
  { name: 'GET /api/audit', expect: only(ADMIN, 200), run: get('/api/audit?limit=5') },
  { name: 'GET /api/privacy/persons/:id/export', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/privacy/persons/${await fx.person('in')}/export`) },
  { name: 'DELETE /api/privacy/persons/:id', expect: only(ADMIN, 200), run: async (r, fx) => r(`/api/privacy/persons/${await fx.person('in')}`, { method: 'DELETE' }) },
  { name: 'GET /api/privacy/retention', expect: only(ADMIN, 200), run: get('/api/privacy/retention?months=24&at=2026-11-01') },
  { name: 'POST /api/privacy/retention/purge', expect: only(ADMIN, 200), run: send('POST', '/api/privacy/retention/purge', { months: 240, at: '2026-11-01' }) },
  { name: 'GET /api/backup', expect: only(ADMIN, 200), run: get('/api/backup') },
  // An invalid backup: the beheerder passes authorisation and gets the validation error; nothing is replaced.
  { name: 'POST /api/backup/restore', expect: only(ADMIN, 400), run: send('POST', '/api/backup/restore', { format: 'niet-een-backup' }) },
];

let t: TestApp;
let callers: Record<Who, Requester>;
let fixture: Fixture;

beforeAll(async () => {
  const seed = readDemoNetwork();
  t = await createTestApp({ seed });
  callers = {
    beheerder: t.request,
    gebiedsverbinder: await t.as('gebiedsverbinder', [OWN_WIJK]),
    opbouwwerker: await t.as('opbouwwerker', [OWN_WIJK]),
    wijkteamlid: await t.as('wijkteamlid', [OWN_WIJK]),
    analist: await t.as('analist'),
    anonymous: t.anonymous,
  };
  const initiativeIn = (buurt: string) => seed.ties.find((tie) => tie.type === 'WERKT_IN' && tie.to === buurt && tie.from.startsWith('ini_'))?.from;
  const buurtenOf = (wijk: string) => seed.nodes.filter((node) => node.parentId === wijk).map((node) => node.id);
  const iniIn = buurtenOf(OWN_WIJK).map(initiativeIn).find(Boolean)!;
  const iniOut = buurtenOf(OTHER_WIJK).map(initiativeIn).find(Boolean)!;
  expect(iniIn && iniOut).toBeTruthy();

  const admin = t.request;
  expect((await admin(`/api/rapportage/${OWN_WIJK}/duiding/2026-Q3`, { method: 'PUT', json: { tekst: 'Eerste duiding.' } })).status).toBe(200);
  const created = async (response: Response) => {
    if (response.status !== 201) throw new Error(`fixture: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };
  fixture = {
    async person(where) {
      const id = await created(await admin('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: `Testpersoon ${where} ${next()}`, roles: ['bewoner'], consentBasis: 'toestemming' } }));
      await created(await admin('/api/ties', { method: 'POST', json: { type: 'WOONT_IN', from: id, to: where === 'in' ? OWN_BUURT : OTHER_BUURT } }));
      return id;
    },
    async kent(where) {
      return created(await admin('/api/ties', { method: 'POST', json: { type: 'KENT', from: await this.person(where), to: await this.person(where), strength: 3 } }));
    },
    initiative: (where) => (where === 'in' ? iniIn : iniOut),
    async user() {
      const username = `fixture${next()}`;
      await t.services.users.create({ username, password: 'een-lang-wachtwoord', role: 'analist', gebieden: [] });
      return username;
    },
    async view() {
      const id = `fixture${next()}`;
      const response = await admin(`/api/views/${id}`, { method: 'PUT', json: { positions: {} } });
      if (response.status !== 200) throw new Error(`fixture view: ${response.status}`);
      return id;
    },
  };
}, 120_000);
afterAll(() => t?.close());

describe('authorisation matrix', () => {
  describe.each(CASES)('$name', (testCase) => {
    it.each(WHO)('as %s', async (who) => {
      const response = await testCase.run(callers[who], fixture);
      const text = await response.text();
      expect(response.status, `${testCase.name} as ${who}: ${text.slice(0, 300)}`).toBe(testCase.expect[who]);
      if (response.status >= 400) {
        const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof body.error?.code).toBe('string');
        expect(typeof body.error?.message).toBe('string');
      }
    });
  });

  it('logs out every role (last: ends the sessions used above)', async () => {
    for (const who of WHO) {
      const response = await callers[who]('/api/auth/logout', { method: 'POST' });
      expect(response.status, who).toBe(who === 'anonymous' ? 401 : 204);
      if (who !== 'anonymous') expect((await callers[who]('/api/auth/me')).status, who).toBe(401);
    }
  });
});
