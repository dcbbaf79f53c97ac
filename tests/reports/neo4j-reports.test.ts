/**
 * Every saved report on a real Neo4j, beside the embedded engine: the same
 * demo network loaded into both through the write path, each report run
 * through the HTTP app as beheerder, and the rows compared. Runs when
 * NEO4J_URI is set (docs/deploy.md says how to start a Neo4j for it); skipped
 * with a printed reason otherwise. The Neo4j database it is given is emptied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDefinition } from '../../server/model/wire/reports.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { reportLibrary } from '../../server/services/reports/library.ts';
import { createTestApp, neo4jFromEnv, type TestApp } from '../helpers/test-app.ts';

const demo = readDemoNetwork();
const reports = [...reportLibrary().values()];
const onNeo4j = Boolean(neo4jFromEnv());
if (!onNeo4j) console.warn('reports on Neo4j: skipped (set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run them)');

/** A value for each parameter the report needs: a sleutelfiguur of the demo for a person. */
function requiredParams(report: ReportDefinition): Record<string, unknown> {
  const person = demo.nodes.find((node) => node.kind === 'persoon' && (node.roles as string[]).includes('sleutelfiguur'))!;
  return Object.fromEntries(report.params.filter((param) => param.required).map((param) => [param.name, param.type === 'persoon' ? person.id : param.default]));
}

/** Rows in an order of their own, for reports whose ORDER BY leaves ties open. */
const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

describe.runIf(onNeo4j)('saved reports on Neo4j give the embedded engine’s answers', () => {
  let neo4j: TestApp;
  let kuzu: TestApp;
  beforeAll(async () => {
    neo4j = await createTestApp({ seed: demo, neo4j: true });
    kuzu = await createTestApp({ seed: demo });
  }, 300_000);
  afterAll(async () => {
    await neo4j?.close();
    await kuzu?.close();
  });

  it.each(reports.map((report) => [report.id, report] as const))('%s', async (id, report) => {
    const run = async (app: TestApp) => {
      const response = await app.request(`/api/reports/${id}/run`, { method: 'POST', json: { params: requiredParams(report) } });
      const body = (await response.json()) as { rows: unknown[]; error?: { message: string } };
      expect(response.status, body.error?.message).toBe(200);
      return body.rows;
    };
    expect(sorted(await run(neo4j))).toEqual(sorted(await run(kuzu)));
  });
});
