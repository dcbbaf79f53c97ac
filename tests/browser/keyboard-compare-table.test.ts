/**
 * Three parts of the map in real Chromium: the comparison of two dates shows
 * new and gone at once in its own colours and comes back from its link; the
 * keyboard path from the search through a node's neighbours and back with
 * Escape; the table follows the map's filters and opens a node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDate, readDemoHoles } from '../../server/services/demo/load-demo.ts';
import { DIFF_COLORS } from '../../client/core/history/diff-styles.ts';
import { chooseFirstWijk, chromiumAvailable, hook, MAP, openApp, startHarness, waitReady, type Harness } from './harness.ts';

type CameraWindow = { __wijknetwerk: { sigma(): { getCamera(): { isAnimated(): boolean; getState(): { x: number; y: number }; setState(state: { x: number; y: number }): void } } } };
type HookWindow = { __wijknetwerk: { comparison(): unknown; view(): Record<string, unknown>; isHighlighted(id: string): boolean } };

describe.runIf(chromiumAvailable())('compare, keyboard and table on the map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a comparison shows new and gone ties together in its own colours, comes back from its link, and Escape and "Heel netwerk tonen" clear it', async () => {
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
    // "Heel netwerk tonen" clears it with the ego view.
    const ego = holes.departure.wijkteam;
    await openApp(h.page, `/?gebied=${wijk}&cmp=${from},${to}&cmpGebied=${wijk}&sel=${ego}&ego=${ego}&depth=1`);
    await h.page.waitForFunction(() => (window as unknown as HookWindow).__wijknetwerk.comparison() !== null, null, { timeout: 60_000 });
    await h.page.getByTestId('ego-close').click();
    await h.page.waitForFunction(() => (window as unknown as HookWindow).__wijknetwerk.comparison() === null);
    expect(await hook(h.page, (w) => w.view().ego)).toBeUndefined();
    await expect.poll(() => new URL(h.page.url()).searchParams.get('cmp')).toBeNull();
  });

  it('the keyboard goes from the search through the neighbours and back with Escape, and the focus is never lost', async () => {
    await openApp(h.page, MAP);
    const people = await hook(h.page, (w) => w.nodesOfKind('persoon', 40));
    const [id, name] = people[people.length - 1]!;
    const search = h.page.getByTestId('search');
    await search.fill(name);
    await h.page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
    await search.press('Enter');
    // The focus goes to the first neighbour in the detail panel; the map still shows the whole ego view, nothing lit over it.
    const focused = () => h.page.evaluate(() => document.activeElement?.closest('[data-testid=neighbours] button')?.getAttribute('data-node') ?? null);
    await expect.poll(focused, { timeout: 30_000 }).not.toBeNull();
    const first = (await focused())!;
    await waitReady(h.page);
    const lit = (node: string) => h.page.waitForFunction((n) => (window as unknown as HookWindow).__wijknetwerk.isHighlighted(n), node, { timeout: 30_000 });
    const inView = (node: string) => h.page.waitForFunction((n) => (window as unknown as { __wijknetwerk: { inFreeArea(ids: string[]): number } }).__wijknetwerk.inFreeArea([n]) === 1, node, { timeout: 30_000 });
    expect(await hook(h.page, (w) => w.isHighlighted(w.view().selected as string))).toBe(true);
    expect(await hook(h.page, (w) => w.labelled())).toContain(first);
    expect(await h.page.getByTestId('neighbours').getAttribute('aria-label')).toBe(`Buren van ${name}`);
    // The button says the name and the kind.
    const label = await h.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(label).toMatch(/ · (Bewoner|Sleutelfiguur|Professional|Organisatie|Wijkteam|Initiatief|Plek|Gebied|Thema)$/);
    // Tab goes to the next neighbour, Shift+Tab back.
    await h.page.keyboard.press('Tab');
    const second = (await focused())!;
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    await lit(second);
    await inView(second);
    expect(await hook(h.page, (w) => w.view().selected)).toBe(id);
    await h.page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(first);
    await lit(first);
    // The map's keys keep working from the list.
    const before = (await hook(h.page, (w) => w.camera()))!.ratio;
    await h.page.keyboard.press('+');
    await h.page.waitForFunction((ratio) => (window as unknown as { __wijknetwerk: { camera(): { ratio: number } } }).__wijknetwerk.camera().ratio < ratio * 0.9, before);
    await h.page.waitForFunction(() => !(window as unknown as CameraWindow).__wijknetwerk.sigma().getCamera().isAnimated());
    // With the map moved away from the next neighbour, Tab brings it back into view.
    const freeCount = (node: string) => h.page.evaluate((n) => (window as unknown as { __wijknetwerk: { inFreeArea(ids: string[]): number } }).__wijknetwerk.inFreeArea([n]), node);
    // Moved once no animation (of the zoom, or of bringing a neighbour into view) is under way, which would move it back.
    await h.page.waitForFunction(() => !(window as unknown as CameraWindow).__wijknetwerk.sigma().getCamera().isAnimated());
    await h.page.evaluate(() => {
      const camera = (window as unknown as CameraWindow).__wijknetwerk.sigma().getCamera();
      const { x, y } = camera.getState();
      camera.setState({ x: x + 5, y: y + 5 });
    });
    await expect.poll(() => freeCount(second)).toBe(0);
    expect(await focused()).toBe(first);
    await h.page.keyboard.press('Tab');
    expect(await focused()).toBe(second);
    await inView(second);
    await h.page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(first);
    // Enter opens the neighbour: it is selected, and the focus goes on to its own neighbours.
    await h.page.keyboard.press('Enter');
    await h.page.waitForFunction((n) => (window as unknown as HookWindow).__wijknetwerk.view().selected === n, first);
    await h.page.locator(`[data-testid=detail][data-node="${first}"]`).waitFor();
    await expect.poll(focused, { timeout: 30_000 }).not.toBeNull();
    expect(await h.page.getByTestId('neighbours').getAttribute('aria-label')).toMatch(/^Buren van /);
    // Escape: first the panel, then the ego view, then the selection; the focus stays on the page.
    const focusIsSomewhere = () => h.page.evaluate(() => !!document.activeElement && document.activeElement !== document.body);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => hook(h.page, (w) => w.view().panel)).toBeNull();
    await expect.poll(focusIsSomewhere).toBe(true);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('map');
    expect(await hook(h.page, (w) => w.view().ego)).toBeDefined();
    await h.page.keyboard.press('Escape');
    await expect.poll(() => hook(h.page, (w) => w.view().ego)).toBeUndefined();
    expect(await hook(h.page, (w) => w.view().selected)).toBe(first);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => hook(h.page, (w) => w.view().selected)).toBeUndefined();
    expect(await focusIsSomewhere()).toBe(true);
  });

  it('the table shows what the map shows, sorts by column, follows a filter, the ego view and a finding, and opens a node', async () => {
    await openApp(h.page, '/?mode=table');
    const table = h.page.getByTestId('node-table');
    await table.waitFor();
    const rowCount = async () => Number(await table.getAttribute('aria-rowcount')) - 1;
    const shownCount = () => hook(h.page, (w) => w.shownNodes().length);
    expect(await rowCount()).toBe(await shownCount());
    expect(await table.locator('caption').textContent()).toContain('Knopen in de huidige selectie');
    expect(await table.locator('thead th[scope=col]').count()).toBe(5);
    expect(await table.locator('tbody th[scope=row]').count()).toBeGreaterThan(0);
    // Sorting by name, with the keyboard.
    const nameHeader = table.locator('th[data-column=name]');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    await nameHeader.getByRole('button').focus();
    await h.page.keyboard.press('Enter');
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = await table.locator('tbody th[scope=row] button').allTextContents();
    expect(names.slice(0, 10)).toEqual([...names.slice(0, 10)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(await table.locator('th[data-column=degree]').getAttribute('aria-sort')).toBe('none');
    // A wijk filter: the table follows it, and lists what the map draws.
    const all = await rowCount();
    const wijk = await chooseFirstWijk(h.page);
    await expect.poll(rowCount, { timeout: 30_000 }).toBeLessThan(all);
    await waitReady(h.page);
    expect(await rowCount()).toBe(await shownCount());
    const shown = new Set(await hook(h.page, (w) => w.shownNodes()));
    const listed = await table.locator('tbody tr[data-node]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-node')!));
    expect(listed.every((id) => shown.has(id))).toBe(true);
    // A name opens the node in the detail panel, with its ties as links; by the keyboard.
    const firstRow = table.locator('tbody tr[data-node]').first();
    const id = (await firstRow.getAttribute('data-node'))!;
    await firstRow.locator('th button').focus();
    await h.page.keyboard.press('Enter');
    await h.page.locator(`[data-testid=detail][data-node="${id}"]`).waitFor({ timeout: 30_000 });
    expect(await hook(h.page, (w) => w.view().selected)).toBe(id);
    expect(await firstRow.getAttribute('class')).toContain('is-selected');
    const tieLinks = h.page.locator('[data-testid=ties] button.tie-other');
    expect(await tieLinks.count()).toBeGreaterThan(0);
    const other = await tieLinks.first().textContent();
    await tieLinks.first().click();
    await expect.poll(() => h.page.locator('[data-testid=detail] .detail-name').textContent()).toBe(other);
    // The ego view: the table lists the ego network only.
    await openApp(h.page, `/?gebied=${wijk}&mode=table&sel=${id}&ego=${id}&depth=1`);
    await table.waitFor();
    const ego = await shownCount();
    expect(ego).toBeLessThan(all);
    expect(await rowCount()).toBe(ego);
    // A finding: the rows it is about are marked, and the caption counts them.
    await openApp(h.page, `/?gebied=${wijk}&mode=table&panel=gaps`);
    const finding = h.page.getByTestId('gaps').locator('[data-finding]').first();
    await finding.waitFor({ timeout: 60_000 });
    await finding.click();
    await h.page.waitForFunction(() => (window as unknown as { __wijknetwerk: { highlight(): unknown } }).__wijknetwerk.highlight() !== null, null, { timeout: 30_000 });
    const lit = (await hook(h.page, (w) => w.highlight()))!.nodes;
    const shownNow = new Set(await hook(h.page, (w) => w.shownNodes()));
    const litShown = lit.filter((node) => shownNow.has(node)).length;
    expect(litShown).toBeGreaterThan(0);
    await expect.poll(() => table.locator('caption').textContent()).toContain(`${litShown} gemarkeerd`);
    await h.page.screenshot({ path: 'tests/artifacts/table-finding.png' });
  });
});
