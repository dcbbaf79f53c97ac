/**
 * Browser test harness: the real server in-process on a free port (temporary
 * data directory, demo network), one headless Chromium, one logged-in page.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { silentLogger } from '../../server/logger.ts';
import { startServer } from '../../server/server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
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
];

export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');
export const ADMIN_PASSWORD = 'browser-test-wachtwoord';

/** Whether the suite can run; outside CI a missing Chromium skips it with a reason. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) return true; // let launch fail loudly in CI
  console.warn('browser tests skipped: chromium not found; install with apt-get install -y chromium');
  return false;
}

export interface Harness {
  url: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startHarness(viewport = { width: 1280, height: 720 }): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wijknetwerk-browser-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    store: { dataDir },
    demo: true,
    adminPassword: ADMIN_PASSWORD,
    logger: silentLogger,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport, acceptDownloads: true, baseURL: server.url, locale: 'nl-NL' });
  const login = await context.request.post('/api/auth/login', { data: { username: 'beheerder', password: ADMIN_PASSWORD } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()} ${await login.text()}`);
  const page = await context.newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await server.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a URL of the app and waits until the map has drawn. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitReady(page);
}

/** Waits until the app has loaded and sigma has drawn (after a goto or reload). */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __wijknetwerk?: { ready(): boolean } }).__wijknetwerk?.ready() === true, null, { timeout: 60_000 });
}

export type Hook = {
  ready(): boolean;
  firstRenderMs(): number | null;
  shownNodes(): string[];
  shownEdges(): number;
  highlight(): { kind: string; nodes: string[]; ties: string[] } | null;
  view(): Record<string, unknown>;
  position(id: string): [number, number] | null;
  nodesOfKind(kind: string, limit?: number): [string, string][];
  hasEdge(source: string, target: string): boolean;
};

export function hook<T>(page: Page, fn: (hook: Hook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__wijknetwerk)`) as Promise<T>;
}
