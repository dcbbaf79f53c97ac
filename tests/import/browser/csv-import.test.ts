/**
 * The CSV import in a real browser against the real app (demo network): a
 * messy Windows-1252 file with ';', the detected encoding, separator and
 * mapping, a dry run with the errors at their line and column, then the
 * corrected file imported, checked through the API, and imported again with
 * nothing to change.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, loginInBrowser, startTestServer, type TestServer } from '../../helpers/browser.ts';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts', 'invoer');
const MESSY = fileURLToPath(new URL('../../fixtures/import/messy-persons.csv', import.meta.url));
/** The messy file made right for the demo network (its Rozenprieel has no buurt Kamperstraat). */
const CORRECTED = fileURLToPath(new URL('./fixtures/persons-corrected.csv', import.meta.url));
const NAMES = ['Anneke de Vries', 'José Martínez', 'Chloë Bakker', 'Ruud Jansen'];

describe.runIf(browserAvailable('invoer: CSV-import'))('CSV import in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const upload = async (path: string, name: string) => {
    await field('Bestand').setInputFiles(path);
    await page.getByTestId('file-name').filter({ hasText: name }).waitFor();
    await page.getByTestId('detected').waitFor();
  };
  const dryRun = async () => {
    await page.getByRole('button', { name: 'Proefrun' }).click();
    await page.getByTestId('report').waitFor();
    return (await page.getByTestId('report-message').textContent())!;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL', baseURL: server.url })).newPage();
    await loginInBrowser(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the import with the keyboard and shows what it detected in the messy file', async () => {
    await page.goto('/invoer.html');
    const first = page.getByRole('tab', { name: 'Sneeuwbalgesprek' });
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Bestand importeren' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#import');
    await page.getByRole('heading', { name: 'Bestand importeren' }).waitFor();
    await shot('csv-01-leeg');

    await upload(MESSY, 'messy-persons.csv');
    const detected = (await page.getByTestId('detected').textContent())!;
    expect(detected).toContain('6 regels');
    expect(detected).toContain('Windows-1252');
    expect(detected).toContain('puntkomma (;)');
    const mapping = { Naam: 'name', Rollen: 'roles', Wijk: 'wijk', Buurt: 'buurt', Toestemming: 'consentBasis', 'Datum toestemming': 'consentDate', Contact: 'contact' };
    for (const [column, fieldName] of Object.entries(mapping)) await expect(field(`Veld voor kolom ${column}`).inputValue(), column).resolves.toBe(fieldName);
    // Accents read right from Windows-1252.
    await expect(page.getByTestId('preview').locator('td[data-line="4"][data-column="Naam"]').textContent()).resolves.toBe('Chloë Bakker');
    await expect(page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).resolves.toBe(true);
    await shot('csv-02-herkend');
  });

  it('dry-runs: errors next to their line and column, nothing imported', async () => {
    const before = await server.services.store.counts();
    await expect(dryRun()).resolves.toMatch(/4 regels zijn afgewezen; er is niets opgeslagen/);
    const expected: [number, string, string][] = [
      [3, 'Buurt', "onbekende buurt 'Kamperstraat' in wijk Rozenprieel"],
      [5, 'Naam', 'naam is verplicht'],
      [6, 'Wijk', "onbekende wijk 'Atlantis'"],
      [7, 'Naam', 'dubbel: zelfde naam en gebied als regel 2'],
    ];
    const lines = page.getByTestId('report-lines');
    for (const [line, column, message] of expected) {
      // In the report: line, column and reason on one row …
      const cells = await lines.locator(`tr[data-line="${line}"] td`).allTextContents();
      expect(cells[0]).toBe(String(line));
      expect(cells[2]).toBe('afgewezen');
      expect(cells.slice(3)).toEqual([column, message]);
      // … and in the preview, on the cell itself.
      const cell = page.getByTestId('preview').locator(`td[data-line="${line}"][data-column="${column}"]`);
      await expect(cell.getAttribute('class')).resolves.toContain('cell-error');
      await expect(cell.textContent()).resolves.toContain(message);
    }
    await expect(lines.locator('tr[data-line="2"] td').nth(2).textContent()).resolves.toBe('nieuw');
    await expect(page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).resolves.toBe(true);
    expect(await server.services.store.counts()).toEqual(before);
    await shot('csv-03-proefrun-fouten');
  });

  it('imports the corrected file', async () => {
    await upload(CORRECTED, 'persons-corrected.csv');
    await expect(page.getByTestId('report').count()).resolves.toBe(0);
    await expect(dryRun()).resolves.toMatch(/De proefrun is goed: 4 wijzigingen/);
    await expect(page.getByTestId('report-summary').textContent()).resolves.toMatch(/4 nieuw.*0 afgewezen/);
    await shot('csv-04-proefrun-goed');
    const importButton = page.getByRole('button', { name: 'Importeren', exact: true });
    await expect(importButton.isEnabled()).resolves.toBe(true);
    await importButton.click();
    await page.getByRole('heading', { name: 'Geïmporteerd' }).waitFor();
    await expect(page.getByTestId('report-message').textContent()).resolves.toMatch(/Opgeslagen: 4 nieuwe records/);
    await expect(importButton.isDisabled()).resolves.toBe(true);
    await shot('csv-05-geimporteerd');
  });

  it('stores the persons with their wijk, consent and provenance', async () => {
    const people = new Map<string, { id: string; consentBasis?: string; consentDate?: string; contact?: string; roles: string[]; ties: { type: string; to: string; source?: string; recordedBy?: string }[] }>();
    for (const name of NAMES) {
      const found = (await (await page.request.get(`/api/nodes?kind=persoon&q=${encodeURIComponent(name)}`)).json()) as { items: { id: string; name: string }[] };
      const exact = found.items.filter((item) => item.name === name);
      expect(exact, name).toHaveLength(1);
      people.set(name, await (await page.request.get(`/api/nodes/${exact[0]!.id}`)).json());
    }
    const anneke = people.get('Anneke de Vries')!;
    expect(anneke).toMatchObject({ roles: ['bewoner', 'sleutelfiguur'], consentBasis: 'toestemming', consentDate: '2024-03-14', contact: 'anneke@example.nl' });
    expect(anneke.ties.find((tie) => tie.type === 'WOONT_IN')).toMatchObject({ to: 'geb_wk_rozenprieel', source: 'import', recordedBy: 'beheerder' });
    expect(people.get('José Martínez')!.ties.find((tie) => tie.type === 'WOONT_IN')).toMatchObject({ to: 'geb_bu_rozenprieel_noord' });
    expect(people.get('Chloë Bakker')!.ties.find((tie) => tie.type === 'WOONT_IN')).toMatchObject({ to: 'geb_wk_boerhaavewijk' });
  });

  it('importing the same file again has nothing to change', async () => {
    const before = await server.services.store.counts();
    await upload(CORRECTED, 'persons-corrected.csv');
    await expect(dryRun()).resolves.toBe('Niets te wijzigen: alle 4 regels staan al zo in het netwerk.');
    await expect(page.getByTestId('report-summary').textContent()).resolves.toMatch(/0 nieuw.*0 bijgewerkt.*4 ongewijzigd/);
    await expect(page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).resolves.toBe(true);
    expect(await server.services.store.counts()).toEqual(before);
    await shot('csv-06-niets-te-wijzigen');
  });
});
