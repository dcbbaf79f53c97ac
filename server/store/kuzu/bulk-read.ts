/**
 * The bulk read of the whole network: the engine exports every node table
 * and every tie type to a CSV file (`COPY (MATCH …) TO`), and the files are
 * parsed here. Taking the rows through the query API instead builds one
 * engine value per field and one object per row, which was six times slower
 * than the export itself at 100k nodes.
 *
 * The files separate fields with the unit separator and quote with the
 * record separator (escape: the group separator). The model allows none of
 * these control characters in text (`server/model/common.ts`), so a field
 * never holds one: a line splits on the separator exactly, and a quoted
 * field (a list, or text with a line break) is its content between two
 * quote characters, with no escapes inside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_KINDS, NODE_LABEL, TIE_TYPES, type GraphNode, type GraphTie, type NetworkData, type NodeKind, type TieType } from '../../model/index.ts';
import { nodeColumns, tieColumns, type ColumnType } from '../schema.ts';
import type { Row } from '../types.ts';

const DELIMITER = '\u001f';
const QUOTE = '\u001e';
const ESCAPE = '\u001d';
const QUOTE_CODE = QUOTE.charCodeAt(0);

interface Column {
  name: string;
  type: ColumnType;
  /** The expression exported; default `n.<name>`. */
  source: string;
}

/** One exported table: the file it goes to, the statement that writes it, and how to read its lines. */
export interface ExportedTable {
  file: string;
  statement: string;
  part: { kind: NodeKind } | { type: TieType };
  columns: Column[];
}

const NODE_TABLES = NODE_KINDS.map((kind) => ({
  kind,
  columns: [{ name: 'id', type: 'STRING' as ColumnType }, ...nodeColumns(kind)].map((column) => ({ ...column, source: `n.${column.name}` })),
}));

const TIE_COLUMNS: Column[] = [
  { name: 'from', type: 'STRING', source: 'a.id' },
  { name: 'to', type: 'STRING', source: 'b.id' },
  ...tieColumns().map((column) => ({ ...column, source: `r.${column.name}` })),
];

/** The export statements of the whole network, each to its own file in `directory`. */
export function exportTables(directory: string): ExportedTable[] {
  const options = `(header=false, delim='${DELIMITER}', quote='${QUOTE}', escape='${ESCAPE}')`;
  const to = (name: string) => join(directory, `${name}.csv`);
  const returned = (columns: Column[]) => columns.map((column) => column.source).join(', ');
  return [
    ...NODE_TABLES.map(({ kind, columns }) => ({
      file: to(kind),
      statement: `COPY (MATCH (n:${NODE_LABEL[kind]}) RETURN ${returned(columns)}) TO '${to(kind)}' ${options}`,
      part: { kind },
      columns,
    })),
    ...TIE_TYPES.map((type) => ({
      file: to(type),
      statement: `COPY (MATCH (a)-[r:${type}]->(b) RETURN ${returned(TIE_COLUMNS)}) TO '${to(type)}' ${options}`,
      part: { type },
      columns: TIE_COLUMNS,
    })),
  ];
}

/**
 * The rows of an exported file, as the store returns them: the kind or type
 * first, then the columns that have a value. Fields are found in the text
 * itself (no array of lines, no array of fields per line: most fields are
 * empty, and splitting made a string of each). `quote` only moves forward,
 * from one quote character to the next, so the text is scanned once.
 */
function readRows(text: string, table: ExportedTable, into: Row[]): void {
  const { columns, part } = table;
  let quote = text.indexOf(QUOTE);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let inside = false;
    for (;;) {
      for (; quote >= 0 && quote < end; quote = text.indexOf(QUOTE, quote + 1)) inside = !inside;
      // An odd number of quotes before the break: the break is inside a field.
      if (!inside || end >= text.length) break;
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    const row: Row = 'kind' in part ? { kind: part.kind } : { type: part.type };
    let at = start;
    for (let index = 0; index < columns.length && at <= end; index++) {
      let stop = text.indexOf(DELIMITER, at);
      if (stop < 0 || stop > end) stop = end;
      let from = at;
      let to = stop;
      if (to > from && text.charCodeAt(from) === QUOTE_CODE) {
        from++;
        to--;
      }
      if (to > from) {
        const column = columns[index]!;
        const raw = text.slice(from, to);
        row[column.name] = column.type === 'INT64' ? Number(raw) : column.type === 'STRING[]' ? raw.slice(1, -1).split(',').filter(Boolean) : raw;
      }
      at = stop + 1;
    }
    into.push(row);
    start = end + 1;
  }
}

/** The network from the exported files (a table without rows may leave no file). */
export function readExport(tables: readonly ExportedTable[]): NetworkData {
  const nodes: GraphNode[] = [];
  const ties: GraphTie[] = [];
  for (const table of tables) {
    if (!existsSync(table.file)) continue;
    const into = ('kind' in table.part ? nodes : ties) as Row[];
    readRows(readFileSync(table.file, 'utf8'), table, into);
  }
  return { nodes, ties };
}
