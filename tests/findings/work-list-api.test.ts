/**
 * The work list through the HTTP app, on the demo network: marking a finding
 * afgehandeld or niet van toepassing (a reason required), assigning it to a
 * colleague of its gebied, who may do so per role and gebied, a mark that
 * holds after a write elsewhere and opens again when what it was about
 * changes, and the audit of each change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Colleague, WorkItem, WorkList } from '../../server/model/wire/findings.ts';
import { readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

const holes = readDemoHoles();
const INTRO = `kansen:introductie:${[...holes.introduction.initiatives].sort().join(':')}`;
const [INI_A] = [...holes.introduction.initiatives].sort();
const WIJK = 'geb_wk_indische_wijk';
const ELSEWHERE = holes.healthy.wijk;

let t: TestApp;
let gv: Requester;
let ob: Requester;
let wt: Requester;
let analist: Requester;
let gvElsewhere: Requester;

/** A finding as seen in the wijk's Gaten panel. */
const path = (id: string, rest = '') => `/api/findings/${encodeURIComponent(id)}${rest}?gebied=${WIJK}`;
const json = async <T>(response: Response, status = 200): Promise<T> => {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  return JSON.parse(text) as T;
};
const list = async (who: Requester) => json<WorkList>(await who(`/api/findings?gebied=${WIJK}`));
const item = async (who: Requester, id: string) => json<WorkItem>(await who(path(id)));
const mark = (who: Requester, id: string, body: unknown) => who(path(id, '/status'), { method: 'PUT', json: body });

beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
  gv = await t.as('gebiedsverbinder', [WIJK]);
  ob = await t.as('opbouwwerker', [WIJK]);
  wt = await t.as('wijkteamlid', [WIJK]);
  analist = await t.as('analist');
  gvElsewhere = await t.as('gebiedsverbinder', [ELSEWHERE]);
}, 120_000);
afterAll(() => t?.close());

describe('the work list', () => {
  it('lists the findings of a gebied as the Gaten panel shows them, all open, and says who may act on them', async () => {
    const panel = await json<{ findings: { id: string }[] }>(await gv(`/api/analysis/gaps?gebied=${WIJK}`));
    const mine = await list(gv);
    expect(mine.current).toBe(true);
    expect(mine.findings.map((f) => f.id)).toContain(INTRO);
    expect(mine.findings.length).toBeGreaterThanOrEqual(3);
    expect(mine.findings.map((f) => f.id)).toEqual(panel.findings.map((f) => f.id));
    expect(mine.findings.every((f) => f.work.status === 'open' && f.work.mayAct)).toBe(true);
    expect((await list(analist)).findings.every((f) => !f.work.mayAct)).toBe(true);
    expect((await list(wt)).findings.every((f) => !f.work.mayAct)).toBe(true);
    expect((await list(gvElsewhere)).findings.every((f) => !f.work.mayAct)).toBe(true);
    const unknown = await t.request('/api/findings?gebied=geb_bestaat_niet');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('geb_bestaat_niet');
  });

  it('marks a finding afgehandeld, with who and when, without changing the network', async () => {
    const version = t.services.cache.version;
    const marked = await json<WorkItem>(await mark(gv, INTRO, { status: 'afgehandeld' }));
    expect(marked.work).toMatchObject({ status: 'afgehandeld', mark: { status: 'afgehandeld', by: 'gebiedsverbinder1' } });
    expect(Date.parse(marked.work.mark!.at)).toBeGreaterThan(Date.now() - 60_000);
    expect((await item(ob, INTRO)).work.status).toBe('afgehandeld');
    expect((await list(analist)).findings.find((f) => f.id === INTRO)!.work.status).toBe('afgehandeld');
    // The same mark in the whole city's list.
    expect((await json<WorkList>(await t.request('/api/findings'))).findings.find((f) => f.id === INTRO)!.work.status).toBe('afgehandeld');
    expect(t.services.cache.version).toBe(version);
  });

  it('needs a reason for niet van toepassing, and names the field in Dutch', async () => {
    const id = (await list(gv)).findings.find((f) => f.id !== INTRO)!.id;
    const refused = await mark(gv, id, { status: 'niet-van-toepassing' });
    const body = await json<{ error: { message: string; issues: { path: string; message: string }[] } }>(refused, 400);
    expect(body.error.message).toContain('reason');
    expect(body.error.issues).toEqual([{ path: 'reason', message: expect.stringContaining('verplicht bij niet van toepassing') }]);
    expect((await json<{ error: { issues: { path: string }[] } }>(await mark(gv, id, { status: 'niet-van-toepassing', reason: '   ' }), 400)).error.issues[0]!.path).toBe('reason');
    expect((await json<{ error: { issues: { path: string }[] } }>(await mark(gv, id, { status: 'klaar' }), 400)).error.issues[0]!.path).toBe('status');
    expect((await json<{ error: { issues: { message: string }[] } }>(await mark(gv, id, { status: 'afgehandeld', door: 'mij' }), 400)).error.issues[0]!.message).toContain('onbekend veld');

    const marked = await json<WorkItem>(await mark(gv, id, { status: 'niet-van-toepassing', reason: 'Oude buren, bewust niet opgefrist.' }));
    expect(marked.work).toMatchObject({ status: 'niet-van-toepassing', mark: { reason: 'Oude buren, bewust niet opgefrist.' } });
    // The reason is a colleague's free text: not for the analist, nor for a colleague elsewhere.
    expect((await item(analist, id)).work.mark).not.toHaveProperty('reason');
    expect((await item(gvElsewhere, id)).work.mark).not.toHaveProperty('reason');
    expect((await item(ob, id)).work.mark!.reason).toBe('Oude buren, bewust niet opgefrist.');

    const reopened = await json<WorkItem>(await mark(gv, id, { status: 'open' }));
    expect(reopened.work.status).toBe('open');
    expect(reopened.work).not.toHaveProperty('mark');
  });

  it('answers 404 naming an unknown finding id', async () => {
    const response = await mark(gv, 'isolatie:per_bestaat_niet', { status: 'afgehandeld' });
    const body = await json<{ error: { message: string } }>(response, 404);
    expect(body.error.message).toBe("bevinding 'isolatie:per_bestaat_niet' bestaat niet");
    expect((await t.request(path('isolatie:per_bestaat_niet'))).status).toBe(404);
  });

  it('lets who may edit in the gebied mark: the analist and the wijkteamlid are refused, and so is a gebiedsverbinder elsewhere', async () => {
    const id = (await list(gv)).findings.filter((f) => f.id !== INTRO)[1]!.id;
    for (const [who, name] of [
      [analist, 'analist'],
      [wt, 'wijkteamlid'],
    ] as const) {
      const body = await json<{ error: { message: string } }>(await mark(who, id, { status: 'afgehandeld' }), 403);
      expect(body.error.message).toContain(`uw rol (${name})`);
    }
    const outside = await json<{ error: { message: string } }>(await mark(gvElsewhere, id, { status: 'afgehandeld' }), 403);
    expect(outside.error.message).toContain('buiten uw gebieden');
    expect((await item(gv, id)).work.status).toBe('open');
    expect((await json<WorkItem>(await mark(ob, id, { status: 'afgehandeld' }))).work.status).toBe('afgehandeld');
    expect((await json<WorkItem>(await mark(t.request, id, { status: 'open' }))).work.status).toBe('open');
  });

  it('assigns a finding to a colleague of its gebied, and to nobody else', async () => {
    const colleagues = await json<{ items: Colleague[] }>(await gv(path(INTRO, '/colleagues')));
    expect(colleagues.items.map((c) => c.username).sort()).toEqual(['gebiedsverbinder1', 'opbouwwerker2']);
    expect((await analist(path(INTRO, '/colleagues'))).status).toBe(403);
    const assigned = await json<WorkItem>(await gv(path(INTRO, '/assignee'), { method: 'PUT', json: { assignee: 'opbouwwerker2' } }));
    expect(assigned.work.assignee).toMatchObject({ username: 'opbouwwerker2', by: 'gebiedsverbinder1' });
    // Marking keeps the assignment.
    expect((await item(ob, INTRO)).work).toMatchObject({ status: 'afgehandeld', assignee: { username: 'opbouwwerker2' } });
    for (const assignee of ['gebiedsverbinder5', 'analist4', 'niemand']) {
      const refused = await json<{ error: { issues: { path: string }[] } }>(await gv(path(INTRO, '/assignee'), { method: 'PUT', json: { assignee } }), 400);
      expect(refused.error.issues[0]!.path).toBe('assignee');
    }
    const taken = await json<WorkItem>(await gv(path(INTRO, '/assignee'), { method: 'PUT', json: { assignee: null } }));
    expect(taken.work).not.toHaveProperty('assignee');
    await gv(path(INTRO, '/assignee'), { method: 'PUT', json: { assignee: 'opbouwwerker2' } });
  });

  it('keeps a mark after writes elsewhere and a new analysis, and opens it again when what it was about changes', async () => {
    const before = t.services.analysis.computed.inline + t.services.analysis.computed.worker;
    // Two residents of the healthy wijk get to know each other: a write that has nothing to do with the finding.
    const data = await t.services.cache.data();
    const buurten = new Set(data.nodes.filter((node) => node.kind === 'gebied' && node.parentId === ELSEWHERE).map((node) => node.id));
    const [a, b] = data.ties.filter((tie) => tie.type === 'WOONT_IN' && buurten.has(tie.to)).map((tie) => tie.from);
    expect((await t.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: a, to: b, strength: 2 } })).status).toBe(201);
    const parkInitiative = (await t.services.cache.data()).ties.find((tie) => tie.type === 'WERKT_IN' && tie.from.startsWith('ini_') && tie.to.includes('parkwijk'))!.from;
    expect((await t.request(`/api/nodes/${parkInitiative}`, { method: 'PATCH', json: { name: 'Andere naam elders' } })).status).toBe(200);
    const kept = await item(gv, INTRO);
    expect(t.services.analysis.computed.inline + t.services.analysis.computed.worker).toBeGreaterThan(before);
    expect(kept.work.status).toBe('afgehandeld');
    expect(kept.work).not.toHaveProperty('reopened');

    expect((await t.request(`/api/nodes/${INI_A}`, { method: 'PATCH', json: { name: 'Taalcafé De Nieuwe Buren' } })).status).toBe(200);
    const changed = await item(gv, INTRO);
    expect(changed.work.status).toBe('open');
    expect(changed.work.reopened).toMatchObject({ status: 'afgehandeld', by: 'gebiedsverbinder1' });
    expect(changed.work).not.toHaveProperty('mark');
    expect(changed.work.assignee?.username).toBe('opbouwwerker2');
    // Marked again, on what it is about now.
    expect((await json<WorkItem>(await mark(gv, INTRO, { status: 'afgehandeld' }))).work).not.toHaveProperty('reopened');
  });

  it('audits every mark and assignment with the persons of the finding, and keys no record by a person id', async () => {
    t.services.audit.flush();
    const entries = t.services.audit.list({ limit: 500 }).filter((entry) => entry.route.startsWith('/api/findings/'));
    const finding = await item(gv, INTRO);
    const persons = finding.nodes.filter((id) => id.startsWith('per_'));
    expect(persons.length).toBeGreaterThan(0);
    const marks = entries.filter((entry) => entry.route === '/api/findings/:id/status' && entry.user === 'gebiedsverbinder1');
    expect(marks.length).toBeGreaterThanOrEqual(4);
    expect(marks.find((entry) => persons.every((id) => entry.subjects.includes(id)))).toMatchObject({ role: 'gebiedsverbinder', action: 'update', status: 200 });
    expect(entries.some((entry) => entry.route === '/api/findings/:id/assignee' && entry.user === 'gebiedsverbinder1')).toBe(true);
    const records = t.services.records.allRecords(['findings']);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => !record.id.includes('per_'))).toBe(true);
  });

  it('forgets an erased person: the record of their finding no longer names them, by id or by name', async () => {
    const person = holes.isolatedResidents.noTies[0]!;
    const name = t.services.cache.nodeNow(person)!.name;
    expect((await t.request(`/api/findings/isolatie:${person}/status`, { method: 'PUT', json: { status: 'niet-van-toepassing', reason: `${name} is verhuisd` } })).status).toBe(200);
    const mentions = () => t.services.records.allRecords(['findings', 'introductions']).filter((record) => JSON.stringify(record).includes(person) || JSON.stringify(record).includes(name));
    expect(mentions()).toHaveLength(1);
    const proof = await json<{ remaining: string[] }>(await t.request(`/api/privacy/persons/${person}`, { method: 'DELETE' }));
    expect(proof.remaining).toEqual([]);
    expect(mentions()).toEqual([]);
    // What was done still counts, without the person.
    expect(t.services.records.allRecords(['findings']).some((record) => (record.data as { analysis: string; history: { status: string }[] }).analysis === 'isolatie' && (record.data as { history: { status: string }[] }).history.at(-1)!.status === 'niet-van-toepassing')).toBe(true);
  });
});
