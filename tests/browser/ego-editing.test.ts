/**
 * The ego view and editing on the map, in Chromium against the real server
 * (demo network): the person in the centre with every neighbour labelled,
 * their sleutelfiguur reason and the what-if in the same view, and the map
 * as it was after leaving; the tie form (Enter picks the suggestion, a name
 * that matches no node gets a Dutch sentence, the grondslag is saved and
 * shown, provenance in words); Ctrl+Z and Ctrl+Shift+Z; edit controls only
 * where the role may edit.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateLong } from '../../client/i18n/format.ts';
import { TEST_PASSWORD } from '../helpers/test-app.ts';
import { ARTIFACTS, chromiumAvailable, hook, openApp, startHarness, type Harness, type Hook } from './harness.ts';

type Method = { [K in keyof Hook]: Hook[K] extends (...args: never[]) => unknown ? K : never }[keyof Hook];
/** Calls a method of the test hook with arguments. */
function call<M extends Method>(page: Page, method: M, ...args: Parameters<Hook[M]>): Promise<ReturnType<Hook[M]>> {
  return page.evaluate(([name, list]) => (window as never as Record<string, Record<string, (...a: unknown[]) => unknown>>).__wijknetwerk[name as string]!(...(list as unknown[])), [method, args] as const) as Promise<ReturnType<Hook[M]>>;
}

const settle = (page: Page) => page.waitForTimeout(900);
const WIJK = 'geb_wk_parkwijk';

describe.runIf(chromiumAvailable())('ego view and editing on the map', () => {
  let h: Harness;
  /** Anna, a gebiedsverbinder in Parkwijk with a display name. */
  let anna: Page;
  let annaContext: BrowserContext;
  /** The tie Anna made in the tie form. */
  let made: { from: string; to: string } | undefined;

  async function sessionAs(username: string, role: string, options: { gebieden?: string[]; displayName?: string } = {}): Promise<BrowserContext> {
    await h.server.services.users.create({ username, password: TEST_PASSWORD, role, gebieden: options.gebieden ?? [], ...(options.displayName ? { displayName: options.displayName } : {}) });
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: h.url, locale: 'nl-NL' });
    const login = await context.request.post('/api/auth/login', { data: { username, password: TEST_PASSWORD } });
    expect(login.ok()).toBe(true);
    return context;
  }

  beforeAll(async () => {
    h = await startHarness();
    annaContext = await sessionAs('anna', 'gebiedsverbinder', { gebieden: [WIJK], displayName: 'Anna de Vries' });
    anna = await annaContext.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the ego view: the person in the centre, every neighbour labelled, reason and what-if alongside; leaving restores the map', async () => {
    const { items } = (await (await h.context.request.get('/api/analysis/sleutelfiguren?limit=1')).json()) as { items: { id: string; name: string; explanation: string }[] };
    const person = items[0]!;
    await openApp(h.page, '/?panel=detail');
    await settle(h.page);
    const [[probe]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    const cameraBefore = await hook(h.page, (w) => w.camera());
    const probeBefore = await call(h.page, 'viewport', probe!);

    const search = h.page.getByTestId('search');
    await search.fill(person.name);
    await h.page.getByRole('option', { name: new RegExp(person.name) }).first().hover();
    await search.press('Enter');
    await h.page.getByTestId('ego-bar').waitFor();
    await settle(h.page);

    const shown = await hook(h.page, (w) => w.shownNodes());
    const neighbours = await h.page.evaluate((id) => {
      const sigma = (window as never as { __wijknetwerk: { sigma(): { getGraph(): { neighbors(id: string): string[] } } } }).__wijknetwerk.sigma();
      return sigma.getGraph().neighbors(id);
    }, person.id);
    expect(neighbours.length).toBeGreaterThan(5);
    const labelled = new Set(await call(h.page, 'labelled'));
    expect(neighbours.filter((id) => !labelled.has(id))).toEqual([]);
    expect(labelled.has(person.id)).toBe(true);
    expect(await call(h.page, 'onScreen', shown)).toBe(shown.length);

    // Everything is drawn clear of what floats over the map, and the person in the middle of it.
    expect(await call(h.page, 'inFreeArea', shown)).toBe(shown.length);
    const map = (await h.page.getByTestId('map').boundingBox())!;
    const places = await Promise.all(shown.map((id) => call(h.page, 'viewport', id)));
    const xs = places.map((place) => place!.x);
    const ys = places.map((place) => place!.y);
    const centre = (await call(h.page, 'viewport', person.id))!;
    expect(Math.abs(centre.x - (Math.min(...xs) + Math.max(...xs)) / 2)).toBeLessThan(map.width * 0.03);
    expect(Math.abs(centre.y - (Math.min(...ys) + Math.max(...ys)) / 2)).toBeLessThan(map.height * 0.03);
    expect(Math.abs(centre.x - map.width / 2)).toBeLessThan(map.width * 0.2);
    expect(Math.abs(centre.y - map.height / 2)).toBeLessThan(map.height * 0.2);
    await h.page.screenshot({ path: join(ARTIFACTS, 'ego-view.png') });

    const reason = h.page.getByTestId('ego-reason');
    await h.page.waitForFunction(() => document.querySelector('[data-testid=ego-reason]')?.getAttribute('data-state') === 'ready', null, { timeout: 60_000 });
    await expect(reason.textContent()).resolves.toBe(`Nr. 1 op de lijst van sleutelfiguren: ${person.explanation}`);
    await h.page.getByTestId('ego-what-if').click();
    await h.page.waitForFunction(() => (window as never as { __wijknetwerk: { highlight(): { kind: string } | null } }).__wijknetwerk.highlight()?.kind === 'whatif', null, { timeout: 60_000 });
    await h.page.getByTestId('what-if-result').waitFor();
    expect((await hook(h.page, (w) => w.view())).selected).toBe(person.id);

    await h.page.getByTestId('ego-close').click();
    await settle(h.page);
    expect(await hook(h.page, (w) => w.camera())).toEqual(cameraBefore);
    const probeAfter = (await call(h.page, 'viewport', probe!))!;
    expect(probeAfter.x).toBeCloseTo(probeBefore!.x, 0);
    expect(probeAfter.y).toBeCloseTo(probeBefore!.y, 0);
  });

  /** Two persons of Parkwijk that do not know each other yet. */
  async function strangers(): Promise<[{ id: string; name: string }, { id: string; name: string }]> {
    const part = (await (await annaContext.request.get(`/api/graph?gebied=${WIJK}`)).json()) as { nodes: { key: string; attributes: { kind: string; name: string } }[]; edges: { source: string; target: string }[] };
    const persons = part.nodes.filter((node) => node.attributes.kind === 'persoon').map((node) => ({ id: node.key, name: node.attributes.name }));
    const knows = new Set(part.edges.flatMap((edge) => [`${edge.source}|${edge.target}`, `${edge.target}|${edge.source}`]));
    // Names that no other node starts with, so that the first suggestion is the one meant.
    const unique = persons.filter((one) => persons.filter((other) => other.name.startsWith(one.name.slice(0, 8))).length === 1);
    for (const a of unique) for (const b of unique) if (a.id !== b.id && !knows.has(`${a.id}|${b.id}`)) return [a, b];
    throw new Error('no two strangers in the wijk');
  }

  it('tie form: Enter picks the suggestion, an unknown name gets a sentence, the grondslag and who recorded it are shown in words', async () => {
    const [from, to] = await strangers();
    await openApp(anna, `/?sel=${from.id}&panel=detail`);
    await anna.getByTestId('add-tie').click();
    const form = anna.getByTestId('tie-creator');
    await form.locator('#tie-type').selectOption('KENT');
    const target = form.locator('#tie-to');

    await target.fill('Xyzzy Niemand');
    await target.press('Enter');
    const error = form.locator('[data-field=to] .field-error');
    await expect(error.textContent()).resolves.toBe('Er is geen knoop die ‘Xyzzy Niemand’ heet. Kies de andere knoop uit de lijst.');
    expect(await form.textContent()).not.toMatch(/bestaat niet|knoop '/);

    await target.fill(to.name.slice(0, 8));
    await form.getByRole('listbox').getByRole('option').first().waitFor();
    await target.press('Enter');
    await expect(target.inputValue()).resolves.toBe(to.name);
    // Enter picked; it did not send the form.
    expect(await form.isVisible()).toBe(true);
    expect(await call(anna, 'hasEdge', from.id, to.id)).toBe(false);

    await form.locator('[data-field=consentBasis] select').selectOption('toestemming');
    await form.getByRole('button', { name: 'Aanmaken' }).click();
    await anna.waitForFunction(([a, b]) => (window as never as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(a!, b!), [from.id, to.id]);
    const tie = anna.locator('.tie').filter({ has: anna.getByRole('button', { name: to.name }) });
    await tie.locator('.tie-provenance').filter({ hasText: 'Vastgelegd door' }).waitFor();
    const provenance = await tie.locator('.tie-provenance').textContent();
    expect(provenance).toContain('Grondslag: toestemming');
    expect(provenance).toContain(`Vastgelegd door Anna de Vries (gebiedsverbinder) op ${formatDateLong(new Date().toISOString())}`);
    // No id and no account name anywhere in the ties' provenance, also for the ties the demo recorded.
    const panel = (await anna.getByTestId('ties').textContent())!;
    expect(panel).not.toMatch(/per_\d|\banna\b/);
    expect(panel).toContain('Vastgelegd door');
    const saved = (await (await annaContext.request.get(`/api/nodes/${from.id}`)).json()) as { ties: { to: string; from: string; consentBasis?: string }[] };
    expect(saved.ties.find((one) => one.to === to.id || one.from === to.id)?.consentBasis).toBe('toestemming');
    made = { from: from.id, to: to.id };
  });

  it('Ctrl+Z undoes the last change and Ctrl+Shift+Z redoes it, but not while typing in a field', async () => {
    const { from, to } = made!;
    const tied = () => call(anna, 'hasEdge', from, to);
    const waitTied = (yes: boolean) =>
      anna.waitForFunction(([a, b, want]) => (window as never as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(a as string, b as string) === want, [from, to, yes] as const);
    const before = await call(anna, 'history');
    expect(before.undo).toBeGreaterThan(0);
    expect(await tied()).toBe(true);

    await anna.getByTestId('search').focus();
    await anna.keyboard.press('Control+z');
    await settle(anna);
    expect(await tied()).toBe(true);
    expect(await call(anna, 'history')).toEqual(before);

    await anna.locator('#map').focus();
    await anna.keyboard.press('Control+z');
    await waitTied(false);
    await anna.waitForFunction(() => (window as never as { __wijknetwerk: { history(): { redo: number } } }).__wijknetwerk.history().redo === 1);
    await anna.keyboard.press('Control+Shift+Z');
    await waitTied(true);
    await anna.waitForFunction(() => (window as never as { __wijknetwerk: { history(): { redo: number } } }).__wijknetwerk.history().redo === 0);
    expect(await call(anna, 'history')).toEqual(before);
    // Redone as it was made, with its grondslag.
    const again = (await (await annaContext.request.get(`/api/nodes/${from}`)).json()) as { ties: { type: string; from: string; to: string; consentBasis?: string }[] };
    expect(again.ties.find((tie) => tie.type === 'KENT' && (tie.to === to || tie.from === to))?.consentBasis).toBe('toestemming');
  });

  it('shows edit controls where the role may edit: the analist none, Anna only in her own wijk', async () => {
    const analistContext = await sessionAs('ali', 'analist');
    const analist = await analistContext.newPage();
    const [[org]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    const controls = ['edit-node', 'add-tie', 'delete-node', 'delete-tie', 'new-node', 'undo', 'redo', 'layout-start', 'layout-group'];
    const present = async (page: Page) => {
      const found: string[] = [];
      for (const id of controls) if (await page.getByTestId(id).count()) found.push(id);
      return found;
    };
    const detailOf = async (page: Page, id: string) => {
      await openApp(page, `/?sel=${id}&panel=detail`);
      await page.getByTestId('what-if').waitFor();
      await page.waitForFunction(() => (window as never as { __wijknetwerk: { rights(): unknown } }).__wijknetwerk.rights() !== null);
    };

    await detailOf(analist, org!);
    expect(await present(analist)).toEqual([]);

    const [inside] = await strangers();
    await detailOf(anna, inside.id);
    expect(await present(anna)).toEqual(controls);

    // A person outside Parkwijk: Anna may look, not change.
    const outside = (await (await annaContext.request.get('/api/graph?gebied=geb_wk_oude_stad&kind=persoon')).json()) as { nodes: { key: string }[] };
    await detailOf(anna, outside.nodes[0]!.key);
    expect(await present(anna)).toEqual(['new-node', 'undo', 'redo', 'layout-start', 'layout-group']);
  });
});
