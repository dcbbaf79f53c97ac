/**
 * A hard crash mid-write: the real server as a child process, a stream of node
 * and tie writes, SIGKILL while they are in flight, and a restart on the same
 * data directory. The database opens; every write the server acknowledged is
 * there; no tie is half-written (both endpoints exist, id and type are set).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/test-app.ts';

const PASSWORD = 'crash-test-wachtwoord';
const dataDir = tempDir('wijknetwerk-crash-');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function start(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/wijknetwerk.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-demo'], {
    env: { ...process.env, DATA_DIR: join(dataDir, 'db'), ADMIN_PASSWORD: PASSWORD, DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ok) return { child, url, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`server did not start: ${output}`);
}

async function login(url: string) {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'beheerder', password: PASSWORD }) });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return (path: string, init: { method?: string; json?: unknown } = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
    });
}

async function wait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

describe('crash mid-write', () => {
  it('keeps every acknowledged write and no half-written tie after SIGKILL', async () => {
    const first = await start();
    const request = await login(first.url);
    const ackedNodes = new Set<string>();
    const ackedTies = new Set<string>();
    const persons: string[] = [];
    let killed = false;
    let sent = 0;

    // Four writers in parallel; the process is killed once enough writes were acknowledged.
    const writer = async (lane: number) => {
      for (let i = 0; !killed; i++) {
        sent++;
        try {
          if (persons.length < 2 || i % 2 === 0) {
            const response = await request('/api/nodes', { method: 'POST', json: { kind: 'persoon', name: `Bewoner ${lane}-${i}`, roles: ['bewoner'], consentBasis: 'toestemming' } });
            if (response.status === 201) {
              const { id } = (await response.json()) as { id: string };
              ackedNodes.add(id);
              persons.push(id);
            }
          } else {
            const from = persons[Math.floor(Math.random() * persons.length)]!;
            let to = persons[Math.floor(Math.random() * persons.length)]!;
            if (to === from) to = persons[(persons.indexOf(from) + 1) % persons.length]!;
            const response = await request('/api/ties', { method: 'POST', json: { type: 'KENT', from, to, strength: 1 + (i % 5) } });
            if (response.status === 201) ackedTies.add(((await response.json()) as { id: string }).id);
          }
        } catch {
          // The connection died with the process: this write was not acknowledged.
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(writer);
    const deadline = Date.now() + 60_000;
    while (ackedNodes.size + ackedTies.size < 150 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(lanes);
    await wait(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(ackedNodes.size).toBeGreaterThan(20);
    expect(ackedTies.size).toBeGreaterThan(20);
    expect(sent).toBeGreaterThan(ackedNodes.size + ackedTies.size - 1);

    // Restart on the same data directory.
    const second = await start();
    const again = await login(second.url);
    const graph = (await (await again('/api/graph')).json()) as { nodes: { key: string; attributes: { kind?: string } }[]; edges: { key: string; source: string; target: string; attributes: { type?: string } }[] };
    const nodeIds = new Set(graph.nodes.map((node) => node.key));
    const tieIds = new Set(graph.edges.map((edge) => edge.key));
    expect([...ackedNodes].filter((id) => !nodeIds.has(id))).toEqual([]);
    expect([...ackedTies].filter((id) => !tieIds.has(id))).toEqual([]);
    for (const edge of graph.edges) {
      expect(edge.key, JSON.stringify(edge)).toBeTruthy();
      expect(edge.attributes.type, JSON.stringify(edge)).toBe('KENT');
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target), JSON.stringify(edge)).toBe(true);
    }
    // The graph endpoint only shows ties between shown nodes; the tie list shows them all.
    const ties = (await (await again('/api/ties?limit=1000')).json()) as { total?: number; items: { id: string; type: string; from: string; to: string }[] };
    for (const tie of ties.items) {
      expect(tie.id && tie.type, JSON.stringify(tie)).toBeTruthy();
      expect(nodeIds.has(tie.from) && nodeIds.has(tie.to), JSON.stringify(tie)).toBe(true);
    }
    // And it still takes writes.
    expect((await again('/api/nodes', { method: 'POST', json: { kind: 'thema', name: 'Na de crash' } })).status).toBe(201);
    second.child.kill('SIGTERM');
    await wait(second.child);
  }, 180_000);
});
