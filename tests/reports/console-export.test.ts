/**
 * What the console gives an analyst to take away and to find: the CSV export
 * (readable headers, `;` for Dutch Excel, a BOM, the report's name and the
 * date as file name), on a real result of POST /api/cypher; and the report
 * library of GET /api/reports, grouped by the users' questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFilename, csvText, readableHeader } from '../../client/views/console/csv.ts';
import { REPORT_GROUPS, type QueryResult, type ReportDefinition } from '../../server/model/wire/reports.ts';
import { readDemoNetwork } from '../../server/services/demo/load-demo.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: readDemoNetwork() });
});
afterAll(() => app?.close());

describe('CSV export of a result', () => {
  it('has readable headers, ; between cells, a BOM and CRLF lines; nodes as names, ties as types, no JSON', async () => {
    const response = await app.request('/api/cypher', {
      method: 'POST',
      json: { query: "MATCH (p:Persoon)-[r:WOONT_IN]->(g:Gebied) RETURN g AS wijkNaam, type(r) AS band_type, r, count(*) AS aantal, 0.5 AS fractie, true AS actief LIMIT 1" },
    });
    const result = (await response.json()) as QueryResult;
    expect(response.status).toBe(200);
    const text = csvText(result.columns, result.rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, line] = text.slice(1).split('\r\n');
    expect(header).toBe('Wijk naam;Band type;R;Aantal;Fractie;Actief');
    const cells = line!.split(';');
    expect(cells[0]).toBe((result.rows[0]!.wijkNaam as { name: string }).name);
    expect(cells.slice(1, 3)).toEqual(['WOONT_IN', 'WOONT_IN']);
    expect(cells.slice(3)).toEqual(['1', '0,5', 'ja']);
    expect(text).not.toContain('{');
  });

  it('quotes a cell with ; or a quote, joins lists, and writes a path as its steps', () => {
    const text = csvText(
      [{ name: 'tekst', kind: 'tekst' }, { name: 'lijst', kind: 'tekst' }, { name: 'p', kind: 'tekst' }, { name: 'count(p)', kind: 'getal' }],
      [{ tekst: 'a;b "c"', lijst: ['x', 'y'], p: { _nodes: [{ id: 'per_1', kind: 'persoon', name: 'Ans' }, { id: 'per_2', kind: 'persoon', name: 'Bob' }], _rels: [{ id: 'k1', type: 'KENT' }] }, 'count(p)': 2 }],
    );
    expect(text).toBe('\uFEFFTekst;Lijst;P;count(p)\r\n"a;b ""c""";x, y;Ans –KENT– Bob;2\r\n');
  });

  it('headers: camelCase and snake_case become words, expressions stay as written', () => {
    expect(readableHeader('bandenBinnen')).toBe('Banden binnen');
    expect(readableHeader('aantal_leden')).toBe('Aantal leden');
    expect(readableHeader('count(p)')).toBe('count(p)');
  });

  it('the file is named after the report (its id, or a title made into one) and the date', () => {
    const day = new Date(2026, 4, 1);
    expect(csvFilename('sleutelfiguren-per-wijk', day)).toBe('sleutelfiguren-per-wijk-2026-05-01.csv');
    expect(csvFilename('Wie kent wie in de Spaarndammerwijk?', day)).toBe('wie-kent-wie-in-de-spaarndammerwijk-2026-05-01.csv');
    expect(csvFilename('Café één', day)).toBe('cafe-een-2026-05-01.csv');
    expect(csvFilename('', day)).toBe('resultaat-2026-05-01.csv');
  });
});

describe('the report library as the console shows it', () => {
  it('gives every report one of the users’ questions, and every question has reports', async () => {
    const response = await app.request('/api/reports');
    const { reports } = (await response.json()) as { reports: ReportDefinition[] };
    expect(response.status).toBe(200);
    for (const report of reports) expect(REPORT_GROUPS, report.id).toContain(report.group);
    for (const group of REPORT_GROUPS) expect(reports.some((report) => report.group === group), group).toBe(true);
  });
});
