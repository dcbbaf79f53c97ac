/**
 * GET /api/nodes/:id/provenance: who recorded each tie of a node, in words
 * the viewer may read: a person by the name (or pseudonym) this viewer sees
 * and their role, an account by its display name and role, a source's own
 * text; never an id, and nothing for the analist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Requester, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;

const PRO = 'per_pro';
const RESIDENT = 'per_bewoner';

beforeAll(async () => {
  t = await createTestApp({
    seed: {
      nodes: [
        { id: 'geb_wk_oost', kind: 'gebied', name: 'Oost', level: 'wijk' },
        { id: 'geb_wk_west', kind: 'gebied', name: 'West', level: 'wijk' },
        { id: PRO, kind: 'persoon', name: 'Hodan Ait Taleb', roles: ['gebiedsverbinder'], consentBasis: 'gerechtvaardigd_belang' },
        { id: RESIDENT, kind: 'persoon', name: 'Sanne Bakker', roles: ['bewoner'], consentBasis: 'toestemming' },
        { id: 'per_buur', kind: 'persoon', name: 'Piet Buur', roles: ['bewoner'], consentBasis: 'toestemming' },
        { id: 'org_dock', kind: 'organisatie', name: 'DOCK', type: 'welzijn' },
      ],
      ties: [
        { id: 'woont_in.a', type: 'WOONT_IN', from: RESIDENT, to: 'geb_wk_oost', source: 'demo', recordedBy: 'Gemeente Haarlem, team MO' },
        { id: 'woont_in.b', type: 'WOONT_IN', from: 'per_buur', to: 'geb_wk_oost', source: 'demo' },
        { id: 'woont_in.c', type: 'WOONT_IN', from: PRO, to: 'geb_wk_west', source: 'demo' },
        { id: 'kent.a', type: 'KENT', from: RESIDENT, to: 'per_buur', source: 'sneeuwbal', recordedBy: PRO },
        { id: 'kent.oud', type: 'KENT', from: RESIDENT, to: PRO, source: 'demo', recordedBy: 'oud.account' },
      ],
    },
  });
  await t.services.users.create({ username: 'anna', password: TEST_PASSWORD, role: 'gebiedsverbinder', gebieden: ['geb_wk_oost'], displayName: 'Anna de Vries' });
  const anna = await t.login('anna');
  const made = await anna('/api/ties', { method: 'POST', json: { type: 'VRIJWILLIGER_BIJ', from: RESIDENT, to: 'org_dock' } });
  expect(made.status).toBe(201);
});
afterAll(() => t.close());

async function provenanceAs(request: Requester) {
  const response = await request(`/api/nodes/${RESIDENT}/provenance`);
  expect(response.status).toBe(200);
  const text = await response.text();
  return { text, body: JSON.parse(text) as { recorders: Record<string, unknown> } };
}

describe('provenance of a node', () => {
  it('names a person, an account and a source in words, never by id', async () => {
    const { body, text } = await provenanceAs(t.request);
    const ties = ((await (await t.request(`/api/nodes/${RESIDENT}`)).json()) as { ties: { id: string; type: string }[] }).ties;
    const made = ties.find((tie) => tie.type === 'VRIJWILLIGER_BIJ')!;
    expect(body.recorders).toEqual({
      'woont_in.a': { kind: 'tekst', text: 'Gemeente Haarlem, team MO' },
      'kent.a': { kind: 'persoon', name: 'Hodan Ait Taleb', role: 'gebiedsverbinder' },
      'kent.oud': { kind: 'onbekend' },
      [made.id]: { kind: 'account', name: 'Anna de Vries', role: 'gebiedsverbinder' },
    });
    expect(text).not.toContain(PRO);
    expect(text).not.toContain('"anna"');
    expect(text).not.toContain('oud.account');
  });

  it('shows a person outside the viewer’s gebieden by their pseudonym', async () => {
    const oost = await t.as('gebiedsverbinder', ['geb_wk_oost']);
    const { body, text } = await provenanceAs(oost);
    expect(body.recorders['kent.a']).toMatchObject({ kind: 'persoon', role: 'gebiedsverbinder' });
    expect((body.recorders['kent.a'] as { name: string }).name).toMatch(/^Persoon [0-9A-F]+$/);
    expect(text).not.toContain('Hodan');
    // Reading who recorded it is a read of that person: audited.
    t.services.audit.flush();
    const entries = t.services.audit.list({ subject: PRO });
    expect(entries.some((entry) => entry.route === '/api/nodes/:id/provenance')).toBe(true);
  });

  it('tells the analist nothing of who recorded a tie', async () => {
    const analist = await t.as('analist');
    const { body } = await provenanceAs(analist);
    expect(body.recorders).toEqual({});
  });

  it('answers 404 for a node that does not exist', async () => {
    expect((await t.request('/api/nodes/per_niemand/provenance')).status).toBe(404);
  });
});
