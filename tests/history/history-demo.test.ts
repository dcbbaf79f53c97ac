/**
 * The network over time on the demo (loaded through the bulk path, so its
 * history is derived from start and end dates): the network on a past date
 * equals the network rebuilt from the events, and comparing two dates finds
 * the planted departure and the ties it broke.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterNetwork } from '../../server/analysis/scope.ts';
import { periodOf } from '../../server/model/period.ts';
import type { CompareResult } from '../../server/model/wire/compare.ts';
import { demoDate, readDemoHoles, readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
const holes = readDemoHoles();

beforeAll(async () => {
  app = await createTestApp({ seed: readDemoNetwork() });
});
afterAll(async () => app?.close());

const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));

describe('history on the demo', () => {
  it('has a complete history: every node and tie has a started event, every end an ended event', async () => {
    const data = await app.services.network.cache.data();
    const { items, total } = await app.services.history.events(await app.services.policy.viewer({ username: 'test', role: 'beheerder', gebieden: [], createdAt: '2026-01-01' }), { limit: 1_000_000 });
    const started = new Set(items.filter((e) => e.op === 'started').map((e) => e.id));
    const ended = new Set(items.filter((e) => e.op === 'ended').map((e) => e.id));
    for (const item of [...data.nodes, ...data.ties]) expect(started.has(item.id)).toBe(true);
    for (const item of [...data.nodes, ...data.ties]) if (item.endDate) expect(ended.has(item.id)).toBe(true);
    expect(total).toBe(data.nodes.length + data.ties.length + [...data.nodes, ...data.ties].filter((item) => item.endDate).length);
    const response = await app.request(`/api/history/events?node=${holes.departure.person}&limit=1000`);
    const body = (await response.json()) as { items: { op: string; date: string }[] };
    expect(body.items.some((e) => e.op === 'ended' && e.date === holes.departure.date)).toBe(true);
  });

  it('the network on a past date equals the network rebuilt from the events up to that date', async () => {
    const data = await app.services.network.cache.data();
    for (const at of [...['2024-10-31', '2024-11-01', '2025-03-15', '2025-11-01', '2026-03-01'].map((date) => demoDate(date)), holes.departure.date, demoDate('2026-07-01'), holes.today]) {
      const expected = filterNetwork(data, { at });
      const rebuilt = await app.services.history.networkAt(at);
      expect(ids(rebuilt.nodes), at).toEqual(ids(expected.nodes));
      expect(ids(rebuilt.ties), at).toEqual(ids(expected.ties));
    }
    // And through HTTP, for a gebied, against /api/graph.
    const gebied = (data.ties.find((t) => t.from === holes.departure.wijkteam && t.type === 'WERKT_IN'))!.to;
    for (const at of [demoDate('2025-06-01'), demoDate('2026-07-01')]) {
      const fromGraph = (await (await app.request(`/api/graph?at=${at}&gebied=${gebied}`)).json()) as { nodes: { key: string }[]; edges: { key: string }[] };
      const fromHistory = (await (await app.request(`/api/history/network?at=${at}&gebied=${gebied}`)).json()) as { nodes: { key: string }[]; edges: { key: string }[] };
      expect(new Set(fromHistory.nodes.map((n) => n.key))).toEqual(new Set(fromGraph.nodes.map((n) => n.key)));
      expect(new Set(fromHistory.edges.map((n) => n.key))).toEqual(new Set(fromGraph.edges.map((n) => n.key)));
    }
  });

  it('comparing two months before and two months after the departure for the departure’s wijk finds the departure and the ties it broke', async () => {
    const data = await app.services.network.cache.data();
    const wijk = data.ties.find((t) => t.from === holes.departure.wijkteam && t.type === 'WERKT_IN')!.to;
    const [from, to] = [demoDate('2026-03-01'), demoDate('2026-07-01')];
    const response = await app.request(`/api/history/compare?gebied=${wijk}&from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    const result = (await response.json()) as CompareResult;
    const left = result.nodes.left.find((n) => n.id === holes.departure.person);
    expect(left).toMatchObject({ kind: 'persoon', reason: 'vertrokken', endDate: holes.departure.date });
    const ended = new Map(result.ties.ended.map((t) => [t.id, t]));
    const tieById = new Map(data.ties.map((t) => [t.id, t]));
    const brokenThen = holes.departure.endedTies.filter((id) => tieById.get(id)!.startDate! <= from);
    expect(brokenThen.length).toBeGreaterThan(15);
    for (const tie of brokenThen) {
      expect(ended.has(tie), tie).toBe(true);
      expect(ended.get(tie)!.reason).toBe('beëindigd');
    }
    // The successor joined without those ties.
    expect(result.nodes.joined.map((n) => n.id)).toContain(holes.departure.successor);
    // The single-person link between the wijkteam and its initiatives is gone with her: that finding
    // "closed", and is marked as gone with a departure rather than solved.
    expect(result.gaps).not.toBeNull();
    const closedWithHer = result.gaps!.closed.find((f) => f.analysis === 'enkelvoudig' && f.nodes.includes(holes.departure.person) && f.nodes.includes(holes.departure.wijkteam));
    expect(closedWithHer?.departed).toEqual([holes.departure.person]);
    // Key figures before and after.
    expect(result.figures.before.persons).toBeGreaterThan(0);
    expect(result.figures.change.ties).toBe(result.figures.after.ties - result.figures.before.ties);
    expect(result.sleutelfiguren!.method).toMatch(/sleutelfiguren/);
  });

  it('keeps snapshots per period (counts only) and gives the change since the previous period', async () => {
    const data = await app.services.network.cache.data();
    const wijk = data.ties.find((t) => t.from === holes.departure.wijkteam && t.type === 'WERKT_IN')!.to;
    const response = await app.request(`/api/history/snapshots?gebied=${wijk}&period=month`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { period: string; date: string; figures: { persons: number }; partial?: boolean }[] };
    expect(body.items[0].period).toBe(periodOf(demoDate('2024-11-01'), 'month'));
    expect(body.items.length).toBeGreaterThanOrEqual(24);
    expect(JSON.stringify(body)).not.toMatch(/per_/);
    const kept = app.services.records.list('snapshots', { prefix: `${wijk}|month|` });
    expect(kept.length).toBe(body.items.filter((s) => !s.partial).length);
    const april = body.items.find((s) => s.period === '2026-04')!;
    const march = body.items.find((s) => s.period === '2026-03')!;
    const change = await app.services.history.previousPeriodChange(wijk, '2026-04');
    expect(change.current).toEqual(april.figures);
    expect(change.previous).toEqual(march.figures);
    expect(change.change.persons).toBe(april.figures.persons - march.figures.persons);
    const quarter = (await (await app.request(`/api/history/change?gebied=${wijk}&period=2026-Q2`)).json()) as { previousPeriod: string };
    expect(quarter.previousPeriod).toBe('2026-Q1');
  });

  it('rebuilds snapshots as beheerder only', async () => {
    const analist = await app.as('analist');
    expect((await analist('/api/history/snapshots/rebuild', { method: 'POST' })).status).toBe(403);
    const response = await app.request('/api/history/snapshots/rebuild', { method: 'POST' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { snapshots: number; gebieden: number };
    expect(result.snapshots).toBeGreaterThan(result.gebieden * 24);
  }, 120_000);
});
