/**
 * The column reference of every import kind, made from the same tables the
 * importer reads (fields, header names, value lists), so the templates and
 * docs/import.md can't drift from what is accepted. Each kind has an example
 * row; together they form a small network that imports without a rejection.
 */
import ExcelJS from 'exceljs';
import { CONSENT_BASES, GEBIED_LEVELS, ORGANISATION_TYPES, PERSON_ROLES, PLACE_TYPES, THEME_CATEGORIES, TIE_SOURCES, TIE_TYPES } from '../../model/index.ts';
import { IMPORT_FIELDS, MANY_WIJKEN, fieldSynonyms } from './columns.ts';
import { FIELD_LABEL } from './csv-import.ts';
import { REFERENCE_SHEET, SHEETS } from './workbook.ts';
import { IMPORT_KINDS, type ImportKind } from '../../model/wire/import.ts';

export interface ColumnReference {
  field: string;
  /** The header the templates use. */
  header: string;
  /** Other headers that are recognised (lower case, without spaces and accents). */
  aliases: readonly string[];
  required: boolean;
  /** What a cell may hold, in words or as the list of allowed values. */
  accepts: string;
  example: string;
}

const DATE = 'datum: JJJJ-MM-DD of DD-MM-JJJJ (3-4-2023)';
const list = (values: readonly string[]) => values.join(', ');

function accepts(kind: ImportKind, field: string): string {
  const byField: Record<string, string> = {
    roles: `een of meer van: ${list(PERSON_ROLES)} (gescheiden door komma's)`,
    consentBasis: `ja, nee, ${list(CONSENT_BASES)}`,
    level: list(GEBIED_LEVELS),
    category: list(THEME_CATEGORIES),
    source: list(TIE_SOURCES),
    strength: 'geheel getal 1 (zwak) tot 5 (sterk)',
    trust: 'geheel getal 1 tot 5',
    count: 'geheel getal',
    startDate: DATE,
    endDate: DATE,
    consentDate: DATE,
    lastContact: DATE,
    wijk: kind === 'persons' ? 'de wijk waar de persoon woont (naam of CBS-code)' : MANY_WIJKEN.has(kind) ? "een of meer wijken (naam of CBS-code), gescheiden door komma's" : 'een wijk (naam of CBS-code)',
    buurt: 'een buurt in die wijk',
    activeIn: "wijken waar de persoon actief is, gescheiden door komma's",
    parent: 'het gebied waar dit gebied in ligt (naam of CBS-code), dat hoger in het bestand staat of al bestaat',
    themes: "bestaande thema's, gescheiden door komma's",
    plek: 'een bestaande plek',
    from: 'id, extern id of (eenduidige) naam',
    to: 'id, extern id of (eenduidige) naam',
    id: 'eigen id van de band (letters, cijfers, - en _)',
    parentOrganisations: "de organisaties waar de leden van het wijkteam in dienst zijn (bestaande organisaties, gescheiden door komma's)",
    typeLabel: "bij type 'overig': wat voor soort het is, in eigen woorden (tekst, hoogstens 80 tekens)",
  };
  if (field === 'type' && kind === 'organisations') return list(ORGANISATION_TYPES);
  if (field === 'type' && kind === 'places') return list(PLACE_TYPES);
  if (field === 'type' && kind === 'ties') return list(TIE_TYPES.map((type) => type.toLowerCase().replace(/_/g, ' ')));
  return byField[field] ?? 'tekst';
}

/** A small network, one row per kind, that imports as it stands. */
const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  gebieden: { name: 'Boerhaavewijk', level: 'wijk', code: 'WK039212' },
  themas: { name: 'eenzaamheid', category: 'thema' },
  places: { name: 'Buurtcentrum De Ring', type: 'buurtcentrum', address: 'Floraplein 2', wijk: 'Boerhaavewijk' },
  organisations: { name: 'Welzijnsorganisatie De Brug', type: 'welzijn', wijk: 'Boerhaavewijk', themes: 'eenzaamheid' },
  wijkteams: { name: 'Sociaal wijkteam Schalkwijk', wijk: 'Boerhaavewijk', parentOrganisations: 'Welzijnsorganisatie De Brug' },
  initiatives: { name: 'Koffieochtend De Ring', description: 'Elke donderdag koffie voor buurtbewoners', wijk: 'Boerhaavewijk', themes: 'eenzaamheid', plek: 'Buurtcentrum De Ring', startDate: '2024-09-05' },
  persons: { externalId: 'P-001', name: 'Anna Jansen', roles: 'bewoner, vrijwilliger', wijk: 'Boerhaavewijk', consentBasis: 'ja', consentDate: '2024-09-05', consentPurpose: 'wijknetwerk Schalkwijk' },
  ties: { from: 'Anna Jansen', to: 'Koffieochtend De Ring', type: 'trekker van', strength: '4', startDate: '2024-09-05' },
};

const REQUIRED: Record<ImportKind, readonly string[]> = {
  gebieden: ['name', 'level'],
  themas: ['name'],
  places: ['name'],
  organisations: ['name', 'type'],
  wijkteams: ['name'],
  initiatives: ['name'],
  persons: ['name'],
  ties: ['from', 'to', 'type'],
};

export function columnReference(kind: ImportKind): ColumnReference[] {
  const synonyms = fieldSynonyms(kind);
  return IMPORT_FIELDS[kind].map((field) => ({
    field,
    header: FIELD_LABEL[field] ?? field,
    aliases: synonyms[field] ?? [],
    required: REQUIRED[kind].includes(field),
    accepts: accepts(kind, field),
    example: EXAMPLES[kind][field] ?? '',
  }));
}

const sheetName = (kind: ImportKind) => SHEETS.find((sheet) => sheet.kind === kind)!.name;

/** The template workbook: one sheet per kind with its headers and example row, in the import order. */
export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const kind of IMPORT_KINDS) {
    const sheet = workbook.addWorksheet(sheetName(kind));
    const columns = columnReference(kind);
    sheet.addRow(columns.map((column) => column.header)).font = { bold: true };
    sheet.addRow(columns.map((column) => column.example));
    columns.forEach((column, index) => {
      const cell = sheet.getRow(1).getCell(index + 1);
      cell.note = `${column.required ? 'Verplicht. ' : ''}${column.accepts}`;
      sheet.getColumn(index + 1).width = Math.max(12, column.header.length + 4, column.example.length + 2);
    });
  }
  const values = workbook.addWorksheet(REFERENCE_SHEET);
  values.addRow(['blad', 'kolom', 'verplicht', 'toegestaan']).font = { bold: true };
  for (const kind of IMPORT_KINDS) for (const column of columnReference(kind)) values.addRow([sheetName(kind), column.header, column.required ? 'ja' : '', column.accepts]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template of one kind: the headers and the example row, `;`-separated as Dutch Excel writes it. */
export function templateCsv(kind: ImportKind): string {
  const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const columns = columnReference(kind);
  return `${columns.map((column) => cell(column.header)).join(';')}\r\n${columns.map((column) => cell(column.example)).join(';')}\r\n`;
}

/** The column reference as Markdown, for docs/import.md. */
export function renderColumnReference(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return IMPORT_KINDS.map((kind) => {
    const rows = columnReference(kind).map((column) => `| ${escape(column.header)}${column.required ? ' (verplicht)' : ''} | ${escape(column.aliases.join(', '))} | ${escape(column.accepts)} | ${escape(column.example)} |`);
    return [`### ${sheetName(kind)} (\`--kind ${kind}\`)`, '', '| kolom | herkend als | toegestaan | voorbeeld |', '|---|---|---|---|', ...rows].join('\n');
  }).join('\n\n');
}
