/**
 * The map client in a real browser against the real server (demo network):
 * load, search → ego view, wijk filter, gaps and sleutelfiguren panels,
 * editing with undo and validation errors, URL round-trip, exports, and a
 * layout that survives a reload. One browser and one page for the suite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, chooseFirstWijk, chromiumAvailable, clearWijken, hook, MAP, openApp, startHarness, waitReady, type Harness } from './harness.ts';

const run = chromiumAvailable();

describe.runIf(run)('map client in the browser', () => {
  let h: Harness;
  let total = 0;
  const shot = (name: string) => h.page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads the demo network and draws it', async () => {
    await openApp(h.page, MAP);
    total = await hook(h.page, (w) => w.shownNodes().length);
    expect(total).toBeGreaterThan(100);
    expect(await hook(h.page, (w) => w.shownEdges())).toBeGreaterThan(100);
    await expect(h.page.getByTestId('counts').textContent()).resolves.toMatch(/knopen/);
    await shot('01-map');
  });

  it('search with the keyboard opens an ego view', async () => {
    const [[id, name]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    const search = h.page.getByTestId('search');
    await search.fill(name.slice(0, 6));
    await h.page.getByRole('listbox').waitFor();
    await h.page.getByRole('option', { name: new RegExp(name) }).first().hover();
    await search.press('Enter');
    await h.page.getByTestId('ego-bar').waitFor();
    const view = await hook(h.page, (w) => w.view());
    expect((view.ego as { node: string }).node).toBe(id);
    const shown = await hook(h.page, (w) => w.shownNodes());
    expect(shown).toContain(id);
    expect(shown.length).toBeLessThan(total);
    await h.page.getByTestId('detail').waitFor();
    await shot('02-ego-detail');
    await h.page.getByTestId('ego-close').click();
    await h.page.keyboard.press('Escape');
  });

  it('filters by wijk', async () => {
    const value = await chooseFirstWijk(h.page);
    await h.page.waitForFunction((all) => (window as never as { __wijknetwerk: { shownNodes(): string[] } }).__wijknetwerk.shownNodes().length < all, total);
    const view = await hook(h.page, (w) => w.view());
    expect((view.filters as { gebied: string[] }).gebied).toEqual([value]);
    await shot('03-wijk');
  });

  it('gaps panel: lists the findings of the wijk and a finding highlights its nodes on the map', async () => {
    const gebied = ((await hook(h.page, (w) => w.view())).filters as { gebied: string[] }).gebied;
    const expected = (await (await h.context.request.get(`/api/analysis/gaps?gebied=${gebied.join(',')}`)).json()) as { findings: { id: string }[] };
    // The demo wijk has gaps to show.
    expect(expected.findings.length).toBeGreaterThan(0);
    await h.page.getByTestId('tab-gaps').click();
    const panel = h.page.getByTestId('gaps');
    await panel.waitFor({ timeout: 60_000 });
    // Nothing is marked yet: the work list opens on the open findings, all of them.
    await expect(panel.locator('.panel-toolbar').textContent()).resolves.toContain(expected.findings.length === 1 ? '1 open bevinding' : `${expected.findings.length} open bevindingen`);
    const shown = await panel.locator('[data-finding]').evaluateAll((items) => items.map((item) => item.getAttribute('data-finding')));
    expect(shown.sort()).toEqual(expected.findings.map((finding) => finding.id).sort());
    const finding = panel.locator('[data-finding]').first();
    const findingId = await finding.getAttribute('data-finding');
    await finding.click();
    const highlight = await hook(h.page, (w) => w.highlight());
    expect(highlight?.kind).toBe('finding');
    expect(highlight!.nodes.length + highlight!.ties.length).toBeGreaterThan(0);
    expect((await hook(h.page, (w) => w.view())).finding).toBe(findingId);
    await shot('04-gaps');
  });

  it('sleutelfiguren panel lists the explained scores of the wijk, best first', async () => {
    const gebied = ((await hook(h.page, (w) => w.view())).filters as { gebied: string[] }).gebied;
    const expected = (await (await h.context.request.get(`/api/analysis/sleutelfiguren?gebied=${gebied.join(',')}`)).json()) as { items: { id: string; name: string }[] };
    expect(expected.items.length).toBeGreaterThan(0);
    await h.page.getByTestId('tab-sleutelfiguren').click();
    const list = h.page.getByTestId('sleutelfiguren');
    await list.waitFor({ timeout: 60_000 });
    expect(await list.locator('.key-person').count()).toBe(expected.items.length);
    await expect(list.locator('.key-name').allTextContents()).resolves.toEqual(expected.items.map((item) => item.name));
    await expect(list.locator('.key-text').first().textContent()).resolves.toMatch(/\w+/);
    await shot('05-sleutelfiguren');
  });

  it('creates a tie that appears on the map, then undoes it', async () => {
    await clearWijken(h.page);
    const people = await hook(h.page, (w) => w.nodesOfKind('persoon', 40));
    const [from] = people[0]!;
    const target = people.find(([id]) => id !== from && !people.slice(0, 1).some(() => false))!;
    let to = target[0];
    let toName = target[1];
    for (const [id, name] of people.slice(1)) {
      if (!(await hook(h.page, new Function('w', `return w.hasEdge(${JSON.stringify(from)}, ${JSON.stringify(id)})`) as never))) {
        to = id;
        toName = name;
        break;
      }
    }
    await h.page.goto(`/?sel=${from}&panel=detail`);
    await waitReady(h.page);
    await h.page.getByTestId('add-tie').click();
    const form = h.page.getByTestId('tie-creator');
    await form.locator('#tie-type').selectOption('KENT');
    await form.locator('#tie-to').fill(toName);
    await form.getByRole('option').filter({ hasText: toName }).first().click();
    await form.locator('[data-field=strength] input').fill('4');
    await shot('06-tie-form');
    await form.getByRole('button', { name: 'Aanmaken' }).click();
    await h.page.waitForFunction(([a, b]) => (window as never as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(a!, b!), [from, to]);
    await h.page.getByTestId('undo').click();
    await h.page.waitForFunction(([a, b]) => !(window as never as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(a!, b!), [from, to]);
  });

  it('shows the API validation error next to the field', async () => {
    await h.page.getByTestId('edit-node').click();
    const editor = h.page.getByTestId('node-editor');
    await editor.locator('[data-field=name] input').fill('');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    const error = editor.locator('[data-field=name] .field-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/verplicht|naam/i);
    await shot('07-validation');
    await editor.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('round-trips the view through the URL', async () => {
    const [[org]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    await h.page.goto(`/?kind=persoon,organisatie&sel=${org}&ego=${org}&depth=2&panel=detail&size=degree`);
    await waitReady(h.page);
    // Move the camera so the URL carries it too.
    await h.page.mouse.move(700, 400);
    await h.page.mouse.wheel(0, -300);
    await h.page.waitForFunction(() => location.search.includes('cam='));
    const url = h.page.url();
    const before = await hook(h.page, (w) => w.view());
    await h.page.reload();
    await waitReady(h.page);
    const after = await hook(h.page, (w) => w.view());
    expect(after.filters).toEqual(before.filters);
    expect(after.selected).toBe(org);
    expect(after.ego).toEqual({ node: org, depth: 2 });
    expect(after.panel).toBe('detail');
    expect(after.camera).toEqual(before.camera);
    expect(h.page.url()).toBe(url);
  });

  it('exports PNG (high resolution) and GEXF', async () => {
    const [png] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const width = pngBytes.readUInt32BE(16);
    expect(width).toBeGreaterThanOrEqual(2 * 700);
    await png.saveAs(join(ARTIFACTS, 'export.png'));
    const [gexf] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-gexf').click()]);
    expect(gexf.suggestedFilename()).toMatch(/\.gexf$/);
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('viz:position');
  });

  it('keeps a layout after a reload', async () => {
    await h.page.goto('/?gebied=');
    await waitReady(h.page);
    const [[id]] = await hook(h.page, (w) => w.nodesOfKind('persoon', 1));
    const before = await hook(h.page, new Function('w', `return w.position(${JSON.stringify(id)})`) as never);
    await h.page.getByTestId('layout-start').click();
    await h.page.getByRole('progressbar').waitFor();
    await shot('08-layout-running');
    await h.page.getByTestId('layout-stop').click();
    await h.page.getByText('Posities opgeslagen').waitFor();
    const laidOut = await hook(h.page, new Function('w', `return w.position(${JSON.stringify(id)})`) as never) as [number, number] | null;
    expect(laidOut).not.toEqual(before);
    await h.page.reload();
    await waitReady(h.page);
    const restored = await hook(h.page, new Function('w', `return w.position(${JSON.stringify(id)})`) as never) as [number, number] | null;
    expect(restored![0]).toBeCloseTo(laidOut![0], 1);
    expect(restored![1]).toBeCloseTo(laidOut![1], 1);
  });

  it('works on a large screen: the map grows with the window and is drawn', async () => {
    const small = await mapPicture(h.page);
    await h.page.setViewportSize({ width: 1920, height: 1080 });
    await h.page.goto('/?panel=gaps');
    await waitReady(h.page);
    await h.page.getByTestId('gaps').waitFor({ timeout: 60_000 });
    const large = await mapPicture(h.page);
    expect(large.width).toBeGreaterThan(small.width);
    expect(large.height).toBeGreaterThan(small.height);
    // Nodes and ties cover a real part of the map, not a blank canvas.
    expect(large.inked / (large.width * large.height)).toBeGreaterThan(0.005);
    await h.page.setViewportSize({ width: 1280, height: 720 });
  });

  it('a sleutelfiguur clicked is shown on the map with the list kept, and one who is also overloaded says so', async () => {
    // A wijk of the demo where a sleutelfiguur is also overloaded.
    const query = 'gebied=geb_wk_schalkwijk_midden';
    await openApp(h.page, `/?mode=map&${query}&panel=sleutelfiguren`);
    const figures = (await (await h.context.request.get(`/api/analysis/sleutelfiguren?${query}`)).json()) as { items: { id: string; name: string }[] };
    const gaps = (await (await h.context.request.get(`/api/analysis/gaps?${query}`)).json()) as { findings: { id: string; analysis: string; nodes: string[] }[] };
    const overloaded = new Set(gaps.findings.filter((f) => f.analysis === 'overbelasting').flatMap((f) => f.nodes));
    const list = h.page.getByTestId('sleutelfiguren');
    await list.waitFor({ timeout: 60_000 });
    const second = figures.items[1]!;
    await list.locator('.key-person').nth(1).click();
    await h.page.waitForFunction((id) => (window as unknown as { __wijknetwerk: { view(): { selected?: string } } }).__wijknetwerk.view().selected === id, second.id);
    // The list stays, with the clicked one marked.
    await expect(list.locator('li.is-selected .key-name').textContent()).resolves.toBe(second.name);
    expect((await hook(h.page, (w) => w.view())).ego).toBeUndefined();
    const shownOverloaded = await list.locator('li').evaluateAll((items) => items.map((item) => !!item.querySelector('.key-overload')));
    expect(shownOverloaded).toEqual(figures.items.map((item) => overloaded.has(item.id)));
    const index = figures.items.findIndex((item) => overloaded.has(item.id));
    expect(index).toBeGreaterThanOrEqual(0);
    await list.locator('li').nth(index).locator('.key-overload').click();
    await h.page.getByTestId('gaps').waitFor({ timeout: 60_000 });
    const finding = (await hook(h.page, (w) => w.view())).finding;
    const opened = gaps.findings.find((f) => f.id === finding);
    expect(opened?.analysis).toBe('overbelasting');
    expect(opened?.nodes).toContain(figures.items[index]!.id);
    // And the finding refers back to the list.
    const back = h.page.locator(`[data-work="${finding}"] .key-figure-link`);
    await expect(back.textContent()).resolves.toBe(`${figures.items[index]!.name} is ook sleutelfiguur nr. ${index + 1}: zie Sleutelfiguren`);
    await back.click();
    await list.waitFor({ timeout: 60_000 });
    await expect(list.locator('li.is-selected .key-name').textContent()).resolves.toBe(figures.items[index]!.name);
  });
});

/** The map's size and how many of its pixels sigma drew on (edges and nodes), read back right after a render. */
async function mapPicture(page: Harness['page']): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(() => {
    type Sigma = { refresh(): void; getDimensions(): { width: number; height: number }; getCanvases(): Record<string, HTMLCanvasElement> };
    const sigma = (window as unknown as { __wijknetwerk: { sigma(): Sigma } }).__wijknetwerk.sigma();
    // A WebGL canvas keeps its picture only until the frame is shown: render and read it in one go.
    sigma.refresh();
    const { width, height } = sigma.getDimensions();
    const canvases = sigma.getCanvases();
    const probe = document.createElement('canvas');
    probe.width = width;
    probe.height = height;
    const context = probe.getContext('2d')!;
    for (const layer of ['edges', 'nodes']) if (canvases[layer]) context.drawImage(canvases[layer]!, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height).data;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
    return { width, height, inked };
  });
}
