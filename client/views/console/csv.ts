/**
 * A result as a CSV file for Dutch Excel: `;` between cells, a decimal comma,
 * UTF-8 with a BOM (so Excel reads the accents), readable column headers
 * ("bandenBinnen" becomes "Banden binnen"), a node as its name, a tie as its
 * type, a path as its steps, and a file named after the report and the date.
 */
import type { ReportColumn } from '../../../server/model/wire/reports.ts';

type Entity = Record<string, unknown>;
const isObject = (value: unknown): value is Entity => !!value && typeof value === 'object' && !Array.isArray(value);
const isNode = (value: unknown): value is Entity => isObject(value) && 'id' in value && 'kind' in value;
const isTie = (value: unknown): value is Entity => isObject(value) && 'id' in value && 'type' in value && !('kind' in value);

/** A column name as a header: camelCase and snake_case split into words, the first with a capital. */
export function readableHeader(name: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return name;
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const nodeText = (node: Entity) => String(node.name ?? node.id);

/** One value as the text of a cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (isNode(value)) return nodeText(value);
  if (isTie(value)) return String(value.type);
  if (isObject(value)) {
    const nodes = value._nodes ?? value.nodes;
    const ties = value._rels ?? value.ties;
    if (Array.isArray(nodes) && Array.isArray(ties) && nodes.every(isNode)) {
      return nodes.map((node, index) => (index < ties.length && isTie(ties[index]) ? `${nodeText(node)} –${String(ties[index]!.type)}– ` : nodeText(node))).join('');
    }
    return Object.entries(value)
      .map(([key, inner]) => `${key}: ${cellText(inner)}`)
      .join(', ');
  }
  return String(value);
}

const quoted = (text: string) => (/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The file's text: a BOM, a header line and one line per row, `;`-separated, CRLF line ends. */
export function csvText(columns: ReportColumn[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map((column) => quoted(readableHeader(column.name))).join(';'), ...rows.map((row) => columns.map((column) => quoted(cellText(row[column.name]))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** `sleutelfiguren-per-wijk-2026-05-01.csv`: the report's id (or a title made into one) and the date. */
export function csvFilename(name: string, date = new Date()): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'resultaat';
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.csv`;
}

export function downloadCsv(name: string, columns: ReportColumn[], rows: Record<string, unknown>[]) {
  const blob = new Blob([csvText(columns, rows)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = csvFilename(name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
