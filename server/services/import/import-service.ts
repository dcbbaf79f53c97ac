/**
 * The import entry point for the API and the CLI: preview a file, plan it (dry
 * run) or plan and write it: a CSV of one kind, a whole workbook, or a GEXF or
 * GraphML network. Writes only when no line is rejected, through the write
 * path, as one change.
 */
import type { NetworkService } from '../network-service.ts';
import { SYSTEM_ACTOR, type Actor, type Change } from '../write/types.ts';
import { IMPORT_FIELDS, suggestMapping, type ImportKind } from './columns.ts';
import { FIELD_LABEL, planCsvImport, type ImportPlan, type ImportReport } from './csv-import.ts';
import { readCsv, type CsvEncoding, type CsvSeparator } from './csv-read.ts';
import { planGraphImport, type GraphFormat, type GraphImportReport } from './graph-import.ts';
import { NetworkIndex } from './network-index.ts';
import { planSocialeKaart, SOCIALE_KAART_FIELDS, suggestSocialeKaartMapping } from './sociale-kaart.ts';
import { templateCsv, templateWorkbook } from './reference.ts';
import { planWorkbook, readWorkbook, type WorkbookReport } from './workbook.ts';

export type CsvImportKind = ImportKind | 'socialekaart';

export interface CsvPreview {
  kind: CsvImportKind;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  /** Suggested field per column ('' = ignored). */
  mapping: string[];
  /** Fields a column can be mapped to, with their Dutch names. */
  fields: { field: string; label: string }[];
  rows: { line: number; cells: string[] }[];
  totalRows: number;
}

export interface CsvImportOptions {
  kind: CsvImportKind;
  mapping?: string[];
  separator?: CsvSeparator;
  dryRun?: boolean;
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
    const planned =
      options.kind === 'socialekaart'
        ? planSocialeKaart(input, network, { mapping: options.mapping, separator: options.separator, actor })
        : planCsvImport(input, network, { kind: options.kind, mapping: options.mapping, separator: options.separator, actor });
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
      encoding: planned.table.encoding,
      separator: planned.table.separator,
      header: planned.table.header,
      mapping: planned.mapping,
      summary: planned.summary,
      lines: planned.lines,
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

  /** An Excel workbook with a sheet per kind: planned sheet by sheet in the import order, written as one change when no row is rejected. */
  async importWorkbook(bytes: Uint8Array, options: { dryRun?: boolean; actor?: Actor } = {}): Promise<WorkbookReport> {
    const started = performance.now();
    const tables = await readWorkbook(bytes);
    const actor = options.actor ?? SYSTEM_ACTOR;
    const planned = planWorkbook(tables, new NetworkIndex(await this.network.cache.data()), actor);
    const dryRun = !!options.dryRun;
    const canApply = !dryRun && planned.summary.reject === 0;
    if (canApply) await this.write(planned.plan, actor);
    return { dryRun, applied: canApply, sheets: planned.sheets, warnings: planned.warnings, summary: planned.summary, ms: Math.round(performance.now() - started) };
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
