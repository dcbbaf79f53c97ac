/**
 * History of changes made through the API: every create, update, ending and
 * delete is an event; ending keeps a tie, deleting removes it; contact
 * moments move lastContact and the effective strength; and erasure of a
 * person removes them from the events and the contacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import { effectiveStrength } from '../../server/analysis/decay/index.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const seed: NetworkData = {
  nodes: [
    { id: 'geb_wk_test', kind: 'gebied', name: 'Testwijk', level: 'wijk' },
    { id: 'geb_wk_elders', kind: 'gebied', name: 'Elders', level: 'wijk' },
    { id: 'per_anna', kind: 'persoon', name: 'Anna Vermeulen', roles: ['bewoner'], consentBasis: 'toestemming', startDate: '2025-01-01' },
    { id: 'per_bram', kind: 'persoon', name: 'Bram de Groot', roles: ['bewoner'], consentBasis: 'toestemming', startDate: '2025-01-01' },
    { id: 'per_cato', kind: 'persoon', name: 'Cato Smit', roles: ['wijkteamlid'], consentBasis: 'toestemming', startDate: '2025-01-01' },
    { id: 'per_dirk', kind: 'persoon', name: 'Dirk Elders', roles: ['bewoner'], consentBasis: 'toestemming', startDate: '2025-01-01' },
  ],
  ties: [
    { id: 'woont_in.a', type: 'WOONT_IN', from: 'per_anna', to: 'geb_wk_test', source: 'demo', startDate: '2025-01-01' },
    { id: 'woont_in.b', type: 'WOONT_IN', from: 'per_bram', to: 'geb_wk_test', source: 'demo', startDate: '2025-01-01' },
    { id: 'actief_in.c', type: 'ACTIEF_IN', from: 'per_cato', to: 'geb_wk_test', source: 'demo', startDate: '2025-01-01' },
    { id: 'woont_in.d', type: 'WOONT_IN', from: 'per_dirk', to: 'geb_wk_elders', source: 'demo', startDate: '2025-01-01' },
    { id: 'kent.ab', type: 'KENT', from: 'per_anna', to: 'per_bram', source: 'demo', strength: 4, startDate: '2025-02-01', lastContact: '2025-02-01' },
    { id: 'kent.ac', type: 'KENT', from: 'per_anna', to: 'per_cato', source: 'demo', strength: 3, startDate: '2025-02-01' },
    { id: 'kent.bd', type: 'KENT', from: 'per_bram', to: 'per_dirk', source: 'demo', strength: 3, startDate: '2025-02-01' },
  ],
};

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed });
});
afterAll(async () => app?.close());

type Event = { op: string; id: string; date: string; actor: string; derived?: boolean; before?: Record<string, unknown>; after?: Record<string, unknown> };
async function eventsOf(id: string): Promise<Event[]> {
  const response = await app.request(`/api/history/events?id=${id}&limit=1000`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Event[] }).items;
}

describe('change events', () => {
  it('records create, update, ending and delete with who and before/after', async () => {
    const created = await app.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: 'per_bram', to: 'per_cato', strength: 2, startDate: '2025-06-01' } });
    expect(created.status).toBe(201);
    const tie = (await created.json()) as { id: string };
    expect((await app.request(`/api/ties/${tie.id}`, { method: 'PATCH', json: { strength: 3 } })).status).toBe(200);
    expect((await app.request(`/api/ties/${tie.id}`, { method: 'PATCH', json: { endDate: '2025-09-01' } })).status).toBe(200);
    let events = await eventsOf(tie.id);
    expect(events.map((e) => e.op)).toEqual(['create', 'ended', 'update']);
    expect(events[0]).toMatchObject({ date: '2025-06-01', actor: 'beheerder', after: { strength: 2 } });
    expect(events.find((e) => e.op === 'ended')).toMatchObject({ date: '2025-09-01', before: { strength: 3 }, after: { endDate: '2025-09-01' } });
    // Ended, not deleted: still in the store and in the network before its end.
    expect((await app.request(`/api/ties/${tie.id}`)).status).toBe(200);
    const ids = async (at: string) => (await app.services.history.networkAt(at)).ties.map((t) => t.id);
    expect(await ids('2025-07-01')).toContain(tie.id);
    expect(await ids('2025-10-01')).not.toContain(tie.id);
    // Deleting removes it from the store; the events keep it.
    expect((await app.request(`/api/ties/${tie.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(`/api/ties/${tie.id}`)).status).toBe(404);
    events = await eventsOf(tie.id);
    expect(events.at(-1)).toMatchObject({ op: 'delete', before: { id: tie.id } });
    expect(await ids('2025-07-01')).toContain(tie.id);
  });

  it('stores the derived history of a bulk-loaded tie when it first changes', async () => {
    expect((await eventsOf('kent.bd')).map((e) => [e.op, !!e.derived])).toEqual([['started', true]]);
    expect(app.services.records.events().filter((event) => event.key.startsWith('2025-02-01'))).toHaveLength(0);
    expect((await app.request('/api/ties/kent.bd', { method: 'PATCH', json: { trust: 4 } })).status).toBe(200);
    const events = await eventsOf('kent.bd');
    expect(events.map((e) => e.op)).toEqual(['started', 'update']);
    expect(events[0].after!.trust).toBeUndefined();
    expect(events[1].after!.trust).toBe(4);
    // The network before the update shows the tie as it was.
    const before = (await app.services.history.networkAt('2025-06-01')).ties.find((t) => t.id === 'kent.bd')!;
    expect(before.trust).toBeUndefined();
  });
});

describe('contact moments and decay', () => {
  it('computes decay as documented', () => {
    expect(effectiveStrength({ strength: 4 }, ['2025-01-01'], '2025-01-01')).toBe(4);
    expect(effectiveStrength({ strength: 4 }, ['2025-01-01'], '2025-06-30')).toBe(2.5);
    expect(effectiveStrength({ strength: 4 }, ['2025-01-01'], '2030-01-01')).toBe(1);
    expect(effectiveStrength({ strength: 4 }, ['2025-01-01', '2025-01-01', '2025-06-01', '2025-06-10', '2025-06-20'], '2025-06-20')).toBeLessThanOrEqual(5);
    expect(effectiveStrength({ strength: 5 }, [], '2025-01-01')).toBe(5);
  });

  it('decays without contact and recovers with contact moments (through the API)', async () => {
    const strength = async (at: string) => ((await (await app.request(`/api/history/strength?at=${at}`)).json()) as { strengths: Record<string, number> }).strengths['kent.ab'];
    const fresh = await strength('2025-02-01');
    const later = await strength('2025-12-01');
    const muchLater = await strength('2026-10-01');
    expect(fresh).toBe(4);
    expect(later).toBeLessThan(fresh);
    expect(muchLater).toBeLessThan(later);

    const recorded = await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '2026-09-20', kind: 'ontmoeting' } });
    expect(recorded.status).toBe(201);
    const { tie } = (await recorded.json()) as { tie: { lastContact: string } };
    expect(tie.lastContact).toBe('2026-09-20');
    expect((await app.request('/api/ties/kent.ab').then((r) => r.json())) as { lastContact: string }).toMatchObject({ lastContact: '2026-09-20' });
    expect(await strength('2026-10-01')).toBeGreaterThan(muchLater);
    expect(await strength('2026-10-01')).toBeGreaterThanOrEqual(3.5);
    await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '2026-09-25', kind: 'activiteit' } });
    await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '2026-09-30', kind: 'verwijzing' } });
    expect(await strength('2026-10-01')).toBeGreaterThan(4);
    expect(await strength('2026-10-01')).toBeLessThanOrEqual(5);

    const list = (await (await app.request('/api/contacts?tieId=kent.ab')).json()) as { items: { date: string; kind: string; from: string; to: string }[] };
    expect(list.items.map((c) => c.date)).toEqual(['2026-09-20', '2026-09-25', '2026-09-30']);
    expect(list.items[0]).toMatchObject({ kind: 'ontmoeting', from: 'per_anna', to: 'per_bram' });
    // lastContact moved through the network service: it is in the history.
    expect((await eventsOf('kent.ab')).filter((e) => e.op === 'update').length).toBe(3);
  });

  it('validates and scope-checks contact moments', async () => {
    expect((await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '01-02-2026' } })).status).toBe(400);
    expect((await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '2026-01-01', kind: 'roddel' } })).status).toBe(400);
    expect((await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.nope', date: '2026-01-01' } })).status).toBe(404);
    expect((await app.request('/api/contacts', { method: 'POST', json: { tieId: 'kent.ab', date: '2099-01-01' } })).status).toBe(400);
    const outside = await app.as('wijkteamlid', ['geb_wk_elders']);
    expect((await outside('/api/contacts', { method: 'POST', json: { tieId: 'kent.ac', date: '2026-01-01' } })).status).toBe(403);
    const inside = await app.as('wijkteamlid', ['geb_wk_test']);
    expect((await inside('/api/contacts', { method: 'POST', json: { tieId: 'kent.ac', date: '2026-01-01' } })).status).toBe(201);
    const analist = await app.as('analist');
    expect((await analist('/api/contacts', { method: 'POST', json: { tieId: 'kent.ac', date: '2026-01-02' } })).status).toBe(403);
    expect((await analist('/api/contacts?tieId=kent.ac')).status).toBe(200);
  });
});

describe('erasure', () => {
  it('removes a person from the history and the contacts', async () => {
    const person = 'per_anna';
    // Make sure she is in stored events (not only derived ones) and in contacts.
    expect((await app.request(`/api/nodes/${person}`, { method: 'PATCH', json: { name: 'Anna Vermeulen-Jansen' } })).status).toBe(200);
    const stored = app.services.records.events();
    expect(stored.some((doc) => JSON.stringify(doc.data).includes(person))).toBe(true);
    expect(app.services.records.list('contacts').some((doc) => JSON.stringify(doc.data).includes(person))).toBe(true);
    expect((await eventsOf(person)).length).toBeGreaterThan(0);

    const erased = await app.request(`/api/privacy/persons/${person}`, { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(((await erased.json()) as { remaining: string[] }).remaining).toEqual([]);

    for (const docs of [app.services.records.events(), app.services.records.list('contacts')]) {
      expect(docs.filter((doc: unknown) => JSON.stringify(doc).includes(person) || JSON.stringify(doc).includes('Anna Vermeulen'))).toEqual([]);
    }
    const search = (await (await app.request(`/api/history/events?node=${person}&limit=1000`)).json()) as { total: number };
    expect(search.total).toBe(0);
    const all = await (await app.request('/api/history/events?limit=1000')).text();
    expect(all).not.toContain(person);
    expect(all).not.toContain('Anna Vermeulen');
    for (const at of ['2025-03-01', '2026-10-01']) expect(JSON.stringify(await app.services.history.networkAt(at))).not.toContain(person);
    const compare = await (await app.request('/api/history/compare?from=2025-03-01&to=2026-10-01&gebied=geb_wk_test')).text();
    expect(compare).not.toContain(person);
    // Other history stays.
    expect((await eventsOf('kent.bd')).length).toBe(2);
  });
});
