/**
 * In a real browser against the real server (demo network): run a report from
 * the console, run free Cypher and see a write refused, and print the
 * netwerkrapportage of a wijk to PDF (tests/artifacts/, git-ignored).
 * Needs `npx vite build` first.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, startHarness, type Harness } from '../../browser/harness.ts';
import { NODE_COLORS } from '../../../client/core/appearance/index.ts';
import { REPORT_GROUPS } from '../../../server/model/wire/reports.ts';
import { NODE_KINDS, TIE_ENDPOINTS, TIE_TYPES } from '../../../server/model/index.ts';

const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

const WIJK = 'geb_wk_spaarndammerwijk';
const run = chromiumAvailable();
if (run && !existsSync(join(process.cwd(), 'dist', 'console.html'))) throw new Error('dist/ ontbreekt: bouw eerst de client met npx vite build');

/** Replaces the whole text of the console's Cypher editor (CodeMirror's contenteditable) as a user would. */
async function replaceQuery(page: Page, text: string): Promise<void> {
  const editor = page.getByLabel('Cypher-query');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(text);
  await expect(editor.textContent()).resolves.toBe(text);
}

describe.runIf(run)('console and netwerkrapportage in the browser', () => {
  let h: Harness;
  /** What the page logged as an error, or a CSP violation (the editor must work under the app's CSP). */
  const problems: string[] = [];

  beforeAll(async () => {
    h = await startHarness({ width: 1360, height: 900 });
    h.page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    h.page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
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

  it('picks a wijk and a person by name, and names what does not exist', async () => {
    const { page } = h;
    const form = page.getByTestId('param-form');
    await page.getByTestId('report-list').getByRole('button', { name: 'Sleutelfiguren per wijk (op aantal contacten)' }).click();
    const wijk = form.getByRole('combobox', { name: /wijk/ });
    await wijk.fill('Park');
    await expect.poll(() => page.getByTestId('options-wijk').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toContain('Parkwijk');
    await wijk.fill('Parkwijk');
    await form.getByRole('button', { name: 'Rapport uitvoeren' }).click();
    await page.getByTestId('result').waitFor();
    expect(await page.getByTestId('row-count').textContent()).not.toBe('0 rijen');
    await wijk.fill('Nergenswijk');
    await form.getByRole('button', { name: 'Rapport uitvoeren' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Nergenswijk');
    // A person: the picked name is sent as the person's id.
    await page.getByTestId('report-list').getByRole('button', { name: 'Wat als deze persoon vertrekt?' }).click();
    const persoon = form.getByRole('combobox', { name: /persoon/ });
    await persoon.fill('a');
    const options = page.getByTestId('options-persoon').locator('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    await persoon.fill((await options.first().getAttribute('value'))!);
    await form.getByRole('button', { name: 'Rapport uitvoeren' }).click();
    await page.getByTestId('result').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('runs free Cypher, draws nodes and ties as a graph, and refuses a write', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Als eigen query bewerken' }).click();
    await page.locator('.editor .cm-editor.cm-cypher').waitFor();
    await replaceQuery(page, "MATCH (t:Wijkteam {id: 'wt_noord_noord'})<-[r:LID_VAN]-(p:Persoon) RETURN t, r, p");
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await page.getByTestId('result').waitFor();
    await page.getByRole('button', { name: 'Graaf' }).click();
    await page.getByTestId('result-graph').locator('canvas').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'console-graph.png') });
    await replaceQuery(page, 'MATCH (p:Persoon) DETACH DELETE p');
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('alleen-lezen');
  });

  it('shows the library grouped by the users’ questions', async () => {
    const { page } = h;
    const groups = page.getByTestId('report-list').getByTestId('report-group');
    await expect(groups.locator('h3').allTextContents()).resolves.toEqual([...REPORT_GROUPS]);
    await expect(page.getByTestId('report-list').getByRole('region', { name: 'Waar hangt het aan één draad?' }).getByRole('button').count()).resolves.toBeGreaterThan(0);
  });

  it('draws a path query as a graph in the map’s colours, with a legend', async () => {
    const { page } = h;
    await replaceQuery(page, "MATCH p = (t:Wijkteam {id: 'wt_noord_noord'})<-[:LID_VAN]-(q:Persoon)-[:KENT]-(g:Persoon) RETURN p LIMIT 5");
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await page.getByTestId('result').waitFor();
    await page.getByRole('button', { name: 'Graaf' }).click();
    const drawn = page.getByTestId('result-graph');
    await drawn.locator('canvas').first().waitFor();
    expect(Number(await drawn.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(3);
    expect(Number(await drawn.getAttribute('data-ties'))).toBeGreaterThanOrEqual(2);
    const legend = page.getByTestId('graph-legend');
    await expect(legend.textContent()).resolves.toContain('Wijkteam');
    await expect(legend.textContent()).resolves.toMatch(/Formeel/);
    await expect(legend.textContent()).resolves.toMatch(/Sociaal/);
    // The legend's swatches are the map's colours.
    const wijkteam = legend.locator('li', { hasText: 'Wijkteam' }).locator('.swatch');
    await expect(wijkteam.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(hexToRgb(NODE_COLORS.wijkteam));
    // Nodes are drawn: sigma's node layer holds coloured pixels.
    const painted = await drawn.evaluate((element) => {
      type Sigma = { refresh(): void; getDimensions(): { width: number; height: number }; getCanvases(): Record<string, HTMLCanvasElement> };
      const sigma = (element as unknown as { sigma: Sigma }).sigma;
      // A WebGL canvas keeps its picture only until the frame is shown: render and read it in one go.
      sigma.refresh();
      const { width, height } = sigma.getDimensions();
      const probe = document.createElement('canvas');
      probe.width = width;
      probe.height = height;
      const context = probe.getContext('2d')!;
      context.drawImage(sigma.getCanvases().nodes!, 0, 0, width, height);
      const data = context.getImageData(0, 0, width, height).data;
      let count = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(50);
    await page.screenshot({ path: join(ARTIFACTS, 'console-path-graph.png') });
  });

  it('draws the schema (CALL db.schema.visualization()) as a graph of the labels', async () => {
    const { page } = h;
    await replaceQuery(page, 'CALL db.schema.visualization()');
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await page.getByTestId('result').waitFor();
    await page.getByRole('button', { name: 'Graaf' }).click();
    const drawn = page.getByTestId('result-graph');
    await drawn.locator('canvas').first().waitFor();
    // The result of the query before may still be on screen for a moment: wait for this one's graph.
    await expect.poll(async () => Number(await drawn.getAttribute('data-nodes')), { timeout: 10_000 }).toBe(NODE_KINDS.length);
    expect(Number(await drawn.getAttribute('data-ties'))).toBe(TIE_TYPES.reduce((sum, type) => sum + TIE_ENDPOINTS[type].length, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'console-schema-graph.png') });
  });

  it('completes labels from the model, marks a syntax error and runs with Ctrl+Enter', async () => {
    const { page } = h;
    await replaceQuery(page, '');
    // Typing a label after `:` opens the completion with the model's labels.
    await page.keyboard.type('MATCH (p:Pers', { delay: 20 });
    const completion = page.locator('.cm-tooltip-autocomplete');
    await completion.waitFor();
    await expect(completion.getByRole('option').allTextContents()).resolves.toContainEqual(expect.stringContaining('Persoon'));
    await page.screenshot({ path: join(ARTIFACTS, 'console-completion.png') });
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Cypher-query').textContent()).resolves.toBe('MATCH (p:Persoon)');
    // Property keys after `.`, from the model too.
    await page.keyboard.press('End');
    await page.keyboard.type(' RETURN p.na', { delay: 20 });
    await completion.waitFor();
    await expect(completion.getByRole('option').allTextContents()).resolves.toContainEqual(expect.stringContaining('name'));
    await page.keyboard.press('Escape');
    // Parameters after `$`: those of the report library.
    await page.keyboard.type(' WHERE p.id = $', { delay: 20 });
    await completion.waitFor();
    await expect(completion.getByRole('option').allTextContents()).resolves.toContainEqual(expect.stringContaining('wijk'));
    await page.keyboard.press('Escape');
    // A syntax error gets a lint marker.
    await replaceQuery(page, 'MATCH (p:Persoon RETURN p');
    await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 10_000 });
    // A label the model does not have is a warning, in Dutch.
    await replaceQuery(page, 'MATCH (n:Onbekend) RETURN n');
    await page.locator('.cm-lintRange-warning').first().waitFor({ timeout: 10_000 });
    await expect(page.locator('.cm-lintRange-error').count()).resolves.toBe(0);
    // A form the server refuses is marked where it is, once run.
    await replaceQuery(page, 'MATCH (a)-[r:KENT]-(b) RETURN startNode(r) AS van LIMIT 1');
    await page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('startNode()');
    const mark = page.locator('.cm-lintRange-error').first();
    await mark.waitFor({ timeout: 10_000 });
    await expect(mark.textContent()).resolves.toBe('startNode');
    // Ctrl+Enter runs the query in the editor (not a new line).
    await replaceQuery(page, "MATCH (p:Persoon) WHERE 'sleutelfiguur' IN p.roles RETURN count(p) AS sleutelfiguren");
    await expect(page.locator('.cm-lintRange-error').count()).resolves.toBe(0);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('result').locator('th', { hasText: 'sleutelfiguren' }).waitFor();
    await expect(page.getByTestId('row-count').textContent()).resolves.toBe('1 rij');
    await expect(page.getByLabel('Cypher-query').textContent()).resolves.toBe("MATCH (p:Persoon) WHERE 'sleutelfiguur' IN p.roles RETURN count(p) AS sleutelfiguren");
    await page.getByLabel('Cypher-query').click();
    await page.screenshot({ path: join(ARTIFACTS, 'console-editor.png') });
    expect(problems.filter((problem) => !/alleen-lezen|status of 4\d\d/i.test(problem))).toEqual([]);
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
