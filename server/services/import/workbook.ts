/**
 * A whole network as one Excel workbook: one sheet per kind, recognised by
 * the sheet's name (Gebieden, Thema's, Plekken, Organisaties, Sociale kaart,
 * Wijkteams, Initiatieven, Personen, Banden). The sheets are planned in the
 * import order, each against the network plus what the sheets before it
 * create, so a Banden sheet can name persons of the Personen sheet. A row
 * that needs a row rejected on an earlier sheet says so. The plan is written
 * as one change, so the workbook is imported wholly or not at all.
 *
 * Read with exceljs: it reads .xlsx as Excel writes it (shared strings, dates
 * as serial numbers with a date format, rich text, formula results).
 */
import ExcelJS from 'exceljs';
import { ValidationError } from '../../errors.ts';
import { nearMiss, normaliseHeader } from './columns.ts';
import { planCsvImport, type ImportPlan, type PlannedCsv } from './csv-import.ts';
import type { CsvTable } from './csv-read.ts';
import type { NetworkIndex } from './network-index.ts';
import { planSocialeKaart } from './sociale-kaart.ts';
import type { Actor } from '../write/types.ts';
import { type CsvImportKind as SheetKind, IMPORT_KIND_NAMES, IMPORT_KINDS, type ImportKind, type ImportSummary, type ImportWarning, type LineReport, type SheetReport, type WorkbookReport } from '../../model/wire/import.ts';

const SHEET_NAMES: Record<SheetKind, { kind: SheetKind; name: string; aliases: readonly string[] }> = {
  gebieden: { kind: 'gebieden', name: IMPORT_KIND_NAMES.gebieden, aliases: ['Wijken', 'Gebied'] },
  themas: { kind: 'themas', name: IMPORT_KIND_NAMES.themas, aliases: ['Themas', 'Thema'] },
  places: { kind: 'places', name: IMPORT_KIND_NAMES.places, aliases: ['Plek', 'Locaties', 'Accommodaties'] },
  organisations: { kind: 'organisations', name: IMPORT_KIND_NAMES.organisations, aliases: ['Organisatie'] },
  socialekaart: { kind: 'socialekaart', name: IMPORT_KIND_NAMES.socialekaart, aliases: ['Socialekaart', 'Aanbod'] },
  wijkteams: { kind: 'wijkteams', name: IMPORT_KIND_NAMES.wijkteams, aliases: ['Wijkteam', 'Sociale wijkteams'] },
  initiatives: { kind: 'initiatives', name: IMPORT_KIND_NAMES.initiatives, aliases: ['Initiatief', 'Bewonersinitiatieven'] },
  persons: { kind: 'persons', name: IMPORT_KIND_NAMES.persons, aliases: ['Persoon', 'Mensen', 'Deelnemers'] },
  ties: { kind: 'ties', name: IMPORT_KIND_NAMES.ties, aliases: ['Band', 'Relaties', 'Verbindingen'] },
};

/** The sheet names a workbook may use for each kind, in the order the kinds are imported. */
export const SHEETS: readonly { kind: SheetKind; name: string; aliases: readonly string[] }[] = IMPORT_KINDS.flatMap((kind) => {
  const sheet = SHEET_NAMES[kind];
  // The sociale kaart lists organisations and their activities: it is read right after the organisations.
  return kind === 'organisations' ? [sheet, SHEET_NAMES.socialekaart] : [sheet];
});

export interface PlannedWorkbook {
  plan: ImportPlan;
  sheets: SheetReport[];
  warnings: ImportWarning[];
  summary: ImportSummary;
}

/** The template's sheet of allowed values: for reading, not imported. */
export const REFERENCE_SHEET = 'Toegestane waarden';

/** Whether these bytes are an .xlsx file (a zip archive). */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Every sheet of a workbook as a table, by its name. */
export async function readWorkbook(bytes: Uint8Array): Promise<Map<string, CsvTable>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new ValidationError('dit is geen Excel-werkmap (.xlsx) die te lezen is', [{ path: 'file', message: 'sla het bestand op als Excel-werkmap (.xlsx) of als CSV' }]);
  }
  const tables = new Map<string, CsvTable>();
  workbook.eachSheet((worksheet) => {
    const rows: CsvTable['rows'] = [];
    let header: string[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value);
      });
      const filled = Array.from(cells, (cell) => cell ?? '');
      if (!header.length) header = filled;
      else if (filled.some((cell) => cell.trim())) rows.push({ line, cells: filled });
    });
    tables.set(worksheet.name, { encoding: 'utf-8', separator: ',', header, rows });
  });
  return tables;
}

/** A cell's value as the text a CSV of it would hold; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Plans every known sheet in the import order against one growing index. Writes nothing. */
export function planWorkbook(tables: ReadonlyMap<string, CsvTable>, index: NetworkIndex, actor: Actor): PlannedWorkbook {
  const byKind = new Map<SheetKind, { name: string; table: CsvTable }>();
  const warnings: ImportWarning[] = [];
  const known = SHEETS.flatMap((sheet) => [sheet.name, ...sheet.aliases]);
  for (const [name, table] of tables) {
    const sheet = SHEETS.find((candidate) => [candidate.name, ...candidate.aliases].some((alias) => normaliseHeader(alias) === normaliseHeader(name)));
    if (!sheet) {
      if (!table.rows.length || normaliseHeader(name) === normaliseHeader(REFERENCE_SHEET)) continue;
      const alias = nearMiss(name, known);
      const meant = alias && SHEETS.find((candidate) => [candidate.name, ...candidate.aliases].includes(alias))!.name;
      warnings.push({ column: name, message: `blad '${name}' wordt niet gelezen${meant ? `; bedoelt u '${meant}'? Noem het blad dan zo` : ` (gebruik de bladnamen: ${SHEETS.map((candidate) => candidate.name).join(', ')})`}` });
      continue;
    }
    if (byKind.has(sheet.kind)) warnings.push({ column: name, message: `blad '${name}' is een tweede blad ${sheet.name} en wordt niet gelezen` });
    else byKind.set(sheet.kind, { name, table });
  }
  if (!byKind.size) throw new ValidationError('de werkmap heeft geen blad dat Wijknetwerk kent', [{ path: 'file', message: `gebruik de bladnamen: ${SHEETS.map((sheet) => sheet.name).join(', ')}` }]);

  const plan: ImportPlan = { creates: { nodes: [], ties: [] }, nodeUpdates: [], tieUpdates: [] };
  const rejectedRows = new Map<string, string>();
  const sheets: SheetReport[] = [];
  for (const { kind } of SHEETS) {
    const found = byKind.get(kind);
    if (!found) continue;
    const options = { actor, sheet: found.name, rejectedRows };
    const planned: PlannedCsv = kind === 'socialekaart' ? planSocialeKaart(found.table, index, options) : planCsvImport(found.table, index, { ...options, kind });
    // Appended one by one: a spread of 300k rows overflows the call stack.
    for (const node of planned.plan.creates.nodes) plan.creates.nodes.push(node);
    for (const tie of planned.plan.creates.ties) plan.creates.ties.push(tie);
    for (const update of planned.plan.nodeUpdates) plan.nodeUpdates.push(update);
    for (const update of planned.plan.tieUpdates) plan.tieUpdates.push(update);
    sheets.push({ sheet: found.name, kind, header: planned.table.header, mapping: planned.mapping, summary: planned.summary, lines: planned.lines, warnings: planned.warnings });
  }
  const total = (key: keyof ImportSummary) => sheets.reduce((sum, sheet) => sum + sheet.summary[key], 0);
  const summary: ImportSummary = { rows: total('rows'), create: total('create'), update: total('update'), unchanged: total('unchanged'), reject: total('reject'), extraNodes: total('extraNodes'), extraTies: total('extraTies') };
  return { plan, sheets, warnings, summary };
}
