/** Rows as a `;`-separated CSV file, downloaded by the browser. */
import type { ReportColumn } from '../../../server/model/wire/reports.ts';

export function downloadCsv(filename: string, columns: ReportColumn[], rows: Record<string, unknown>[]) {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = Array.isArray(value) ? value.map(cell).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.map((column) => cell(column.name)).join(';'), ...rows.map((row) => columns.map((column) => cell(row[column.name])).join(';'))];
  const blob = new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
