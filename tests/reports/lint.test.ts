/** Every report parses with Neo4j's own Cypher parser and linter, against the model's schema. */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { cypherSchema } from '../../server/model/wire/cypher-schema.ts';
import { reportLibrary } from '../../server/services/reports/library.ts';
import { resolveDate } from '../../server/services/reports/params.ts';

const reports = [...reportLibrary().values()];

/** Neo4j's performance hint on deliberate cross products (every wijk × every thema) is the one warning we accept. */
const CARTESIAN_HINT = /^If a part of a query contains multiple disconnected patterns/;

function lint(query: string, parameters: Record<string, unknown>) {
  const { diagnostics } = lintCypherQuery(query, { ...cypherSchema(), parameters });
  const text = (d: (typeof diagnostics)[number]) => (typeof d.message === "string" ? d.message : d.message.value);
  return diagnostics.filter((d) => !CARTESIAN_HINT.test(text(d))).map((d) => ({ severity: d.severity === 1 ? "error" : "warning", message: text(d), at: query.slice(d.offsets.start, d.offsets.end) }));
}

describe('report library', () => {
  it('holds at least 20 reports with Dutch titles, descriptions and columns', () => {
    expect(reports.length).toBeGreaterThanOrEqual(20);
    for (const report of reports) {
      expect(report.title.length, report.id).toBeGreaterThan(5);
      expect(report.description.length, report.id).toBeGreaterThan(40);
      expect(report.columns.length, report.id).toBeGreaterThan(0);
    }
  });

  it.each(reports.map((report) => [report.id, report] as const))('%s parses with Neo4j’s parser: no syntax or semantic errors, no warnings but the cross-product hint', (_id, report) => {
    const parameters = Object.fromEntries(report.params.map((param) => [param.name, param.type === 'date' ? resolveDate(String(param.default)) : param.default]));
    expect(lint(report.cypher, parameters)).toEqual([]);
  });

  it('the linter does catch mistakes (so the test above means something)', () => {
    expect(lint('MATCH (n:Persoon) RETURN m', {}).some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Persoon) WHERE n.id = $onbekend RETURN n', {}).some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Persoon RETURN n', {}).some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Onbekend) RETURN n', {}).length).toBeGreaterThan(0);
  });

  it('every RETURN alias matches a declared @column, in order', () => {
    for (const report of reports) {
      // The last RETURN (or each branch of a UNION) names the columns.
      const branches = report.cypher.split(/\bUNION(?: ALL)?\b/);
      for (const branch of branches) {
        const returned = branch.slice(branch.lastIndexOf('RETURN') + 'RETURN'.length).split(/\bORDER BY\b|\bLIMIT\b/)[0]!;
        const names = returned.split(/,(?![^(]*\))/).map((part) => /\bAS\s+(\w+)\s*$/.exec(part.trim())?.[1] ?? part.trim().replace(/^DISTINCT\s+/, ''));
        expect(names, report.id).toEqual(report.columns.map((column) => column.name));
      }
    }
  });
});
