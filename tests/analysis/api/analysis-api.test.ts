/** The analysis API through the real app, on a real embedded Kùzu store holding the Haarlem demo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapReport, SleutelfiguurScore, WhatIfResult } from '../../../server/model/index.ts';
import { readDemoHoles, readDemoNetwork } from '../../../server/services/demo/load-demo.ts';
import { AnalysisService } from '../../../server/services/analysis-service.ts';
import { createTestApp, type TestApp } from '../../helpers/test-app.ts';

const holes = readDemoHoles();
const AT = holes.today;
const PARK = holes.healthy.wijk;
const ILSE = holes.singlePersonLink.person;
const [LONER_A, LONER_B] = holes.isolatedResidents.noTies;
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seed: readDemoNetwork() });
});

afterAll(async () => {
  await app?.services.analysis.close();
  await app?.close();
});

const get = (path: string) => app.request(path);

describe('GET /api/analysis/gaps', () => {
  it('reports the holes, and serves the second call from the cache', async () => {
    const first = await get(`/api/analysis/gaps?at=${AT}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-analysis-cache')).toBe('miss');
    const report = (await first.json()) as GapReport;
    expect(report.at).toBe(AT);
    expect(report.findings.map((f) => f.id)).toContain(`enkelvoudig:${holes.singlePersonLink.wijkteam}:${ILSE}`);
    expect(report.findings[0].severity).toBe('hoog');

    const started = performance.now();
    const second = await get(`/api/analysis/gaps?at=${AT}`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(second.headers.get('x-analysis-cache')).toBe('hit');
    const again = (await second.json()) as GapReport;
    expect(again.version).toBe(report.version);
    expect(again.findings).toEqual(report.findings);
    // The demo is large enough to be computed in the worker thread.
    expect(app.services.analysis.computed.worker).toBeGreaterThan(0);
  });

  it('runs only the analyses asked for, in a gebied', async () => {
    const response = await get(`/api/analysis/gaps?at=${AT}&analysis=isolatie,dekking&gebied=${PARK}`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as GapReport;
    expect(report.findings.filter((f) => f.severity === 'hoog')).toEqual([]);
    expect(new Set(report.findings.map((f) => f.analysis)).size).toBeLessThanOrEqual(2);
  });

  it('rejects unknown analyses and dates, and unknown gebieden', async () => {
    expect((await get('/api/analysis/gaps?analysis=nonsens')).status).toBe(400);
    expect((await get('/api/analysis/gaps?at=gisteren')).status).toBe(400);
    const missing = await get('/api/analysis/gaps?gebied=geb_bestaat_niet');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('recomputes after a write', async () => {
    const before = (await (await get(`/api/analysis/gaps?at=${AT}&analysis=isolatie`)).json()) as GapReport;
    expect(before.findings.find((f) => f.id === `isolatie:${LONER_A}`)?.severity).toBe('middel');
    const write = await app.request('/api/ties', { method: 'POST', json: { type: 'KENT', from: LONER_A, to: LONER_B, startDate: '2026-01-01', strength: 3 } });
    expect(write.status).toBe(201);
    const response = await get(`/api/analysis/gaps?at=${AT}&analysis=isolatie`);
    expect(response.headers.get('x-analysis-cache')).toBe('miss');
    const after = (await response.json()) as GapReport;
    expect(after.version).toBeGreaterThan(before.version);
    // The two now know each other, and nobody else: one isolated pair instead of two loners.
    expect(after.findings.find((f) => f.id === `isolatie:${LONER_A}`)).toBeUndefined();
    const pair = after.findings.find((f) => f.id.startsWith('isolatie:groep:') && f.nodes.includes(LONER_A));
    expect(pair).toMatchObject({ severity: 'middel', nodes: [LONER_A, LONER_B].sort() });
  });
});

describe('GET /api/analysis/coverage', () => {
  it('returns the wijk × thema matrix and the Driehoek', async () => {
    const response = await get(`/api/analysis/coverage?at=${AT}`);
    expect(response.status).toBe(200);
    const matrix = (await response.json()) as { wijken: { id: string }[]; themes: { id: string }[]; cells: Record<string, Record<string, string[]>>; driehoek: Record<string, Record<string, string[]>> };
    expect(matrix.themes).toHaveLength(16);
    expect(matrix.wijken.map((w) => w.id)).toContain(PARK);
    expect(matrix.cells[holes.themeGap.wijken[0]][holes.themeGap.theme]).toEqual([]);
    expect(matrix.driehoek[holes.noOpbouwwerker.wijk].opbouwwerker).toEqual([]);
    expect(matrix.driehoek[PARK].gebiedsverbinder).toEqual([...holes.healthy.gebiedsverbinders].sort());
  });
});

describe('GET /api/analysis/sleutelfiguren', () => {
  it('ranks the sleutelfiguren of a wijk, with adjustable weights', async () => {
    const response = await get(`/api/analysis/sleutelfiguren?at=${AT}&gebied=${PARK}&limit=2`);
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: SleutelfiguurScore[] };
    expect(items.map((item) => item.id).sort()).toEqual([...holes.healthy.sleutelfiguren].sort());
    expect(items[0].explanation).toMatch(/directe contacten/);
    const trustOnly = (await (await get(`/api/analysis/sleutelfiguren?at=${AT}&gebied=${PARK}&limit=5&w.reach=0&w.brokerage=0&w.groups=0&w.formalInformal=0&w.trust=1`)).json()) as { items: SleutelfiguurScore[] };
    expect(trustOnly.items.every((item) => item.score === Math.round(item.parts.trust * 1000) / 10)).toBe(true);
    expect((await get('/api/analysis/sleutelfiguren?w.reach=-1')).status).toBe(400);
    expect((await get('/api/analysis/sleutelfiguren?limit=0')).status).toBe(400);
  });
});

describe('GET /api/analysis/measures', () => {
  it('returns measures per node and the communities', async () => {
    const response = await get(`/api/analysis/measures?at=${AT}&gebied=${PARK}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { nodes: Record<string, { degree: number; betweenness: number; community: number; articulation: boolean; constraint: number | null }>; communities: { count: number; modularity: number | null } };
    expect(body.nodes[holes.healthy.sleutelfiguren[0]].degree).toBeGreaterThan(10);
    expect(typeof body.nodes[holes.healthy.sleutelfiguren[0]].articulation).toBe('boolean');
    expect(body.communities.count).toBeGreaterThan(1);
    expect(body.communities.modularity).toBeGreaterThan(0);
  });
});

describe('POST /api/analysis/what-if', () => {
  it('shows what leaves with the single link of hole 2', async () => {
    const response = await app.request('/api/analysis/what-if', { method: 'POST', json: { remove: [ILSE], at: AT } });
    expect(response.status).toBe(200);
    const result = (await response.json()) as WhatIfResult;
    expect(result.removed).toEqual([ILSE]);
    expect(result.lostTies.length).toBeGreaterThan(0);
    expect(result.componentsAfter).toBeGreaterThanOrEqual(result.componentsBefore);
    expect(result.explanation).toMatch(/^Als .+ vertrekt, verdwijnen \d+ banden/);
  });

  it('404 for unknown ids, 400 for bad bodies', async () => {
    expect((await app.request('/api/analysis/what-if', { method: 'POST', json: { remove: ['per_niemand'] } })).status).toBe(404);
    expect((await app.request('/api/analysis/what-if', { method: 'POST', json: { remove: [] } })).status).toBe(400);
    expect((await app.request('/api/analysis/what-if', { method: 'POST', json: { remove: [PARK] } })).status).toBe(400);
    expect((await app.request('/api/analysis/what-if', { method: 'POST', json: { weg: ['x'] } })).status).toBe(400);
  });
});

describe('AnalysisService', () => {
  it('gives the same answer in the worker and in-process, and the worker leaves the event loop free', async () => {
    const viewer = await app.services.policy.viewer({ username: 'beheerder', role: 'beheerder', gebieden: [], createdAt: '2026-01-01' });
    const inline = new AnalysisService(app.services.network, undefined, { mode: 'inline' });
    const worker = new AnalysisService(app.services.network, undefined, { mode: 'worker' });
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const fromWorker = await worker.gaps(viewer, { at: '2026-06-01' });
      clearInterval(timer);
      expect(worker.computed.worker).toBe(1);
      expect(ticks).toBeGreaterThan(2);
      const fromInline = await inline.gaps(viewer, { at: '2026-06-01' });
      expect(inline.computed.inline).toBe(1);
      expect(fromWorker.value).toEqual(fromInline.value);
      expect((await worker.gaps(viewer, { at: '2026-06-01' })).cached).toBe(true);
    } finally {
      await worker.close();
    }
  });
});
