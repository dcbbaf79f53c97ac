import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/services/import/import-service.ts';
import { readCsv } from '../../server/services/import/csv-read.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { fixture, resetStore, TEST_ACTOR } from './helpers.ts';

const actor = TEST_ACTOR;

function rejections(report: { lines: { line: number; errors?: { column: string; message: string }[] }[] }): string[] {
  return report.lines.flatMap((line) => (line.errors ?? []).map((error) => `line ${line.line}, column ${error.column}: ${error.message}`));
}

describe('CSV reading', () => {
  it('detects Windows-1252 and the ; separator, and numbers lines from the header as 1', () => {
    const table = readCsv(fixture('messy-persons.csv'));
    expect(table.encoding).toBe('windows-1252');
    expect(table.separator).toBe(';');
    expect(table.header[0]).toBe('Naam');
    expect(table.rows[1]).toEqual({ line: 3, cells: ['José Martínez', 'vrijwilliger', 'Rozenprieel', 'Kamperstraat', 'ja', '2024-02-01', ''] });
    expect(table.rows[2]!.cells[0]).toBe('Chloë Bakker');
  });

  it('detects UTF-8 with a BOM, commas and tabs', () => {
    expect(readCsv(fixture('sociale-kaart.csv'))).toMatchObject({ encoding: 'utf-8-bom', separator: ',' });
    expect(readCsv(new TextEncoder().encode('naam\twijk\nAnnée\tRozenprieel\n'))).toMatchObject({ encoding: 'utf-8', separator: '\t', rows: [{ line: 2, cells: ['Année', 'Rozenprieel'] }] });
  });
});

describe('CSV import', () => {
  let app: TestApp;
  let service: ImportService;
  // One database for the file (opening many Kùzu databases in one process is slow); a fresh seed per test.
  beforeAll(async () => {
    app = await createTestApp();
    service = new ImportService(app.services.network);
  });
  beforeEach(async () => resetStore(app));
  afterAll(async () => app.close());

  it('rejects the messy persons file with exact line-numbered errors and writes nothing', async () => {
    const before = await app.services.store.counts();
    const report = await service.importCsv(fixture('messy-persons.csv'), { kind: 'persons', actor });
    expect(rejections(report)).toEqual([
      'line 5, column Naam: naam is verplicht',
      "line 6, column Wijk: onbekende wijk 'Atlantis'",
      'line 7, column Naam: dubbel: zelfde naam en gebied als regel 2',
    ]);
    expect(report.applied).toBe(false);
    expect(report.summary).toMatchObject({ rows: 6, create: 3, reject: 3 });
    expect(report.lines.slice(0, 3).map((line) => line.action)).toEqual(['create', 'create', 'create']);
    expect(await app.services.store.counts()).toEqual(before);
  });

  it('imports the corrected file, and importing it again changes nothing', async () => {
    const report = await service.importCsv(fixture('persons.csv'), { kind: 'persons', actor });
    expect(rejections(report)).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.summary).toMatchObject({ rows: 4, create: 4, reject: 0 });
    const counts = await app.services.store.counts();
    expect(counts.nodes.persoon).toBe(4);
    expect(counts.ties.WOONT_IN).toBe(4);

    const network = await app.services.network.cache.data();
    const jose = network.nodes.find((node) => node.name === 'José Martínez')!;
    expect(jose).toMatchObject({ kind: 'persoon', roles: ['vrijwilliger'], consentBasis: 'toestemming', consentDate: '2024-02-01' });
    expect(network.ties.find((tie) => tie.from === jose.id && tie.type === 'WOONT_IN')).toMatchObject({ to: 'geb_kamperstraat', source: 'import', recordedBy: 'tester' });
    const anneke = network.nodes.find((node) => node.name === 'Anneke de Vries')!;
    expect(anneke).toMatchObject({ roles: ['bewoner', 'sleutelfiguur'], consentDate: '2024-03-14', contact: 'anneke@example.nl' });

    const snapshot = await app.services.store.readNetwork();
    const again = await service.importCsv(fixture('persons.csv'), { kind: 'persons', actor });
    expect(again.summary).toMatchObject({ rows: 4, create: 0, update: 0, unchanged: 4, reject: 0 });
    expect(await app.services.store.readNetwork()).toEqual(snapshot);
  });

  it('updates a changed row in place', async () => {
    await service.importCsv(fixture('persons.csv'), { kind: 'persons', actor });
    const changed = 'naam;rollen;wijk\nRuud Jansen;bewoner, vrijwilliger;Rozenprieel\n';
    const report = await service.importCsv(changed, { kind: 'persons', actor });
    expect(report.lines).toEqual([expect.objectContaining({ line: 2, action: 'update', changes: ['rollen'] })]);
    const ruud = (await app.services.network.cache.data()).nodes.find((node) => node.name === 'Ruud Jansen')!;
    expect(ruud.roles).toEqual(['bewoner', 'vrijwilliger']);
    expect((await app.services.store.counts()).nodes.persoon).toBe(4);
  });

  it('rejects a tie to an unknown person, naming line and column, and writes nothing', async () => {
    await service.importCsv(fixture('persons.csv'), { kind: 'persons', actor });
    const before = await app.services.store.counts();
    const report = await service.importCsv(fixture('messy-ties.csv'), { kind: 'ties', actor });
    expect(rejections(report)).toEqual(["line 4, column Naar: onbekende persoon 'Piet Onbekend'"]);
    expect(await app.services.store.counts()).toEqual(before);

    const fixed = await service.importCsv(fixture('ties.csv'), { kind: 'ties', actor });
    expect(fixed.summary).toMatchObject({ create: 3, reject: 0 });
    const kent = (await app.services.network.cache.data()).ties.filter((tie) => tie.type === 'KENT');
    expect(kent).toHaveLength(3);
    expect(kent.find((tie) => tie.strength === 4)).toMatchObject({ lastContact: '2024-06-01', source: 'sneeuwbal', consentBasis: 'gerechtvaardigd_belang' });
    const again = await service.importCsv(fixture('ties.csv'), { kind: 'ties', actor });
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 3 });
  });

  it('a dry run reports but writes nothing', async () => {
    const before = await app.services.store.counts();
    const report = await service.importCsv(fixture('persons.csv'), { kind: 'persons', actor, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, applied: false, summary: { create: 4 } });
    expect(await app.services.store.counts()).toEqual(before);
  });

  it('names a missing required column as line 1', async () => {
    const report = await service.importCsv('rollen;wijk\nbewoner;Rozenprieel\n', { kind: 'persons', actor });
    expect(rejections(report)).toEqual(['line 1, column naam: deze kolom ontbreekt']);
  });

  it('imports a sociale kaart into organisations, activities, places and themes with their ties', async () => {
    expect((await service.importCsv(fixture('themas.csv'), { kind: 'themas', actor })).summary).toMatchObject({ create: 3, reject: 0 });
    const report = await service.importCsv(fixture('sociale-kaart.csv'), { kind: 'socialekaart', actor });
    expect(rejections(report)).toEqual([]);
    expect(report.applied).toBe(true);
    const counts = await app.services.store.counts();
    expect(counts.nodes).toMatchObject({ organisatie: 2, initiatief: 2, plek: 2 });
    expect(counts.nodes.thema).toBe(2 + 3); // armoede and eenzaamheid existed; three imported from themas.csv
    expect(counts.ties).toMatchObject({ WERKT_IN: 1 + 4, RICHT_ZICH_OP: 6, BEHEERT: 1, VINDT_PLAATS_IN: 2, LIGT_IN: 2, ONDERSTEUNT: 2 });
    const again = await service.importCsv(fixture('sociale-kaart.csv'), { kind: 'socialekaart', actor });
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 4 });
    expect(await app.services.store.counts()).toEqual(counts);
  });
});
