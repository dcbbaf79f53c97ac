/**
 * WCAG 2.1 AA on every screen, checked with axe-core in real Chromium: the
 * login screen, the map (with the Gaten panel, a selected node and the ego
 * view), the console with a result, the rapportage, Invoer and Beheer. Any
 * serious or critical violation fails, with its rule, the elements and the
 * help text in the failure.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, hook, startHarness, waitReady, type Harness } from './harness.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The serious and critical WCAG 2.0/2.1 A and AA violations on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the devtools protocol, which the page's Content-Security-Policy does not govern (a script tag it would block).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n  ')}`);
}

const ready = (page: Page) => page.locator('main, [role=main]').first().waitFor();

describe.runIf(chromiumAvailable())('accessibility (WCAG 2.1 AA, axe-core)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the login screen', async () => {
    const page = await h.browser.newPage();
    await page.goto(h.server.url);
    await page.locator('.login-card').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the map, with the Gaten panel', async () => {
    await h.page.goto('/?panel=gaps');
    await waitReady(h.page);
    await h.page.waitForLoadState('networkidle');
    expect(await violations(h.page)).toEqual([]);
  });

  for (const [state, query] of [
    ['a selected node and its details', 'sel'],
    ['the ego view', 'ego'],
  ] as const) {
    it(`the map, with ${state}`, async () => {
      const [[id]] = await hook(h.page, (map) => map.nodesOfKind('persoon', 1));
      await h.page.goto(`/?${query}=${id}`);
      await waitReady(h.page);
      await h.page.waitForLoadState('networkidle');
      expect(await violations(h.page)).toEqual([]);
    });
  }

  it('the map with a comparison of two dates, its legend and the compare panel', async () => {
    await h.page.goto('/?gebied=geb_wk_frans_hals&cmp=2025-06-01,2026-06-01&cmpGebied=geb_wk_frans_hals');
    await waitReady(h.page);
    await h.page.waitForFunction(() => (window as unknown as { __wijknetwerk: { comparison(): unknown } }).__wijknetwerk.comparison() !== null, null, { timeout: 60_000 });
    await h.page.waitForLoadState('networkidle');
    expect(await violations(h.page)).toEqual([]);
  });

  it('the map as a table', async () => {
    await h.page.goto('/?mode=table');
    await h.page.locator('table').first().waitFor();
    expect(await violations(h.page)).toEqual([]);
  });

  for (const [name, path] of [
    ['the console', '/console.html'],
    ['the rapportage', '/rapportage.html'],
    ['Invoer', '/invoer.html'],
    ['Beheer', '/beheer.html'],
  ] as const) {
    it(name, async () => {
      await h.page.goto(path);
      await ready(h.page);
      await h.page.waitForLoadState('networkidle');
      expect(await violations(h.page)).toEqual([]);
    });
  }

  it('finds a violation where there is one (so the checks above mean something)', async () => {
    await h.page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Nauwelijks leesbaar';
      faint.style.color = '#cccccc';
      document.body.append(faint);
      const unnamed = document.createElement('button');
      document.body.append(unnamed);
    });
    const found = await violations(h.page);
    expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true);
    expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
  });

  it('the console with a result', async () => {
    await h.page.goto('/console.html');
    await ready(h.page);
    await h.page.getByRole('button', { name: /^Uitvoeren/ }).click();
    await h.page.getByTestId('result').waitFor();
    expect(await violations(h.page)).toEqual([]);
  });
});
