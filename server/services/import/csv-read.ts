/**
 * Reading a CSV file as spreadsheets write it: detect the encoding (UTF-8 with
 * or without BOM, else Windows-1252 as Excel on Dutch Windows saves it) and the
 * separator (`;` `,` or tab), then parse with papaparse. Line numbers are
 * 1-based with the header as line 1, so the first data row is line 2 — the
 * number a spreadsheet user sees.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { CsvEncoding, CsvSeparator } from '../../model/wire/import.ts';

export interface CsvTable {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  header: string[];
  /** Data rows (blank lines left out), each with the 1-based line number it starts on. */
  rows: { line: number; cells: string[] }[];
}

/** Decodes bytes: UTF-8 when they are valid UTF-8, Windows-1252 otherwise. Strings pass through. */
export function decodeCsv(input: Uint8Array | string): { text: string; encoding: CsvEncoding } {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? { text: input.slice(1), encoding: 'utf-8-bom' } : { text: input, encoding: 'utf-8' };
  if (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(input.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(input.buffer, input.byteOffset, input.byteLength), 'win1252'), encoding: 'windows-1252' };
  }
}

/** The separator that splits the header line into the most fields (quotes respected). */
export function detectSeparator(text: string): CsvSeparator {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best: CsvSeparator = ',';
  let bestCount = 0;
  for (const separator of [';', ',', '\t'] as const) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === separator) count++;
    }
    if (count > bestCount) (best = separator), (bestCount = count);
  }
  return best;
}

export function readCsv(input: Uint8Array | string, options: { separator?: CsvSeparator; maxRows?: number } = {}): CsvTable {
  const { text, encoding } = decodeCsv(input);
  const separator = options.separator ?? detectSeparator(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false, preview: options.maxRows ? options.maxRows + 1 : 0 });
  const data = parsed.data;
  // papaparse gives rows, not line numbers: count the newlines each row spans (quoted cells may hold some).
  const header = (data[0] ?? []).map((cell) => cell.trim());
  const rows: CsvTable['rows'] = [];
  let line = 1 + newlinesIn(data[0] ?? []) + 1;
  for (let index = 1; index < data.length; index++) {
    const cells = data[index]!;
    const blank = cells.every((cell) => cell.trim() === '');
    if (!blank) rows.push({ line, cells });
    line += 1 + newlinesIn(cells);
  }
  return { encoding, separator, header, rows };
}

function newlinesIn(cells: string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.includes('\n')) count += cell.split('\n').length - 1;
  return count;
}
