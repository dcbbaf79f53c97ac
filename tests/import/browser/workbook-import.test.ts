/**
 * A workbook in the Invoer screen, in a real browser on the demo network:
 * picked once, tried at once, one wrong cell corrected in place, tried again
 * without picking the file, imported, and the result opened on the map.
 */
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, startHarness, waitReady, type Harness } from '../../browser/harness.ts';
import { workbookOf } from '../helpers.ts';

const DIR = join(ARTIFACTS, 'invoer');
const FILE = join(DIR, 'buurtnetwerk.xlsx');
const PARTLY = join(DIR, 'deels-goed.xlsx');

describe.runIf(chromiumAvailable())('workbook import in the browser', () => {
  let h: Harness;
  const message = () => h.page.getByTestId('report-message').textContent();

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(
      FILE,
      await workbookOf({
        Organisaties: [['Naam', 'Type', 'Wijk'], ['Buurtkamer De Zeis', 'welzijn', 'Rozenprieel']],
        Personen: [
          ['Naam', 'Rollen', 'Wijk', 'Toestemming'],
          ['Wilma Zeisberg', 'bewoner, vrijwilliger', 'Rozenprieel', 'ja'],
          ['Kees Hoefslag', 'bewoner', 'Rozenpriel', 'ja'],
        ],
        Banden: [['Van', 'Naar', 'Soort'], ['Kees Hoefslag', 'Buurtkamer De Zeis', 'VRIJWILLIGER_BIJ']],
        Bandnummers: [['Nummer'], ['12']],
      }),
    );
    writeFileSync(
      PARTLY,
      await workbookOf({
        Personen: [
          ['Naam', 'Rollen', 'Wijk', 'Toestemming'],
          ['Ans Spoelstra', 'bewoner', 'Rozenprieel', 'ja'],
          ['Bert Wevers', 'bewoner', 'Atlantis', 'ja'],
        ],
      }),
    );
    h = await startHarness({ width: 1280, height: 860 });
  });
  afterAll(async () => h?.close());

  it('tries the workbook as soon as it is picked, and names the wrong cell, the row that needs it and the sheet it does not read', async () => {
    const before = await h.server.services.store.counts();
    await h.page.goto('/invoer.html#import');
    await h.page.getByLabel('Bestand', { exact: true }).setInputFiles(FILE);
    await h.page.getByTestId('report').waitFor();
    await expect(message()).resolves.toMatch(/^2 regels zijn afgewezen; er is niets opgeslagen/);
    const persons = h.page.locator('[data-testid=sheets] tr[data-sheet=Personen] td');
    await expect(persons.allTextContents()).resolves.toEqual(['Personen', 'Personen', '2', '1', '0', '0', '1']);
    const reason = await h.page.locator('[data-testid=fix-rows][data-sheet=Personen] tr[data-line="3"] td.reason').textContent();
    expect(reason).toContain("Wijk: onbekende wijk 'Rozenpriel'");
    expect(reason).toContain("bedoelt u 'Rozenprieel'");
    await expect(h.page.locator('[data-testid=fix-rows][data-sheet=Banden] td.reason').textContent()).resolves.toContain('regel 3');
    await expect(h.page.getByTestId('import-warnings').first().textContent()).resolves.toContain("blad 'Bandnummers' wordt niet gelezen");
    await expect(h.page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).resolves.toBe(true);
    expect(await h.server.services.store.counts()).toEqual(before);
    await h.page.screenshot({ path: join(DIR, 'werkmap-01-afgewezen.png'), fullPage: true });
  });

  it('takes a correction in place and imports without the file being picked again', async () => {
    const cell = h.page.getByLabel('Regel 3, Wijk', { exact: true });
    await expect(cell.getAttribute('aria-invalid')).resolves.toBe('true');
    await cell.fill('Rozenprieel');
    await h.page.getByRole('button', { name: 'Proefrun met verbeteringen' }).click();
    await h.page.getByTestId('report-message').filter({ hasText: 'De proefrun is goed' }).waitFor();
    await expect(message()).resolves.toBe('De proefrun is goed: 4 wijzigingen. Klik op Importeren om ze op te slaan.');
    await expect(h.page.getByTestId('fix-rows').count()).resolves.toBe(0);

    await h.page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await h.page.getByRole('heading', { name: 'Geïmporteerd' }).waitFor();
    await expect(message()).resolves.toBe('Opgeslagen: 4 nieuwe records, 0 bijgewerkt.');
    await h.page.screenshot({ path: join(DIR, 'werkmap-02-geimporteerd.png'), fullPage: true });
  });

  it('opens the imported person on the map, living in the corrected wijk', async () => {
    await h.page.getByTestId('open-on-map').click();
    await waitReady(h.page);
    const detail = h.page.getByTestId('detail');
    await detail.waitFor();
    await expect(h.page.locator('.detail-name').textContent()).resolves.toBe('Wilma Zeisberg');
    const found = (await (await h.context.request.get('/api/nodes?kind=persoon&q=Kees%20Hoefslag')).json()) as { items: { id: string }[] };
    expect(found.items).toHaveLength(1);
    const kees = (await (await h.context.request.get(`/api/nodes/${found.items[0]!.id}`)).json()) as { ties: { type: string; to: string }[] };
    expect(kees.ties.find((tie) => tie.type === 'WOONT_IN')?.to).toBe('geb_wk_rozenprieel');
    expect(kees.ties.some((tie) => tie.type === 'VRIJWILLIGER_BIJ')).toBe(true);
    await h.page.screenshot({ path: join(DIR, 'werkmap-03-kaart.png') });
  });

  it('imports only the good rows when asked, and hands back the rejected ones as a CSV with the reason', async () => {
    await h.page.goto('/invoer.html#import');
    await h.page.getByLabel('Bestand', { exact: true }).setInputFiles(PARTLY);
    await h.page.getByTestId('report-message').filter({ hasText: 'afgewezen' }).waitFor();
    await h.page.getByRole('button', { name: 'Alleen de goede regels importeren' }).click();
    await h.page.getByRole('heading', { name: 'Geïmporteerd' }).waitFor();
    await expect(message()).resolves.toMatch(/^Alleen de goede regels zijn opgeslagen: 1 nieuw record, 0 bijgewerkt\. 1 regel is afgewezen/);
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('download-rejected').click()]);
    expect(download.suggestedFilename()).toBe('deels-goed-Personen-afgewezen.csv');
    const rows = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('Naam;Rollen;Wijk;Toestemming;reden');
    expect(rows.slice(1)).toEqual([expect.stringMatching(/^Bert Wevers;bewoner;Atlantis;ja;"?Wijk: onbekende wijk 'Atlantis'/)]);
    const ans = (await (await h.context.request.get('/api/nodes?kind=persoon&q=Ans%20Spoelstra')).json()) as { items: unknown[] };
    const bert = (await (await h.context.request.get('/api/nodes?kind=persoon&q=Bert%20Wevers')).json()) as { items: unknown[] };
    expect([ans.items.length, bert.items.length]).toEqual([1, 0]);
  });
});
