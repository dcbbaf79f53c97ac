/**
 * The node list and its search, kept in order across writes: the order and
 * the matches follow renames, new and deleted nodes, and a change of a
 * viewer's scope (a person moving into their wijk), through HTTP on the real
 * store. These guard the incremental index and the scope cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let verbinderNoord: Requester;

const person = (id: string, name: string) => ({ id, kind: 'persoon' as const, name, roles: ['bewoner'], consentBasis: 'toestemming' as const });

beforeAll(async () => {
  t = await createTestApp({
    seed: {
      nodes: [
        { id: 'geb_noord', kind: 'gebied', name: 'Noord', level: 'wijk' },
        { id: 'geb_zuid', kind: 'gebied', name: 'Zuid', level: 'wijk' },
        person('per_ans', 'Ans de Boer'),
        person('per_bram', 'Bram Özdemir'),
        person('per_cor', 'Cor van Dijk'),
        person('per_eva', 'Éva Jansen'),
      ],
      ties: [
        { id: 'WOONT_IN.per_ans.geb_noord', type: 'WOONT_IN', from: 'per_ans', to: 'geb_noord', source: 'demo' },
        { id: 'WOONT_IN.per_cor.geb_zuid', type: 'WOONT_IN', from: 'per_cor', to: 'geb_zuid', source: 'demo' },
      ],
    },
  });
  verbinderNoord = await t.as('gebiedsverbinder', ['geb_noord']);
});
afterAll(() => t.close());

async function names(request: Requester, q = '', offset = 0, limit = 50): Promise<{ names: string[]; total: number }> {
  const response = await request(`/api/nodes?kind=persoon&limit=${limit}&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { name: string }[]; total: number };
  return { names: body.items.map((item) => item.name), total: body.total };
}

describe('the list order', () => {
  it('is Dutch collation, accents beside their letter', async () => {
    expect((await names(t.request)).names).toEqual(['Ans de Boer', 'Bram Özdemir', 'Cor van Dijk', 'Éva Jansen']);
  });

  it('pages through the same order and counts every match', async () => {
    expect(await names(t.request, '', 1, 2)).toEqual({ names: ['Bram Özdemir', 'Cor van Dijk'], total: 4 });
  });

  it('follows a rename, a new node and a delete', async () => {
    const current = (await (await t.request('/api/nodes/per_ans')).json()) as { version: number };
    expect((await t.request('/api/nodes/per_ans', { method: 'PATCH', json: { name: 'Zus de Boer' }, headers: { 'if-match': `"${current.version}"` } })).status).toBe(200);
    expect((await t.request('/api/nodes', { method: 'POST', json: person('per_dirk', 'Dirk Bakker') })).status).toBe(201);
    expect((await t.request('/api/nodes/per_bram', { method: 'DELETE' })).status).toBe(204);
    expect((await names(t.request)).names).toEqual(['Cor van Dijk', 'Dirk Bakker', 'Éva Jansen', 'Zus de Boer']);
    expect(await names(t.request, 'de b')).toEqual({ names: ['Zus de Boer'], total: 1 });
  });
});

describe('search for a scoped viewer', () => {
  it('matches names only in their own wijk, and pseudonyms elsewhere', async () => {
    const inNoord = await names(verbinderNoord, 'de boer');
    expect(inNoord.names).toEqual(['Zus de Boer']);
    expect((await names(verbinderNoord, 'van dijk')).total).toBe(0);
    expect((await names(verbinderNoord, 'persoon')).total).toBe(3);
  });

  it('follows a person moving into the wijk, and out again', async () => {
    const move = await t.request('/api/ties', { method: 'POST', json: { type: 'WOONT_IN', from: 'per_cor', to: 'geb_noord', source: 'handmatig' } });
    expect(move.status).toBe(201);
    expect((await names(verbinderNoord, 'van dijk')).names).toEqual(['Cor van Dijk']);
    const { id } = (await move.json()) as { id: string };
    expect((await t.request(`/api/ties/${encodeURIComponent(id)}`, { method: 'DELETE' })).status).toBe(204);
    expect((await names(verbinderNoord, 'van dijk')).total).toBe(0);
  });
});
