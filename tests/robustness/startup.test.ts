/**
 * Start-up errors are one Dutch line with what to do, and the supervisor that
 * `npm start` runs says why the server stopped and starts it again.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, freePort, killAll, SERVER_PASSWORD, startServer } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/test-app.ts';

const directory = tempDir('wijknetwerk-startup-');
afterAll(() => {
  killAll();
  rmSync(directory, { recursive: true, force: true });
});

/** Runs `wijknetwerk serve` to its end (a start-up error ends it) and returns its exit code and output. */
function serveUntilExit(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/wijknetwerk.js', 'serve', '--host', '127.0.0.1', '--no-demo', ...args], {
      env: { ...process.env, DEMO: '0', LOG_LEVEL: 'warn', ADMIN_PASSWORD: SERVER_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => (clearTimeout(timer), resolve({ code, output })));
  });
}

const oneDutchLine = (output: string) => {
  const lines = output.trim().split('\n').filter((line) => line.trim());
  expect(output).not.toMatch(/^\s+at /m);
  return lines.at(-1)!;
};

describe('start-up errors', () => {
  it('a port in use', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { code, output } = await serveUntilExit(['--port', String(port)], { DATA_DIR: join(directory, 'poort') });
      expect(code).toBe(4);
      expect(oneDutchLine(output)).toMatch(new RegExp(`Poort ${port} is al in gebruik.*--port ${port + 1}`));
    } finally {
      blocker.close();
    }
  }, 90_000);

  it('a data directory that cannot be written', async () => {
    const file = join(directory, 'een-bestand');
    writeFileSync(file, 'geen map');
    const { code, output } = await serveUntilExit(['--port', String(await freePort())], { DATA_DIR: join(file, 'db') });
    expect(code).toBe(4);
    expect(oneDutchLine(output)).toMatch(/De datamap .* is niet te beschrijven \(ENOTDIR\)\. Geef een map/);
  }, 90_000);

  it('a data directory in use by another running server', async () => {
    const first = await startServer(join(directory, 'bezet'));
    try {
      const { code, output } = await serveUntilExit(['--port', String(await freePort())], { DATA_DIR: join(directory, 'bezet', 'db') });
      expect(code).toBe(4);
      expect(oneDutchLine(output)).toMatch(new RegExp(`in gebruik door een andere Wijknetwerk \\(proces ${first.child.pid}\\)`));
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await exited(first.child);
    }
  }, 120_000);

  it('a Neo4j that cannot be reached', async () => {
    const closed = await freePort();
    const uri = `bolt://wijk:geheim@127.0.0.1:${closed}`;
    const { code, output } = await serveUntilExit(['--port', String(await freePort())], { DATA_DIR: join(directory, 'neo4j'), NEO4J_URI: uri, NEO4J_PASSWORD: 'geheim' });
    expect(code).toBe(4);
    const line = oneDutchLine(output);
    expect(line).toMatch(new RegExp(`Neo4j op bolt://127.0.0.1:${closed} is niet bereikbaar`));
    expect(output).not.toContain('geheim');
  }, 120_000);
});

describe('the supervisor', () => {
  it('logs the signal of a crashed server and starts it again on the same port and data', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/wijknetwerk.js', 'serve', '--supervise', '--port', String(port), '--host', '127.0.0.1', '--no-demo'], {
      env: { ...process.env, DATA_DIR: join(directory, 'toezicht'), DEMO: '0', LOG_LEVEL: 'warn', ADMIN_PASSWORD: SERVER_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    const healthy = async () => {
      for (let i = 0; i < 400; i++) {
        if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) return;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      throw new Error(`no health: ${output}`);
    };
    try {
      await healthy();
      const pid = Number(/server gestart \(pid (\d+)\)/.exec(output)![1]);
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 100 && !output.includes('server gestopt door signaal SIGKILL'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(output).toContain('server gestopt door signaal SIGKILL');
      await healthy();
      const second = Number([...output.matchAll(/server gestart \(pid (\d+)\)/g)].at(-1)![1]);
      expect(second).not.toBe(pid);
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'beheerder', password: SERVER_PASSWORD }) });
      expect(login.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
    expect(child.exitCode).toBe(0);
  }, 180_000);
});
