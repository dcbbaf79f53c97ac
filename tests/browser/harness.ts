/**
 * Browser test harness: the real server in-process on a free port (temporary
 * data directory, demo network), one headless Chromium, one logged-in page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestHook } from '../../client/core/app/test-hook.ts';
import { ADMIN_PASSWORD, browserAvailable, launchChromium, startTestServer, type TestServer } from '../helpers/browser.ts';

export const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

/** Whether the suite can run; outside CI a missing Chromium skips it with a reason, in CI it fails. */
export function chromiumAvailable(): boolean {
  return browserAvailable('browser tests');
}

export interface Harness {
  url: string;
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startHarness(viewport = { width: 1280, height: 720 }): Promise<Harness> {
  const server = await startTestServer();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, acceptDownloads: true, baseURL: server.url, locale: 'nl-NL' });
  const login = await context.request.post('/api/auth/login', { data: { username: 'beheerder', password: ADMIN_PASSWORD } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()} ${await login.text()}`);
  const page = await context.newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    server,
    browser,
    context,
    page,
    async close() {
      await browser.close();
      await server.close();
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

/** The map's test hook, as the client declares it; the tests read the view's fields by name. */
export type Hook = Omit<TestHook, 'view'> & { view(): Record<string, unknown> };

export function hook<T>(page: Page, fn: (hook: Hook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__wijknetwerk)`) as Promise<T>;
}

/** The map with nothing chosen: a link to it, which the beheerder does not start on (that is the wijk overview). */
export const MAP = '/?mode=map';

/** Ticks the first wijk in the wijk filter and folds it again; returns the wijk's id. */
export async function chooseFirstWijk(page: Page): Promise<string> {
  await page.getByTestId('filter-gebied').click();
  const first = page.locator('[data-testid^="wijk-geb_"]').first();
  const id = (await first.getAttribute('data-testid'))!.replace(/^wijk-/, '');
  await first.check();
  await page.getByTestId('filter-gebied').click();
  return id;
}

/** Takes every wijk out of the wijk filter. */
export async function clearWijken(page: Page): Promise<void> {
  await page.getByTestId('filter-gebied').click();
  await page.getByRole('button', { name: 'Alle wijken tonen' }).click();
  await page.getByTestId('filter-gebied').click();
}
