/**
 * "Stel voor" through the HTTP app: an introduction recorded from a kans to
 * introduce two initiatives, its status, the tie it becomes through the
 * write path (in one change with its record), and what the netwerkrapportage
 * counts of it all in "tellen en vertellen".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphTie } from '../../server/model/index.ts';
import type { Introduction, WorkItem } from '../../server/model/wire/findings.ts';
import type { Rapportage } from '../../server/model/wire/rapportage.ts';
import { currentPeriode } from '../../server/services/rapportage/rapportage-service.ts';
import { readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

const holes = readDemoHoles();
const INTRO = `kansen:introductie:${[...holes.introduction.initiatives].sort().join(':')}`;
const WIJK = 'geb_wk_indische_wijk';

let t: TestApp;
let gv: Requester;
let analist: Requester;
let trekkers: [string, string];

const path = (rest = '') => `/api/findings/${encodeURIComponent(INTRO)}${rest}`;
const json = async <T>(response: Response, status = 200): Promise<T> => {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  return JSON.parse(text) as T;
};

beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
  gv = await t.as('gebiedsverbinder', [WIJK]);
  analist = await t.as('analist');
  const finding = await json<WorkItem>(await gv(path()));
  const persons = finding.nodes.filter((id) => id.startsWith('per_'));
  expect(persons).toHaveLength(2);
  trekkers = persons as [string, string];
}, 120_000);
afterAll(() => t?.close());

describe('introductions from the work list', () => {
  let introduction: Introduction;

  it('records an introduction between two people of a kansen finding, voorgesteld', async () => {
    introduction = await json<Introduction>(await gv(path('/introductions'), { method: 'POST', json: { from: trekkers[0], to: trekkers[1] } }), 201);
    expect(introduction).toMatchObject({ findingId: INTRO, status: 'voorgesteld', from: { id: trekkers[0] }, to: { id: trekkers[1] }, proposed: { by: 'gebiedsverbinder1' } });
    expect(introduction.from.name).not.toBe(trekkers[0]);
    const shown = await json<WorkItem>(await gv(path()));
    expect(shown.introductions.map((item) => item.id)).toEqual([introduction.id]);
    // The analist sees that it was done, by pseudonym.
    const seen = (await json<WorkItem>(await analist(path()))).introductions[0]!;
    expect(seen.from.name).toMatch(/^Persoon [0-9A-F]{6}$/);
  });

  it('refuses an introduction of someone outside the finding, of one node to itself, twice, or by the analist', async () => {
    const outside = await json<{ error: { issues: { path: string; message: string }[] } }>(await gv(path('/introductions'), { method: 'POST', json: { from: trekkers[0], to: 'per_0001' } }), 400);
    expect(outside.error.issues).toEqual([{ path: 'to', message: "'per_0001' hoort niet bij deze bevinding" }]);
    expect((await json<{ error: { issues: { path: string }[] } }>(await gv(path('/introductions'), { method: 'POST', json: { from: trekkers[0], to: trekkers[0] } }), 400)).error.issues[0]!.path).toBe('to');
    expect((await json<{ error: { issues: { path: string }[] } }>(await gv(path('/introductions'), { method: 'POST', json: { from: trekkers[0] } }), 400)).error.issues[0]!.path).toBe('to');
    expect((await gv(path('/introductions'), { method: 'POST', json: { from: trekkers[1], to: trekkers[0] } })).status).toBe(409);
    expect((await analist(path('/introductions'), { method: 'POST', json: { from: trekkers[0], to: trekkers[1] } })).status).toBe(403);
    const isolated = `isolatie:${holes.isolatedResidents.noTies[0]}`;
    expect((await t.request(`/api/findings/${encodeURIComponent(isolated)}/introductions`, { method: 'POST', json: { from: holes.isolatedResidents.noTies[0], to: trekkers[0] } })).status).toBe(409);
  });

  it('says how it went, and a 404 names an unknown introduction', async () => {
    const done = await json<Introduction>(await gv(path(`/introductions/${introduction.id}/status`), { method: 'PUT', json: { status: 'gedaan' } }));
    expect(done).toMatchObject({ status: 'gedaan', changed: { by: 'gebiedsverbinder1' } });
    expect((await json<{ error: { issues: { path: string }[] } }>(await gv(path(`/introductions/${introduction.id}/status`), { method: 'PUT', json: { status: 'misschien' } }), 400)).error.issues[0]!.path).toBe('status');
    const unknown = await json<{ error: { message: string } }>(await gv(path('/introductions/int_onbekend/status'), { method: 'PUT', json: { status: 'gedaan' } }), 404);
    expect(unknown.error.message).toBe("introductie 'int_onbekend' bestaat niet");
  });

  it('becomes a tie through the write path, once, with its history and audit', async () => {
    const version = t.services.cache.version;
    const made = await json<{ introduction: Introduction; tie: GraphTie }>(await gv(path(`/introductions/${introduction.id}/tie`), { method: 'POST', json: { type: 'KENT', strength: 2 } }), 201);
    expect(made.tie).toMatchObject({ type: 'KENT', from: trekkers[0], to: trekkers[1], strength: 2, recordedBy: 'gebiedsverbinder1' });
    expect(made.introduction).toMatchObject({ status: 'gedaan', tieId: made.tie.id });
    expect(t.services.cache.version).toBeGreaterThan(version);
    expect(await json<GraphTie>(await gv(`/api/ties/${made.tie.id}`))).toMatchObject({ from: trekkers[0], to: trekkers[1] });
    expect((await gv(path(`/introductions/${introduction.id}/tie`), { method: 'POST', json: { type: 'KENT' } })).status).toBe(409);
    expect((await gv(path(`/introductions/${introduction.id}/status`), { method: 'PUT', json: { status: 'afgewezen' } })).status).toBe(409);
    const events = await json<{ items: { op: string }[] }>(await t.request(`/api/history/events?id=${made.tie.id}`));
    expect(events.items.map((event) => event.op)).toEqual(['create']);
    t.services.audit.flush();
    const entries = t.services.audit.list({ limit: 200 }).filter((item) => item.route === '/api/findings/:id/introductions/:introduction/tie');
    // The tie as a change (in the write's own transaction), and the refused second try.
    expect(entries.map((item) => [item.method, item.status])).toEqual([
      ['POST', 409],
      ['WRITE', 200],
    ]);
    const entry = entries[1];
    expect(entry).toMatchObject({ user: 'gebiedsverbinder1', action: 'create' });
    expect(entry!.subjects.sort()).toEqual([...trekkers].sort());
  });

  it('refuses a tie the model does not allow, naming the field, and writes nothing', async () => {
    const second = await json<Introduction>(await gv(path('/introductions'), { method: 'POST', json: { from: holes.introduction.initiatives[0], to: holes.introduction.initiatives[1] } }), 201);
    const ties = t.services.cache.snapshot().ties.length;
    const refused = await json<{ error: { issues: { path: string; message: string }[] } }>(await gv(path(`/introductions/${second.id}/tie`), { method: 'POST', json: { type: 'KENT' } }), 400);
    expect(refused.error.issues[0]!.path).toBe('type');
    expect(t.services.cache.snapshot().ties.length).toBe(ties);
    expect((await json<WorkItem>(await gv(path()))).introductions.find((item) => item.id === second.id)).toMatchObject({ status: 'voorgesteld' });
    expect((await json<Introduction>(await gv(path(`/introductions/${second.id}/status`), { method: 'PUT', json: { status: 'afgewezen' } }))).status).toBe('afgewezen');
  });

  it('is counted, with the marks, in the rapportage\'s "tellen en vertellen" for the wijk and the quarter', async () => {
    expect((await gv(path('/status'), { method: 'PUT', json: { status: 'afgehandeld' } })).status).toBe(200);
    const report = await json<Rapportage>(await analist(`/api/rapportage/${WIJK}?periode=${currentPeriode()}`));
    const tellen = report.tellenEnVertellen;
    expect(tellen).toMatchObject({ periode: currentPeriode(), introducties: { voorgesteld: 2, gedaan: 1, afgewezen: 1, banden: 1 } });
    expect(tellen.soorten.find((row) => row.soort === 'kansen')).toMatchObject({ afgehandeld: 1, nietVanToepassing: 0 });
    expect(tellen.totaal.gevonden).toBe(tellen.soorten.reduce((sum, row) => sum + row.gevonden, 0));
    expect(tellen.totaal.gevonden).toBeGreaterThan(0);
    const elsewhere = await json<Rapportage>(await analist(`/api/rapportage/${holes.healthy.wijk}?periode=${currentPeriode()}`));
    expect(elsewhere.tellenEnVertellen.introducties).toEqual({ voorgesteld: 0, gedaan: 0, afgewezen: 0, banden: 0 });
    expect(elsewhere.tellenEnVertellen.totaal.afgehandeld).toBe(0);
    const earlier = await json<Rapportage>(await analist(`/api/rapportage/${WIJK}?periode=2025-Q1`));
    expect(earlier.tellenEnVertellen.introducties.voorgesteld).toBe(0);
    expect(earlier.tellenEnVertellen.totaal.afgehandeld).toBe(0);
  }, 180_000);
});
