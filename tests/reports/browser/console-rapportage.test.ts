/**
 * In a real browser against the real server (demo network): run a report from
 * the console, run free Cypher and see a write refused, and print the
 * netwerkrapportage of a wijk to PDF (tests/artifacts/, git-ignored).
 * Needs `npx vite build` first.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, startHarness, type Harness } from '../../browser/harness.ts';

const WIJK = 'geb_wk_spaarndammerwijk';
const run = chromiumAvailable();
if (run && !existsSync(join(process.cwd(), 'dist', 'console.html'))) throw new Error('dist/ ontbreekt: bouw eerst de client met npx vite build');

describe.runIf(run)('console and netwerkrapportage in the browser', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ width: 1360, height: 900 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs a report from the library with its parameter form', async () => {
    const { page } = h;
    await page.goto('/console.html');
    await page.getByTestId('report-list').getByRole('button', { name: 'Wijken zonder opbouwwerker' }).click();
    await page.getByTestId('param-form').getByRole('button', { name: 'Rapport uitvoeren' }).click();
    await page.getByTestId('result').waitFor();
    await expect(page.getByTestId('row-count').textContent()).resolves.toBe('1 rij');
    await expect(page.getByTestId('result').textContent()).resolves.toContain('Spaarndammerwijk');
    await page.screenshot({ path: join(ARTIFACTS, 'console-report.png') });
  });

  it('runs free Cypher, draws nodes and ties as a graph, and refuses a write', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Als eigen query bewerken' }).click();
    const editor = page.getByLabel('Cypher-query');
    await editor.fill("MATCH (t:Wijkteam {id: 'wt_noord_noord'})<-[r:LID_VAN]-(p:Persoon) RETURN t, r, p");
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await page.getByTestId('result').waitFor();
    await page.getByRole('button', { name: 'Graaf' }).click();
    await page.getByTestId('result-graph').locator('canvas').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'console-graph.png') });
    await editor.fill('MATCH (p:Persoon) DETACH DELETE p');
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('alleen-lezen');
  });

  it('prints the netwerkrapportage of a wijk to an A4 PDF', async () => {
    const { page, context } = h;
    const duiding = await context.request.put(`/api/rapportage/${WIJK}/duiding/2026-Q4`, {
      data: {
        tekst:
          'Spaarndammerwijk heeft een actieve kern van bewoners en een gebiedsverbinder die de weg weet, maar er is geen opbouwwerker. Initiatieven leunen daardoor op een paar trekkers.\n\nIn de duidingssessie is afgesproken om met DOCK te verkennen hoe opbouwwerk uit Frans Hals tijdelijk kan bijspringen, en om de twee geïsoleerde bewoners via de buurtcoach uit te nodigen voor Bakkie in de Buurt.',
        sessiedatum: '2026-11-12',
      },
      headers: { 'x-csrf-token': (await context.cookies()).find((cookie) => cookie.name === 'wn_csrf')?.value ?? '' },
    });
    expect(duiding.status()).toBe(200);
    await page.goto(`/rapportage.html?wijk=${WIJK}&periode=2026-Q4`);
    await page.getByTestId('rapportage').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Spaarndammerwijk');
    await expect(page.getByText('De Driehoek is niet compleet').count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'rapportage-screen.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const file = join(ARTIFACTS, 'netwerkrapportage-spaarndammerwijk.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
