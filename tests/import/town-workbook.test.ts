/**
 * A small town's whole network into an empty database: as one Excel workbook
 * and as one CSV per kind, through the import service on the real embedded
 * store. Also: nothing ignored in silence, near-misses suggested, rows that
 * depend on a rejected row say so, and the template imports as it stands.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkData } from '../../server/model/index.ts';
import { ImportService } from '../../server/services/import/import-service.ts';
import { renderColumnReference, templateWorkbook } from '../../server/services/import/reference.ts';

import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { TEST_ACTOR, workbookOf, type Sheet } from './helpers.ts';
import type { ImportKind } from '../../server/model/wire/import.ts';

const TOWN: Record<string, { kind: ImportKind; rows: Sheet }> = {
  Gebieden: {
    kind: 'gebieden',
    rows: [
      ['Naam', 'Niveau', 'Ligt in', 'CBS-code'],
      ['Duinstad', 'stad', '', ''],
      ['Noordzijde', 'stadsdeel', 'Duinstad', ''],
      ['Havenkwartier', 'wijk', 'Noordzijde', 'WK900001'],
      ['Rozendaal', 'wijk', 'Noordzijde', 'WK900002'],
      ['Kerkbuurt', 'buurt', 'Havenkwartier', ''],
    ],
  },
  "Thema's": { kind: 'themas', rows: [['Naam', 'Soort'], ['eenzaamheid', 'thema'], ['Geldzorgen en schulden', 'thema']] },
  Plekken: { kind: 'places', rows: [['Naam', 'Type', 'Adres', 'Wijk'], ['Buurthuis De Kaap', 'buurtcentrum', 'Kaapstraat 1', 'Havenkwartier']] },
  Organisaties: {
    kind: 'organisations',
    rows: [
      ['Naam', 'Type', 'Wijk', "Thema's"],
      ['Welzijn Duinstad', 'welzijn', 'Havenkwartier, Rozendaal', 'eenzaamheid'],
      ['Voedselbank Duinstad', 'vrijwilligersorganisatie', 'Havenkwartier', 'Geldzorgen en schulden'],
      ['Voedselbank Duinstad', 'vrijwilligersorganisatie', 'Rozendaal', ''],
    ],
  },
  Wijkteams: { kind: 'wijkteams', rows: [['Naam', 'Wijk', 'Moederorganisaties'], ['Wijkteam Noord', 'Havenkwartier; Rozendaal', 'Welzijn Duinstad, Voedselbank Duinstad']] },
  Initiatieven: {
    kind: 'initiatives',
    rows: [
      ['Naam', 'Wijk', "Thema's", 'Plek', 'Startdatum'],
      ['Koffie in de Kaap', 'Havenkwartier', 'eenzaamheid', 'Buurthuis De Kaap', '3-4-2023'],
      ['Moestuin Rozendaal', 'Rozendaal', '', '', ''],
    ],
  },
  Personen: {
    kind: 'persons',
    rows: [
      ['Naam', 'Rollen', 'Wijk', 'Actief in', 'Toestemming'],
      ['Fatima Bakker', 'bewoner, sleutelfiguur', 'Havenkwartier', 'Havenkwartier, Rozendaal', 'ja'],
      ['Henk de Wit', 'bewoner', 'Rozendaal', '', 'ja'],
      ['Sanne Visser', 'opbouwwerker', '', 'Havenkwartier', 'gerechtvaardigd belang'],
    ],
  },
  Banden: {
    kind: 'ties',
    rows: [
      ['Van', 'Naar', 'Type', 'Sterkte', 'Bandnummer'],
      ['Fatima Bakker', 'Koffie in de Kaap', 'trekker van', '4', 'B1'],
      ['Henk de Wit', 'Moestuin Rozendaal', 'deelnemer aan', '3', 'B2'],
      ['Sanne Visser', 'Welzijn Duinstad', 'werkt bij', '', 'B3'],
      ['Sanne Visser', 'Wijkteam Noord', 'lid van', '', 'B4'],
      ['Fatima Bakker', 'Henk de Wit', 'kent', '2', 'B5'],
    ],
  },
};

const town = (change: (sheets: Record<string, Sheet>) => void = () => {}) => {
  const sheets = Object.fromEntries(Object.entries(TOWN).map(([name, { rows }]) => [name, rows.map((row) => [...row])]));
  change(sheets);
  return workbookOf(sheets);
};

/** The network by content: names instead of ids, without bookkeeping. */
function content(network: NetworkData) {
  const name = new Map(network.nodes.map((node) => [node.id, `${node.kind}:${node.name}`]));
  const nodes = network.nodes.map(({ id: _id, version: _v, parentId, ...rest }) => JSON.stringify({ ...rest, parent: parentId ? name.get(parentId as string) : undefined })).sort();
  const ties = network.ties.map((tie) => `${tie.type} ${name.get(tie.from)} -> ${name.get(tie.to)} ${tie.strength ?? ''}`).sort();
  return { nodes, ties };
}

let app: TestApp;
let service: ImportService;
beforeEach(async () => {
  app = await createTestApp();
  service = new ImportService(app.services.network);
});
afterEach(() => app.close());

describe('a whole town as one workbook', () => {
  it('imports every kind into an empty database, in the right order, with a warning for the unused column', async () => {
    const dry = await service.importWorkbook(await town(), { dryRun: true, actor: TEST_ACTOR });
    expect(dry).toMatchObject({ dryRun: true, applied: false, summary: { reject: 0 } });
    expect((await app.services.store.counts()).nodes.persoon).toBe(0);

    const report = await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    expect(report.sheets.flatMap((sheet) => sheet.lines.flatMap((line) => line.errors ?? []))).toEqual([]);
    expect(report.applied).toBe(true);
    expect(report.sheets.map((sheet) => sheet.sheet)).toEqual(['Gebieden', "Thema's", 'Plekken', 'Organisaties', 'Wijkteams', 'Initiatieven', 'Personen', 'Banden']);
    const banden = report.sheets.find((sheet) => sheet.sheet === 'Banden')!;
    expect(banden.warnings.map((warning) => warning.column)).toEqual(['Bandnummer']);

    const counts = await app.services.store.counts();
    expect(counts.nodes).toEqual({ gebied: 5, thema: 2, plek: 1, organisatie: 2, wijkteam: 1, initiatief: 2, persoon: 3 });
    expect(counts.ties).toMatchObject({ LIGT_IN: 1, WERKT_IN: 8, RICHT_ZICH_OP: 3, VINDT_PLAATS_IN: 1, WOONT_IN: 2, ACTIEF_IN: 3, TREKKER_VAN: 1, DEELNEMER_AAN: 1, WERKT_BIJ: 1, LID_VAN: 1, KENT: 1, MOEDERORGANISATIE_VAN: 2 });
    const network = await app.services.store.readNetwork();
    const wijk = network.nodes.find((node) => node.name === 'Havenkwartier')!;
    expect(network.nodes.find((node) => node.id === wijk.parentId)?.name).toBe('Noordzijde');

    const again = await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    expect(again.summary).toMatchObject({ create: 0, update: 0, reject: 0 });
    expect(await app.services.store.counts()).toEqual(counts);
  });

  it('gives the same network as one CSV per kind', async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const fromWorkbook = content(await app.services.store.readNetwork());
    const other = await createTestApp();
    try {
      const csvService = new ImportService(other.services.network);
      for (const { kind, rows } of Object.values(TOWN)) {
        const report = await csvService.importCsv(rows.map((row) => row.map((cell) => (cell.includes(';') ? `"${cell}"` : cell)).join(';')).join('\n'), { kind, actor: TEST_ACTOR });
        expect(report.summary.reject, kind).toBe(0);
      }
      expect(content(await other.services.store.readNetwork())).toEqual(fromWorkbook);
    } finally {
      await other.close();
    }
  });

  it('writes nothing when one row is rejected, and points rows that need it at that row', async () => {
    const workbook = await town((sheets) => {
      sheets.Organisaties![1]![1] = 'welzijnswerk';
    });
    const report = await service.importWorkbook(workbook, { actor: TEST_ACTOR });
    expect(report.applied).toBe(false);
    const organisaties = report.sheets.find((sheet) => sheet.sheet === 'Organisaties')!;
    expect(organisaties.lines.find((line) => line.line === 2)).toMatchObject({ action: 'reject', errors: [{ column: 'Type' }] });
    const banden = report.sheets.find((sheet) => sheet.sheet === 'Banden')!;
    expect(banden.lines.find((line) => line.line === 4)!.errors![0]!.message).toContain('hangt af van regel 2 van blad Organisaties, die is afgewezen');
    expect((await app.services.store.counts()).nodes).toMatchObject({ gebied: 0, persoon: 0 });
  });

  it('names a sheet it does not read, with the name it probably means', async () => {
    const workbook = await town((sheets) => {
      sheets.Persoonen = sheets.Personen!;
      delete sheets.Personen;
    });
    const report = await service.importWorkbook(workbook, { dryRun: true, actor: TEST_ACTOR });
    expect(report.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining("bedoelt u 'Personen'?")]);
  });
});

describe('nothing ignored in silence', () => {
  it('warns about an unused column and suggests the field a near-miss header means', async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const report = await service.importCsv('Naam;Type;Wijk;Themaas\nBibliotheek Duinstad;vereniging;Havenkwartier;eenzaamheid\n', { kind: 'organisations', dryRun: true, actor: TEST_ACTOR });
    expect(report.warnings).toEqual([expect.objectContaining({ column: 'Themaas', suggestion: 'themes' })]);
  });

  it('suggests the known value for a near-miss instead of making a new theme', async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const report = await service.importCsv("Naam;Type;Wijk;Thema's\nSchuldhulp Duinstad;welzijn;Rozendaal;Schulden\n", { kind: 'organisations', actor: TEST_ACTOR });
    expect(report.lines[0]!.errors![0]!.message).toContain("bedoelt u 'Geldzorgen en schulden'?");
    expect((await app.services.store.counts()).nodes.thema).toBe(2);
  });

  it('reports only the type of a tie whose type is unknown, not its existing ends', async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const report = await service.importCsv('Van;Naar;Type\nFatima Bakker;Henk de Wit;buurvrouw van\n', { kind: 'ties', dryRun: true, actor: TEST_ACTOR });
    expect(report.lines[0]!.errors!.map((error) => error.column)).toEqual(['Type']);
  });
});

describe('what Dutch sociale kaarten hold', () => {
  it('accepts the library, sport clubs, allotments and youth workers', async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const organisations = await service.importCsv('Naam;Type;Wijk\nBibliotheek Duinstad;bibliotheek;Havenkwartier\nVV Rozendaal;sportvereniging;Rozendaal\n', { kind: 'organisations', actor: TEST_ACTOR });
    const places = await service.importCsv('Naam;Type;Wijk\nVolkstuin De Hoek;moestuin;Rozendaal\n', { kind: 'places', actor: TEST_ACTOR });
    const persons = await service.importCsv('Naam;Rollen;Actief in\nMo Amrani;jongerenwerker;Havenkwartier, Rozendaal\n', { kind: 'persons', actor: TEST_ACTOR });
    for (const report of [organisations, places, persons]) expect(report.lines.flatMap((line) => line.errors ?? [])).toEqual([]);
    const nodes = (await app.services.store.readNetwork()).nodes;
    expect(nodes.find((node) => node.name === 'VV Rozendaal')?.type).toBe('sport');
    expect(nodes.find((node) => node.name === 'Volkstuin De Hoek')?.type).toBe('volkstuin');
    expect(nodes.find((node) => node.name === 'Mo Amrani')?.roles).toEqual(['jongerenwerker']);
  });

  it("takes 'overig' with the organisation's own word for what it is, and says so when a type is unknown", async () => {
    await service.importWorkbook(await town(), { actor: TEST_ACTOR });
    const unknown = await service.importCsv('Naam;Type;Wijk\nMoskeebestuur Al Fath;moskeebestuur;Havenkwartier\n', { kind: 'organisations', actor: TEST_ACTOR, dryRun: true });
    expect(unknown.lines[0]!.errors![0]!.message).toContain("kies dan 'overig' en zet het type in de kolom 'omschrijving type'");
    const report = await service.importCsv('Naam;Type;Omschrijving type;Wijk\nMoskeebestuur Al Fath;overig;moskeebestuur;Havenkwartier\n', { kind: 'organisations', actor: TEST_ACTOR });
    expect(report.warnings).toEqual([]);
    expect(report.summary.create).toBe(1);
    const stored = (await app.services.store.readNetwork()).nodes.find((node) => node.name === 'Moskeebestuur Al Fath');
    expect(stored).toMatchObject({ type: 'overig', typeLabel: 'moskeebestuur' });
  });
});

describe('templates and reference', () => {
  it('the template workbook imports as it stands', async () => {
    const report = await service.importWorkbook(await templateWorkbook(), { actor: TEST_ACTOR });
    expect(report.sheets.flatMap((sheet) => sheet.lines.flatMap((line) => line.errors ?? []))).toEqual([]);
    expect(report.sheets.flatMap((sheet) => sheet.warnings)).toEqual([]);
    expect(report.applied).toBe(true);
  });

  it('docs/import.md holds the column reference the importer uses', () => {
    const docs = readFileSync(new URL('../../docs/import.md', import.meta.url), 'utf8');
    expect(docs).toContain(renderColumnReference());
  });
});
