/**
 * What the console's editor marks: Neo4j's linter against the model's schema
 * (client/views/console/lint.ts), and the position the server gives with an
 * error (Neo4j's parser or a refused form), through the HTTP app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintQuery, serverDiagnostic } from '../../client/views/console/lint.ts';
import type { QueryErrorPosition } from '../../server/model/wire/reports.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { HABITS } from './habits.ts';
import { OFFERED_FUNCTIONS } from '../../client/views/console/schema.ts';
import { ValidationError } from '../../server/errors.ts';
import { explainEngineError } from '../../server/services/queries/translate/engine-errors.ts';

/** One app on the demo network for every suite here that asks the server. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: readDemoNetwork() });
});
afterAll(() => app?.close());

describe('the editor’s lint', () => {
  // Every habit of the console suite runs (neo4j-habits.test.ts), so none may show a mark.
  it.each(HABITS.map((habit) => [habit.habit, habit.cypher] as const))('marks nothing on a query that runs: %s', (_name, query) => {
    expect(lintQuery(query).filter((mark) => mark.severity === 'error')).toEqual([]);
  });
  it('marks a syntax error at its place', () => {
    const [mark] = lintQuery('MATCH (p:Persoon RETURN p');
    expect(mark).toMatchObject({ severity: 'error', from: 17, to: 23 });
  });
  it('warns, in Dutch, of a label, tie type or property the model does not have', () => {
    const marks = lintQuery('MATCH (n:Onbekend)-[:KENT_NIET]->(m) RETURN n.kleur');
    expect(marks.map((mark) => [mark.severity, mark.message.split(';')[0]])).toEqual([
      ['warning', 'label Onbekend bestaat niet in het model'],
      ['warning', 'bandtype KENT_NIET bestaat niet in het model'],
      ['warning', 'eigenschap kleur bestaat niet in het model'],
    ]);
  });
  it('knows the parameters in play', () => {
    expect(lintQuery('MATCH (g:Gebied {id: $wijk}) RETURN g')[0]?.message).toMatch(/parameter \$wijk heeft geen waarde/);
    expect(lintQuery('MATCH (g:Gebied {id: $wijk}) RETURN g', ['wijk'])).toEqual([]);
  });
  it('marks the server’s error on the word at its position', () => {
    expect(serverDiagnostic('RETURN properties(p)', { offset: 7, line: 1, column: 8 }, 'x')).toEqual({ from: 7, to: 17, severity: 'error', message: 'x' });
  });
});

describe('errors of POST /api/cypher carry their position in the query', () => {

  async function positionOf(query: string): Promise<{ status: number; position?: QueryErrorPosition; message: string }> {
    const response = await app.request('/api/cypher', { method: 'POST', json: { query } });
    const { error } = (await response.json()) as { error: { message: string; position?: QueryErrorPosition } };
    return { status: response.status, position: error.position, message: error.message };
  }

  it('a syntax error, where Neo4j’s parser finds it', async () => {
    expect(await positionOf('MATCH (p:Persoon\nRETURN p')).toMatchObject({ status: 400, position: { line: 2, column: 1, offset: 17 } });
  });
  it('a form that is refused, at the form', async () => {
    const query = 'MATCH (p:Persoon)-[r:KENT]-(q)\nRETURN p.name, startNode(r) AS van';
    const result = await positionOf(query);
    expect(result.status).toBe(400);
    expect(result.position).toEqual({ offset: query.indexOf('startNode'), line: 2, column: 16 });
  });
});

describe('an engine error where the engine differs from Neo4j comes with a Dutch hint', () => {

  it.each([
    ["RETURN 'wijk ' + 1 AS a", /toString\(n\)/],
    ['MATCH (p:Persoon) RETURN p.kleur LIMIT 1', /p heeft geen eigenschap kleur/],
    ['MATCH (p:Onbekend) RETURN p', /Onbekend bestaat niet in het model.*labels: .*Persoon/],
    ["MATCH (p:Persoon) WHERE p.roles = 'sleutelfiguur' RETURN count(p)", /'sleutelfiguur' IN p\.roles/],
    ['RETURN [1, 2] + 3 AS l', /lijst \+ \[waarde\]/],
    ["RETURN toInteger('tien') AS n", /Neo4j geeft null/],
  ])('%s', async (query, hint) => {
    const response = await app.request('/api/cypher', { method: 'POST', json: { query } });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(hint);
    expect(error.message).not.toMatch(/Supported inputs/);
  });

  it('keeps the place Neo4j names in its error (the Neo4j adapter’s message)', () => {
    const query = 'MATCH (p:Persoon) RETURN p.naam';
    const error = new ValidationError(`ongeldige Cypher: Something went wrong (line 1, column 26 (offset: 25))\n"${query}"\n                          ^`);
    const explained = explainEngineError(error, query, query) as ValidationError;
    expect(explained.extra.position).toEqual({ offset: 25, line: 1, column: 26 });
    expect(explained.message).toContain('^');
  });
});

/** A call of each function the editor's completion offers; a function offered without one here fails the test. */
const FUNCTION_EXAMPLES: Record<string, string> = {
  count: 'MATCH (p:Persoon) RETURN count(p) AS x',
  collect: 'MATCH (t:Thema) RETURN size(collect(t.name)) AS x',
  sum: 'UNWIND [1, 2] AS n RETURN sum(n) AS x',
  avg: 'UNWIND [1, 2] AS n RETURN avg(n) AS x',
  min: 'UNWIND [1, 2] AS n RETURN min(n) AS x',
  max: 'UNWIND [1, 2] AS n RETURN max(n) AS x',
  percentileCont: 'UNWIND [1, 2] AS n RETURN percentileCont(n, 0.5) AS x',
  percentileDisc: 'UNWIND [1, 2] AS n RETURN percentileDisc(n, 0.5) AS x',
  stDev: 'UNWIND [1, 2] AS n RETURN stDev(n) AS x',
  coalesce: 'RETURN coalesce(null, 1) AS x',
  size: 'RETURN size([1, 2]) AS x',
  head: 'RETURN head([1, 2]) AS x',
  last: 'RETURN last([1, 2]) AS x',
  toLower: "RETURN toLower('A') AS x",
  toUpper: "RETURN toUpper('a') AS x",
  trim: "RETURN trim(' a ') AS x",
  split: "RETURN split('a,b', ',') AS x",
  substring: "RETURN substring('Haarlem', 0, 4) AS x",
  toString: 'RETURN toString(1) AS x',
  toInteger: "RETURN toInteger('1') AS x",
  toFloat: "RETURN toFloat('1.5') AS x",
  labels: 'MATCH (t:Thema) RETURN labels(t) AS x LIMIT 1',
  type: 'MATCH ()-[r:KENT]->() RETURN type(r) AS x LIMIT 1',
  properties: 'MATCH (t:Thema) RETURN properties(t) AS x LIMIT 1',
  keys: 'MATCH (t:Thema) RETURN keys(t) AS x LIMIT 1',
  elementId: 'MATCH (t:Thema) RETURN elementId(t) AS x LIMIT 1',
  startNode: 'MATCH (:Persoon)-[r:WOONT_IN]->(:Gebied) RETURN startNode(r).id AS x LIMIT 1',
  endNode: 'MATCH (:Persoon)-[r:WOONT_IN]->(:Gebied) RETURN endNode(r).id AS x LIMIT 1',
  nodes: 'MATCH p = (:Persoon)-[:KENT]->() RETURN nodes(p) AS x LIMIT 1',
  relationships: 'MATCH p = (:Persoon)-[:KENT]->() RETURN relationships(p) AS x LIMIT 1',
  length: 'MATCH p = (:Persoon)-[:KENT]->() RETURN length(p) AS x LIMIT 1',
  shortestPath: 'MATCH p = shortestPath((a:Persoon)-[:KENT*..3]-(b:Persoon)) WHERE a <> b RETURN length(p) AS x LIMIT 1',
  date: 'RETURN date() AS x',
  duration: "RETURN date('2025-01-01') + duration('P1D') AS x",
  round: 'RETURN round(1.5) AS x',
};

describe('completion offers only functions that run', () => {

  it.each(OFFERED_FUNCTIONS.map((name) => [name] as const))('%s', async (name) => {
    const query = FUNCTION_EXAMPLES[name];
    expect(query, `no example call of ${name}`).toBeDefined();
    expect(query).toContain(`${name}(`);
    const response = await app.request('/api/cypher', { method: 'POST', json: { query } });
    const body = (await response.json()) as { rows: unknown[]; error?: { message: string } };
    expect(response.status, body.error?.message).toBe(200);
    expect(body.rows.length).toBe(1);
  });
});
