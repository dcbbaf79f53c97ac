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
import { ValidationError } from '../../server/errors.ts';
import { explainEngineError } from '../../server/services/queries/translate/engine-errors.ts';

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
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ seed: readDemoNetwork() });
  });
  afterAll(() => app?.close());

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
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ seed: readDemoNetwork() });
  });
  afterAll(() => app?.close());

  it.each([
    ["RETURN 'wijk ' + 1 AS a", /toString\(n\)/],
    ['MATCH (p:Persoon) RETURN p.kleur LIMIT 1', /p heeft geen eigenschap kleur/],
    ['MATCH (p:Onbekend) RETURN p', /Onbekend bestaat niet in het model.*labels: .*Persoon/],
    ["MATCH (p:Persoon) WHERE p.roles = 'sleutelfiguur' RETURN count(p)", /'sleutelfiguur' IN p\.roles/],
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
