/**
 * The wijk overview in a real browser on the Haarlem demo: the beheerder
 * starts in it (one bubble per wijk, lines between them, a legend in Dutch);
 * a click on a wijk opens it on the map, fitted clear of what floats over the
 * map, with breadcrumbs that lead back up; the overview restores from its
 * link; the wijk filter takes several wijken and whole stadsdelen; "Groeperen
 * per wijk" names each wijk's circle; a gebiedsverbinder goes up from their
 * own wijk to the overview with it marked. Screenshots at 1280×720 in
 * tests/artifacts/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInBrowser } from '../helpers/browser.ts';
import { ARTIFACTS, chromiumAvailable, hook, MAP, openApp, startHarness, waitReady, type Harness } from './harness.ts';

type Page = Harness['page'];
type Overview = NonNullable<Awaited<ReturnType<typeof overviewOf>>>;
const SHOTS = join(ARTIFACTS, 'screens');

const overviewOf = (page: Page) => hook(page, (w) => w.overview());
const inFreeArea = (page: Page, ids: string[]) => page.evaluate((list) => (window as unknown as { __wijknetwerk: { inFreeArea(ids: string[]): number } }).__wijknetwerk.inFreeArea(list), ids);
/** Waits until the camera has come to rest: the map's camera and the overview's bubbles the same in two reads a quarter second apart. */
async function settle(page: Page): Promise<void> {
  const still = () => page.evaluate(() => {
    const hook = (window as unknown as { __wijknetwerk: { camera(): unknown; overview(): { bubbles: { x: number; y: number }[] } | null } }).__wijknetwerk;
    return JSON.stringify([hook.camera(), hook.overview()?.bubbles.map((bubble) => [bubble.x, bubble.y])]);
  });
  let last = await still();
  for (let read = 0; read < 60; read++) {
    await page.waitForTimeout(250);
    const now = await still();
    if (now === last) return;
    last = now;
  }
}
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}-1280x720.png`) });

/** Waits until the overview of this gebied is drawn, and returns it. */
async function overviewShown(page: Page, gebied: string): Promise<Overview> {
  await page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { overview(): { gebied: string; bubbles: { x: number }[] } | null } }).__wijknetwerk.overview()?.gebied === id, gebied, { timeout: 60_000 });
  await settle(page);
  return (await overviewOf(page))!;
}

/**
 * Clicks a wijk's bubble in the overview's canvas. The bubble's place is read
 * again before each try: on a slow machine the camera may still be moving
 * when the overview is first drawn.
 */
async function clickBubble(page: Page, shown: Overview, name: string): Promise<void> {
  const canvas = (await page.getByTestId('overview').locator('.map-canvas').boundingBox())!;
  const card = page.getByTestId('wijk-card');
  for (let attempt = 0; attempt < 10; attempt++) {
    const current = (await overviewOf(page)) ?? shown;
    const bubble = current.bubbles.find((item) => item.name === name)!;
    // Several steps, as a hand moves a mouse (the renderer picks on movement).
    await page.mouse.move(canvas.x + bubble.x, canvas.y + bubble.y, { steps: 5 });
    if (await card.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
      await page.mouse.click(canvas.x + bubble.x, canvas.y + bubble.y);
      return;
    }
    await page.mouse.move(canvas.x + 2, canvas.y + 2);
  }
  throw new Error(`the bubble of ${name} shows no card when hovered`);
}

const crumbs = (page: Page) => page.getByTestId('breadcrumbs').locator('li').allTextContents();

describe.runIf(chromiumAvailable())('the wijk overview', () => {
  let h: Harness;
  let gebieden: { id: string; name: string; level: string; parentId?: string }[];
  const named = (name: string) => gebieden.find((gebied) => gebied.name === name)!;
  const wijkenOf = (stadsdeel: string) => gebieden.filter((gebied) => gebied.level === 'wijk' && gebied.parentId === stadsdeel);
  const stad = () => gebieden.find((gebied) => gebied.level === 'stad')!;

  beforeAll(async () => {
    h = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
    const data = await h.server.services.network.cache.data();
    gebieden = data.nodes.filter((node) => node.kind === 'gebied').map((node) => ({ id: node.id, name: node.name, level: String(node.level), parentId: node.parentId as string | undefined }));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the beheerder starts in the overview: one bubble per wijk, lines between them, a legend in Dutch', async () => {
    await openApp(h.page, '/');
    const shown = await overviewShown(h.page, stad().id);
    const wijken = gebieden.filter((gebied) => gebied.level === 'wijk');
    expect(shown.bubbles.map((bubble) => bubble.id).sort()).toEqual(wijken.map((wijk) => wijk.id).sort());
    expect(shown.bubbles.map((bubble) => bubble.name).sort()).toEqual(wijken.map((wijk) => wijk.name).sort());
    expect(shown.lines.length).toBeGreaterThan(wijken.length);
    const ids = new Set(shown.bubbles.map((bubble) => bubble.id));
    expect(shown.lines.every((line) => ids.has(line.from) && ids.has(line.to) && line.ties > 0)).toBe(true);
    // Thicker lines for more ties.
    const [thin, thick] = [shown.lines.reduce((a, b) => (a.ties < b.ties ? a : b)), shown.lines.reduce((a, b) => (a.ties > b.ties ? a : b))];
    expect(thick.size).toBeGreaterThan(thin.size);
    // Larger bubbles for more people: the sizes differ and follow the counts the server gave.
    const figures = (await (await h.context.request.get('/api/analysis/overview')).json()) as { wijken: { id: string; persons: number }[] };
    const persons = new Map(figures.wijken.map((wijk) => [wijk.id, wijk.persons]));
    const bySize = [...shown.bubbles].sort((a, b) => a.size - b.size);
    expect(persons.get(bySize[0]!.id)).toBeLessThan(persons.get(bySize[bySize.length - 1]!.id)!);
    expect(await inFreeArea(h.page, [...ids])).toBe(ids.size);

    expect(new URL(h.page.url()).searchParams.get('overview')).toBe(stad().id);
    await expect(crumbs(h.page)).resolves.toEqual([`${stad().name}wijkoverzicht`]);
    const legend = h.page.getByTestId('overview-legend');
    await expect(legend.textContent()).resolves.toMatch(/Kleur: open gaten.*Grootte: mensen die er wonen, werken of actief zijn.*Lijn: banden tussen mensen en organisaties van twee wijken/);
    await expect(h.page.getByTestId('counts').textContent()).resolves.toBe(`${wijken.length} wijken · ${shown.lines.length} verbindingen`);
    await expect(h.page.getByTestId('stadsdeel-labels').locator('.group-label').allTextContents()).resolves.toEqual(
      expect.arrayContaining(gebieden.filter((gebied) => gebied.level === 'stadsdeel').map((gebied) => gebied.name)),
    );
    await shot(h.page, 'wijkoverzicht-stad');
  });

  it('colours by the figure chosen in the legend, and keeps the choice in the link', async () => {
    const before = (await overviewOf(h.page))!;
    await h.page.getByTestId('overview-color').selectOption('residents');
    await h.page.waitForFunction(() => new URL(location.href).searchParams.get('overviewColor') === 'residents');
    const after = (await overviewOf(h.page))!;
    expect(after.bubbles.map((bubble) => bubble.color)).not.toEqual(before.bubbles.map((bubble) => bubble.color));
    await expect(h.page.getByTestId('overview-legend').textContent()).resolves.toContain('Kleur: bewoners');
  });

  it('shows a wijk\'s figures on hover, and a click opens the wijk on the map, fitted, with breadcrumbs', async () => {
    const shown = (await overviewOf(h.page))!;
    const wijk = named('Frans Hals');
    const stadsdeel = gebieden.find((gebied) => gebied.id === wijk.parentId)!;
    const bubble = shown.bubbles.find((item) => item.id === wijk.id)!;
    const canvas = (await h.page.getByTestId('overview').locator('.map-canvas').boundingBox())!;
    await h.page.mouse.move(canvas.x + bubble.x, canvas.y + bubble.y, { steps: 5 });
    const card = h.page.getByTestId('wijk-card');
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/Frans Hals.*personen, van wie \d+ bewoners.*open ga.*Klik om de wijk te openen/);
    await shot(h.page, 'wijkoverzicht-wijk');

    await h.page.mouse.click(canvas.x + bubble.x, canvas.y + bubble.y);
    await h.page.getByTestId('overview').waitFor({ state: 'detached' });
    await waitReady(h.page);
    await h.page.waitForFunction((id) => {
      const w = (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } }; shownNodes(): string[] } }).__wijknetwerk;
      return w.view().filters.gebied.join() === id && w.shownNodes().length > 0;
    }, wijk.id);
    await settle(h.page);
    const nodes = await hook(h.page, (w) => w.shownNodes());
    const whole = (await h.server.services.network.cache.data()).nodes.length;
    expect(nodes.length).toBeLessThan(whole / 4);
    expect(await inFreeArea(h.page, nodes)).toBe(nodes.length);
    await expect(crumbs(h.page)).resolves.toEqual([stad().name, stadsdeel.name, wijk.name]);
    await shot(h.page, 'wijk-op-de-kaart');
  });

  it('the breadcrumbs lead back up: to the stadsdeel\'s overview, then the city\'s', async () => {
    const wijk = named('Frans Hals');
    const stadsdeel = gebieden.find((gebied) => gebied.id === wijk.parentId)!;
    await h.page.getByTestId('breadcrumbs').getByRole('button', { name: stadsdeel.name }).click();
    const shown = await overviewShown(h.page, stadsdeel.id);
    expect(shown.bubbles.map((bubble) => bubble.id).sort()).toEqual(wijkenOf(stadsdeel.id).map((item) => item.id).sort());
    const inside = new Set(shown.bubbles.map((bubble) => bubble.id));
    expect(shown.lines.every((line) => inside.has(line.from) && inside.has(line.to))).toBe(true);
    expect(await inFreeArea(h.page, [...inside])).toBe(inside.size);
    await expect(crumbs(h.page)).resolves.toEqual([stad().name, `${stadsdeel.name}wijkoverzicht`]);
    // The map's wijk filter was replaced by the overview.
    expect(((await hook(h.page, (w) => w.view())).filters as { gebied: string[] }).gebied).toEqual([]);
    await shot(h.page, 'wijkoverzicht-stadsdeel');

    await h.page.getByTestId('breadcrumbs').getByRole('button', { name: stad().name }).click();
    const city = await overviewShown(h.page, stad().id);
    expect(city.bubbles.length).toBe(gebieden.filter((gebied) => gebied.level === 'wijk').length);
  });

  it('in the table mode the overview is a table of the wijken, sorted by the colour\'s figure; a name opens the wijk', async () => {
    await h.page.getByTestId('mode-table').click();
    const table = h.page.getByTestId('overview-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(gebieden.filter((gebied) => gebied.level === 'wijk').length);
    const figures = (await (await h.context.request.get('/api/analysis/overview')).json()) as { wijken: { name: string; residents: number }[] };
    const most = [...figures.wijken].sort((a, b) => b.residents - a.residents)[0]!;
    await expect(rows.first().locator('th').textContent()).resolves.toBe(most.name);
    await shot(h.page, 'wijkoverzicht-tabel');
    await rows.first().getByRole('button').click();
    await h.page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } } } }).__wijknetwerk.view().filters.gebied.join() === id, named(most.name).id);
    await h.page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await h.page.getByTestId('breadcrumbs').getByRole('button', { name: stad().name }).click();
    await overviewShown(h.page, stad().id);
  });

  it('a search result leaves the overview for the map, with the node open', async () => {
    const [[id, name]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    const search = h.page.getByTestId('search');
    await search.fill(name.slice(0, 8));
    await h.page.getByRole('option', { name: new RegExp(name) }).first().hover();
    await search.press('Enter');
    await h.page.getByTestId('ego-bar').waitFor();
    const view = await hook(h.page, (w) => w.view());
    expect(view.overview).toBeUndefined();
    expect((view.ego as { node: string }).node).toBe(id);
    await h.page.getByTestId('ego-close').click();
    await h.page.keyboard.press('Escape');
    await h.page.getByTestId('breadcrumbs').getByRole('button', { name: stad().name }).click();
    await overviewShown(h.page, stad().id);
  });

  it('restores the overview from its link, with the colour chosen', async () => {
    const stadsdeel = named('Stadsdeel Schalkwijk');
    await h.page.getByTestId('stadsdeel-labels').getByRole('button', { name: stadsdeel.name }).click();
    await overviewShown(h.page, stadsdeel.id);
    await h.page.waitForFunction((id) => new URL(location.href).searchParams.get('overview') === id, stadsdeel.id);
    const link = h.page.url();
    expect(new URL(link).searchParams.get('overviewColor')).toBe('residents');

    const page = await h.context.newPage();
    await openApp(page, link);
    const restored = await overviewShown(page, stadsdeel.id);
    expect(restored.bubbles.map((bubble) => bubble.id).sort()).toEqual(wijkenOf(stadsdeel.id).map((item) => item.id).sort());
    await expect(page.getByTestId('overview-color').inputValue()).resolves.toBe('residents');
    await expect(crumbs(page)).resolves.toEqual([stad().name, `${stadsdeel.name}wijkoverzicht`]);
    // "Op de kaart" shows the whole stadsdeel on the map.
    await page.getByTestId('overview-to-map').click();
    await page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } } } }).__wijknetwerk.view().filters.gebied.join() === id, stadsdeel.id);
    await page.close();
  });

  it('the wijk filter takes a whole stadsdeel and more wijken, with a search, and keeps them in the link', async () => {
    await openApp(h.page, MAP);
    const noord = named('Stadsdeel Noord');
    const park = named('Parkwijk');
    const [first, ...others] = wijkenOf(noord.id);
    await h.page.getByTestId('filter-gebied').click();
    await h.page.getByTestId(`stadsdeel-${noord.id}`).check();
    await expectFilter(h.page, [noord.id]);
    // Every wijk of the stadsdeel is ticked with it.
    for (const wijk of wijkenOf(noord.id)) await expect(h.page.getByTestId(`wijk-${wijk.id}`).isChecked()).resolves.toBe(true);

    await h.page.getByTestId('wijk-search').fill('park');
    await expect(h.page.locator('.wijk-filter-list .wijk-check:not(.is-group)').allTextContents()).resolves.toEqual([park.name]);
    await h.page.getByTestId(`wijk-${park.id}`).check();
    await expectFilter(h.page, [noord.id, park.id]);
    await h.page.getByTestId('wijk-search').fill('');
    await shot(h.page, 'wijkfilter');

    // One wijk of the stadsdeel off: the rest of its wijken stay, each by name.
    await h.page.getByTestId(`wijk-${first!.id}`).uncheck();
    await expect(h.page.getByTestId(`stadsdeel-${noord.id}`).evaluate((input: HTMLInputElement) => input.indeterminate)).resolves.toBe(true);
    await expectFilter(h.page, [...others.map((wijk) => wijk.id), park.id].sort());
    await h.page.getByTestId('filter-gebied').click();

    // What is shown belongs to those wijken, fitted clear of the legend and the toolbar.
    await settle(h.page);
    const shown = await hook(h.page, (w) => w.shownNodes());
    const expected = (await (await h.context.request.get(`/api/graph?gebied=${[...others.map((wijk) => wijk.id), park.id].join(',')}`)).json()) as { nodes: unknown[] };
    expect(shown.length).toBe(expected.nodes.length);
    expect(await inFreeArea(h.page, shown)).toBe(shown.length);
    await expect(h.page.getByTestId('wijk-chips').locator('button').count()).resolves.toBe(others.length + 1);
    await expect(crumbs(h.page)).resolves.toEqual([stad().name, `${others.length + 1} gebieden`]);

    const page = await h.context.newPage();
    await openApp(page, h.page.url());
    expect(((await hook(page, (w) => w.view())).filters as { gebied: string[] }).gebied.sort()).toEqual([...others.map((wijk) => wijk.id), park.id].sort());
    await page.close();
  });

  it('"Groeperen per wijk" names each wijk at its circle, also after a reload', async () => {
    await openApp(h.page, MAP);
    await h.page.getByRole('button', { name: 'Groeperen per wijk' }).click();
    await h.page.getByText('Posities opgeslagen').waitFor();
    const labels = h.page.getByTestId('group-labels').locator('.group-label');
    const wijken = gebieden.filter((gebied) => gebied.level === 'wijk');
    await expect(labels.allTextContents()).resolves.toEqual(expect.arrayContaining(wijken.map((wijk) => wijk.name)));
    await settle(h.page);
    // Each name stands at its own circle: nearer the middle of its own wijk's residents than to another wijk's.
    const placed = await h.page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('[data-testid=group-labels] .group-label')].map((label) => {
        const r = label.getBoundingClientRect();
        return { name: label.textContent!, x: r.left + r.width / 2 - canvas.left, y: r.top + r.height / 2 - canvas.top };
      });
    });
    const sample = ['Frans Hals', 'Parkwijk', 'Meerwijk', 'Oude Stad'].map(named);
    const middles = new Map<string, { x: number; y: number }>();
    for (const wijk of sample) {
      const residents = ((await (await h.context.request.get(`/api/graph?gebied=${wijk.id}&kind=persoon`)).json()) as { nodes: { key: string }[] }).nodes.map((node) => node.key);
      const points = await h.page.evaluate((ids) => {
        type Drawn = { getNodeDisplayData(id: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } };
        const sigma = (window as unknown as { __wijknetwerk: { sigma(): Drawn } }).__wijknetwerk.sigma();
        return ids.flatMap((id) => {
          const data = sigma.getNodeDisplayData(id);
          return data ? [sigma.framedGraphToViewport(data)] : [];
        });
      }, residents);
      expect(points.length).toBeGreaterThan(10);
      middles.set(wijk.name, { x: points.reduce((sum, p) => sum + p.x, 0) / points.length, y: points.reduce((sum, p) => sum + p.y, 0) / points.length });
    }
    for (const wijk of sample) {
      const label = placed.find((item) => item.name === wijk.name)!;
      const distances = [...middles].map(([name, middle]) => [name, Math.hypot(label.x - middle.x, label.y - middle.y)] as const).sort((a, b) => a[1] - b[1]);
      expect(distances[0]![0]).toBe(wijk.name);
    }
    await shot(h.page, 'groeperen-per-wijk');

    await h.page.reload();
    await waitReady(h.page);
    await expect(labels.allTextContents()).resolves.toEqual(expect.arrayContaining(wijken.map((wijk) => wijk.name)));
    // A layout run ends the grouping, and its names.
    await h.page.getByTestId('layout-start').click();
    await h.page.getByTestId('layout-stop').click();
    await h.page.getByTestId('group-labels').waitFor({ state: 'detached' });
  });

  it('a gebiedsverbinder starts in their own wijk, and goes up to the overview with it marked', async () => {
    const wijk = named('Parkwijk');
    const stadsdeel = gebieden.find((gebied) => gebied.id === wijk.parentId)!;
    const page = await (await h.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' })).newPage();
    await loginInBrowser(page, h.url, { username: 'gv-overzicht', role: 'gebiedsverbinder', gebieden: [wijk.id] }, h.server);
    await waitReady(page);
    expect(((await hook(page, (w) => w.view())).filters as { gebied: string[] }).gebied).toEqual([wijk.id]);
    await expect(crumbs(page)).resolves.toEqual([stad().name, stadsdeel.name, wijk.name]);
    await page.getByTestId('breadcrumbs').getByRole('button', { name: stad().name }).click();
    const city = await overviewShown(page, stad().id);
    expect(city.bubbles.filter((bubble) => bubble.own).map((bubble) => bubble.id)).toEqual([wijk.id]);
    await expect(page.getByTestId('overview-legend').textContent()).resolves.toContain('Uw eigen gebied');
    await shot(page, 'wijkoverzicht-gebiedsverbinder');
    // Back into their own wijk by its bubble.
    await clickBubble(page, city, wijk.name);
    await page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } } } }).__wijknetwerk.view().filters.gebied.join() === id, wijk.id);
    await page.close();
  });

  it('with a side panel open, a wijk opened from the overview is fitted in the narrower map', async () => {
    await openApp(h.page, `/?overview=${stad().id}&panel=sleutelfiguren`);
    const shown = await overviewShown(h.page, stad().id);
    expect(await inFreeArea(h.page, shown.bubbles.map((bubble) => bubble.id))).toBe(shown.bubbles.length);
    await clickBubble(h.page, shown, 'Meerwijk');
    await h.page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } } } }).__wijknetwerk.view().filters.gebied.join() === id, named('Meerwijk').id);
    await settle(h.page);
    const nodes = await hook(h.page, (w) => w.shownNodes());
    expect(nodes.length).toBeGreaterThan(0);
    expect(await inFreeArea(h.page, nodes)).toBe(nodes.length);
    await h.page.getByTestId('panel-sleutelfiguren').waitFor();
    await shot(h.page, 'wijk-met-paneel');
  });
});

async function expectFilter(page: Page, gebied: string[]): Promise<void> {
  await page.waitForFunction((want) => {
    const got = (window as unknown as { __wijknetwerk: { view(): { filters: { gebied: string[] } } } }).__wijknetwerk.view().filters.gebied;
    return [...got].sort().join() === [...want].sort().join() && new URL(location.href).searchParams.get('gebied')?.split(',').sort().join() === [...want].sort().join();
  }, gebied);
}
