import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSimilarity } from '../../server/services/intake/fuzzy.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { fixture, resetStore, sorted, TEST_ACTOR } from './helpers.ts';
import { ImportService } from '../../server/services/import/import-service.ts';

describe('sneeuwbal intake, team inventory and merging', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await resetStore(app);
    await new ImportService(app.services.network).importCsv(fixture('persons.csv'), { kind: 'persons', actor: TEST_ACTOR });
    await new ImportService(app.services.network).importCsv(fixture('themas.csv'), { kind: 'themas', actor: TEST_ACTOR });
    await new ImportService(app.services.network).importCsv(fixture('sociale-kaart.csv'), { kind: 'socialekaart', actor: TEST_ACTOR });
  });
  afterAll(async () => app.close());
  const idOf = async (name: string) => (await app.services.network.cache.data()).nodes.find((node) => node.name === name)!.id;

  it('matches names fuzzily', () => {
    expect(nameSimilarity('Anneke de Vries', 'anneke de vries')).toBe(1);
    expect(nameSimilarity('Jose Martinez', 'José Martínez')).toBe(1);
    expect(nameSimilarity('Vries, Anneke de', 'Anneke de Vries')).toBe(1);
    expect(nameSimilarity('Anneke de Vris', 'Anneke de Vries')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Piet Pietersen', 'Anneke de Vries')).toBeLessThan(0.6);
  });

  it('proposes existing people within the gebied and records two interviews with provenance and a todo list', async () => {
    const suggest = await (await app.request('/api/intake/suggest?name=Aneke%20de%20Vries&gebied=geb_rozenprieel')).json();
    expect(suggest[0]).toMatchObject({ name: 'Anneke de Vries' });
    const outside = await (await app.request('/api/intake/suggest?name=Chloe%20Bakker&gebied=geb_rozenprieel')).json();
    expect(outside).toEqual([]);

    const anneke = await idOf('Anneke de Vries');
    const first = await app.request('/api/intake/interview', {
      method: 'POST',
      json: {
        gebiedId: 'geb_rozenprieel',
        interviewee: { id: anneke },
        knows: [{ person: { id: await idOf('Ruud Jansen') }, strength: 5, lastContact: '2024-09-01' }, { person: { name: 'Fatima El Amrani', consentBasis: 'toestemming', consentDate: '2024-09-10' }, strength: 3 }],
        worksWith: [{ nodeId: await idOf('Taalcafé Rozenprieel'), type: 'TREKKER_VAN', themeId: 'thm_eenzaamheid' }],
        nextToTalk: [{ person: { name: 'Fatima El Amrani' } }],
      },
    });
    expect(first.status).toBe(201);
    const result = await first.json();
    expect(result.createdNodes).toHaveLength(1);
    expect(result.createdNodes[0]).toMatchObject({ name: 'Fatima El Amrani', consentBasis: 'toestemming', consentDate: '2024-09-10' });
    expect(result.createdTies.find((tie: { type: string; strength?: number }) => tie.type === 'KENT' && tie.strength === 5)).toMatchObject({ source: 'sneeuwbal', recordedBy: 'beheerder', lastContact: '2024-09-01' });
    expect(result.todo).toEqual([expect.objectContaining({ name: 'Fatima El Amrani', done: false })]);

    const fatima = result.createdNodes[0].id;
    const second = await app.request('/api/intake/interview', {
      method: 'POST',
      json: { gebiedId: 'geb_rozenprieel', interviewee: { id: fatima }, knows: [{ person: { id: anneke }, strength: 4 }, { person: { name: 'Karim Bouzid' } }] },
    });
    expect(second.status).toBe(201);
    const ties = (await (await app.request(`/api/nodes/${fatima}`)).json()).ties;
    expect(ties.filter((tie: { type: string }) => tie.type === 'KENT')).toHaveLength(2);
    const todo = await (await app.request('/api/intake/todo?gebied=geb_rozenprieel')).json();
    expect(todo).toHaveLength(1);
    expect((await app.request(`/api/intake/todo/${todo[0].id}`, { method: 'POST', json: { done: true } })).status).toBe(200);
    expect(await (await app.request('/api/intake/todo')).json()).toEqual([]);
  });

  it('combines team inventories and names the single points of failure', async () => {
    const [anneke, jose, chloe] = [await idOf('Anneke de Vries'), await idOf('José Martínez'), await idOf('Chloë Bakker')];
    const [dock, humanitas, taalcafe] = [await idOf('DOCK Haarlem'), await idOf('Humanitas'), await idOf('Taalcafé Rozenprieel')];
    await app.request('/api/intake/inventaris/wt_rozenprieel', { method: 'PUT', json: { memberId: chloe, contacts: [dock, humanitas, taalcafe, anneke] } });
    const response = await app.request('/api/intake/inventaris/wt_rozenprieel', { method: 'PUT', json: { memberId: jose, contacts: [dock] } });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.members).toHaveLength(2);
    expect(view.singlePoints.map((point: { name: string; member: { name: string } }) => `${point.name} <- ${point.member.name}`).sort()).toEqual([
      'Anneke de Vries <- Chloë Bakker',
      'Humanitas <- Chloë Bakker',
      'Taalcafé Rozenprieel <- Chloë Bakker',
    ]);
    const counts = await app.services.store.counts();
    expect(counts.ties.LID_VAN).toBe(2);
    expect(counts.ties.VERWIJST_NAAR).toBe(3);
  });

  it('finds a duplicate, merges it keeping ties, and undoes the merge', async () => {
    const copy = await app.request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: 'Anneke de Vris', roles: ['vrijwilliger'], contact: '06-12345678' } });
    const duplicate = (await copy.json()).id;
    const ruud = await idOf('Ruud Jansen');
    await app.request('/api/ties', { method: 'POST', json: { type: 'WOONT_IN', from: duplicate, to: 'geb_rozenprieel' } });
    await app.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: ruud, to: duplicate, strength: 2 } });
    await app.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: duplicate, to: await idOf('Karim Bouzid') } });
    const anneke = await idOf('Anneke de Vries');
    const before = await app.services.store.readNetwork();

    const candidates = await (await app.request('/api/merge/candidates?kind=persoon')).json();
    expect(candidates[0]).toMatchObject({ kind: 'persoon', sameGebied: true, sharedNeighbours: 1 });
    expect([candidates[0].a.id, candidates[0].b.id].sort()).toEqual([anneke, duplicate].sort());

    const merged = await (await app.request('/api/merge', { method: 'POST', json: { keepId: anneke, dropId: duplicate } })).json();
    expect(merged.filledFields).toEqual(expect.arrayContaining(['roles']));
    const after = await app.services.store.readNetwork();
    expect(after.nodes.find((node) => node.id === duplicate)).toBeUndefined();
    expect(after.nodes.find((node) => node.id === anneke)!.roles).toEqual(['bewoner', 'sleutelfiguur', 'vrijwilliger']);
    const annekeTies = after.ties.filter((tie) => tie.from === anneke || tie.to === anneke);
    expect(annekeTies.filter((tie) => tie.type === 'KENT').map((tie) => (tie.from === anneke ? tie.to : tie.from)).sort()).toEqual(
      [ruud, await idOf('Fatima El Amrani'), await idOf('Karim Bouzid'), await idOf('Chloë Bakker')].sort(),
    );
    expect(annekeTies.filter((tie) => tie.type === 'WOONT_IN')).toHaveLength(1);

    const undo = await app.request(`/api/merge/${merged.id}/undo`, { method: 'POST' });
    expect(undo.status).toBe(200);
    expect(sorted(await app.services.store.readNetwork())).toEqual(sorted(before));
    expect((await app.request(`/api/merge/${merged.id}/undo`, { method: 'POST' })).status).toBe(409);
  });
});
