/**
 * Free queries are contained: they run in a query process of their own, on
 * its own copy, so an engine crash, a kill or a heavy query ends that query
 * with a Dutch error while the server and the other users carry on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';

// Took the whole server down with SIGSEGV when it ran in the server's own process.
const CRASHED_THE_SERVER = "MATCH (p:Persoon) RETURN count(p) AS n, sum(CASE WHEN any(r IN p.roles WHERE r IN ['sleutelfiguur','vrijwilliger']) THEN 1 ELSE 0 END) AS actief";
const HEAVY = 'UNWIND range(1, 60000000) AS x RETURN x';

let t: TestApp;
let analist: Requester;
let verbinder: Requester;

beforeAll(async () => {
  t = await createTestApp({ seed: readDemoNetwork() });
  analist = await t.as('analist');
  verbinder = await t.as('gebiedsverbinder', ['geb_wk_parkwijk']);
  // Warm the query process and its copy, so that the timings below are about the queries.
  expect((await t.request('/api/cypher', { method: 'POST', json: { query: 'RETURN 1 AS x' } })).status).toBe(200);
}, 180_000);
afterAll(() => t?.close());

const cypher = (request: Requester, query: string, extra: Record<string, unknown> = {}) => request('/api/cypher', { method: 'POST', json: { query, ...extra } });

async function plainReadMs(): Promise<number> {
  const started = performance.now();
  const response = await verbinder('/api/nodes?kind=persoon&limit=50');
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('query isolation', () => {
  it('the query that crashed the server answers, for the beheerder and the analist, and the server carries on', async () => {
    for (const request of [t.request, analist]) {
      const response = await cypher(request, CRASHED_THE_SERVER);
      const body = (await response.json()) as { rows?: { n: number }[]; error?: { message: string } };
      expect([200, 503], JSON.stringify(body)).toContain(response.status);
      if (response.status === 200) expect(body.rows![0]!.n).toBeGreaterThan(100);
      else expect(body.error!.message).toMatch(/queryverwerking/);
      expect((await t.request('/api/health')).status).toBe(200);
    }
  });

  it('a heavy query stops at its time limit whatever its shape, a user gets at most two at once, and others keep their read latency', async () => {
    const before: number[] = [];
    for (let i = 0; i < 15; i++) before.push(await plainReadMs());

    const started = performance.now();
    const heavy = [analist, analist, analist].map((request) => cypher(request, HEAVY, { timeoutMs: 3_000 }).then(async (response) => ({ status: response.status, body: await response.text(), ms: performance.now() - started })));
    const during: number[] = [];
    for (let i = 0; i < 15; i++) during.push(await plainReadMs());
    const results = await Promise.all(heavy);

    const statuses = results.map((result) => result.status).sort();
    // Two run and are stopped (408); the third is refused at once (429): one user's limit.
    expect(statuses, JSON.stringify(results.map((result) => result.body.slice(0, 200)))).toEqual([408, 408, 429]);
    for (const result of results.filter((item) => item.status === 408)) {
      expect(result.ms).toBeLessThan(3_000 + 1_000 + 5_000);
      expect(JSON.parse(result.body).error.message).toMatch(/duurde te lang/);
    }
    // The map's reads do not queue behind the heavy queries: they run in another process.
    expect(median(during)).toBeLessThan(Math.max(5 * median(before), median(before) + 100));
    // And the next query works on a fresh process.
    expect((await cypher(analist, 'MATCH (p:Persoon) RETURN count(p) AS n')).status).toBe(200);
  }, 120_000);

  it('a query process killed with SIGKILL mid-query: that query answers 503 in Dutch, the next one runs', async () => {
    const process = t.services.queries.process('vrij');
    const pending = cypher(t.request, HEAVY, { timeoutMs: 20_000 });
    let pid: number | undefined;
    for (let i = 0; i < 100 && !pid; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pid = process.pid;
    }
    expect(pid).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    globalThis.process.kill(pid!, 'SIGKILL');
    const response = await pending;
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/queryverwerking.*opnieuw gestart/);
    expect((await t.request('/api/health')).status).toBe(200);
    expect((await verbinder('/api/graph')).status).toBe(200);
    const again = await cypher(analist, 'MATCH (p:Persoon) RETURN count(p) AS n');
    expect(again.status).toBe(200);
    expect(process.pid).not.toBe(pid);
  }, 60_000);

  it('a result too large to hand over is refused with 413, not carried into the server', async () => {
    const response = await cypher(analist, 'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN collect(a + b) AS c', { timeoutMs: 20_000 });
    expect([413, 408]).toContain(response.status);
    expect((await t.request('/api/health')).status).toBe(200);
  }, 60_000);
});
