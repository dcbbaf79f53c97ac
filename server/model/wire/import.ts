/**
 * What the import routes answer, shared by the server that builds these
 * reports and the Invoer screen that shows them.
 */

/** What can be imported, in the order a whole network must be imported: what a row names must exist before it. */
export const IMPORT_KINDS = ['gebieden', 'themas', 'places', 'organisations', 'wijkteams', 'initiatives', 'persons', 'ties'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** A CSV is one kind, or a sociale kaart (organisations and what they offer). */
export type CsvImportKind = ImportKind | 'socialekaart';
export type GraphFormat = 'gexf' | 'graphml';

/** The Dutch name of each kind: the workbook's sheet names and the screen's choices. */
export const IMPORT_KIND_NAMES: Record<CsvImportKind, string> = {
  gebieden: 'Gebieden',
  themas: "Thema's",
  places: 'Plekken',
  organisations: 'Organisaties',
  socialekaart: 'Sociale kaart',
  wijkteams: 'Wijkteams',
  initiatives: 'Initiatieven',
  persons: 'Personen',
  ties: 'Banden',
};

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';
export type CsvSeparator = ';' | ',' | '\t';

export type LineAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface LineError {
  /** The column's header as written in the file (or the field's Dutch name when the column is missing). */
  column: string;
  message: string;
}

export interface LineReport {
  /** 1-based; the header is line 1. */
  line: number;
  action: LineAction;
  id?: string;
  name?: string;
  /** For updates: the fields that change. */
  changes?: string[];
  errors?: LineError[];
  /** For a rejected line: its cells as read, so that the screen can offer to correct them. */
  cells?: string[];
}

export interface ImportSummary {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  reject: number;
  /** Nodes and ties the plan creates besides the rows' own (area ties, new themes or places). */
  extraNodes: number;
  extraTies: number;
}

/** Something the import did not use or had to guess, named so that nothing is ignored in silence. */
export interface ImportWarning {
  column: string;
  message: string;
  /** The field the column probably means. */
  suggestion?: string;
}

export interface ImportReport {
  kind: CsvImportKind;
  warnings: ImportWarning[];
  dryRun: boolean;
  /** True when the plan was written. Never true when a line was rejected, unless only the good lines were asked for. */
  applied: boolean;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  mapping: string[];
  summary: ImportSummary;
  lines: LineReport[];
  /** With only the good lines written: the rejected ones, with a column giving the reason. */
  rejectedCsv?: string;
  ms: number;
}

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

/** A corrected cell: the fix-and-retry of the Invoer screen, without picking the file again. */
export interface CellEdit {
  /** In a workbook: the sheet's name as written. */
  sheet?: string;
  line: number;
  /** 0-based column. */
  column: number;
  value: string;
}

export interface SheetReport {
  sheet: string;
  kind: CsvImportKind;
  header: string[];
  mapping: string[];
  summary: ImportSummary;
  lines: LineReport[];
  warnings: ImportWarning[];
  /** With only the good lines written: this sheet's rejected rows, with a column giving the reason. */
  rejectedCsv?: string;
}

export interface WorkbookReport {
  dryRun: boolean;
  applied: boolean;
  sheets: SheetReport[];
  /** Sheets that were not read, with the name they probably mean. */
  warnings: ImportWarning[];
  summary: ImportSummary;
  ms: number;
}

export interface ElementReport {
  element: 'node' | 'edge';
  /** The key in the file. */
  key: string;
  action: LineAction;
  id?: string;
  errors?: { field: string; message: string }[];
}

export interface GraphImportReport {
  format: GraphFormat;
  dryRun: boolean;
  applied: boolean;
  summary: { nodes: number; edges: number; create: number; update: number; unchanged: number; reject: number };
  items: ElementReport[];
  ms: number;
}
