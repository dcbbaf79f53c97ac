/**
 * Roles in a real browser: login and logout, the analist's map shows
 * pseudonyms and no demo name, a non-beheerder cannot use Beheer, and the
 * beheerder creates an account with a role and gebieden and disables it.
 * Screenshots of the Beheer screen go to tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readDemoNetwork } from '../../../server/services/demo/load-demo.ts';
import { browserAvailable, launchChromium, loginInBrowser, startTestServer, type TestServer } from '../../helpers/browser.ts';

const run = browserAvailable('roles browser test');
const ARTIFACTS = 'tests/artifacts';

type Hook = { ready(): boolean; nodesOfKind(kind: string, limit?: number): [string, string][] };

describe.runIf(run)('roles in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    return context.newPage();
  }

  it('an analist sees pseudonyms on the map and no demo name, and has no Beheer', async () => {
    const page = await newPage();
    await loginInBrowser(page, server.url, { username: 'ana', role: 'analist' }, server);
    await page.waitForFunction(() => (window as unknown as { __wijknetwerk?: Hook }).__wijknetwerk?.ready() === true, null, { timeout: 90_000 });
    const labels = await page.evaluate(() => (window as unknown as { __wijknetwerk: Hook }).__wijknetwerk.nodesOfKind('persoon', 5000).map(([, name]) => name));
    expect(labels.length).toBeGreaterThan(100);
    expect(labels.every((label) => /^Persoon [0-9A-F]{6}$/.test(label))).toBe(true);
    const names = new Set(readDemoNetwork().nodes.filter((node) => node.kind === 'persoon').map((node) => node.name));
    const text = await page.evaluate(() => document.body.innerText);
    expect([...names].filter((name) => text.includes(name))).toEqual([]);
    // No Beheer in the map's top bar either, and a way to log out.
    await page.waitForSelector('[data-testid=logout]');
    expect(await page.locator('nav[aria-label="Schermen"] a', { hasText: 'Beheer' }).count()).toBe(0);
    // No Beheer in the shared navigation; opening it anyway shows the refusal.
    await page.goto(`${server.url}/console.html`);
    await page.waitForSelector('.topnav__user');
    expect(await page.locator('nav[aria-label="Schermen"] a', { hasText: 'Beheer' }).count()).toBe(0);
    await page.goto(`${server.url}/beheer.html`);
    await page.waitForSelector('[data-testid=geen-toegang]');
    expect(await page.locator('.user-table').count()).toBe(0);
    expect(await page.evaluate(() => fetch('/api/users').then((response) => response.status))).toBe(403);
    await page.close();
  }, 180_000);

  it('a gebiedsverbinder cannot open Beheer either', async () => {
    const page = await newPage();
    await loginInBrowser(page, server.url, { username: 'gerda', role: 'gebiedsverbinder', gebieden: ['geb_wk_parkwijk'] }, server);
    await page.goto(`${server.url}/beheer.html`);
    await page.waitForSelector('[data-testid=geen-toegang]');
    await page.close();
  }, 120_000);

  it('the beheerder creates an account with a role and gebieden, disables it, and the account can no longer log in', async () => {
    const page = await newPage();
    await loginInBrowser(page, server.url);
    await page.goto(`${server.url}/beheer.html`);
    await page.waitForSelector('.user-table tbody tr[data-username=beheerder]');
    expect(await page.locator('nav[aria-label="Schermen"] a', { hasText: 'Beheer' }).count()).toBe(1);

    await page.click('text=Nieuw account');
    await page.fill('input[name=username]', 'wijkwerker');
    await page.fill('input[name=displayName]', 'Wendy Wijkwerker');
    await page.fill('input[name=password]', 'een-heel-lang-wachtwoord');
    await page.check('input[name=role][value=opbouwwerker]');
    await page.waitForSelector('input[name=gebied][value=geb_wk_parkwijk]');
    await page.check('input[name=gebied][value=geb_wk_parkwijk]');
    await page.check('input[name=gebied][value=geb_wk_oude_stad]');
    await page.screenshot({ path: `${ARTIFACTS}/beheer-nieuw-account.png`, fullPage: true });
    await page.click('button[type=submit]:has-text("Account aanmaken")');
    await page.waitForSelector('.user-table tbody tr[data-username=wijkwerker]');
    const created = await server.services.users.get('wijkwerker');
    expect(created).toMatchObject({ role: 'opbouwwerker', displayName: 'Wendy Wijkwerker' });
    expect([...created.gebieden].sort()).toEqual(['geb_wk_oude_stad', 'geb_wk_parkwijk']);
    expect(await page.textContent('tr[data-username=wijkwerker]')).toContain('Parkwijk');

    await page.click('tr[data-username=wijkwerker] button:has-text("Uitschakelen")');
    await page.waitForSelector('tr[data-username=wijkwerker] .status--off');
    expect((await server.services.users.get('wijkwerker')).disabled).toBe(true);
    const login = await page.evaluate(() =>
      fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'wijkwerker', password: 'een-heel-lang-wachtwoord' }) }).then((response) => response.status),
    );
    expect(login).toBe(401);
    await page.screenshot({ path: `${ARTIFACTS}/beheer-gebruikers.png`, fullPage: true });

    // The other tabs render, with the keyboard.
    await page.focus('[role=tab][aria-selected=true]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.audit-table tbody tr');
    await page.screenshot({ path: `${ARTIFACTS}/beheer-audit.png`, fullPage: true });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#vergetelheid-title');
    await page.fill('input[name=months]', '12');
    await page.click('text=Toon verouderde banden');
    await page.waitForSelector('.table-wrap table');
    await page.screenshot({ path: `${ARTIFACTS}/beheer-privacy.png`, fullPage: true });

    // Logout from the top bar brings back the login screen.
    await page.click('.topnav button:has-text("Uitloggen")');
    await page.waitForSelector('.login-card');
    await page.close();
  }, 180_000);
});
