/**
 * The real server as a child process (`wijknetwerk serve`) on a free port and
 * a given data directory, for tests that kill it and start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const SERVER_PASSWORD = 'crash-test-wachtwoord';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

export type Fetcher = (path: string, init?: { method?: string; json?: unknown; body?: string; type?: string }) => Promise<Response>;

const running: ChildProcess[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the server on `dataDir/db` (empty network, no demo) and waits until it answers health. */
export async function startServer(dataDir: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/wijknetwerk.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-demo'], {
    env: { ...process.env, DATA_DIR: join(dataDir, 'db'), ADMIN_PASSWORD: SERVER_PASSWORD, DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
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

/** Logs in as the beheerder; the fetcher sends the session cookie and CSRF token. */
export async function loginTo(url: string): Promise<Fetcher> {
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'beheerder', password: SERVER_PASSWORD }) });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return (path, init = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.json !== undefined || init.type ? { 'content-type': init.type ?? 'application/json' } : {}) },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
}

export async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

/** Kills whatever these tests left running. */
export function killAll(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
