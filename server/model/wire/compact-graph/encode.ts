/** Writes a serialized network in the compact form (format.ts). */
import type { SerializedNetwork } from '../../graph.ts';
import { ALIGN, FORMAT_VERSION, MAGIC, WITH_STRINGS, assertLittleEndian, uintArray, wellFormed, widthFor, type ColumnHeader, type Encoding, type Header, type TableHeader, type UintArray } from './format.ts';

type Buffer = UintArray | Float64Array;

interface Column {
  header: ColumnHeader;
  buffers: Buffer[];
}

/** The distinct strings of one column, in order of first use. */
class StringTable {
  private readonly indices = new Map<string, number>();
  readonly list: string[] = [];

  index(text: string): number {
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.list.length;
      this.indices.set(text, index);
      this.list.push(text);
    }
    return index;
  }

  buffers(): [Uint32Array, Uint8Array] {
    const offsets = new Uint32Array(this.list.length + 1);
    let at = 0;
    this.list.forEach((text, index) => {
      at += text.length;
      offsets[index + 1] = at;
    });
    return [offsets, new TextEncoder().encode(this.list.join(''))];
  }
}

/** The largest value (0 for none), without spreading a long list into arguments. */
function largest(values: ArrayLike<number>): number {
  let max = 0;
  for (let index = 0; index < values.length; index++) if (values[index]! > max) max = values[index]!;
  return max;
}

function packed(values: ArrayLike<number>, length = values.length): UintArray {
  const out = uintArray(widthFor(largest(values)), length);
  out.set(values);
  return out;
}

function column(name: string | undefined, encoding: Encoding, buffers: Buffer[], extra: { min?: number } = {}): Column {
  const widths = buffers.flatMap((buffer) => (buffer instanceof Float64Array ? [] : [buffer.BYTES_PER_ELEMENT as 1 | 2 | 4]));
  const header: ColumnHeader = { ...(name === undefined ? {} : { name }), encoding, widths: WITH_STRINGS.has(encoding) ? widths.slice(2) : widths, ...extra, bytes: buffers.map((buffer) => buffer.byteLength) };
  return { header, buffers };
}

/** Each row's index + 1 in the column's string table (0: absent). */
function indexed(values: readonly unknown[], text: (value: unknown) => string): { table: StringTable; indices: Uint32Array } {
  const table = new StringTable();
  const indices = new Uint32Array(values.length);
  values.forEach((value, row) => {
    if (value !== undefined) indices[row] = table.index(text(value)) + 1;
  });
  return { table, indices };
}

/** A signed difference as an unsigned number: 0, −1, 1, −2, 2 … → 0, 1, 2, 3, 4 … */
const zigzag = (difference: number) => (difference >= 0 ? 2 * difference : -2 * difference - 1);

const PREFIXED_INTEGER = /^(.*?)([1-9]\d{0,8}|0)$/;

/** Undefined when a string does not survive UTF-8 (the caller writes JSON then). */
function stringColumn(name: string | undefined, values: readonly unknown[]): Column | undefined {
  const { table, indices } = indexed(values, (value) => value as string);
  if (!table.list.every(wellFormed)) return undefined;
  const splits = table.list.map((text): [string, number] => {
    const match = PREFIXED_INTEGER.exec(text);
    return match ? [match[1]!, Number(match[2]) + 1] : [text, 0];
  });
  // Ids share a few prefixes: their integers compress far better than the strings.
  const prefixTable = new StringTable();
  const prefixOf = splits.map(([prefix]) => prefixTable.index(prefix) + 1);
  if (prefixTable.list.length * 4 > table.list.length) return column(name, 'str', [...table.buffers(), packed(indices)]);
  const prefixes = new Uint32Array(values.length);
  const integers = new Uint32Array(values.length);
  let previous = 0;
  indices.forEach((index, row) => {
    if (!index) return;
    prefixes[row] = prefixOf[index - 1]!;
    const integer = splits[index - 1]![1];
    if (!integer) return;
    // Ids count up: as differences from the row before they are mostly 1.
    integers[row] = zigzag(integer - 1 - previous) + 1;
    previous = integer - 1;
  });
  return column(name, 'pint', [...prefixTable.buffers(), packed(prefixes), packed(integers)]);
}

function jsonColumn(name: string | undefined, values: readonly unknown[]): Column {
  const { table, indices } = indexed(values, (value) => JSON.stringify(value));
  return column(name, 'json', [...table.buffers(), packed(indices)]);
}

function listColumn(name: string, values: readonly unknown[]): Column | undefined {
  const table = new StringTable();
  const lengths = new Uint32Array(values.length);
  const items: number[] = [];
  values.forEach((value, row) => {
    if (value === undefined) return;
    lengths[row] = (value as string[]).length + 1;
    for (const item of value as string[]) items.push(table.index(item));
  });
  if (!table.list.every(wellFormed)) return undefined;
  return column(name, 'strs', [...table.buffers(), packed(lengths), packed(items)]);
}

function numberColumn(name: string, values: readonly unknown[], present: readonly number[]): Column {
  let min = Infinity;
  let max = -Infinity;
  for (const value of present) (min = Math.min(min, value)), (max = Math.max(max, value));
  if (present.every(Number.isSafeInteger) && max - min < 0xffff_fffe) {
    const shifted = new Uint32Array(values.length);
    values.forEach((value, row) => {
      if (value !== undefined) shifted[row] = (value as number) - min + 1;
    });
    return column(name, 'int', [packed(shifted)], { min });
  }
  const out = new Float64Array(values.length).fill(NaN);
  values.forEach((value, row) => {
    // JSON writes −0 as 0.
    if (value !== undefined) out[row] = (value as number) || 0;
  });
  return column(name, 'f64', [out]);
}

function booleanColumn(name: string, values: readonly unknown[]): Column {
  const out = new Uint8Array(values.length);
  values.forEach((value, row) => {
    if (value !== undefined) out[row] = value ? 2 : 1;
  });
  return column(name, 'bool', [out]);
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The tightest encoding that gives back exactly what JSON would. */
function attributeColumn(name: string, values: readonly unknown[]): Column {
  const present = values.filter((value) => value !== undefined);
  if (present.every(isText)) return stringColumn(name, values) ?? jsonColumn(name, values);
  if (present.every((value) => typeof value === 'boolean')) return booleanColumn(name, values);
  if (present.every((value) => typeof value === 'number' && Number.isFinite(value))) return numberColumn(name, values, present as number[]);
  if (present.every((value) => Array.isArray(value) && value.every(isText))) return listColumn(name, values) ?? jsonColumn(name, values);
  return jsonColumn(name, values);
}

/** One column per attribute name that some row has (JSON leaves out undefined values, and so does this). */
function attributeColumns(rows: readonly Record<string, unknown>[]): Column[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) if (row[name] !== undefined) names.add(name);
  return [...names].map((name) => attributeColumn(name, rows.map((row) => (Object.hasOwn(row, name) ? row[name] : undefined))));
}

function table(keys: readonly string[], rows: readonly Record<string, unknown>[]): { header: TableHeader; buffers: Buffer[] } {
  const key = stringColumn(undefined, keys) ?? jsonColumn(undefined, keys);
  const columns = attributeColumns(rows);
  return {
    header: { count: keys.length, key: key.header, columns: columns.map((c) => c.header) },
    buffers: [...key.buffers, ...columns.flatMap((c) => c.buffers)],
  };
}

const padded = (length: number) => Math.ceil(length / ALIGN) * ALIGN;

export function encodeCompactGraph(network: SerializedNetwork): Uint8Array {
  assertLittleEndian();
  const nodeRow = new Map<string, number>();
  network.nodes.forEach((node, row) => {
    if (nodeRow.has(node.key)) throw new Error(`compact graph: node ${node.key} appears twice`);
    nodeRow.set(node.key, row);
  });
  const endWidth = widthFor(Math.max(0, network.nodes.length - 1));
  const sources = uintArray(endWidth, network.edges.length);
  const targets = uintArray(endWidth, network.edges.length);
  network.edges.forEach((edge, row) => {
    const source = nodeRow.get(edge.source);
    const target = nodeRow.get(edge.target);
    if (source === undefined || target === undefined) throw new Error(`compact graph: tie ${edge.key} has an end that is not in the network`);
    sources[row] = source;
    targets[row] = target;
  });
  const nodes = table(
    network.nodes.map((node) => node.key),
    network.nodes.map((node) => node.attributes),
  );
  const edges = table(
    network.edges.map((edge) => edge.key),
    network.edges.map((edge) => edge.attributes),
  );
  const header: Header<SerializedNetwork['attributes']> = {
    attributes: network.attributes,
    nodes: nodes.header,
    edges: { ...edges.header, ends: { width: endWidth, bytes: [sources.byteLength, targets.byteLength] } },
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const buffers: Buffer[] = [...nodes.buffers, sources, targets, ...edges.buffers];
  let length = padded(8 + headerBytes.length);
  for (const buffer of buffers) length += padded(buffer.byteLength);
  const out = new Uint8Array(length);
  out.set([...MAGIC, FORMAT_VERSION]);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = padded(8 + headerBytes.length);
  for (const buffer of buffers) {
    out.set(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), at);
    at += padded(buffer.byteLength);
  }
  return out;
}
