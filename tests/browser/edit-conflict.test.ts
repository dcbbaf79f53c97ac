/**
 * No lost updates, in two real browser sessions on the same node: every
 * change is sent with If-Match on the version the screen read. When the
 * other session saved first, the second save shows the conflict in Dutch;
 * "Opnieuw laden" shows the other's value, and "Toch opslaan" sends mine
 * again on the current version.
 */
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-app.ts';
import { ARTIFACTS, chromiumAvailable, hook, MAP, startHarness, waitReady, type Harness } from './harness.ts';

const run = chromiumAvailable();
/** A save reloads the whole network before the panel shows it. */
const POLL = { timeout: 30_000 };

describe.runIf(run)('edit conflicts in the browser', () => {
  let h: Harness;
  let other: Page;
  let id: string;

  const stored = async () => {
    const response = await h.context.request.get(`/api/nodes/${id}`);
    expect(response.status()).toBe(200);
    const node = (await response.json()) as { name: string; version: number };
    expect(response.headers().etag).toBe(`"${node.version}"`);
    return node;
  };
  const openDetail = async (page: Page) => {
    await page.goto(`/?sel=${id}&panel=detail`);
    await waitReady(page);
    await page.locator(`[data-testid=detail][data-node="${id}"]`).waitFor();
  };
  /** Edits the name in the open editor and saves; resolves with the PATCH that was sent. */
  const saveName = async (page: Page, name: string): Promise<Request> => {
    const editor = page.getByTestId('node-editor');
    await editor.locator('[data-field=name] input').fill(name);
    const [request] = await Promise.all([
      page.waitForRequest((sent) => sent.method() === 'PATCH' && sent.url().endsWith(`/api/nodes/${id}`)),
      editor.getByRole('button', { name: 'Opslaan' }).click(),
    ]);
    return request;
  };
  const detailName = (page: Page) => page.locator('.detail-name').textContent();
  const toast = (page: Page, text: string) => page.getByTestId('toast').filter({ hasText: text }).waitFor();

  beforeAll(async () => {
    h = await startHarness({ width: 1400, height: 900 });
    await h.server.services.users.create({ username: 'collega', password: TEST_PASSWORD, role: 'beheerder', gebieden: [] });
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: h.url, locale: 'nl-NL' });
    const login = await context.request.post('/api/auth/login', { data: { username: 'collega', password: TEST_PASSWORD } });
    expect(login.ok()).toBe(true);
    other = await context.newPage();
    await h.page.goto(MAP);
    await waitReady(h.page);
    [[id]] = await hook(h.page, (w) => w.nodesOfKind('initiatief', 1));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the conflict in Dutch, and "Opnieuw laden" shows what the other saved', async () => {
    const start = await stored();
    await openDetail(h.page);
    await h.page.getByTestId('edit-node').click();

    await openDetail(other);
    await other.getByTestId('edit-node').click();
    const theirs = await saveName(other, 'Taalcafé De Eerste');
    expect(theirs.headers()['if-match']).toBe(`"${start.version}"`);
    await toast(other, 'Opgeslagen');
    expect(await stored()).toMatchObject({ name: 'Taalcafé De Eerste', version: start.version + 1 });

    // Mine was made on the version before theirs.
    const mine = await saveName(h.page, 'Taalcafé Mijn Naam');
    expect(mine.headers()['if-match']).toBe(`"${start.version}"`);
    expect((await mine.response())?.status()).toBe(412);
    const conflict = h.page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('Iemand anders heeft dit intussen gewijzigd.');
    await expect(conflict.getByTestId('conflict-changes').textContent()).resolves.toContain('Naam: Taalcafé De Eerste');
    // My value is still in the form, and nothing was overwritten.
    await expect(h.page.getByTestId('node-editor').locator('[data-field=name] input').inputValue()).resolves.toBe('Taalcafé Mijn Naam');
    expect((await stored()).name).toBe('Taalcafé De Eerste');
    await h.page.screenshot({ path: join(ARTIFACTS, 'conflict.png') });

    await conflict.getByRole('button', { name: 'Opnieuw laden' }).click();
    await conflict.waitFor({ state: 'detached' });
    await expect.poll(() => detailName(h.page), POLL).toBe('Taalcafé De Eerste');
    await expect(h.page.getByTestId('node-editor').count()).resolves.toBe(0);
    expect((await stored()).name).toBe('Taalcafé De Eerste');
  });

  it('"Toch opslaan" sends my change again on the current version', async () => {
    const before = await stored();
    await h.page.getByTestId('edit-node').click();

    await other.getByTestId('edit-node').click();
    await saveName(other, 'Taalcafé De Tweede');
    await expect.poll(async () => (await stored()).version, POLL).toBe(before.version + 1);

    const mine = await saveName(h.page, 'Taalcafé Toch Mijn Naam');
    expect(mine.headers()['if-match']).toBe(`"${before.version}"`);
    const conflict = h.page.getByTestId('conflict');
    await expect(conflict.getByTestId('conflict-changes').textContent()).resolves.toContain('Naam: Taalcafé De Tweede');

    const [again] = await Promise.all([
      h.page.waitForRequest((sent) => sent.method() === 'PATCH' && sent.url().endsWith(`/api/nodes/${id}`)),
      conflict.getByRole('button', { name: 'Toch opslaan' }).click(),
    ]);
    expect(again.headers()['if-match']).toBe(`"${before.version + 1}"`);
    expect((await again.response())?.status()).toBe(200);
    await conflict.waitFor({ state: 'detached' });
    await expect.poll(() => detailName(h.page), POLL).toBe('Taalcafé Toch Mijn Naam');
    expect(await stored()).toMatchObject({ name: 'Taalcafé Toch Mijn Naam', version: before.version + 2 });
    await h.page.screenshot({ path: join(ARTIFACTS, 'conflict-toch-opgeslagen.png') });
  });

  it('undo after a forced save also carries the version, and is refused once someone else changed it', async () => {
    const mine = await stored();
    await other.reload();
    await waitReady(other);
    await other.getByTestId('edit-node').click();
    await saveName(other, 'Taalcafé De Derde');
    await expect.poll(async () => (await stored()).version, POLL).toBe(mine.version + 1);

    const [undo] = await Promise.all([
      h.page.waitForRequest((sent) => sent.method() === 'PATCH' && sent.url().endsWith(`/api/nodes/${id}`)),
      h.page.getByTestId('undo').click(),
    ]);
    expect(undo.headers()['if-match']).toBe(`"${mine.version}"`);
    await toast(h.page, 'Ongedaan maken kan niet meer: iemand anders heeft dit intussen gewijzigd.');
    expect((await stored()).name).toBe('Taalcafé De Derde');
  });

  it('a tie deleted on an old version shows the conflict too, and "Toch verwijderen" deletes it on the current one', async () => {
    await openDetail(h.page);
    const tieId = (await h.page.locator('[data-testid=ties] [data-tie]').first().getAttribute('data-tie'))!;
    // The other session changes the tie first (sending its session's CSRF token, as the app's API client does).
    const version = await other.evaluate(async (tie) => {
      const read = await fetch(`/api/ties/${tie}`);
      const { version } = (await read.json()) as { version: number };
      const csrf = document.cookie.split('; ').find((part) => part.startsWith('wn_csrf='))?.slice('wn_csrf='.length) ?? '';
      const changed = await fetch(`/api/ties/${tie}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'if-match': `"${version}"`, 'x-csrf-token': csrf }, body: JSON.stringify({ trust: 4 }) });
      if (changed.status !== 200) throw new Error(`PATCH ${changed.status}`);
      return version;
    }, tieId);

    h.page.once('dialog', (dialog) => void dialog.accept());
    const [stale] = await Promise.all([
      h.page.waitForRequest((sent) => sent.method() === 'DELETE' && sent.url().endsWith(`/api/ties/${tieId}`)),
      h.page.locator(`[data-tie="${tieId}"] button[aria-label^="Verwijderen"]`).click(),
    ]);
    expect(stale.headers()['if-match']).toBe(`"${version}"`);
    expect((await stale.response())?.status()).toBe(412);
    const conflict = h.page.getByTestId('conflict');
    await expect(conflict.textContent()).resolves.toContain('Iemand anders heeft dit intussen gewijzigd.');
    await expect(conflict.getByTestId('conflict-changes').textContent()).resolves.toContain('Vertrouwen (1–5): 4');

    const [again] = await Promise.all([
      h.page.waitForRequest((sent) => sent.method() === 'DELETE' && sent.url().endsWith(`/api/ties/${tieId}`)),
      conflict.getByRole('button', { name: 'Toch verwijderen' }).click(),
    ]);
    expect(again.headers()['if-match']).toBe(`"${version + 1}"`);
    expect((await again.response())?.status()).toBe(204);
    await toast(h.page, 'Verwijderd');
    expect((await h.context.request.get(`/api/ties/${tieId}`)).status()).toBe(404);
  });
});
