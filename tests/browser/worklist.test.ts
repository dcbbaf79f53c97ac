/**
 * The work list in the gaps panel, in Chromium, as a gebiedsverbinder of two
 * wijken: a finding marked afgehandeld keeps its place while the user
 * works (and the panel its scroll position), and stays afgehandeld after a
 * reload and a new analysis; "stel voor" from the kans to introduce two
 * initiatives records the introduction (also as the API answers it), which
 * becomes a tie; niet van toepassing asks for a reason; a finding is
 * assigned to a colleague and to oneself ("aan mij"); band toevoegen opens
 * the tie form with the other end filled in; contact vastleggen
 * records a contact moment; a refusal reads as a Dutch sentence; the analist reads the marks in words and has no
 * actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { WorkList } from '../../server/model/wire/findings.ts';
import { readDemoHoles } from '../../server/services/demo/load-demo.ts';
import { SYSTEM_ACTOR } from '../../server/services/write/types.ts';
import { loginInBrowser } from '../helpers/browser.ts';
import { join } from 'node:path';
import { ARTIFACTS, chromiumAvailable, startHarness, waitReady, type Harness } from './harness.ts';

const holes = readDemoHoles();
/** Two wijken: the Indische wijk with the planted kans to introduce two initiatives, and one with stale ties to work on. */
const WIJKEN = ['geb_wk_indische_wijk', 'geb_wk_vijfhoek_raaks_doelen'];
const INTRO = `kansen:introductie:${[...holes.introduction.initiatives].sort().join(':')}`;
const card = (page: Page, id: string) => page.locator(`[data-work="${id}"]`);
const ME = { username: 'gv-werklijst', name: 'Fatima de Vries' };
const COLLEAGUE = { username: 'ob-werklijst', name: 'Karim Bakker' };
/** A day written out, as the work list says when something was done: 7 december 2026. */
const DAY = '\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}';

/** The work list as the API answers it to the page's account. */
const workList = (page: Page) => page.evaluate(async (gebied) => (await (await fetch(`/api/findings?gebied=${gebied.join(',')}`)).json()) as WorkList, WIJKEN);

/** Waits until the work list is not being computed anew (after a change to the network). */
const settled = (page: Page) => page.locator('.analysis-result:not([aria-busy])').waitFor({ timeout: 120_000 });

async function openWorkList(page: Page): Promise<void> {
  await waitReady(page);
  // The tab toggles: click it only when the panel is not already the one shown (it may still be computing).
  const tab = page.getByTestId('tab-gaps');
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
  await page.getByTestId('gaps').waitFor({ timeout: 120_000 });
}

describe.runIf(chromiumAvailable())('the work list on the map', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness({ width: 1280, height: 720 });
    page = await (await h.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' })).newPage();
    await h.server.services.users.create({ username: COLLEAGUE.username, password: 'collega-wachtwoord-1', role: 'opbouwwerker', gebieden: [WIJKEN[0]!], displayName: COLLEAGUE.name });
    await loginInBrowser(page, h.url, { username: ME.username, role: 'gebiedsverbinder', gebieden: WIJKEN }, h.server);
    await h.server.services.users.update(ME.username, { displayName: ME.name });
    await openWorkList(page);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('marks a finding afgehandeld in place, keeps the scroll position, and it stays afgehandeld after a reload and a new analysis', async () => {
    const body = page.locator('.right-body');
    const items = page.locator('[data-work]');
    expect(await items.count()).toBeGreaterThan(4);
    const summary = page.getByTestId('work-summary');
    const openBefore = Number((await summary.textContent())!.match(/\d+/)![0]);
    expect(await summary.textContent()).toMatch(/^\d+ open bevindingen?/);
    // Somewhere down the list, scrolled so that the list has moved.
    // One this account may act on (a finding about a team of another wijk is read only here).
    const ids = await page.locator('[data-work]:has([data-action="afgehandeld"])').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-work')!));
    const id = ids.filter((item) => item !== INTRO).at(-2)!;
    const target = card(page, id);
    await target.scrollIntoViewIfNeeded();
    await body.evaluate((element) => (element.scrollTop = Math.max(0, element.scrollTop - 120)));
    const scrollBefore = await body.evaluate((element) => element.scrollTop);
    expect(scrollBefore).toBeGreaterThan(0);
    const topBefore = (await target.boundingBox())!.y;

    await target.locator('[data-action="afgehandeld"]').click();
    await expect.poll(() => target.getAttribute('data-status')).toBe('afgehandeld');
    await expect.poll(() => target.getByTestId('work-mark').textContent()).toMatch(new RegExp(`^Afgehandeld door ${ME.name}, ${DAY}$`));
    expect(await body.evaluate((element) => element.scrollTop)).toBe(scrollBefore);
    expect((await target.boundingBox())!.y).toBe(topBefore);
    expect(await summary.textContent()).toMatch(new RegExp(`^${openBefore - 1} open bevinding`));
    expect(await page.locator('[data-filter="afgehandeld"] .count').textContent()).toBe('1');

    // A write elsewhere: the network's version moves on, so the analysis runs anew.
    const version = h.server.services.cache.version;
    const computed = () => h.server.services.analysis.computed.inline + h.server.services.analysis.computed.worker;
    const computedBefore = computed();
    const [a, b] = holes.healthy.sleutelfiguren;
    await h.server.services.write.apply({ actor: SYSTEM_ACTOR, source: 'api', changes: [{ op: 'createTie', tie: { type: 'KENT', from: a, to: b === a ? holes.healthy.opbouwwerkers[0] : b, strength: 2 } }] });
    expect(h.server.services.cache.version).toBeGreaterThan(version);

    await page.reload();
    await openWorkList(page);
    await expect.poll(() => card(page, id).count()).toBe(0);
    await page.locator('[data-filter="afgehandeld"]').click();
    await expect.poll(() => card(page, id).getAttribute('data-status')).toBe('afgehandeld');
    expect(computed()).toBeGreaterThan(computedBefore);
    expect(await card(page, id).getByTestId('work-mark').textContent()).toMatch(new RegExp(`^Afgehandeld door ${ME.name}, ${DAY}$`));
    expect(await page.getByTestId('work-summary').textContent()).toBe('1 afgehandelde bevinding');
    await page.locator('[data-filter="open"]').click();
  }, 240_000);

  it('"stel voor" on the kans to introduce two initiatives records the introduction, which becomes a tie', async () => {
    const intro = card(page, INTRO);
    await intro.scrollIntoViewIfNeeded();
    await intro.locator('[data-action="propose"]').click();
    const form = intro.getByTestId('propose-form');
    const from = (await form.locator('select[name="from"]').inputValue())!;
    const to = (await form.locator('select[name="to"]').inputValue())!;
    expect(from).toMatch(/^per_/);
    expect(to).toMatch(/^per_/);
    await form.getByRole('button', { name: 'Voorstel vastleggen' }).click();
    const line = intro.locator('.introduction');
    await expect.poll(() => line.getAttribute('data-status')).toBe('voorgesteld');
    expect(await line.textContent()).toMatch(new RegExp(`: voorgesteld \\(${ME.name}, ${DAY}\\)`));
    const recorded = (await workList(page)).findings.find((item) => item.id === INTRO)!.introductions;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ from: { id: from }, to: { id: to }, status: 'voorgesteld', proposed: { by: ME.username, byName: ME.name } });

    await line.locator('[data-action="gedaan"]').click();
    await expect.poll(() => line.getAttribute('data-status')).toBe('gedaan');
    await line.locator('[data-action="introduction-tie"]').click();
    const tieForm = line.getByTestId('tie-creator');
    expect(await tieForm.locator('#tie-type').inputValue()).toBe('KENT');
    expect(await tieForm.locator('#tie-to').getAttribute('readonly')).not.toBeNull();
    await tieForm.locator('[data-field="strength"] input').fill('3');
    await tieForm.getByRole('button', { name: 'Aanmaken' }).click();
    await expect.poll(() => line.textContent(), { timeout: 60_000 }).toContain('Is een band geworden');
    const tie = h.server.services.cache.snapshot().ties.find((item) => item.type === 'KENT' && item.from === from && item.to === to);
    expect(tie).toMatchObject({ strength: 3, recordedBy: 'gv-werklijst' });
    const onMap = () => page.evaluate(([x, y]) => (window as never as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(x!, y!), [from, to]);
    await expect.poll(onMap, { timeout: 60_000 }).toBe(true);
    await intro.scrollIntoViewIfNeeded();
    await page.locator('aside.right-panel').screenshot({ path: join(ARTIFACTS, 'screens', 'werklijst.png') });
  }, 240_000);

  it('niet van toepassing asks for a reason in own words when "anders" is chosen, and keeps it', async () => {
    await settled(page);
    const id = (await page.locator('[data-work][data-status="open"]:has([data-action="niet-van-toepassing"])').first().getAttribute('data-work'))!;
    const target = card(page, id);
    await target.locator('[data-action="niet-van-toepassing"]').click();
    const form = target.getByTestId('reason-form');
    await form.getByLabel('Anders, namelijk').check();
    await form.getByRole('button', { name: 'Niet van toepassing' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toBe('Reden is verplicht bij niet van toepassing: zeg waarom.');
    expect(await card(page, id).getAttribute('data-status')).toBe('open');
    await form.locator('input[name="reason"]').fill('Past bij hoe het hier gaat');
    await form.getByRole('button', { name: 'Niet van toepassing' }).click();
    await expect.poll(() => card(page, id).getAttribute('data-status')).toBe('niet-van-toepassing');
    expect(await card(page, id).getByTestId('work-mark').textContent()).toContain('Reden: Past bij hoe het hier gaat');
  }, 120_000);

  it('records a contact moment on a stale tie of a verouderde-banden finding, which moves its last contact to the day', async () => {
    await settled(page);
    const id = (await page.locator('[data-work][data-status="open"]:has([data-action="contact"])').first().getAttribute('data-work'))!;
    expect(id).toMatch(/^verouderde-banden:/);
    const target = card(page, id);
    await target.locator('[data-action="contact"]').click();
    const form = target.getByTestId('contact-form');
    const tieId = await form.locator('select').first().inputValue();
    await form.locator('[data-field="kind"] select').selectOption('huisbezoek');
    await form.getByRole('button', { name: 'Vastleggen' }).click();
    await expect.poll(() => h.server.services.records.list<{ tieId: string; kind: string }>('contacts').map((record) => record.data).find((contact) => contact.tieId === tieId)?.kind, { timeout: 60_000 }).toBe('huisbezoek');
    expect(h.server.services.cache.snapshot().ties.find((tie) => tie.id === tieId)?.lastContact).toBe(new Date().toISOString().slice(0, 10));
  }, 120_000);

  it('assigns a finding to a colleague of its wijk, and to oneself, shown under "aan mij"', async () => {
    await settled(page);
    const intro = card(page, INTRO);
    await intro.scrollIntoViewIfNeeded();
    await intro.locator('[data-action="assign"]').click();
    const form = intro.getByTestId('assign-form');
    await form.locator('select').selectOption(COLLEAGUE.username);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => intro.getByTestId('work-assignee').textContent()).toMatch(new RegExp(`^Toegewezen aan ${COLLEAGUE.name} door ${ME.name}, ${DAY}$`));
    expect((await workList(page)).findings.find((item) => item.id === INTRO)!.work.assignee).toMatchObject({ username: COLLEAGUE.username, by: ME.username });
    expect(await page.locator('[data-filter="mij"] .count').textContent()).toBe('0');

    await intro.locator('[data-action="assign"]').click();
    await intro.getByTestId('assign-form').locator('select').selectOption(ME.username);
    await intro.getByTestId('assign-form').getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => intro.getByTestId('work-assignee').textContent()).toContain(`Toegewezen aan ${ME.name}`);
    expect(await page.locator('[data-filter="mij"] .count').textContent()).toBe('1');
    await page.locator('[data-filter="mij"]').click();
    expect(await page.locator('[data-work]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-work')))).toEqual([INTRO]);
    expect(await page.getByTestId('work-summary').textContent()).toBe('1 bevinding aan u toegewezen');
    await page.locator('[data-filter="open"]').click();
  }, 120_000);

  it('"band toevoegen" opens the map\'s tie form from the finding\'s node, with the other end filled in', async () => {
    await settled(page);
    const [introduction] = (await workList(page)).findings.find((item) => item.id === INTRO)!.introductions;
    const intro = card(page, INTRO);
    await intro.scrollIntoViewIfNeeded();
    await intro.locator('[data-action="tie"]').click();
    const form = intro.getByTestId('work-tie-form');
    expect(await form.locator('#tie-to').inputValue()).toBe(introduction!.to.name);
    expect(await form.locator('#tie-to').getAttribute('readonly')).toBeNull();
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => form.count()).toBe(0);
  }, 120_000);

  it('says in a Dutch sentence beside the buttons when the server refuses: a finding that is no longer there', async () => {
    await settled(page);
    // A finding about one person (its id names them): without the person it is not found again.
    const id = (await page.locator('[data-work*=":per_"][data-status="open"]:has([data-action="afgehandeld"])').first().getAttribute('data-work'))!;
    const person = id.split(':').find((part) => part.startsWith('per_'))!;
    // Someone else removes the person; this page does not know yet.
    await h.server.services.write.apply({ actor: SYSTEM_ACTOR, source: 'api', changes: [{ op: 'deleteNode', id: person }] });
    const target = card(page, id);
    await target.scrollIntoViewIfNeeded();
    await target.locator('[data-action="afgehandeld"]').click();
    await expect.poll(() => target.getByRole('alert').textContent()).toBe('Dit bestaat niet meer. Laad de kaart opnieuw.');
    expect(await target.getAttribute('data-status')).toBe('open');
  }, 120_000);

  it('shows the analist the marks in words, and no action on any finding', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
    const reader = await context.newPage();
    try {
      await loginInBrowser(reader, h.url, { username: 'analist-werklijst', role: 'analist' }, h.server);
      // The same two wijken as the gebiedsverbinder's map.
      await reader.goto(page.url());
      await openWorkList(reader);
      await reader.locator('[data-filter="alle"]').click();
      expect(await reader.locator('[data-work]').count()).toBeGreaterThan(4);
      expect(await reader.locator('[data-work] [data-action]').count()).toBe(0);
      await reader.locator('[data-filter="afgehandeld"]').click();
      await expect.poll(() => reader.locator('[data-work]').count()).toBeGreaterThan(0);
      expect(await reader.getByTestId('work-mark').first().textContent()).toMatch(new RegExp(`^Afgehandeld door ${ME.name}, ${DAY}$`));
      expect(await reader.locator('[data-work] [data-action]').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 180_000);
});
