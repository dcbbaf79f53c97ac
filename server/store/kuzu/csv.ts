/** Writes rows as CSV in the dialect Kùzu's COPY reads (quote and escape `"`, lists as `[a,b]`). */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `"[${value.map((item) => String(item).replace(/"/g, '""')).join(',')}]"`;
  return `"${String(value).replace(/"/g, '""')}"`;
}

export interface CsvText {
  text: string;
  /** Kùzu's parallel CSV reader cannot handle quoted newlines. */
  hasNewlines: boolean;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): CsvText {
  const lines = [columns.join(',')];
  let hasNewlines = false;
  for (const row of rows) {
    const line = columns.map((column) => field(row[column])).join(',');
    if (!hasNewlines && /[\r\n]/.test(line)) hasNewlines = true;
    lines.push(line);
  }
  return { text: lines.join('\n') + '\n', hasNewlines };
}
