/**
 * Three parts of the map in real Chromium: the comparison of two dates shows
 * new and gone at once in its own colours and comes back from its link; the
 * keyboard path from the search through a node's neighbours and back with
 * Escape; the table follows the map's filters and opens a node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDate, readDemoHoles } from '../../server/services/demo/load-demo.ts';
import { DIFF_COLORS } from '../../client/core/history/diff-styles.ts';
import { chromiumAvailable, hook, MAP, openApp, startHarness, waitReady, type Harness } from './harness.ts';

type HookWindow = { __wijknetwerk: { comparison(): unknown; view(): Record<string, unknown>; isHighlighted(id: string): boolean } };

describe.runIf(chromiumAvailable())('compare, keyboard and table on the map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a comparison shows new and gone ties together in its own colours, and comes back from its link', async () => {
    const holes = readDemoHoles();
    const data = await h.server.services.network.cache.data();
    const wijk = data.ties.find((t) => t.from === holes.departure.wijkteam && t.type === 'WERKT_IN')!.to;
    const [from, to] = [demoDate('2026-03-01'), demoDate('2026-07-01')];
    await openApp(h.page, `/?gebied=${wijk}`);
    await h.page.getByTestId('compare-from').fill(from);
    await h.page.getByTestId('compare-to').fill(to);
    await h.page.getByTestId('compare-run').click();
    await h.page.waitForFunction(() => (window as unknown as HookWindow).__wijknetwerk.comparison() !== null, null, { timeout: 60_000 });
    await waitReady(h.page);
    const shown = (await hook(h.page, (w) => w.comparison()))!;
    expect(shown.newTies.length).toBeGreaterThan(0);
    expect(shown.endedTies.length).toBeGreaterThan(0);
    expect(shown.left).toContain(holes.departure.person);
    const colors = await h.page.evaluate(
      ({ added, removed }) => {
        const w = (window as unknown as { __wijknetwerk: { drawnColor(kind: string, id: string): string | null } }).__wijknetwerk;
        return { added: added.map((id) => w.drawnColor('edge', id)), removed: removed.map((id) => w.drawnColor('edge', id)) };
      },
      { added: shown.newTies, removed: shown.endedTies },
    );
    expect(new Set(colors.added)).toEqual(new Set([DIFF_COLORS.added]));
    expect(new Set(colors.removed)).toEqual(new Set([DIFF_COLORS.removed]));
    // The legend explains the two colours while the comparison is shown.
    const legend = h.page.getByRole('complementary', { name: 'Legenda' });
    if ((await legend.locator('.legend-toggle').getAttribute('aria-expanded')) !== 'true') await legend.locator('.legend-toggle').click();
    await expect.poll(() => legend.textContent()).toContain('Verdwenen: band of knoop');
    // In the link: a reload shows the same comparison.
    await expect.poll(() => new URL(h.page.url()).searchParams.get('cmp')).toBe(`${from},${to}`);
    expect(new URL(h.page.url()).searchParams.get('cmpGebied')).toBe(wijk);
    await h.page.reload();
    await h.page.waitForFunction(() => (window as unknown as HookWindow).__wijknetwerk.comparison() !== null, null, { timeout: 60_000 });
    await waitReady(h.page);
    expect(await hook(h.page, (w) => w.comparison())).toEqual(shown);
    expect(await h.page.getByTestId('compare-from').inputValue()).toBe(from);
    // Escape clears it, from the map and from the link; what was gone is no longer drawn.
    await h.page.locator('#map').focus();
    await h.page.keyboard.press('Escape');
    await h.page.waitForFunction(() => (window as unknown as HookWindow).__wijknetwerk.comparison() === null);
    await expect.poll(() => new URL(h.page.url()).searchParams.get('cmp')).toBeNull();
    expect(await hook(h.page, (w) => w.shownNodes())).not.toContain(holes.departure.person);
    await expect.poll(() => legend.textContent()).not.toContain('Verdwenen: band of knoop');
  });
});
