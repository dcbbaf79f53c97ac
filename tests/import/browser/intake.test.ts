/**
 * The sneeuwbal interview in a real browser against the real app (demo
 * network): two interviews, the second with someone from the first one's list
 * "nog te spreken"; then the persons and ties through the API (provenance,
 * consent: only where it was ticked), the updated list, and the new ties on
 * the map.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodesInGebieden } from '../../../server/analysis/scope.ts';
import { browserAvailable, launchChromium, loginInBrowser, startTestServer, type TestServer } from '../../helpers/browser.ts';

const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts', 'invoer');
const WIJK = 'geb_wk_rozenprieel';
const NEW_PERSON = 'Lotte Brinkhorst';
const NEW_CONTACT = 'Sem Oosterveld';
const TO_TALK = 'Yara Kuipers';
const SECOND_NEW = 'Ilse Wagenmaker';
const LATER = 'Teun Hazelaar';

interface Tie { id: string; type: string; from: string; to: string; source?: string; recordedBy?: string; consentBasis?: string; strength?: number; lastContact?: string }
interface NodeWithTies { id: string; name: string; consentBasis?: string; consentDate?: string; ties: Tie[] }

describe.runIf(browserAvailable('invoer: sneeuwbalgesprek'))('sneeuwbal interview in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let known: { id: string; name: string; typed: string };
  let initiative: { id: string; name: string };
  const theme = 'thm_eenzaamheid';
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const json = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
  const personByName = async (name: string) => {
    const found = await json<{ items: { id: string; name: string }[] }>(`/api/nodes?kind=persoon&q=${encodeURIComponent(name)}`);
    const exact = found.items.filter((item) => item.name === name);
    expect(exact, name).toHaveLength(1);
    return json<NodeWithTies>(`/api/nodes/${exact[0]!.id}`);
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'nl-NL', baseURL: server.url })).newPage();
    await loginInBrowser(page, server.url);

    // A demo resident of the wijk whose slightly misspelt name the fuzzy match proposes first.
    const data = await server.services.network.cache.data();
    const members = nodesInGebieden(data, [WIJK]);
    for (const node of data.nodes) {
      if (node.kind !== 'persoon' || !members.has(node.id) || node.name.length < 10) continue;
      const typed = node.name.slice(0, -1);
      const suggestions = await json<{ id: string }[]>(`/api/intake/suggest?name=${encodeURIComponent(typed)}&gebied=${WIJK}`);
      if (suggestions[0]?.id === node.id) {
        known = { id: node.id, name: node.name, typed };
        break;
      }
    }
    expect(known).toBeDefined();
    const inWijk = data.ties.filter((tie) => tie.type === 'WERKT_IN' && members.has(tie.to) && tie.from.startsWith('ini_')).map((tie) => tie.from);
    const found = data.nodes.find((node) => node.kind === 'initiatief' && inWijk.includes(node.id)) ?? data.nodes.find((node) => node.kind === 'initiatief')!;
    initiative = { id: found.id, name: found.name };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('first interview: a new resident, whom she knows, works with and whom we should talk to', async () => {
    await page.goto('/invoer.html');
    await page.getByRole('heading', { name: 'Sneeuwbalgesprek' }).waitFor();
    await expect(page.getByText('Niemand op de lijst.').isVisible()).resolves.toBe(true);
    await shot('intake-01-leeg');

    await field('Gebied').selectOption(WIJK);
    const name = field('Naam geïnterviewde');
    await name.fill(NEW_PERSON);
    // Consent is never assumed: the box starts unticked and says what that means.
    const consent = field('Toestemming gegeven om gegevens vast te leggen');
    await expect(consent.isChecked()).resolves.toBe(false);
    await page.getByTestId('no-consent').waitFor();
    await consent.check();
    await expect(page.getByTestId('no-consent').count()).resolves.toBe(0);
    await shot('intake-02-stap1');
    // Enter goes to the next step, and the cursor to its first field.
    await name.press('Enter');
    await page.getByRole('group', { name: 'Wie kent u?' }).waitFor();
    await expect(field('Kent 1').evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    await field('Kent 1').fill(known.typed);
    const proposal = page.getByRole('button', { name: `Bedoelt u ${known.name}?` });
    await proposal.waitFor();
    await shot('intake-03-voorstel');
    await proposal.click();
    await expect(field('Kent 1').inputValue()).resolves.toBe(known.name);
    await page.getByTestId('existing-person').waitFor();
    await field('Sterkte 1').selectOption('4');
    await field('Laatste contact 1').fill('2026-10-01');
    await page.getByRole('button', { name: '+ Nog iemand' }).click();
    await field('Kent 2').fill(NEW_CONTACT);
    await field('Sterkte 2').selectOption('2');
    await shot('intake-04-kent');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('group', { name: 'Met wie werkt u samen, en op welk thema?' }).waitFor();
    await field('Samenwerking 1').selectOption(initiative.id);
    await field('Relatie 1').selectOption('TREKKER_VAN');
    await field('Thema 1').selectOption(theme);
    await shot('intake-05-samenwerking');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('group', { name: 'Met wie moeten we nog praten?' }).waitFor();
    await field('Nog te spreken 1').fill(TO_TALK);
    await expect(field('Toestemming nog te spreken 1').isChecked()).resolves.toBe(false);
    // No free-text note about a person: the server keeps none.
    await expect(page.getByLabel('Toelichting 1').count()).resolves.toBe(0);
    await expect(page.getByTestId('interview-summary').textContent()).resolves.toMatch(/2 bekenden, 1 samenwerking, 1 persoon nog te spreken/);
    await shot('intake-06-nog-te-spreken');
    await page.getByRole('button', { name: 'Gesprek opslaan' }).click();

    const status = page.getByRole('status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(`Gesprek met ${NEW_PERSON} opgeslagen: 3 nieuwe personen`);
    const todo = page.getByTestId('todo');
    await todo.getByText(TO_TALK).waitFor();
    await expect(field('Naam geïnterviewde').inputValue()).resolves.toBe('');
    await shot('intake-07-opgeslagen');
  });

  it('second interview: someone from the list, started from the list', async () => {
    await page.getByTestId('todo').locator('li', { hasText: TO_TALK }).getByRole('button', { name: 'Gesprek starten' }).click();
    await expect(field('Naam geïnterviewde').inputValue()).resolves.toBe(TO_TALK);
    await page.getByTestId('existing-person').waitFor();
    const consent = field('Toestemming gegeven in dit gesprek');
    await expect(consent.isChecked()).resolves.toBe(false);
    await consent.check();
    await shot('intake-08-tweede-gesprek');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await field('Kent 1').fill(NEW_PERSON.replace('Brinkhorst', 'Brinkhors'));
    await page.getByRole('button', { name: `Bedoelt u ${NEW_PERSON}?` }).click();
    await field('Sterkte 1').selectOption('5');
    await page.getByRole('button', { name: '+ Nog iemand' }).click();
    await field('Kent 2').fill(SECOND_NEW);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Volgende' }).click(); // no collaboration
    await field('Nog te spreken 1').fill(LATER);
    await page.getByRole('button', { name: 'Gesprek opslaan' }).click();

    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(`Gesprek met ${TO_TALK} opgeslagen: 2 nieuwe personen`);
    await expect(status.textContent()).resolves.toContain('afgevinkt');
    const todo = page.getByTestId('todo');
    await todo.getByText(LATER).waitFor();
    await expect(todo.textContent()).resolves.not.toContain(TO_TALK);
    await shot('intake-09-tweede-opgeslagen');
  });

  it('stores persons and ties with provenance and consent, and the list nog te spreken', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const lotte = await personByName(NEW_PERSON);
    expect(lotte).toMatchObject({ consentBasis: 'toestemming', consentDate: today });
    const tieTo = (node: NodeWithTies, type: string, other: string) => node.ties.find((tie) => tie.type === type && (tie.from === other || tie.to === other));
    const provenance = { source: 'sneeuwbal', recordedBy: 'beheerder' };
    expect(tieTo(lotte, 'KENT', known.id)).toMatchObject({ ...provenance, strength: 4, lastContact: '2026-10-01', consentBasis: 'gerechtvaardigd_belang' });
    expect(tieTo(lotte, 'TREKKER_VAN', initiative.id)).toMatchObject(provenance);
    expect(tieTo(lotte, 'WOONT_IN', WIJK)).toMatchObject(provenance);
    const sem = await personByName(NEW_CONTACT);
    expect(tieTo(lotte, 'KENT', sem.id)).toMatchObject({ ...provenance, strength: 2 });
    // Mentioned, not asked: no legal basis until they give it themselves.
    expect(sem.consentBasis).toBe('geen');
    const initiativeNode = await json<NodeWithTies>(`/api/nodes/${initiative.id}`);
    expect(tieTo(initiativeNode, 'RICHT_ZICH_OP', theme)).toBeDefined();

    // Yara was only mentioned first; in her own interview she gave consent.
    const yara = await personByName(TO_TALK);
    expect(yara).toMatchObject({ consentBasis: 'toestemming', consentDate: today });
    expect(tieTo(yara, 'KENT', lotte.id)).toMatchObject({ ...provenance, strength: 5 });
    const ilse = await personByName(SECOND_NEW);
    expect(tieTo(yara, 'KENT', ilse.id)).toMatchObject(provenance);
    expect(ilse.consentBasis).toBe('geen');

    const open = await json<{ name: string; personId: string; done: boolean; createdBy: string }[]>(`/api/intake/todo?gebied=${WIJK}`);
    expect(open.map((item) => item.name)).toEqual([LATER]);
    const all = await json<{ name: string; done: boolean; note?: string; createdBy: string }[]>(`/api/intake/todo?gebied=${WIJK}&all=true`);
    const spoken = all.find((item) => item.name === TO_TALK);
    expect(spoken).toMatchObject({ done: true, createdBy: 'beheerder' });
    expect(spoken).not.toHaveProperty('note');
  });

  it('shows the new ties on the map', async () => {
    const lotte = await personByName(NEW_PERSON);
    const yara = await personByName(TO_TALK);
    await page.goto(`/?ego=${lotte.id}&sel=${lotte.id}&panel=detail`);
    await page.waitForFunction(() => (window as unknown as { __wijknetwerk?: { ready(): boolean } }).__wijknetwerk?.ready() === true, null, { timeout: 60_000 });
    const hasEdge = (a: string, b: string) => page.evaluate(([x, y]) => (window as unknown as { __wijknetwerk: { hasEdge(a: string, b: string): boolean } }).__wijknetwerk.hasEdge(x!, y!), [a, b]);
    await expect(hasEdge(lotte.id, known.id)).resolves.toBe(true);
    await expect(hasEdge(lotte.id, yara.id)).resolves.toBe(true);
    await expect(hasEdge(lotte.id, initiative.id)).resolves.toBe(true);
    await page.getByTestId('detail').waitFor();
    await shot('intake-10-kaart');
  });

  it('the team inventory and duplicates tabs have clear empty states', async () => {
    await page.goto('/invoer.html#inventaris');
    await page.getByText('Kies een wijkteam om de inventarisatie te zien of aan te vullen.').waitFor();
    const team = field('Wijkteam');
    await team.selectOption({ index: 1 });
    await page.getByRole('heading', { name: /Hangt aan één teamlid/ }).waitFor();
    await shot('intake-11-inventaris');
    await page.getByRole('tab', { name: 'Dubbelen' }).click();
    await page.getByRole('heading', { name: 'Mogelijke dubbelen' }).waitFor();
    await page.getByTestId('duplicates').or(page.getByText('Geen mogelijke dubbelen gevonden.')).first().waitFor({ timeout: 30_000 });
    await shot('intake-12-dubbelen');
  });
});
