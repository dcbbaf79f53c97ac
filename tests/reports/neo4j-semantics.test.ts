/**
 * Where Neo4j and the embedded engine give different answers to the same
 * text, the translation must give Neo4j's. Each case runs through
 * POST /api/cypher on the demo network (the embedded engine) and is compared
 * with what Neo4j returns, written here from Neo4j's documented semantics
 * (Cypher Manual: mathematical operators, working with null, aggregating
 * functions, scalar functions, and "relationship uniqueness" of patterns).
 * What the translation can't make right must be refused, never answered
 * differently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphTie, NetworkData } from '../../server/model/index.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { freeCopy } from '../../server/services/queries/copies.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

type Row = Record<string, unknown>;

const demo = readDemoNetwork();
const free: NetworkData = freeCopy(demo, (id) => `Persoon ${id}`);
const kent = free.ties.filter((tie) => tie.type === 'KENT');
const tiesAt = new Map<string, GraphTie[]>();
for (const tie of kent) for (const end of [tie.from, tie.to]) tiesAt.set(end, [...(tiesAt.get(end) ?? []), tie]);
const otherEnd = (tie: GraphTie, id: string) => (tie.from === id ? tie.to : tie.from);
const start = [...tiesAt.keys()].sort()[0]!;

/** Neo4j's count of the paths from `from` over 1..max KENT ties (either direction) that never use one tie twice, by length. */
function trailsByLength(from: string, max: number): number[] {
  const counts = Array.from({ length: max + 1 }, () => 0);
  const walk = (at: string, used: Set<string>) => {
    for (const tie of tiesAt.get(at) ?? []) {
      if (used.has(tie.id)) continue;
      const next = new Set(used).add(tie.id);
      counts[next.size]!++;
      if (next.size < max) walk(otherEnd(tie, at), next);
    }
  };
  walk(from, new Set());
  return counts;
}
const trails = trailsByLength(start, 3);
/** The same paths allowed to repeat a tie (what the engine does by itself). */
const walks = (() => {
  let count = 0;
  const walk = (at: string, depth: number) => {
    for (const tie of tiesAt.get(at) ?? []) {
      count++;
      if (depth < 3) walk(otherEnd(tie, at), depth + 1);
    }
  };
  walk(start, 1);
  return count;
})();

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: demo });
});
afterAll(() => app?.close());

async function run(query: string): Promise<{ status: number; rows: Row[]; message?: string }> {
  const response = await app.request('/api/cypher', { method: 'POST', json: { query } });
  const body = (await response.json()) as { rows: Row[]; error?: { message: string } };
  return { status: response.status, rows: body.rows, message: body.error?.message };
}

async function expectRows(query: string, expected: Row[]) {
  const result = await run(query);
  expect(result.status, result.message).toBe(200);
  expect(result.rows).toEqual(expected);
}

describe('integer division and modulo (Neo4j: integers stay integers, truncated toward zero; the sign of % follows the dividend)', () => {
  it('7 / 2 is 3, -7 / 2 is -3, a float operand gives a float', () => expectRows('RETURN 7 / 2 AS a, -7 / 2 AS b, 7 / 2.0 AS c, 1 / 4 AS d', [{ a: 3, b: -3, c: 3.5, d: 0 }]));
  it('7 % 3 is 1, -7 % 3 is -1, 7 % -3 is 1, 7.5 % 2 is 1.5', () => expectRows('RETURN 7 % 3 AS a, -7 % 3 AS b, 7 % -3 AS c, 7.5 % 2 AS d', [{ a: 1, b: -1, c: 1, d: 1.5 }]));
  it('an integer divided by zero is an error in Neo4j, so here too', async () => {
    for (const query of ['RETURN 7 / 0 AS a', 'RETURN 7 % 0 AS a']) expect((await run(query)).status).toBe(400);
  });
  it('toInteger truncates toward zero: toInteger(2.9) is 2, toInteger(-2.9) is -2', () => expectRows("RETURN toInteger(2.9) AS a, toInteger(-2.9) AS b, toInteger('42') AS c, toInteger(7) AS d", [{ a: 2, b: -2, c: 42, d: 7 }]));
});

describe('null in comparisons (Neo4j: a comparison with null is null, and null is not true)', () => {
  it('null = null, null <> 1 and 1 < null are null; IS NULL is true', () => expectRows('RETURN null = null AS a, null <> 1 AS b, 1 < null AS c, null IS NULL AS d', [{ a: null, b: null, c: null, d: true }]));
  it('three-valued logic: NOT null is null, null AND false is false, null OR true is true', () => expectRows('RETURN NOT null AS a, null AND false AS b, null OR true AS c, null AND true AS d', [{ a: null, b: false, c: true, d: null }]));
  it('IN: found is true; not found in a list that holds a null is null; nothing is in []', () =>
    expectRows('RETURN 1 IN [1, null] AS a, 2 IN [1, null] AS b, null IN [1] AS c, null IN [] AS d, 2 IN [1, 2] AS e, NOT 2 IN [1, null] AS f', [{ a: true, b: null, c: null, d: false, e: true, f: null }]));
  it('a WHERE with a null condition keeps no row, also under NOT', async () => {
    await expectRows('UNWIND [1, 2, 3] AS x WITH x WHERE NOT x IN [1, null] RETURN count(x) AS n', [{ n: 0 }]);
    await expectRows('UNWIND [1, 2, null] AS x WITH x WHERE x > 1 RETURN collect(x) AS l', [{ l: [2] }]);
  });
});

describe('null in aggregates (Neo4j: aggregates skip nulls; count is 0, sum 0 and collect [] over nothing; avg, min and max null)', () => {
  it('over no rows', () =>
    expectRows("MATCH (p:Persoon) WHERE p.id = 'niemand' RETURN count(p) AS c, count(*) AS s, sum(1) AS som, avg(1) AS gem, min(1) AS mi, max(1) AS ma, collect(p.id) AS l", [{ c: 0, s: 0, som: 0, gem: null, mi: null, ma: null, l: [] }]));
  it('over nulls and values: nulls are skipped, count(*) counts rows', () =>
    expectRows('UNWIND [1, null, 3] AS x RETURN sum(x) AS s, avg(x) AS a, count(x) AS c, count(*) AS n, min(x) AS mi, collect(x) AS l', [{ s: 4, a: 2, c: 2, n: 3, mi: 1, l: [1, 3] }]));
  it('over only nulls, also per group in the RETURN', async () => {
    await expectRows('UNWIND [null, null] AS x RETURN sum(x) AS s, avg(x) AS a, count(x) AS c, collect(x) AS l, max(x) AS m', [{ s: 0, a: null, c: 0, l: [], m: null }]);
    await expectRows("UNWIND [null, null] AS x WITH 'k' AS k, x RETURN k, sum(x) AS s, collect(x) AS l", [{ k: 'k', s: 0, l: [] }]);
  });
  it('count(DISTINCT x) skips nulls too', () => expectRows('UNWIND [1, 1, null, 2] AS x RETURN count(DISTINCT x) AS n', [{ n: 2 }]));
});

describe('startNode and endNode are the stored direction, whichever way the pattern reads', () => {
  it('a directed tie read forwards and backwards', async () => {
    await expectRows('MATCH (p:Persoon)-[r:WOONT_IN]->(g:Gebied) WITH p, r, g LIMIT 5 RETURN collect(startNode(r) = p AND endNode(r) = g) AS l', [{ l: [true, true, true, true, true] }]);
    await expectRows('MATCH (g:Gebied)<-[r:WOONT_IN]-(p:Persoon) WITH p, r, g LIMIT 5 RETURN collect(startNode(r).id = p.id AND endNode(r).id = g.id) AS l', [{ l: [true, true, true, true, true] }]);
  });
  it('a tie read without a direction is refused: the engine would give the pattern’s left end, not the stored start', async () => {
    for (const query of ['MATCH (a)-[r:KENT]-(b) RETURN startNode(r).id AS van LIMIT 1', 'MATCH (a)-[r:KENT]-(b) RETURN endNode(r) AS naar LIMIT 1', 'MATCH p = (a)-[:WOONT_IN]->(b) RETURN startNode(relationships(p)[0]) AS van LIMIT 1']) {
      const result = await run(query);
      expect(result.status, query).toBe(400);
      expect(result.message).toMatch(/\(a\)-\[r:KENT\]->\(b\)/);
    }
  });
  it('the refused form, written with its direction, gives the stored ends', async () => {
    const tie = kent[0]!;
    await expectRows(`MATCH (a)-[r:KENT {id: '${tie.id}'}]->(b) RETURN startNode(r).id AS van, endNode(r).id AS naar`, [{ van: tie.from, naar: tie.to }]);
  });
});

describe('relationship uniqueness in variable-length patterns (Neo4j never uses one relationship twice in one MATCH)', () => {
  it('the engine by itself would repeat ties (so the tests below mean something)', () => expect(walks).toBeGreaterThan(trails[1]! + trails[2]! + trails[3]!));
  it('*1..3 counts trails, not walks', () => expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT*1..3]-(b) RETURN count(*) AS n`, [{ n: trails[1]! + trails[2]! + trails[3]! }]));
  it('*2 is exactly two different ties', () => expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT*2]-(b) RETURN count(*) AS n`, [{ n: trails[2]! }]));
  it('a fixed tie after a variable-length one is none of its ties, and the other way round', async () => {
    await expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT*1..2]-(b)-[:KENT]-(c) RETURN count(*) AS n`, [{ n: trails[2]! + trails[3]! }]);
    await expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT]-(b)-[:KENT*1..2]-(c) RETURN count(*) AS n`, [{ n: trails[2]! + trails[3]! }]);
  });
  it('two variable-length relationships share no tie', () => expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT*1]-(b)-[:KENT*1..2]-(c) RETURN count(*) AS n`, [{ n: trails[2]! + trails[3]! }]));
  it('a path back to the start over the same tie does not exist', () => expectRows(`MATCH (a:Persoon {id: '${start}'})-[:KENT*2]-(a) RETURN count(*) AS n`, [{ n: 0 }]));
  it('more steps than the engine allows are refused, not cut short', async () => {
    const result = await run(`MATCH (a:Persoon {id: '${start}'})-[:KENT*1..40]-(b) RETURN count(*) AS n`);
    expect(result.status).toBe(400);
    expect(result.message).toMatch(/hoogstens 30 stappen/);
  });
});
