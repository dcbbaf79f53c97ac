/**
 * Read a network file (GEXF, GraphML or a CSV edge list) into a graphology graph.
 *
 * CSV edge lists: `source,target[,weight]` per line, with or without a header
 * line, separated by `,`, `;` or tabs (detected from the first line). Blank
 * lines and lines starting with `#` are skipped. With a header, columns are
 * found by name (source/from/van/bron, target/to/naar/doel, weight/gewicht/value)
 * and any other columns become edge attributes. Parallel edges and self loops
 * are kept as read; the measures merge or ignore them.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { csrFromEdges, type Csr } from './csr.ts';

export interface ParseNetworkOptions {
  /** CSV only: build a directed graph. Default false. GEXF and GraphML files declare their own type. */
  directed?: boolean;
}

type Format = 'gexf' | 'graphml' | 'csv';

const SOURCE_NAMES = new Set(['source', 'from', 'van', 'bron', 'node1', 'src']);
const TARGET_NAMES = new Set(['target', 'to', 'naar', 'doel', 'node2', 'dst']);
const WEIGHT_NAMES = new Set(['weight', 'gewicht', 'value', 'waarde', 'w']);

function detectFormat(text: string, fileName: string): Format {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml')) return 'graphml';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const head = text.slice(0, 2000);
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  return 'csv';
}

const QUOTE = 34;
const SPACE = 32;
const HASH = 35;

function splitLine(line: string, sep: string): string[] {
  const fields = line.split(sep);
  for (let i = 0; i < fields.length; i++) {
    let field = fields[i]!;
    // Most fields have neither spaces around them nor quotes: look at their ends before trimming or slicing.
    if (field.charCodeAt(0) <= SPACE || field.charCodeAt(field.length - 1) <= SPACE) field = field.trim();
    if (field.length >= 2 && field.charCodeAt(0) === QUOTE && field.charCodeAt(field.length - 1) === QUOTE) field = field.slice(1, -1).replace(/""/g, '"');
    fields[i] = field;
  }
  return fields;
}

function isNumeric(s: string): boolean {
  return s !== '' && Number.isFinite(Number(s.replace(',', '.')));
}

/** One edge of a CSV edge list: its ends, its weight if the line has one, and the values of the other named columns. */
interface CsvEdge {
  source: string;
  target: string;
  weight: number | undefined;
  /** The other columns' values by header name, read on demand. */
  extra(): Record<string, string>;
}

/** Reads a CSV edge list line by line, calling `visit` with each edge; throws naming the line of a bad row. */
function readCsvEdges(text: string, visit: (edge: CsvEdge) => void): void {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let sep: string | null = null;
  let sourceCol = 0;
  let targetCol = 1;
  let weightCol = 2;
  let extra: Array<[number, string]> = [];
  let first = true;
  let fields: string[] = [];
  const edge: CsvEdge = {
    source: '',
    target: '',
    weight: undefined,
    extra: () => {
      const attributes: Record<string, string> = {};
      for (const [col, name] of extra) {
        const value = fields[col];
        if (value !== undefined && value !== '') attributes[name] = value;
      }
      return attributes;
    },
  };
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.length === 0) continue;
    if (line.charCodeAt(0) <= SPACE || line.charCodeAt(0) === HASH) {
      const start = line.trimStart();
      if (start === '' || start.charCodeAt(0) === HASH) continue;
    }
    if (sep === null) sep = line.includes(';') ? ';' : line.includes('\t') ? '\t' : ',';
    fields = splitLine(line, sep);
    if (first) {
      first = false;
      const names = fields.map((f) => f.toLowerCase());
      const looksLikeHeader =
        SOURCE_NAMES.has(names[0]) || TARGET_NAMES.has(names[1]) || (fields.length >= 3 && !isNumeric(fields[2]));
      if (looksLikeHeader) {
        const s = names.findIndex((x) => SOURCE_NAMES.has(x));
        const t = names.findIndex((x) => TARGET_NAMES.has(x));
        const w = names.findIndex((x) => WEIGHT_NAMES.has(x));
        sourceCol = s >= 0 ? s : 0;
        targetCol = t >= 0 ? t : 1;
        weightCol = w >= 0 ? w : fields.length > 2 && s < 0 && t < 0 ? 2 : -1;
        extra = fields
          .map((name, col): [number, string] => [col, name])
          .filter(([col, name]) => col !== sourceCol && col !== targetCol && col !== weightCol && name !== '');
        continue;
      }
    }
    edge.source = fields[sourceCol] ?? '';
    edge.target = fields[targetCol] ?? '';
    if (edge.source === '') throw new Error(`line ${lineNo}: missing source`);
    if (edge.target === '') throw new Error(`line ${lineNo}: missing target`);
    const rawWeight = weightCol >= 0 ? fields[weightCol] : undefined;
    edge.weight = undefined;
    if (rawWeight !== undefined && rawWeight !== '') {
      if (!isNumeric(rawWeight)) throw new Error(`line ${lineNo}: weight "${rawWeight}" is not a number`);
      edge.weight = Number(rawWeight.replace(',', '.'));
    }
    visit(edge);
  }
}

function parseCsv(text: string, directed: boolean): Graph {
  const graph = new Graph({ type: directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  readCsvEdges(text, ({ source, target, weight, extra }) => {
    const attributes: Record<string, string | number> = weight === undefined ? {} : { weight };
    Object.assign(attributes, extra());
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target, attributes);
  });
  return graph;
}

/**
 * A CSV edge list straight into the measures' CSR index, without a graphology
 * graph in between (building one costs several times the parse). The same
 * index `buildCsr` makes of `parseNetworkFile`'s graph with the same options:
 * nodes in order of first appearance, `weight` naming the weight column
 * (`'weight'`) or another column, or null for none.
 */
export function parseCsvToCsr(text: string, options: { directed?: boolean; weight?: string | null } = {}): Csr {
  const weight = options.weight === undefined ? 'weight' : options.weight;
  const index = new Map<string, number>();
  const keys: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [];
  let weighted = false;
  const id = (key: string) => {
    let v = index.get(key);
    if (v === undefined) {
      v = keys.length;
      index.set(key, v);
      keys.push(key);
    }
    return v;
  };
  readCsvEdges(text, (edge) => {
    const s = id(edge.source);
    const t = id(edge.target);
    let w = 1;
    const raw = weight === null ? undefined : weight === 'weight' ? edge.weight : edge.extra()[weight];
    if (raw !== undefined) {
      w = Number(raw);
      if (!Number.isFinite(w)) throw new Error(`buildCsr: edge ${edge.source} - ${edge.target} has non-numeric ${weight} "${String(raw)}"`);
      weighted = true;
    }
    from.push(s);
    to.push(t);
    weights.push(w);
  });
  return csrFromEdges(keys, from, to, weights, { directed: options.directed ?? false, weighted });
}

/** Whether `parseNetworkFile` reads this file as a CSV edge list (which `parseCsvToCsr` reads too). */
export function isCsvFile(text: string, fileName: string): boolean {
  return detectFormat(text, fileName) === 'csv';
}

/**
 * Parse the text of a network file into a graphology graph. The format comes
 * from the file extension (`.gexf`, `.graphml`, `.csv`/`.tsv`/`.txt`), else
 * from the content. Throws an Error naming the line for bad CSV lines, e.g.
 * `line 7: missing target`.
 */
export function parseNetworkFile(text: string, fileName: string, options: ParseNetworkOptions = {}): Graph {
  if (typeof text !== 'string') throw new Error('parseNetworkFile: text must be a string');
  const format = detectFormat(text, fileName);
  if (format === 'csv') return parseCsv(text, options.directed ?? false);
  try {
    const parse = format === 'gexf' ? parseGexf : parseGraphml;
    return parse(Graph, text) as Graph;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`parseNetworkFile: ${fileName} is not valid ${format.toUpperCase()}: ${message}`);
  }
}
