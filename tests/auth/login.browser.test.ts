/** The login screen in a real browser: log in, see the app, log out. */
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, browserAvailable, loginInBrowser, serverAndBrowser } from '../helpers/browser.ts';

const run = browserAvailable('login browser test');

describe.runIf(run)('login in the browser', () => {
  const running = serverAndBrowser();

  it('shows the login screen without a session, refuses a wrong password, logs in and out', async () => {
    const page = await running.browser.newPage();
    await page.goto(running.server.url);
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

    // Log out with the app's own button: its call carries the CSRF token, and the page reloads to the login screen.
    const [logout] = await Promise.all([page.waitForResponse((response) => response.url().endsWith('/api/auth/logout')), page.getByTestId('logout').click()]);
    const status = logout.status();
    expect(status).toBe(204);
    await page.waitForSelector('.login-card');
    await page.close();
  });

  it('lets a logged-in page write through the API (CSRF header added)', async () => {
    const page = await running.browser.newPage();
    await loginInBrowser(page, running.server.url);
    // A write made by the app (a new node from the map), so through its API client, which adds the header.
    await page.getByTestId('new-node').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#new-node-kind').selectOption('thema');
    await dialog.locator('[data-field=name] input').fill('Browsertest');
    const [created] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/nodes') && response.request().method() === 'POST'),
      dialog.getByRole('button', { name: 'Aanmaken' }).click(),
    ]);
    expect(created.request().headers()['x-csrf-token']).toBeTruthy();
    const status = created.status();
    expect(status).toBe(201);
    await page.close();
  });
});
