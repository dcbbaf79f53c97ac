import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { fixture, resetStore, workbookOf } from './helpers.ts';
import type { WorkbookReport } from '../../server/model/wire/import.ts';

describe('import and export over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await resetStore(app);
  });
  afterAll(async () => app.close());

  const upload = (file: string, fields: Record<string, string> = {}) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(fixture(file))]), file);
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return form;
  };

  it('previews a file: encoding, separator, header, mapping, first rows', async () => {
    const response = await app.request('/api/import/preview?kind=persons', { method: 'POST', body: upload('messy-persons.csv') });
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview).toMatchObject({
      encoding: 'windows-1252',
      separator: ';',
      header: ['Naam', 'Rollen', 'Wijk', 'Buurt', 'Toestemming', 'Datum toestemming', 'Contact'],
      mapping: ['name', 'roles', 'wijk', 'buurt', 'consentBasis', 'consentDate', 'contact'],
      totalRows: 6,
    });
    expect(preview.rows[0]).toEqual({ line: 2, cells: ['Anneke de Vries', 'bewoner, sleutelfiguur', 'Rozenprieel', '', 'ja', '14-3-2024', 'anneke@example.nl'] });
  });

  it('dry-runs, rejects with 422 and a per-line report, then imports; exports GEXF/GraphML/JSON', async () => {
    const before = await app.services.store.counts();
    const rejected = await app.request('/api/import/persons', { method: 'POST', body: upload('messy-persons.csv') });
    expect(rejected.status).toBe(422);
    const report = await rejected.json();
    expect(report.applied).toBe(false);
    expect(report.lines[3]).toEqual({ line: 5, action: 'reject', errors: [{ column: 'Naam', message: 'naam is verplicht' }], cells: expect.any(Array) });
    expect(report.lines[3].cells[0]).toBe('');
    expect(await app.services.store.counts()).toEqual(before);

    const dry = await app.request('/api/import/persons?dryRun=true', { method: 'POST', body: upload('persons.csv') });
    expect(await dry.json()).toMatchObject({ dryRun: true, applied: false, summary: { create: 4 } });
    expect(await app.services.store.counts()).toEqual(before);

    const done = await app.request('/api/import/persons', { method: 'POST', body: upload('persons.csv') });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ applied: true, summary: { create: 4 } });
    const nodes = await (await app.request('/api/nodes?kind=persoon')).json();
    expect(nodes.total).toBe(4);

    const gexf = await app.request('/api/export?format=gexf');
    expect(gexf.headers.get('content-type')).toContain('gexf');
    expect(await gexf.text()).toContain('Chloë Bakker');
    const graphml = await (await app.request('/api/export?format=graphml&gebied=geb_rozenprieel')).text();
    expect(graphml).toContain('Ruud Jansen');
    expect(graphml).not.toContain('Chloë Bakker');
    const json = await (await app.request('/api/export?format=json&kind=persoon')).json();
    expect(json.nodes).toHaveLength(4);
  });

  it('fixes a rejected cell in place and imports, without picking the file again', async () => {
    const first = await (await app.request('/api/import/persons?dryRun=true', { method: 'POST', body: upload('messy-persons.csv') })).json();
    const rejected = first.lines.filter((line: { action: string }) => line.action === 'reject');
    expect(rejected.length).toBeGreaterThan(0);
    const header: string[] = first.header;
    const edits = rejected.flatMap((line: { line: number; errors: { column: string }[] }) =>
      line.errors.map((error) => ({ line: line.line, column: header.indexOf(error.column), value: error.column === 'Naam' ? `Nieuwe bewoner ${line.line}` : (FIXES[error.column] ?? '') })),
    );
    const retried = await app.request('/api/import/persons?dryRun=true', { method: 'POST', body: upload('messy-persons.csv', { edits: JSON.stringify(edits) }) });
    expect(retried.status).toBe(200);
    expect((await retried.json()).summary.reject).toBe(0);
    const bad = await app.request('/api/import/persons?dryRun=true', { method: 'POST', body: upload('messy-persons.csv', { edits: JSON.stringify([{ line: 99, column: 0, value: 'x' }]) }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('regel 99');
  });

  it('imports only the good lines when asked, and hands back the rejected ones with the reason', async () => {
    const before = await app.services.store.counts();
    const response = await app.request('/api/import/persons?onlyGoodLines=true', { method: 'POST', body: upload('messy-persons.csv') });
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report.applied).toBe(true);
    const rejectedLines = report.lines.filter((line: { action: string }) => line.action === 'reject');
    expect(rejectedLines.length).toBe(report.summary.reject);
    const csv: string = report.rejectedCsv;
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe([...report.header, 'reden'].join(';'));
    expect(rows.length).toBe(1 + rejectedLines.length);
    expect(rows[1]).toContain(rejectedLines[0].errors[0].message);
    const after = await app.services.store.counts();
    expect(after.nodes.persoon - before.nodes.persoon).toBe(report.summary.create);
  });

  describe('a workbook', () => {
    const sheets = () => ({
      Organisaties: [['Naam', 'Type', 'Wijk'], ['Buurtkamer Rozenprieel', 'welzijn', 'Rozenprieel']],
      Personen: [
        ['Naam', 'Rollen', 'Wijk', 'Toestemming'],
        ['Wilma Boersma', 'bewoner', 'Rozenprieel', 'ja'],
        ['Kees Brink', 'bewoner', 'Rozenpriel', 'ja'],
      ],
      Banden: [['Van', 'Naar', 'Soort'], ['Kees Brink', 'Buurtkamer Rozenprieel', 'VRIJWILLIGER_BIJ']],
    });
    const post = async (query: string, fields: Record<string, string> = {}) => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(await workbookOf(sheets()))]), 'netwerk.xlsx');
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return app.request(`/api/import/xlsx${query}`, { method: 'POST', body: form });
    };
    const sheet = (report: WorkbookReport, name: string) => report.sheets.find((candidate) => candidate.sheet === name)!;

    beforeAll(async () => resetStore(app));

    it('hands back a rejected row with its cells, the rows that need it saying so, and takes a correction by sheet', async () => {
      const before = await app.services.store.counts();
      const rejected = await post('?dryRun=true');
      expect(rejected.status).toBe(422);
      const report = await rejected.json();
      const kees = sheet(report, 'Personen').lines.find((line) => line.line === 3)!;
      expect(kees).toMatchObject({ action: 'reject', cells: ['Kees Brink', 'bewoner', 'Rozenpriel', 'ja'] });
      expect(kees.errors![0]).toMatchObject({ column: 'Wijk' });
      expect(sheet(report, 'Banden').lines[0]!.errors![0]!.message).toContain('regel 3');

      const edits = JSON.stringify([{ sheet: 'Personen', line: 3, column: 2, value: 'Rozenprieel' }]);
      const fixed = await post('', { edits });
      expect(fixed.status).toBe(200);
      expect(await fixed.json()).toMatchObject({ applied: true, summary: { reject: 0, create: 4 } });
      const after = await app.services.store.counts();
      expect(after.nodes.persoon - before.nodes.persoon).toBe(2);

      const elsewhere = await post('?dryRun=true', { edits: JSON.stringify([{ sheet: 'Plekken', line: 2, column: 0, value: 'x' }]) });
      expect(elsewhere.status).toBe(400);
      expect((await elsewhere.json()).error.message).toContain("blad 'Plekken'");
    });

    it('writes only the good rows when asked, and hands back the rejected rows of each sheet as a CSV with the reason', async () => {
      await resetStore(app);
      const before = await app.services.store.counts();
      const response = await post('?onlyGoodLines=true');
      expect(response.status).toBe(200);
      const report = await response.json();
      expect(report).toMatchObject({ applied: true, summary: { reject: 2 } });
      const persons = sheet(report, 'Personen');
      expect(persons.rejectedCsv!.replace(/^\ufeff/, '').split('\r\n')[1]).toMatch(/^Kees Brink;bewoner;Rozenpriel;ja;"Wijk: onbekende wijk/);
      expect(sheet(report, 'Banden').rejectedCsv).toContain('regel 3');
      const after = await app.services.store.counts();
      expect(after.nodes.persoon - before.nodes.persoon).toBe(1);
      expect(after.nodes.organisatie - before.nodes.organisatie).toBe(1);
    });
  });
});

/** A correct value for each column the messy file gets wrong. */
const FIXES: Record<string, string> = { Rollen: 'bewoner', Wijk: 'Rozenprieel', Buurt: '', Toestemming: 'ja', 'Datum toestemming': '14-3-2024', Contact: '' };
