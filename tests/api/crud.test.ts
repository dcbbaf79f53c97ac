/** CRUD for nodes and ties through HTTP, on the real embedded store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    seed: {
      nodes: [
        { id: 'geb_wk_oost', kind: 'gebied', name: 'Oost', level: 'wijk' },
        { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn' },
      ],
      ties: [],
    },
  });
});
afterAll(() => t.close());

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as any };
}

describe('unknown routes', () => {
  it('answer JSON 404 under /api, also when the client is built', async () => {
    const response = await t.request('/api/bestaat-niet');
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).error.code).toBe('not_found');
  });
});

describe('health', () => {
  it('reports the store and the counts', async () => {
    const { status, body } = await json(await t.request('/api/health'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', store: 'kuzu', counts: { nodes: 2, ties: 0 } });
  });
});

describe('nodes', () => {
  it('creates, reads, updates, lists, searches and deletes a node', async () => {
    const created = await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: 'Sanne Bakker', roles: ['bewoner', 'sleutelfiguur'], consentBasis: 'toestemming', consentDate: '2026-01-05' } }));
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^per_/);
    const id = created.body.id as string;

    const read = await json(await t.request(`/api/nodes/${id}`));
    expect(read.body).toMatchObject({ id, kind: 'persoon', name: 'Sanne Bakker', roles: ['bewoner', 'sleutelfiguur'], ties: [] });

    const updated = await json(await t.request(`/api/nodes/${id}`, { method: 'PATCH', json: { name: 'Sanne de Bakker' } }));
    // An update that leaves a field out keeps it: the consent basis must not fall back to its default.
    expect(updated).toMatchObject({ status: 200, body: { name: 'Sanne de Bakker', roles: ['bewoner', 'sleutelfiguur'], consentBasis: 'toestemming' } });

    const search = await json(await t.request('/api/nodes?kind=persoon&q=bakk'));
    expect(search.body).toMatchObject({ total: 1, items: [{ id }] });

    expect((await t.request(`/api/nodes/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/nodes/${id}`)).status).toBe(404);
  });

  it('pages through a list', async () => {
    for (const name of ['A', 'B', 'C']) await t.request('/api/nodes', { method: 'POST', json: { kind: 'thema', name } });
    const page = await json(await t.request('/api/nodes?kind=thema&offset=1&limit=1'));
    expect(page.body).toMatchObject({ total: 3, items: [{ name: 'B' }] });
  });

  it('names the field in validation errors', async () => {
    const missing = await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', roles: ['bewoner'] } }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues).toContainEqual({ path: 'name', message: 'is verplicht' });

    const badRole = await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: 'X', roles: ['koning'] } }));
    expect(badRole.status).toBe(400);
    expect(badRole.body.error.issues[0].path).toBe('roles.0');

    const badDate = await json(await t.request('/api/nodes/org_dock', { method: 'PATCH', json: { startDate: '2026-13-45' } }));
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues[0].path).toBe('startDate');

    const controlCharacter = await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'Eenzaam\u001fheid' } }));
    expect(controlCharacter.status).toBe(400);
    expect(controlCharacter.body.error.issues[0]).toEqual({ path: 'name', message: 'bevat ongeldige tekens' });

    const unknownField = await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'Y', bsn: '123' } }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.issues[0].message).toContain('bsn');

    const badKind = await json(await t.request('/api/nodes?kind=draak'));
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.issues[0].path).toBe('kind');

    const notJson = await t.request('/api/nodes', { method: 'POST', body: '{oops', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
  });

  it('answers 404 for unknown ids and 409 for duplicates', async () => {
    expect((await t.request('/api/nodes/per_nope')).status).toBe(404);
    expect((await t.request('/api/nodes/zzz')).status).toBe(404);
    expect((await t.request('/api/nodes/per_nope', { method: 'PATCH', json: { name: 'x' } })).status).toBe(404);
    expect((await t.request('/api/nodes/per_nope', { method: 'DELETE' })).status).toBe(404);
    const duplicate = await t.request('/api/nodes', { method: 'POST', json: { kind: 'organisatie', id: 'dock', name: 'DOCK 2', type: 'welzijn' } });
    expect(duplicate.status).toBe(409);
  });
});

describe('ties', () => {
  async function person(name: string) {
    const response = await t.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name, roles: ['bewoner'] } });
    return ((await response.json()) as { id: string }).id;
  }

  it('creates a tie with provenance, updates and deletes it', async () => {
    const [a, b] = [await person('Ali'), await person('Bea')];
    const created = await json(await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: b, strength: 4, lastContact: '2026-09-01', source: 'sneeuwbal' } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'KENT', from: a, to: b, strength: 4, source: 'sneeuwbal', consentBasis: 'gerechtvaardigd_belang' });
    expect(created.body.recordedAt).toBeTruthy();
    const id = created.body.id as string;

    expect((await json(await t.request(`/api/ties?nodeId=${a}`))).body.items.map((tie: any) => tie.id)).toEqual([id]);
    expect((await json(await t.request(`/api/ties/${id}`, { method: 'PATCH', json: { strength: 2 } }))).body).toMatchObject({ strength: 2, source: 'sneeuwbal' });
    expect((await t.request(`/api/ties/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/ties/${id}`)).status).toBe(404);
  });

  it('refuses a tie to a missing node with 409 and a wrong pair with 400, writing nothing', async () => {
    const a = await person('Cor');
    const before = await t.services.store.counts();
    const missing = await json(await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: 'per_ghost' } }));
    expect(missing.status).toBe(409);
    expect(missing.body.error.issues).toEqual([{ path: 'to', message: "knoop 'per_ghost' bestaat niet" }]);
    const wrongPair = await json(await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: 'org_dock' } }));
    expect(wrongPair.status).toBe(400);
    expect(wrongPair.body.error.issues[0].path).toBe('type');
    const badStrength = await json(await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: a, strength: 9 } }));
    expect(badStrength.status).toBe(400);
    expect(badStrength.body.error.issues[0].path).toBe('strength');
    expect(await t.services.store.counts()).toEqual(before);
  });

  it('removes the ties of a deleted node', async () => {
    const [a, b] = [await person('Dirk'), await person('Eva')];
    const tie = (await json(await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: b } }))).body;
    await t.request('/api/ties', { method: 'POST', json: { type: 'VRIJWILLIGER_BIJ', from: a, to: 'org_dock' } });
    expect((await t.request(`/api/nodes/${a}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.request(`/api/ties/${tie.id}`)).status).toBe(404);
    expect((await json(await t.request('/api/ties?nodeId=org_dock'))).body.total).toBe(0);
    const graph = await json(await t.request('/api/graph'));
    expect(graph.body.edges.some((edge: any) => edge.source === a || edge.target === a)).toBe(false);
  });
});

describe('graph', () => {
  it('returns graphology-ready JSON, filtered by gebied and kind', async () => {
    const person = (await json(await t.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: 'Fenna', roles: ['opbouwwerker'] } }))).body;
    await t.request('/api/ties', { method: 'POST', json: { type: 'ACTIEF_IN', from: person.id, to: 'geb_wk_oost' } });
    const whole = await json(await t.request('/api/graph'));
    expect(whole.body.options).toMatchObject({ type: 'directed', multi: true });
    expect(whole.body.nodes.find((node: any) => node.key === person.id).attributes).toMatchObject({ kind: 'persoon', name: 'Fenna' });

    const oost = await json(await t.request('/api/graph?gebied=geb_wk_oost'));
    expect(oost.body.nodes.map((node: any) => node.key).sort()).toEqual(['geb_wk_oost', person.id].sort());
    expect(oost.body.edges).toHaveLength(1);

    const onlyPeople = await json(await t.request('/api/graph?gebied=geb_wk_oost&kind=persoon'));
    expect(onlyPeople.body.nodes.map((node: any) => node.key)).toEqual([person.id]);
    expect(onlyPeople.body.edges).toHaveLength(0);

    expect((await t.request('/api/graph?at=gisteren')).status).toBe(400);
  });
});

describe('no lost updates', () => {
  it('reads carry the version as an ETag; a change on a stale version answers 412 with the current state and writes nothing', async () => {
    const created = await t.request('/api/nodes', { method: 'POST', json: { kind: 'organisatie', name: 'Buurthuis', type: 'welzijn' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await t.request(`/api/nodes/${id}`);
    const seen = read.headers.get('etag')!;
    expect(seen).toMatch(/^"\d+"$/);

    // Two people edit from the same version: the first wins, the second is told.
    const first = await t.request(`/api/nodes/${id}`, { method: 'PATCH', headers: { 'if-match': seen }, json: { name: 'Buurthuis De Brug' } });
    expect(first.status, await first.clone().text()).toBe(200);
    expect(first.headers.get('etag')).not.toBe(seen);
    const second = await t.request(`/api/nodes/${id}`, { method: 'PATCH', headers: { 'if-match': seen }, json: { name: 'Buurthuis Oost' } });
    expect(second.status).toBe(412);
    const conflict = (await second.json()) as { error: { code: string; message: string; current: { name: string; version: number } } };
    expect(conflict.error.message).toMatch(/intussen door iemand anders gewijzigd/);
    expect(conflict.error.current).toMatchObject({ name: 'Buurthuis De Brug' });
    expect(((await (await t.request(`/api/nodes/${id}`)).json()) as { name: string }).name).toBe('Buurthuis De Brug');

    // With the current version the second one can overwrite on purpose.
    const overwrite = await t.request(`/api/nodes/${id}`, { method: 'PATCH', headers: { 'if-match': `"${conflict.error.current.version}"` }, json: { name: 'Buurthuis Oost' } });
    expect(overwrite.status).toBe(200);
    // A node's own type (organisation type) is a field like any other: kept on a name change, and changeable.
    expect(((await overwrite.json()) as { type: string }).type).toBe('welzijn');
    const retyped = await t.request(`/api/nodes/${id}`, { method: 'PATCH', json: { type: 'zorg' } });
    expect(((await retyped.json()) as { type: string }).type).toBe('zorg');
    expect((await t.services.store.readNetwork()).nodes.find((node) => node.id === id)).toMatchObject({ type: 'zorg', name: 'Buurthuis Oost' });
    expect((await t.request(`/api/nodes/${id}`, { method: 'DELETE', headers: { 'if-match': seen } })).status).toBe(412);
    expect((await t.request(`/api/nodes/${id}`, { method: 'PATCH', headers: { 'if-match': 'morgen' }, json: { name: 'x' } })).status).toBe(400);
  });

  it('ties carry versions too', async () => {
    const tie = await t.request('/api/ties', { method: 'POST', json: { type: 'WERKT_IN', from: 'org_dock', to: 'geb_wk_oost' } });
    expect(tie.status).toBe(201);
    const { id } = (await tie.json()) as { id: string };
    const seen = (await t.request(`/api/ties/${id}`)).headers.get('etag')!;
    expect((await t.request(`/api/ties/${id}`, { method: 'PATCH', headers: { 'if-match': seen }, json: { startDate: '2025-01-01' } })).status).toBe(200);
    expect((await t.request(`/api/ties/${id}`, { method: 'PATCH', headers: { 'if-match': seen }, json: { startDate: '2025-02-01' } })).status).toBe(412);
  });
});
