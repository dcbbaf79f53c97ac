/** Every report parses with Neo4j's own Cypher parser and linter, against the model's schema. */
import { describe, expect, it } from 'vitest';
import { lintQuery } from '../../client/views/console/lint.ts';
import { reportLibrary } from '../../server/services/reports/library.ts';

const reports = [...reportLibrary().values()];

/** The console editor's own marks (Neo4j's linter against the model's schema), so a report that passes here shows no mark when opened there. */
const lint = (query: string, parameters: string[] = []) => lintQuery(query, parameters).map(({ severity, message }) => ({ severity, message }));

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
    expect(lint(report.cypher, report.params.map((param) => param.name))).toEqual([]);
  });

  it('the linter does catch mistakes (so the test above means something)', () => {
    expect(lint('MATCH (n:Persoon) RETURN m').some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Persoon) WHERE n.id = $onbekend RETURN n').some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Persoon RETURN n').some((d) => d.severity === 'error')).toBe(true);
    expect(lint('MATCH (n:Onbekend) RETURN n').length).toBeGreaterThan(0);
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
