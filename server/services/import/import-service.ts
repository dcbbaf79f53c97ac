/**
 * The import entry point for the API and the CLI: preview a file, plan it (dry
 * run) or plan and write it: a CSV of one kind, a whole workbook, or a GEXF or
 * GraphML network. Writes only when no line is rejected, through the write
 * path, as one change.
 */
import type { NetworkService } from '../network-service.ts';
import { SYSTEM_ACTOR, type Actor, type Change } from '../write/types.ts';
import { IMPORT_FIELDS, suggestMapping } from './columns.ts';
import { FIELD_LABEL, planCsvImport, type ImportPlan } from './csv-import.ts';
import { readCsv, type CsvTable } from './csv-read.ts';
import { ValidationError } from '../../errors.ts';
import { planGraphImport } from './graph-import.ts';
import { NetworkIndex } from './network-index.ts';
import { planSocialeKaart, SOCIALE_KAART_FIELDS, suggestSocialeKaartMapping } from './sociale-kaart.ts';
import { templateCsv, templateWorkbook } from './reference.ts';
import { planWorkbook, readWorkbook } from './workbook.ts';
import type { CellEdit, CsvEncoding, CsvImportKind, CsvPreview, CsvSeparator, GraphFormat, GraphImportReport, ImportKind, ImportReport, LineReport, SheetReport, WorkbookReport } from '../../model/wire/import.ts';

export interface CsvImportOptions {
  kind: CsvImportKind;
  edits?: readonly CellEdit[];
  /** Write the lines that are right and hand back the others (`rejectedCsv`), instead of all or nothing. */
  onlyGoodLines?: boolean;
  mapping?: string[];
  separator?: CsvSeparator;
  dryRun?: boolean;
  actor?: Actor;
}

function withEdits(table: CsvTable, edits: readonly CellEdit[]): CsvTable {
  if (!edits.length) return table;
  const rows = table.rows.map((row) => ({ ...row, cells: [...row.cells] }));
  for (const edit of edits) {
    const row = rows.find((candidate) => candidate.line === edit.line);
    if (!row || edit.column < 0 || edit.column >= Math.max(table.header.length, row.cells.length)) throw new ValidationError(`regel ${edit.line}, kolom ${edit.column + 1} bestaat niet in ${edit.sheet ? `blad '${edit.sheet}'` : 'dit bestand'}`, [{ path: 'edits', message: 'verbeter alleen cellen die in het bestand staan' }]);
    row.cells[edit.column] = edit.value;
  }
  return { ...table, rows };
}

/** Each rejected line with its cells as read, so that the screen can show them for correcting. */
function withRejectedCells(lines: readonly LineReport[], table: CsvTable): LineReport[] {
  const byLine = new Map(table.rows.map((row) => [row.line, row.cells]));
  return lines.map((line) => (line.action === 'reject' && byLine.has(line.line) ? { ...line, cells: byLine.get(line.line) } : line));
}

/** The rejected lines as a CSV for the user to fix: the file's own columns, and the reason. */
function rejectedLinesCsv(table: CsvTable, lines: readonly LineReport[]): string {
  const cell = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const byLine = new Map(table.rows.map((row) => [row.line, row.cells]));
  const reason = (line: LineReport) => (line.errors ?? []).map((error) => `${error.column}: ${error.message}`).join(' | ');
  const out = [[...table.header, 'reden'].map(cell).join(';')];
  for (const line of [...lines].sort((a, b) => a.line - b.line)) out.push([...(byLine.get(line.line) ?? []), ...Array(Math.max(0, table.header.length - (byLine.get(line.line)?.length ?? 0))).fill(''), reason(line)].map(cell).join(';'));
  return `\ufeff${out.join('\r\n')}\r\n`;
}

export interface WorkbookImportOptions {
  dryRun?: boolean;
  /** Corrected cells, each naming its sheet. */
  edits?: readonly CellEdit[];
  onlyGoodLines?: boolean;
  actor?: Actor;
}

export class ImportService {
  constructor(private readonly network: NetworkService) {}

  preview(input: Uint8Array | string, kind: CsvImportKind, separator?: CsvSeparator): CsvPreview {
    const table = readCsv(input, { separator });
    const fields = kind === 'socialekaart' ? SOCIALE_KAART_FIELDS : IMPORT_FIELDS[kind];
    return {
      kind,
      encoding: table.encoding,
      separator: table.separator,
      header: table.header,
      mapping: kind === 'socialekaart' ? suggestSocialeKaartMapping(table.header) : suggestMapping(kind, table.header),
      fields: fields.map((field) => ({ field, label: FIELD_LABEL[field] ?? field })),
      rows: table.rows.slice(0, 10),
      totalRows: table.rows.length,
    };
  }

  async importCsv(input: Uint8Array | string, options: CsvImportOptions): Promise<ImportReport> {
    const started = performance.now();
    const network = await this.network.cache.data();
    const actor = options.actor ?? SYSTEM_ACTOR;
    const table = withEdits(readCsv(input, { separator: options.separator }), options.edits ?? []);
    const plan = (rows: CsvTable['rows']) => {
      const part = { ...table, rows };
      return options.kind === 'socialekaart'
        ? planSocialeKaart(part, network, { mapping: options.mapping, actor })
        : planCsvImport(part, network, { kind: options.kind, mapping: options.mapping, actor });
    };
    let planned = plan(table.rows);
    const rejected = new Map<number, LineReport>();
    // Only the good lines, when asked: plan again without the rejected ones until none is left out (a line may need one that was).
    while (options.onlyGoodLines && planned.summary.reject > 0) {
      for (const line of planned.lines) if (line.action === 'reject') rejected.set(line.line, line);
      planned = plan(table.rows.filter((row) => !rejected.has(row.line)));
    }
    const lines = rejected.size ? [...planned.lines, ...rejected.values()].sort((a, b) => a.line - b.line) : planned.lines;
    const dryRun = !!options.dryRun;
    const canApply = !dryRun && planned.summary.reject === 0;
    if (canApply) {
      await this.write(planned.plan, actor);
    }
    return {
      kind: options.kind,
      warnings: planned.warnings,
      dryRun,
      applied: canApply,
      encoding: table.encoding,
      separator: table.separator,
      header: table.header,
      mapping: planned.mapping,
      summary: { ...planned.summary, rows: table.rows.length, reject: planned.summary.reject + rejected.size },
      lines: withRejectedCells(lines, table),
      ...(rejected.size ? { rejectedCsv: rejectedLinesCsv(table, [...rejected.values()]) } : {}),
      ms: Math.round(performance.now() - started),
    };
  }

  /** Writes a plan through the write path: one request, all or nothing. */
  private async write(plan: ImportPlan, actor: Actor): Promise<void> {
    const changes: Change[] = [
      ...plan.creates.nodes.map((node): Change => ({ op: 'createNode', node })),
      ...plan.creates.ties.map(({ recordedBy: _by, recordedAt: _at, ...tie }): Change => ({ op: 'createTie', tie })),
      ...plan.nodeUpdates.map((update): Change => ({ op: 'updateNode', id: update.id, changes: update.changes })),
      ...plan.tieUpdates.map((update): Change => ({ op: 'updateTie', id: update.id, changes: update.changes })),
    ];
    if (changes.length) await this.network.writer.apply({ actor, source: 'import', route: '/api/import', changes });
  }

  templateWorkbook(): Promise<Buffer> {
    return templateWorkbook();
  }

  templateCsv(kind: ImportKind): string {
    return templateCsv(kind);
  }

  /**
   * An Excel workbook with a sheet per kind: planned sheet by sheet in the
   * import order, written as one change when no row is rejected, or, when
   * asked, with only the good rows (each sheet's rejected rows come back as a CSV).
   */
  async importWorkbook(bytes: Uint8Array, options: WorkbookImportOptions = {}): Promise<WorkbookReport> {
    const started = performance.now();
    const tables = new Map<string, CsvTable>();
    for (const [name, table] of await readWorkbook(bytes)) tables.set(name, withEdits(table, (options.edits ?? []).filter((edit) => edit.sheet === name)));
    const unknownSheet = (options.edits ?? []).find((edit) => !edit.sheet || !tables.has(edit.sheet));
    if (unknownSheet) throw new ValidationError(`blad '${unknownSheet.sheet ?? ''}' staat niet in deze werkmap`, [{ path: 'edits', message: 'geef bij elke verbetering het blad' }]);
    const actor = options.actor ?? SYSTEM_ACTOR;
    const network = await this.network.cache.data();
    const plan = (skipped: ReadonlyMap<string, ReadonlyMap<number, LineReport>>) => {
      const kept = new Map([...tables].map(([name, table]) => [name, skipped.has(name) ? { ...table, rows: table.rows.filter((row) => !skipped.get(name)!.has(row.line)) } : table]));
      return planWorkbook(kept, new NetworkIndex(network), actor);
    };
    const rejected = new Map<string, Map<number, LineReport>>();
    let planned = plan(rejected);
    // Only the good rows, when asked: plan again without the rejected ones until none is left out (a row may need one that was).
    while (options.onlyGoodLines && planned.summary.reject > 0) {
      for (const sheet of planned.sheets) {
        for (const line of sheet.lines) if (line.action === 'reject') rejected.set(sheet.sheet, (rejected.get(sheet.sheet) ?? new Map()).set(line.line, line));
      }
      planned = plan(rejected);
    }
    const dryRun = !!options.dryRun;
    const canApply = !dryRun && planned.summary.reject === 0;
    if (canApply) await this.write(planned.plan, actor);
    const sheets = planned.sheets.map((sheet): SheetReport => {
      const table = tables.get(sheet.sheet)!;
      const left = rejected.get(sheet.sheet);
      if (!left) return { ...sheet, lines: withRejectedCells(sheet.lines, table) };
      const lines = [...sheet.lines, ...left.values()].sort((a, b) => a.line - b.line);
      return { ...sheet, lines: withRejectedCells(lines, table), summary: { ...sheet.summary, rows: table.rows.length, reject: sheet.summary.reject + left.size }, rejectedCsv: rejectedLinesCsv(table, [...left.values()]) };
    });
    const reject = sheets.reduce((sum, sheet) => sum + sheet.summary.reject, 0);
    const rows = sheets.reduce((sum, sheet) => sum + sheet.summary.rows, 0);
    return { dryRun, applied: canApply, sheets, warnings: planned.warnings, summary: { ...planned.summary, rows, reject }, ms: Math.round(performance.now() - started) };
  }

  /** GEXF or GraphML: planned like a CSV, written only when no node or edge is rejected. */
  async importGraph(text: string, format: GraphFormat, options: { dryRun?: boolean; actor?: Actor } = {}): Promise<GraphImportReport> {
    const started = performance.now();
    const network = await this.network.cache.data();
    const { plan, items, summary } = planGraphImport(text, format, network, { actor: options.actor ?? SYSTEM_ACTOR });
    const dryRun = !!options.dryRun;
    const canApply = !dryRun && summary.reject === 0;
    if (canApply) {
      await this.write(plan, options.actor ?? SYSTEM_ACTOR);
    }
    return { format, dryRun, applied: canApply, summary, items, ms: Math.round(performance.now() - started) };
  }
}
