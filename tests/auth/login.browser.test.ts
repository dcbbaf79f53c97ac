/** The login screen in a real browser: log in, see the app, log out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN_PASSWORD, browserAvailable, launchChromium, loginInBrowser, startTestServer, type TestServer } from '../helpers/browser.ts';

const run = browserAvailable('login browser test');

describe.runIf(run)('login in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the login screen without a session, refuses a wrong password, logs in and out', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.login-card');
    await page.fill('.login-card input[name=username]', 'beheerder');
    await page.fill('.login-card input[name=password]', 'verkeerd-wachtwoord');
    await page.click('.login-card button[type=submit]');
    await expect.poll(() => page.textContent('.login-error')).toContain('verkeerd wachtwoord');

    await page.fill('.login-card input[name=password]', ADMIN_PASSWORD);
    await page.click('.login-card button[type=submit]');
    await page.waitForSelector('.login-card', { state: 'detached' });
    const me = await page.evaluate(() => fetch('/api/auth/me').then((response) => response.json()));
    expect(me.user.username).toBe('beheerder');

    const status = await page.evaluate(() => fetch('/api/auth/logout', { method: 'POST' }).then((response) => response.status));
    expect(status).toBe(204);
    await page.reload();
    await page.waitForSelector('.login-card');
    await page.close();
  });

  it('lets a logged-in page write through the API (CSRF header added)', async () => {
    const page = await browser.newPage();
    await loginInBrowser(page, server.url);
    const status = await page.evaluate(() =>
      fetch('/api/nodes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'thema', name: 'Browsertest' }) }).then((response) => response.status),
    );
    expect(status).toBe(201);
    await page.close();
  });
});
