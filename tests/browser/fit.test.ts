/**
 * Every screen fits the window from 1280 to 1920 wide: no sideways
 * scrolling, the top bar and the open panel inside the window. Screenshots of
 * each screen at 1280×720 are left in tests/artifacts/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, startHarness, waitReady, type Harness } from './harness.ts';

/** The beheerder's start: the overview of the wijken, drawn. */
async function waitOverview(page: Harness['page']): Promise<void> {
  await waitReady(page);
  await page.waitForFunction(() => (window as unknown as { __wijknetwerk: { overview(): unknown } }).__wijknetwerk.overview() !== null, null, { timeout: 60_000 });
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];
const SCREENS = [
  { name: 'kaart', path: '/?panel=gaps', ready: waitReady },
  { name: 'wijkoverzicht', path: '/', ready: waitOverview },
  { name: 'console', path: '/console.html', ready: undefined },
  { name: 'rapportage', path: '/rapportage.html', ready: undefined },
  { name: 'invoer', path: '/invoer.html', ready: undefined },
  { name: 'beheer', path: '/beheer.html', ready: undefined },
];
const SHOTS = join(ARTIFACTS, 'screens');

describe.runIf(chromiumAvailable())('every screen fits the window', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const screen of SCREENS) {
    it(`${screen.name}: no sideways scrolling at ${SIZES.map((size) => size.width).join(', ')}`, async () => {
      for (const size of SIZES) {
        await h.page.setViewportSize(size);
        await h.page.goto(screen.path);
        if (screen.ready) await screen.ready(h.page);
        else await h.page.locator('main, [role=main]').first().waitFor();
        await h.page.waitForLoadState('networkidle');
        const overflow = await h.page.evaluate(() => {
          const doc = document.documentElement;
          const outside = [...document.querySelectorAll<HTMLElement>('header, nav, aside, [role=toolbar], [role=complementary]')]
            .filter((element) => element.offsetParent !== null)
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
            .map((element) => `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ')[0] : ''}`);
          return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, outside };
        });
        expect(overflow.scrollWidth, `${screen.name} at ${size.width}×${size.height}`).toBeLessThanOrEqual(overflow.innerWidth);
        expect(overflow.outside, `${screen.name} at ${size.width}×${size.height}`).toEqual([]);
        if (size.width === 1280) await h.page.screenshot({ path: join(SHOTS, `${screen.name}-1280x720.png`) });
      }
    });
  }
});
