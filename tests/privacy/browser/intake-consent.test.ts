/**
 * Consent in the sneeuwbal wizard, in a real browser, as a gebiedsverbinder:
 * every consent box starts unticked; whoever is saved without a tick is sent
 * and stored with consent basis 'geen' (and then shows to this account as a
 * pseudonym only), whoever was ticked with 'toestemming'.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, loginInBrowser, startTestServer, type TestServer } from '../../helpers/browser.ts';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');
const WIJK = 'geb_wk_rozenprieel';
const INTERVIEWEE = 'Noor Vlasblom';
const MENTIONED = 'Bram Kooistra';
const ASKED = 'Fenna Dijkhuis';

describe.runIf(browserAvailable('intake consent browser test'))('consent in the sneeuwbal wizard', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const stored = async (name: string) => {
    const matches = (await server.services.network.cache.data()).nodes.filter((node) => node.kind === 'persoon' && node.name === name);
    expect(matches, name).toHaveLength(1);
    return matches[0]!;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', baseURL: server.url })).newPage();
    await loginInBrowser(page, server.url, { username: 'gerrit', role: 'gebiedsverbinder', gebieden: [WIJK] }, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts every consent box unticked and sends consent basis geen for whoever was not ticked', async () => {
    await page.goto('/invoer.html');
    await page.getByRole('heading', { name: 'Sneeuwbalgesprek' }).waitFor();
    await field('Gebied').selectOption(WIJK);
    await field('Naam geïnterviewde').fill(INTERVIEWEE);
    const consent = field('Toestemming gegeven om gegevens vast te leggen');
    await expect(consent.isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('no-consent').textContent()).resolves.toMatch(/zonder grondslag/);
    await page.screenshot({ path: join(ARTIFACTS, 'intake-consent-unticked.png'), fullPage: true });
    await page.getByRole('button', { name: 'Volgende' }).click();

    await field('Kent 1').fill(MENTIONED);
    await expect(field('Toestemming kent 1').isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: '+ Nog iemand' }).click();
    await field('Kent 2').fill(ASKED);
    await expect(field('Toestemming kent 2').isChecked()).resolves.toBe(false);
    await field('Toestemming kent 2').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();

    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.url().endsWith('/api/intake/interview') && sent.method() === 'POST'),
      page.getByRole('button', { name: 'Gesprek opslaan' }).click(),
    ]);
    const body = request.postDataJSON() as { interviewee: { consentBasis?: string }; knows: { person: { name: string; consentBasis?: string } }[] };
    expect(body.interviewee.consentBasis).toBe('geen');
    expect(body.knows.map((entry) => entry.person)).toEqual([
      { name: MENTIONED, consentBasis: 'geen' },
      { name: ASKED, consentBasis: 'toestemming' },
    ]);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(`Gesprek met ${INTERVIEWEE} opgeslagen: 3 nieuwe personen`);
    // The next interview starts unticked again.
    await expect(consent.isChecked()).resolves.toBe(false);
  });

  it('stores them with consent basis geen, and this account no longer sees their names', async () => {
    expect((await stored(INTERVIEWEE)).consentBasis).toBe('geen');
    expect((await stored(MENTIONED)).consentBasis).toBe('geen');
    expect((await stored(ASKED)).consentBasis).toBe('toestemming');
    const search = async (name: string) => {
      const response = await page.request.get(`/api/nodes?kind=persoon&q=${encodeURIComponent(name)}`);
      expect(response.status()).toBe(200);
      return ((await response.json()) as { items: { name: string }[] }).items.map((item) => item.name);
    };
    await expect(search(INTERVIEWEE)).resolves.toEqual([]);
    await expect(search(MENTIONED)).resolves.toEqual([]);
    await expect(search(ASKED)).resolves.toEqual([ASKED]);
  });
});
