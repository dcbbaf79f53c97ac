/**
 * The history panels on the map screen (they are mounted in the left column):
 * the timeline moves the map's date, and the compare view shows what changed
 * in the departure's wijk and colours the map.
 * Needs the built client (`vite build`) and Chromium.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shiftMonths } from '../../../server/model/period.ts';
import { demoDate, readDemoHoles } from '../../../server/services/demo/load-demo.ts';
import { formatDateNl } from '../../../client/i18n/format.ts';
import { browserAvailable, loginInBrowser, serverAndBrowser } from '../../helpers/browser.ts';

const built = existsSync(new URL('../../../dist/index.html', import.meta.url));
if (!built) console.warn('history browser test skipped: no client build (run vite build)');
const run = built && browserAvailable('history browser test');
const holes = readDemoHoles();

describe.runIf(run)('timeline and compare in the browser', () => {
  const running = serverAndBrowser();

  it('drives the map date with the timeline slider and play', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await loginInBrowser(page, running.server.url);
    await page.waitForSelector('[data-testid=timeline-slider]');
    expect(await page.textContent('[data-testid=timeline-date]')).toContain('Het netwerk nu');
    // Go to the first month: the map loads the network as it was then.
    const slider = page.locator('[data-testid=timeline-slider]');
    await slider.focus();
    await page.keyboard.press('Home');
    const first = demoDate('2024-11-01');
    await expect.poll(() => page.textContent('[data-testid=timeline-date]')).toContain(formatDateNl(first));
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(first);
    // Play advances month by month; pause stops.
    await page.click('[data-testid=timeline-play]');
    await expect.poll(() => new URL(page.url()).searchParams.get('at'), { timeout: 10_000 }).toBe(shiftMonths(`${first.slice(0, 7)}-01`, 1));
    await page.click('[data-testid=timeline-play]');
    const paused = new URL(page.url()).searchParams.get('at');
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).searchParams.get('at')).toBe(paused);
    await page.close();
  });

  it('compares two dates for the departure’s wijk', async () => {
    const data = await running.server.services.network.cache.data();
    const wijk = data.ties.find((t) => t.from === holes.departure.wijkteam && t.type === 'WERKT_IN')!.to;
    const person = data.nodes.find((n) => n.id === holes.departure.person)!;
    const page = await running.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await loginInBrowser(page, running.server.url);
    await page.goto(`${running.server.url}/?gebied=${wijk}`);
    await page.waitForSelector('[data-testid=compare-from]');
    await page.fill('[data-testid=compare-from]', demoDate('2026-03-01'));
    await page.fill('[data-testid=compare-to]', demoDate('2026-07-01'));
    await page.click('[data-testid=compare-run]');
    await page.waitForSelector('[data-testid=compare-result]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=compare-left]')).toContain(person.name);
    expect(await page.textContent('[data-testid=compare-ended-ties]')).toMatch(/Verdwenen banden \(\d+\)/);
    expect(await page.textContent('[data-testid=compare-closed]')).toContain('niet opgelost');
    expect(await page.locator('[data-testid=compare-figures] tbody tr').count()).toBe(10);
    await page.waitForSelector('[data-testid=trends] [data-testid=sparkline]');
    await page.screenshot({ path: 'tests/artifacts/history-compare.png' });
    await page.close();
  });
});
