/**
 * The camera and the layers on the map: zoom and fit by button and key, the
 * camera follows a filter, a finding and a what-if; a finding replaces the
 * selection's focus; "Heel netwerk tonen" clears what lay over the map; a
 * gebiedsverbinder starts in their own wijk. A fit keeps clear of what floats
 * over the map (legend, toolbar, buttons).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser } from '../helpers/browser.ts';
import { chooseFirstWijk, chromiumAvailable, hook, MAP, openApp, startHarness, waitReady, type Harness } from './harness.ts';

type Camera = { x: number; y: number; ratio: number };
type Page = Harness['page'];
const settle = (h: Harness) => h.page.waitForTimeout(700);
type HookWindow = { __wijknetwerk: { onScreen(ids: string[]): number; inFreeArea(ids: string[]): number; isHighlighted(id: string): boolean } };
const inFreeArea = (page: Page, ids: string[]) => page.evaluate((list) => (window as unknown as HookWindow).__wijknetwerk.inFreeArea(list), ids);
const onScreen = (page: Page, ids: string[]) => page.evaluate((list) => (window as unknown as HookWindow).__wijknetwerk.onScreen(list), ids);
const isHighlighted = (page: Page, id: string) => page.evaluate((node) => (window as unknown as HookWindow).__wijknetwerk.isHighlighted(node), id);

describe.runIf(chromiumAvailable())('camera and layers on the map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await openApp(h.page, MAP);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('zooms in and out with the buttons and the keys, and fits with 0', async () => {
    const start = (await hook(h.page, (w) => w.camera())) as Camera;
    await h.page.getByTestId('zoom-in').click();
    await settle(h);
    const zoomedIn = (await hook(h.page, (w) => w.camera())) as Camera;
    expect(zoomedIn.ratio).toBeLessThan(start.ratio * 0.9);
    await h.page.locator('#map').focus();
    await h.page.keyboard.press('-');
    await settle(h);
    expect(((await hook(h.page, (w) => w.camera())) as Camera).ratio).toBeGreaterThan(zoomedIn.ratio * 1.1);
    await h.page.keyboard.press('+');
    await h.page.keyboard.press('+');
    await settle(h);
    await h.page.keyboard.press('0');
    await settle(h);
    // Everything in view, and nothing under the legend, the toolbar or the buttons.
    const shown = await hook(h.page, (w) => w.shownNodes());
    expect(await inFreeArea(h.page, shown)).toBe(shown.length);
  });

  it('after a wijk filter, everything shown is in view, clear of the legend, the toolbar and the buttons', async () => {
    await h.page.getByTestId('zoom-in').click();
    await h.page.getByTestId('zoom-in').click();
    await chooseFirstWijk(h.page);
    await h.page.waitForFunction(() => (window as never as { __wijknetwerk: { shownNodes(): string[] } }).__wijknetwerk.shownNodes().length < 1000);
    await settle(h);
    const shown = await hook(h.page, (w) => w.shownNodes());
    expect(await inFreeArea(h.page, shown)).toBe(shown.length);
  });

  it('a clicked finding is framed, and its highlight replaces the selection', async () => {
    const { gebied } = (await hook(h.page, (w) => w.view())).filters as { gebied: string[] };
    const shown = await hook(h.page, (w) => w.shownNodes());
    const selected = shown.find((id) => id.startsWith('per_'))!;
    await openApp(h.page, `/?gebied=${gebied.join(',')}&sel=${selected}&panel=gaps`);
    expect(await isHighlighted(h.page, selected)).toBe(true);
    const panel = h.page.getByTestId('gaps');
    await panel.waitFor({ timeout: 60_000 });
    await h.page.getByTestId('zoom-out').click();
    await settle(h);
    const before = (await hook(h.page, (w) => w.camera())) as Camera;
    const findings = panel.locator('[data-finding]');
    // A finding about a few people, not one that spans the whole wijk.
    const count = await findings.count();
    let index = 0;
    for (; index < count; index++) if (Number((await findings.nth(index).locator('.finding-meta').textContent().catch(() => '99'))?.match(/\d+/)?.[0] ?? 99) <= 8) break;
    await findings.nth(index < count ? index : 0).click();
    await settle(h);
    const highlight = (await hook(h.page, (w) => w.highlight()))!;
    const drawn = highlight.nodes.filter((id) => shown.includes(id));
    expect(drawn.length).toBeGreaterThan(0);
    expect(await onScreen(h.page, drawn)).toBe(drawn.length);
    expect(((await hook(h.page, (w) => w.camera())) as Camera).ratio).toBeLessThan(before.ratio);
    if (!highlight.nodes.includes(selected)) expect(await isHighlighted(h.page, selected)).toBe(false);
  });

  it('"Heel netwerk tonen" clears the ego view, the what-if and the finding', async () => {
    const [[id, name]] = await hook(h.page, (w) => w.nodesOfKind('persoon', 1));
    const search = h.page.getByTestId('search');
    await search.fill(name.slice(0, 8));
    await h.page.getByRole('option', { name: new RegExp(name) }).first().hover();
    await search.press('Enter');
    await h.page.getByTestId('ego-bar').waitFor();
    await h.page.getByTestId('what-if').click();
    await h.page.waitForFunction(() => (window as never as { __wijknetwerk: { highlight(): { kind: string } | null } }).__wijknetwerk.highlight()?.kind === 'whatif', null, { timeout: 30_000 });
    expect((await hook(h.page, (w) => w.view())).whatIf).toBe(id);
    await h.page.getByTestId('ego-close').click();
    await waitReady(h.page);
    const view = await hook(h.page, (w) => w.view());
    expect(view.ego).toBeUndefined();
    expect(view.whatIf).toBeUndefined();
    expect(view.finding).toBeUndefined();
    expect(await hook(h.page, (w) => w.highlight())).toBeNull();
  });

  it('a gebiedsverbinder opens the map in their own wijk, all of it in view', async () => {
    const wijk = (await h.server.services.network.cache.data()).nodes.find((node) => node.kind === 'gebied' && (node as { level?: string }).level === 'wijk');
    expect(wijk).toBeDefined();
    const page = await (await h.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' })).newPage();
    await loginInBrowser(page, h.url, { username: 'gv-camera', role: 'gebiedsverbinder', gebieden: [wijk!.id] }, h.server);
    await waitReady(page);
    const view = await hook(page, (w) => w.view());
    expect((view.filters as { gebied: string[] }).gebied).toEqual([wijk!.id]);
    await page.waitForTimeout(700);
    const shown = await hook(page, (w) => w.shownNodes());
    expect(shown.length).toBeGreaterThan(0);
    expect(await onScreen(page, shown)).toBe(shown.length);
  });
});
