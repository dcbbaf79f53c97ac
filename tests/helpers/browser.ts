/**
 * Browser tests: a real server on a free port with the demo network, and
 * Debian's Chromium through playwright-core. Outside CI, a missing Chromium
 * skips the suite with a printed reason; in CI it fails.
 */
import { existsSync, rmSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { silentLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';
import { TEST_PASSWORD, tempDir } from './test-app.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ADMIN_PASSWORD = 'beheerder-test-wachtwoord';

/** True when browser tests can run; prints why not otherwise. Throws in CI when Chromium is missing. */
export function browserAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`${suite}: Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium)`);
  console.warn(`${suite}: browser tests skipped: Chromium not found at ${CHROMIUM_PATH} (install with apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface TestServer {
  url: string;
  services: Awaited<ReturnType<typeof startServer>>['services'];
  close(): Promise<void>;
}

/** Starts the whole app (API + built client) on a free port, with the demo network and the beheerder account. */
export async function startTestServer(options: { demo?: boolean } = {}): Promise<TestServer> {
  const dataDir = tempDir();
  const server = await startServer({ port: 0, host: '127.0.0.1', store: { dataDir }, demo: options.demo ?? true, adminPassword: ADMIN_PASSWORD, logger: silentLogger });
  return {
    url: server.url,
    services: server.services,
    async close() {
      await server.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** For a describe block: the app and Chromium, started before its tests and stopped after them. */
export function serverAndBrowser(): { readonly server: TestServer; readonly browser: Browser } {
  const started: { server?: TestServer; browser?: Browser } = {};
  beforeAll(async () => {
    started.server = await startTestServer();
    started.browser = await launchChromium();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.close();
  });
  return {
    get server() {
      return started.server!;
    },
    get browser() {
      return started.browser!;
    },
  };
}

/** Creates an account (unless it is the beheerder) and logs the page in through the login screen. */
export async function loginInBrowser(page: Page, baseUrl: string, account: { username: string; role?: string; gebieden?: string[] } = { username: 'beheerder' }, server?: TestServer): Promise<void> {
  let password = ADMIN_PASSWORD;
  if (account.username !== 'beheerder') {
    if (!server) throw new Error('loginInBrowser: pass the TestServer to create other accounts');
    await server.services.users.create({ username: account.username, password: TEST_PASSWORD, role: account.role ?? 'analist', gebieden: account.gebieden ?? [] });
    password = TEST_PASSWORD;
  }
  await page.goto(baseUrl);
  await page.fill('.login-card input[name=username]', account.username);
  await page.fill('.login-card input[name=password]', password);
  await Promise.all([page.waitForLoadState('load'), page.click('.login-card button[type=submit]')]);
  await page.waitForSelector('.login-card', { state: 'detached' });
}
