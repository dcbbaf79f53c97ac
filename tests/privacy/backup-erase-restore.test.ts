/**
 * Backup (API and CLI), erasure of one person, and restore: the proof of
 * erasure is empty; the person is gone from the network, the records, the
 * history and the audit subjects (pseudonymised); after a clean stop no file
 * under DATA_DIR holds their name or id in any case; and restoring a backup
 * made before the erasure brings back everything else, but not the person.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import type { Backup } from '../../server/services/backup.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { filesContaining } from '../../server/services/privacy/traces.ts';
import { createTestApp, tempDir, type TestApp } from '../helpers/test-app.ts';

const run = promisify(execFile);
const PERSON = 'per_0896';

let t: TestApp;
let name: string;
let before: Backup;
let register: Backup['erasures'];

const withoutPerson = (network: NetworkData): NetworkData => ({
  nodes: network.nodes.filter((node) => node.id !== PERSON),
  ties: network.ties.filter((tie) => tie.from !== PERSON && tie.to !== PERSON),
});
/** The network in id order with keys in one order, as text, so that equal networks compare equal however they were read. */
const sortedNetwork = (network: NetworkData) => {
  const canonical = (item: object) => JSON.stringify(Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))));
  return JSON.stringify([...network.nodes.map(canonical).sort(), ...network.ties.map(canonical).sort()]);
};
const mentions = (value: unknown) => {
  const text = JSON.stringify(value).toLowerCase();
  return text.includes(PERSON) || text.includes(name.toLowerCase());
};

beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
  name = t.services.cache.nodeNow(PERSON)!.name;
  // Records that mention the person: a saved view, a contact moment, a duiding with her name in another case, a rename in the history, audit entries.
  expect((await t.request('/api/views/rondje-parkwijk', { method: 'PUT', json: { name: 'Rondje Parkwijk', positions: { [PERSON]: [1, 2], per_0005: [3, 4] } } })).status).toBe(200);
  const tie = t.services.cache.tiesAt(PERSON).find((candidate) => candidate.type === 'KENT')!;
  expect((await t.request('/api/contacts', { method: 'POST', json: { tieId: tie.id, date: '2026-10-01', kind: 'ontmoeting' } })).status).toBe(201);
  const renamed = await t.request(`/api/nodes/${PERSON}`, { method: 'PATCH', json: { name: `${name} Tweede` } });
  expect(renamed.status).toBe(200);
  const analist = await t.as('analist');
  expect((await analist(`/api/nodes/${PERSON}`)).status).toBe(200);
  t.services.audit.flush();
}, 120_000);
afterAll(() => t?.close());

describe('backup, erase, restore', () => {
  it('backs up through the API, without sessions, secrets or passwords', async () => {
    const response = await t.request('/api/backup');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="wijknetwerk-backup-/);
    before = (await response.json()) as Backup;
    expect(before.format).toBe('wijknetwerk-backup');
    expect(before.network.nodes.some((node) => node.id === PERSON)).toBe(true);
    expect(before.records.some((record) => record.collection === 'users')).toBe(true);
    expect(before.records.some((record) => record.collection === 'sessions' || record.collection === 'secrets')).toBe(false);
    expect(JSON.stringify(before)).not.toContain('test-wachtwoord');
  });

  it('erases the person completely, with an empty proof', async () => {
    const events = (await (await t.request(`/api/history/events?node=${PERSON}&limit=1000`)).json()) as { total: number };
    expect(events.total).toBeGreaterThan(0);
    expect(t.services.audit.list({ subject: PERSON }).length).toBeGreaterThan(0);

    const response = await t.request(`/api/privacy/persons/${PERSON}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    const proof = (await response.json()) as { pseudonym: string; remaining: string[]; removedTies: number; pseudonymisedAuditEntries: number };
    expect(proof.remaining).toEqual([]);
    expect(proof.removedTies).toBeGreaterThan(5);
    expect(proof.pseudonymisedAuditEntries).toBeGreaterThan(0);
    expect(proof.pseudonym).toMatch(/^Persoon [0-9A-F]{6}$/);

    expect((await t.request(`/api/nodes/${PERSON}`)).status).toBe(404);
    const graph = await t.services.store.readNetwork();
    expect(mentions(graph)).toBe(false);
    t.services.audit.flush();
    expect(t.services.audit.list({ subject: PERSON })).toEqual([]);
    const underPseudonym = t.services.audit.list({ subject: proof.pseudonym, limit: 10_000 });
    // The earlier entries, the erasure among them, and the 404 above, which names the pseudonym too.
    expect(underPseudonym.length).toBe(proof.pseudonymisedAuditEntries + 1);
    expect(underPseudonym.filter((entry) => entry.action === 'erase')).toMatchObject([{ route: '/api/privacy/persons/:id', user: 'beheerder' }]);
    expect(underPseudonym[0]).toMatchObject({ action: 'read', status: 404 });
    const records = t.services.records.allRecords(['users', 'views', 'contacts', 'duidingen', 'intake-todo', 'snapshots', 'personal-reports', 'findings']);
    expect(records.filter((record) => mentions(record)).map((record) => `${record.collection}/${record.id}`)).toEqual([]);
    expect(t.services.records.events().filter((event) => mentions(event))).toEqual([]);
    const after = (await (await t.request(`/api/history/events?node=${PERSON}&limit=1000`)).json()) as { total: number };
    expect(after.total).toBe(0);
    expect((await t.request(`/api/privacy/persons/${PERSON}/export`)).status).toBe(404);
    // The same id cannot come back through the API.
    const again = await t.request('/api/nodes', { method: 'POST', json: { id: PERSON, kind: 'persoon', name: 'Iemand anders', roles: ['bewoner'] } });
    expect(again.status).toBe(409);
  });

  it('restores the older backup: everything as before, except the erased person', async () => {
    const response = await t.request('/api/backup/restore', { method: 'POST', json: before });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ nodes: before.network.nodes.length - 1, erased: 1 });
    const now = await t.services.backup.create();
    expect(sortedNetwork(now.network)).toBe(sortedNetwork(withoutPerson(before.network)));
    expect(mentions(now)).toBe(false);
    expect(now.records.some((record) => record.collection === 'views' && record.id.endsWith('rondje-parkwijk'))).toBe(true);
    expect((await t.request(`/api/nodes/${PERSON}`)).status).toBe(404);
    register = t.services.records.erasureRegister();
    expect(register).toHaveLength(1);
    expect(JSON.stringify(register)).not.toContain(PERSON);
  });

  it('leaves no file under DATA_DIR with the name or id after a clean stop', async () => {
    await t.stop();
    expect(filesContaining(t.dataDir, [PERSON, name, `${name} Tweede`, name.toUpperCase()])).toEqual([]);
  });

  it('backs up and restores through the CLI, and the erasure register holds there too', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'backup.json');
    const again = join(dataDir, 'again.json');
    writeFileSync(file, JSON.stringify(before));
    const env = { ...process.env, DATA_DIR: join(dataDir, 'db') };
    const restored = await run(process.execPath, ['bin/wijknetwerk.js', 'restore', file], { env, timeout: 120_000 });
    expect(restored.stdout).toContain(`${before.network.nodes.length} knopen`);
    await run(process.execPath, ['bin/wijknetwerk.js', 'backup', again], { env, timeout: 120_000 });
    const copy = JSON.parse(readFileSync(again, 'utf8')) as Backup;
    expect(sortedNetwork(copy.network)).toBe(sortedNetwork(before.network));
    // A file that is not a backup leaves the data in place and fails with a Dutch message.
    writeFileSync(file, JSON.stringify({ format: 'iets-anders' }));
    await expect(run(process.execPath, ['bin/wijknetwerk.js', 'restore', file], { env, timeout: 120_000 })).rejects.toMatchObject({ stderr: expect.stringContaining('geen geldige Wijknetwerk-backup') });
    await run(process.execPath, ['bin/wijknetwerk.js', 'backup', again], { env, timeout: 120_000 });
    expect(sortedNetwork((JSON.parse(readFileSync(again, 'utf8')) as Backup).network)).toBe(sortedNetwork(before.network));
    // A backup made after an erasure carries the register: restoring the old one on top keeps the person out.
    const erasedBackup = JSON.parse(readFileSync(join(dataDir, 'again.json'), 'utf8')) as Backup;
    writeFileSync(file, JSON.stringify({ ...erasedBackup, erasures: register }));
    await run(process.execPath, ['bin/wijknetwerk.js', 'restore', file], { env, timeout: 120_000 });
    writeFileSync(file, JSON.stringify(before));
    await run(process.execPath, ['bin/wijknetwerk.js', 'restore', file], { env, timeout: 120_000 });
    await run(process.execPath, ['bin/wijknetwerk.js', 'backup', again], { env, timeout: 120_000 });
    expect(sortedNetwork((JSON.parse(readFileSync(again, 'utf8')) as Backup).network)).toBe(sortedNetwork(withoutPerson(before.network)));
  }, 300_000);
});
