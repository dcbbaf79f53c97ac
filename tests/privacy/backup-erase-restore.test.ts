/**
 * Backup (API and CLI), erasure of one person, and restore: the proof of
 * erasure is empty and the person is gone from the graph, the audit subjects
 * (pseudonymised), the documents and the history; restoring the earlier backup
 * brings back exactly the network and documents of before.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import type { Backup } from '../../server/services/backup.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, tempDir, type TestApp } from '../helpers/test-app.ts';

const run = promisify(execFile);
const PERSON = 'per_0896';

let t: TestApp;
let name: string;
let before: Backup;

const sortedNetwork = (network: NetworkData) =>
  JSON.stringify({ nodes: [...network.nodes].sort((a, b) => a.id.localeCompare(b.id)), ties: [...network.ties].sort((a, b) => a.id.localeCompare(b.id)) });
const sortedDocuments = (documents: Backup['documents']) => JSON.stringify([...documents].sort((a, b) => `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`)));

beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
  name = (await t.services.store.getNode(PERSON))!.name;
  // Documents that mention the person: a saved view, a contact moment, audit entries.
  expect((await t.request('/api/views/rondje-parkwijk', { method: 'PUT', json: { name: 'Rondje Parkwijk', positions: { [PERSON]: [1, 2], per_0005: [3, 4] } } })).status).toBe(200);
  const tie = (await t.services.store.readNetwork()).ties.find((candidate) => candidate.type === 'KENT' && (candidate.from === PERSON || candidate.to === PERSON))!;
  expect((await t.request('/api/contacts', { method: 'POST', json: { tieId: tie.id, date: '2026-10-01', kind: 'ontmoeting', note: `Koffie met ${name}` } })).status).toBe(201);
  const analist = await t.as('analist');
  expect((await analist(`/api/nodes/${PERSON}`)).status).toBe(200);
  await t.services.audit.flush();
}, 120_000);
afterAll(() => t?.close());

describe('backup, erase, restore', () => {
  it('backs up through the API', async () => {
    const response = await t.request('/api/backup');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="wijknetwerk-backup-/);
    before = (await response.json()) as Backup;
    expect(before.format).toBe('wijknetwerk-backup');
    expect(before.network.nodes.some((node) => node.id === PERSON)).toBe(true);
    expect(before.documents.some((doc) => doc.collection === 'users')).toBe(true);
    expect(before.documents.some((doc) => doc.collection === 'sessions')).toBe(false);
    // The backup carries no password in plain text.
    expect(JSON.stringify(before)).not.toContain('test-wachtwoord');
  });

  it('erases the person completely, with an empty proof', async () => {
    const events = (await (await t.request(`/api/history/events?node=${PERSON}&limit=1000`)).json()) as { total: number };
    expect(events.total).toBeGreaterThan(0);
    expect((await t.services.audit.list({ subject: PERSON })).length).toBeGreaterThan(0);

    const response = await t.request(`/api/privacy/persons/${PERSON}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    const proof = (await response.json()) as { pseudonym: string; remaining: string[]; removedTies: number; pseudonymisedAuditEntries: number };
    expect(proof.remaining).toEqual([]);
    expect(proof.removedTies).toBeGreaterThan(5);
    expect(proof.pseudonymisedAuditEntries).toBeGreaterThan(0);
    expect(proof.pseudonym).toMatch(/^Persoon [0-9A-F]{6}$/);

    // Graph
    expect((await t.request(`/api/nodes/${PERSON}`)).status).toBe(404);
    const graph = await t.services.store.readNetwork();
    expect(graph.nodes.some((node) => node.id === PERSON)).toBe(false);
    expect(graph.ties.filter((tie) => tie.from === PERSON || tie.to === PERSON)).toEqual([]);
    expect(JSON.stringify(graph)).not.toContain(name);
    // Audit: only the pseudonym remains as subject
    await t.services.audit.flush();
    expect(await t.services.audit.list({ subject: PERSON })).toEqual([]);
    const underPseudonym = await t.services.audit.list({ subject: proof.pseudonym, limit: 10_000 });
    // The earlier entries, plus the erasure itself (logged under the pseudonym).
    expect(underPseudonym.length).toBe(proof.pseudonymisedAuditEntries + 1);
    expect(underPseudonym[0]!.data).toMatchObject({ action: 'erase', method: 'DELETE', user: 'beheerder' });
    // Documents (views, contact moments, history events, snapshots …), audit included
    const leftovers = (await t.services.store.allDocuments()).filter((doc) => {
      const text = JSON.stringify(doc.data);
      return text.includes(PERSON) || text.includes(name);
    });
    expect(leftovers.map((doc) => `${doc.collection}/${doc.id}`)).toEqual([]);
    // History
    const after = (await (await t.request(`/api/history/events?node=${PERSON}&limit=1000`)).json()) as { total: number };
    expect(after.total).toBe(0);
    // The erased person's inzage is gone too.
    expect((await t.request(`/api/privacy/persons/${PERSON}/export`)).status).toBe(404);
  });

  it('restores the backup: network and documents identical to before', async () => {
    const response = await t.request('/api/backup/restore', { method: 'POST', json: before });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ nodes: before.network.nodes.length, ties: before.network.ties.length, documents: before.documents.length });
    await t.services.audit.flush();
    const { createBackup } = await import('../../server/services/backup.ts');
    const now = await createBackup(t.services.store);
    expect(sortedNetwork(now.network)).toBe(sortedNetwork(before.network));
    // Audit entries written after the backup (the restore itself) are new; everything else is as before.
    const since = (doc: Backup['documents'][number]) => doc.collection === 'audit' && !before.documents.some((old) => old.collection === 'audit' && old.id === doc.id);
    expect(now.documents.filter(since).every((doc) => (doc.data as { at: string }).at >= before.createdAt)).toBe(true);
    expect(sortedDocuments(now.documents.filter((doc) => !since(doc)))).toBe(sortedDocuments(before.documents));
    // The API sees the person again.
    expect(((await (await t.request(`/api/nodes/${PERSON}`)).json()) as { name: string }).name).toBe(name);
  });

  it('backs up and restores through the CLI', async () => {
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
    expect(sortedDocuments(copy.documents)).toBe(sortedDocuments(before.documents));
    // A file that is not a backup leaves the data in place and fails.
    writeFileSync(file, JSON.stringify({ format: 'iets-anders' }));
    await expect(run(process.execPath, ['bin/wijknetwerk.js', 'restore', file], { env, timeout: 120_000 })).rejects.toThrow();
    await run(process.execPath, ['bin/wijknetwerk.js', 'backup', again], { env, timeout: 120_000 });
    expect(sortedNetwork((JSON.parse(readFileSync(again, 'utf8')) as Backup).network)).toBe(sortedNetwork(before.network));
  }, 300_000);
});
