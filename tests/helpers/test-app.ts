/**
 * A real app over a real embedded Kùzu store in a temporary directory, for
 * tests that go through HTTP. `request` sends to the Hono app in-process, with
 * the session cookie and CSRF token of the account it is logged in as (the
 * beheerder unless `as` says otherwise).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkData, Role } from '../../server/model/index.ts';
import { createLogger, silentLogger } from '../../server/logger.ts';
import { createWebApp } from '../../server/server.ts';
import { closeServices, createServices, type ServiceOptions } from '../../server/services/index.ts';
import { SYSTEM_ACTOR } from '../../server/services/write/types.ts';
import { storeConfigFromEnv } from '../../server/store/index.ts';
import type { AppServices } from '../../server/context.ts';

export const TEST_PASSWORD = 'test-wachtwoord-123';

export type RequestInitWithJson = RequestInit & { json?: unknown };
export type Requester = (path: string, init?: RequestInitWithJson) => Promise<Response>;

export interface TestApp {
  services: AppServices;
  dataDir: string;
  /** As the beheerder (or the role given to createTestApp). */
  request: Requester;
  /** Without any session. */
  anonymous: Requester;
  /** Creates an account with this role (and gebieden) and returns a requester logged in as it. */
  as(role: Role, gebieden?: string[]): Promise<Requester>;
  /** Logs in as an existing account (password TEST_PASSWORD). */
  login(username: string): Promise<Requester>;
  /** Stops the services (as a clean server stop does) but keeps the data directory, to inspect its files. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'wijknetwerk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The Neo4j the environment names (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), for the suites that also run there. */
export const neo4jFromEnv = () => storeConfigFromEnv(process.env).neo4j;

export async function createTestApp(options: { seed?: NetworkData; as?: Role; gebieden?: string[]; services?: ServiceOptions; neo4j?: boolean } = {}): Promise<TestApp> {
  const dataDir = tempDir();
  const neo4j = options.neo4j ? neo4jFromEnv() : undefined;
  if (options.neo4j && !neo4j) throw new Error('createTestApp: neo4j asked for, but NEO4J_URI is not set');
  const services = await createServices({ dataDir, neo4j }, process.env.TEST_LOG ? createLogger('error') : silentLogger, options.services);
  if (options.seed) await services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', options.seed);
  const app = createWebApp(services);

  const send = (session?: { cookie: string; csrf: string }): Requester => async (path, init = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    if (session) {
      headers.set('cookie', session.cookie);
      if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', session.csrf);
    }
    return app.request(path, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  };
  const anonymous = send();

  const login = async (username: string): Promise<Requester> => {
    const response = await anonymous('/api/auth/login', { method: 'POST', json: { username, password: TEST_PASSWORD } });
    if (response.status !== 200) throw new Error(`test login failed: ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return send({ cookie, csrf: csrfToken });
  };
  let accounts = 0;
  const loginAs = async (role: Role, gebieden: string[] = []): Promise<Requester> => {
    const username = role === 'beheerder' && accounts === 0 ? 'beheerder' : `${role}${++accounts}`;
    await services.users.create({ username, password: TEST_PASSWORD, role, gebieden });
    return login(username);
  };

  const admin = await loginAs('beheerder');
  const request = options.as && options.as !== 'beheerder' ? await loginAs(options.as, options.gebieden) : admin;
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= closeServices(services));
  return {
    services,
    dataDir,
    request,
    anonymous,
    as: loginAs,
    login,
    stop,
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
