/** Rows to CSV for downloads: `;`-separated (Dutch Excel), lists joined with ", ", UTF-8 with BOM. */
import type { Row } from '../../store/types.ts';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.map((item) => cell(item)).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(cell).join(';'), ...rows.map((row) => columns.map((column) => cell(row[column])).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
