/**
 * Inzage: the export holds the person, their ties and who looked at them.
 * Retention: ties without contact for longer than N months are listed, and
 * the bulk purge removes exactly those.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphTie } from '../../server/model/index.ts';
import { shiftMonths } from '../../server/model/period.ts';
import { readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const PERSON = 'per_0956';
/** The demo's today. */
const AT = readDemoHoles().today;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
}, 120_000);
afterAll(() => t?.close());

describe('inzage', () => {
  it('exports the person, their ties and their access log', async () => {
    const analist = await t.as('analist');
    const verbinder = await t.as('gebiedsverbinder', ['geb_wk_parkwijk']);
    expect((await analist(`/api/nodes/${PERSON}`)).status).toBe(200);
    expect((await verbinder(`/api/ties?nodeId=${PERSON}`)).status).toBe(200);
    const response = await t.request(`/api/privacy/persons/${PERSON}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`inzage-${PERSON}.json`);
    const inzage = (await response.json()) as { person: { id: string; name: string }; ties: GraphTie[]; accessLog: { user: string; route: string; subjects: string[] }[] };
    const stored = (await t.services.store.readNetwork()).nodes.find((node) => node.id === PERSON);
    expect(inzage.person).toEqual(stored);
    const network = await t.services.store.readNetwork();
    const own = network.ties.filter((tie) => tie.from === PERSON || tie.to === PERSON);
    expect(inzage.ties.map((tie) => tie.id).sort()).toEqual(own.map((tie) => tie.id).sort());
    const users = new Set(inzage.accessLog.map((entry) => entry.user));
    expect(users.has('analist1')).toBe(true);
    expect(users.has('gebiedsverbinder2')).toBe(true);
    expect(inzage.accessLog.every((entry) => entry.subjects.includes(PERSON))).toBe(true);
  });

  it('is for the beheerder only, 404 for someone unknown and 400 for what is not a person', async () => {
    const analist = await t.as('analist');
    expect((await analist(`/api/privacy/persons/${PERSON}/export`)).status).toBe(403);
    expect((await t.request('/api/privacy/persons/per_bestaatniet/export')).status).toBe(404);
    expect((await t.request('/api/privacy/persons/org_dock/export')).status).toBe(400);
  });
});

describe('retention', () => {
  const lastTouch = (tie: GraphTie) => String(tie.lastContact ?? tie.startDate ?? (typeof tie.recordedAt === 'string' ? tie.recordedAt.slice(0, 10) : ''));

  it('flags personal ties older than N months and the purge removes exactly those', async () => {
    const network = await t.services.store.readNetwork();
    const cutoff = shiftMonths(AT, -12);
    const expected = network.ties.filter((tie) => !tie.endDate && (tie.from.startsWith('per_') || tie.to.startsWith('per_')) && lastTouch(tie) < cutoff).map((tie) => tie.id).sort();
    expect(expected.length).toBeGreaterThan(10);

    const listed = (await (await t.request(`/api/privacy/retention?months=12&at=${AT}`)).json()) as { months: number; count: number; items: { tie: GraphTie; monthsSinceContact: number | null }[] };
    expect(listed.count).toBe(expected.length);
    expect(listed.items.map((item) => item.tie.id).sort()).toEqual(expected);
    expect(listed.items.every((item) => item.monthsSinceContact === null || item.monthsSinceContact >= 12)).toBe(true);
    // A longer limit flags fewer.
    const longer = (await (await t.request(`/api/privacy/retention?months=18&at=${AT}`)).json()) as { count: number };
    expect(longer.count).toBeLessThan(listed.count);

    const purge = await t.request('/api/privacy/retention/purge', { method: 'POST', json: { months: 12, at: AT } });
    expect(purge.status).toBe(200);
    expect(await purge.json()).toEqual({ months: 12, removed: expected.length });
    const after = await t.services.store.readNetwork();
    const removed = new Set(expected);
    expect(after.ties.filter((tie) => removed.has(tie.id))).toEqual([]);
    // Everything else is untouched.
    expect(after.ties.map((tie) => tie.id).sort()).toEqual(network.ties.filter((tie) => !removed.has(tie.id)).map((tie) => tie.id).sort());
    expect(after.nodes.length).toBe(network.nodes.length);
    expect(((await (await t.request(`/api/privacy/retention?months=12&at=${AT}`)).json()) as { count: number }).count).toBe(0);
  });

  it('refuses a nonsensical limit', async () => {
    for (const months of ['0', '-3', 'x', '10000']) expect((await t.request(`/api/privacy/retention?months=${months}`)).status, months).toBe(400);
    expect((await t.request('/api/privacy/retention/purge', { method: 'POST', json: { months: 0 } })).status).toBe(400);
  });
});
