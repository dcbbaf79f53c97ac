/**
 * Saved views in the browser: the beheerder publishes the standard view; a
 * colleague who runs a layout saves it in their own view, and everyone
 * else's standard view stays as published; "Terug naar de
 * standaardweergave" drops the own positions again. Only the beheerder sees
 * the publish buttons.
 */
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/test-app.ts';
import { ARTIFACTS, chromiumAvailable, hook, MAP, openApp, startHarness, type Harness } from './harness.ts';

const run = chromiumAvailable();

interface View {
  owner: string | null;
  published?: number;
  positions: Record<string, [number, number]>;
}

describe.runIf(run)('saved views in the browser', () => {
  let h: Harness;
  let colleague: Page;
  /** A third account that never changes a view: what everyone starts from. */
  let bystander: APIRequestContext;
  let id: string;
  let published: View;

  const session = async (username: string, role: string) => {
    await h.server.services.users.create({ username, password: TEST_PASSWORD, role, gebieden: role === 'analist' ? [] : ['geb_wk_rozenprieel'] });
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 }, baseURL: h.url, locale: 'nl-NL' });
    expect((await context.request.post('/api/auth/login', { data: { username, password: TEST_PASSWORD } })).ok()).toBe(true);
    return context;
  };
  const standardOf = async (request: APIRequestContext) => {
    const response = await request.get('/api/views/standaard');
    expect(response.status()).toBe(200);
    return (await response.json()) as View;
  };
  const shot = (page: Page, name: string) => page.locator('section[aria-labelledby=layout-title]').screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const toast = (page: Page, text: string) => page.getByTestId('toast').filter({ hasText: text }).waitFor();
  const position = (page: Page) => hook(page, new Function('w', `return w.position(${JSON.stringify(id)})`) as never) as Promise<[number, number]>;
  /** Saved positions are rounded to two decimals. */
  const expectAt = async (page: Page, saved: [number, number] | undefined) => {
    const [x, y] = await position(page);
    expect(saved).toBeDefined();
    expect(x).toBeCloseTo(saved![0], 1);
    expect(y).toBeCloseTo(saved![1], 1);
  };

  beforeAll(async () => {
    h = await startHarness({ width: 1400, height: 900 });
    colleague = await (await session('olga', 'opbouwwerker')).newPage();
    bystander = (await session('anton', 'analist')).request;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the beheerder publishes the standard view', async () => {
    await openApp(h.page, MAP);
    [[id]] = await hook(h.page, (w) => w.nodesOfKind('organisatie', 1));
    await expect(h.page.getByTestId('layout-source').textContent()).resolves.toContain('Nog geen opgeslagen indeling');
    h.page.once('dialog', (dialog) => void dialog.accept());
    await h.page.getByRole('button', { name: 'Standaardweergave publiceren' }).click();
    await toast(h.page, 'Standaardweergave gepubliceerd (publicatie 1)');
    published = await standardOf(bystander);
    expect(published).toMatchObject({ owner: null, published: 1 });
    await expectAt(h.page, published.positions[id]);
    await expect(h.page.getByTestId('layout-source').textContent()).resolves.toContain('U ziet de standaardweergave (publicatie 1).');
    await shot(h.page, 'views-beheerder');
  });

  it('a colleague has no publish buttons, and a layout changes only their own view', async () => {
    await openApp(colleague, MAP);
    await expect(colleague.getByTestId('layout-source').textContent()).resolves.toContain('U ziet de standaardweergave (publicatie 1).');
    await expect(colleague.getByRole('button', { name: 'Standaardweergave publiceren' }).count()).resolves.toBe(0);
    await expect(colleague.getByTestId('layout-withdraw').count()).resolves.toBe(0);
    await expect(colleague.getByTestId('layout-back').count()).resolves.toBe(0);
    await expectAt(colleague, published.positions[id]);

    await colleague.getByTestId('layout-start').click();
    await colleague.getByRole('progressbar').waitFor();
    await colleague.getByTestId('layout-stop').click();
    await toast(colleague, 'Posities opgeslagen in uw eigen weergave');
    await expect(colleague.getByTestId('layout-source').textContent()).resolves.toContain('U ziet uw eigen indeling.');
    await shot(colleague, 'views-eigen-indeling');

    const own = await standardOf(colleague.request);
    expect(own.owner).toBe('olga');
    await expectAt(colleague, own.positions[id]);
    const moved = Object.keys(own.positions).filter((node) => JSON.stringify(own.positions[node]) !== JSON.stringify(published.positions[node]));
    expect(moved.length).toBeGreaterThan(0);
    // Everyone else still starts from what the beheerder published.
    await expect(standardOf(bystander)).resolves.toEqual(published);
  });

  it('"Terug naar de standaardweergave" drops the own positions', async () => {
    await colleague.getByTestId('layout-back').click();
    await toast(colleague, 'De standaardweergave staat weer op de kaart');
    await expect(colleague.getByTestId('layout-source').textContent()).resolves.toContain('U ziet de standaardweergave (publicatie 1).');
    await expectAt(colleague, published.positions[id]);
    await expect(standardOf(colleague.request)).resolves.toMatchObject({ owner: null, published: 1 });
  });
});
