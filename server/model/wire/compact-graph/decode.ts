/** Reads the compact form (format.ts): typed arrays over the received bytes, and each row's attributes on demand. */
import type { SerializedNetwork } from '../../graph.ts';
import { ALIGN, FORMAT_VERSION, MAGIC, WITH_STRINGS, assertLittleEndian, uintView, type ColumnHeader, type Header, type UintArray } from './format.ts';

type NodeAttributes = SerializedNetwork['nodes'][number]['attributes'];
type EdgeAttributes = SerializedNetwork['edges'][number]['attributes'];

export interface CompactGraph {
  readonly attributes: SerializedNetwork['attributes'];
  readonly nodeCount: number;
  readonly edgeCount: number;
  nodeKey(row: number): string;
  /** A new object with the row's attributes, as the JSON answer has them. */
  nodeAttributes(row: number): NodeAttributes;
  edgeKey(row: number): string;
  /** The ends of each edge, as node rows. */
  readonly sources: UintArray;
  readonly targets: UintArray;
  edgeAttributes(row: number): EdgeAttributes;
}

type Read = (row: number) => unknown;

/** Walks the buffers in the order the header lists them. */
class Cursor {
  private at: number;
  constructor(
    private readonly buffer: ArrayBuffer,
    start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  take(bytes: number): number {
    const offset = this.at;
    if (!Number.isInteger(bytes) || bytes < 0 || offset + bytes > this.end) throw new Error('compact graph: truncated or damaged');
    this.at += Math.ceil(bytes / ALIGN) * ALIGN;
    return offset;
  }

  uints(width: 1 | 2 | 4, bytes: number): UintArray {
    return uintView(width, this.buffer, this.take(bytes), bytes / width);
  }

  bytes(bytes: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(bytes), bytes);
  }

  floats(bytes: number): Float64Array {
    return new Float64Array(this.buffer, this.take(bytes), bytes / 8);
  }
}

function readStrings(cursor: Cursor, offsetBytes: number, textBytes: number): string[] {
  const offsets = cursor.uints(4, offsetBytes);
  const text = new TextDecoder().decode(cursor.bytes(textBytes));
  const strings = new Array<string>(offsets.length - 1);
  for (let index = 0; index < strings.length; index++) strings[index] = text.slice(offsets[index], offsets[index + 1]);
  return strings;
}

/** The integers + 1 (0: none) of a `pint` column, from their zigzagged differences. */
function undoDifferences(stored: UintArray): Uint32Array {
  const out = new Uint32Array(stored.length);
  let previous = 0;
  for (let row = 0; row < stored.length; row++) {
    const value = stored[row]!;
    if (!value) continue;
    const zigzag = value - 1;
    previous += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    out[row] = previous + 1;
  }
  return out;
}

function reader(column: ColumnHeader, cursor: Cursor): Read {
  const strings = WITH_STRINGS.has(column.encoding) ? readStrings(cursor, column.bytes[0]!, column.bytes[1]!) : [];
  const [first, second] = WITH_STRINGS.has(column.encoding) ? [2, 3] : [0, 1];
  const buffer = (index: number) => cursor.uints(column.widths[index - first] ?? 1, column.bytes[index] ?? 0);
  switch (column.encoding) {
    case 'str': {
      const indices = buffer(first);
      return (row) => (indices[row] ? strings[indices[row]! - 1] : undefined);
    }
    case 'pint': {
      const prefixes = buffer(first);
      const integers = undoDifferences(buffer(second));
      return (row) => (prefixes[row] ? (integers[row] ? strings[prefixes[row]! - 1]! + (integers[row]! - 1) : strings[prefixes[row]! - 1]) : undefined);
    }
    case 'strs': {
      const lengths = buffer(first);
      const items = buffer(second);
      const starts = new Uint32Array(lengths.length);
      for (let row = 1; row < lengths.length; row++) starts[row] = starts[row - 1]! + Math.max(0, lengths[row - 1]! - 1);
      return (row) => {
        if (!lengths[row]) return undefined;
        const list: string[] = [];
        for (let at = starts[row]!, end = at + lengths[row]! - 1; at < end; at++) list.push(strings[items[at]!]!);
        return list;
      };
    }
    case 'json': {
      const indices = buffer(first);
      return (row) => (indices[row] ? JSON.parse(strings[indices[row]! - 1]!) : undefined);
    }
    case 'int': {
      const values = buffer(first);
      const base = (column.min ?? 0) - 1;
      return (row) => (values[row] ? values[row]! + base : undefined);
    }
    case 'f64': {
      const values = cursor.floats(column.bytes[0] ?? 0);
      return (row) => (Number.isNaN(values[row]) ? undefined : values[row]);
    }
    case 'bool': {
      const values = buffer(first);
      return (row) => (values[row] ? values[row] === 2 : undefined);
    }
  }
}

function rows(columns: readonly { name: string; read: Read }[]): (row: number) => Record<string, unknown> {
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const { name, read } of columns) {
      const value = read(row);
      if (value === undefined) continue;
      // As JSON.parse does: an own property, even one called __proto__.
      if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  };
}

export function decodeCompactGraph(input: ArrayBuffer | Uint8Array): CompactGraph {
  assertLittleEndian();
  // Typed arrays need aligned offsets: a view that does not start on a multiple of 8 is copied first.
  const bytes = input instanceof Uint8Array ? (input.byteOffset % ALIGN === 0 ? input : input.slice()) : new Uint8Array(input);
  const buffer = bytes.buffer as ArrayBuffer;
  const start = bytes.byteOffset;
  const end = start + bytes.byteLength;
  if (bytes.byteLength < 8 || MAGIC.some((byte, index) => bytes[index] !== byte)) throw new Error('compact graph: not a compact graph');
  if (bytes[3] !== FORMAT_VERSION) throw new Error(`compact graph: version ${bytes[3]} is not known`);
  const headerLength = new DataView(buffer, start).getUint32(4, true);
  if (8 + headerLength > bytes.byteLength) throw new Error('compact graph: truncated or damaged');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header<SerializedNetwork['attributes']>;
  const cursor = new Cursor(buffer, start + Math.ceil((8 + headerLength) / ALIGN) * ALIGN, end);
  const table = (columns: readonly ColumnHeader[]) => rows(columns.map((column) => ({ name: column.name!, read: reader(column, cursor) })));
  const nodeKey = reader(header.nodes.key, cursor) as (row: number) => string;
  const nodeAttributes = table(header.nodes.columns) as (row: number) => NodeAttributes;
  const { width, bytes: endBytes } = header.edges.ends;
  const sources = cursor.uints(width, endBytes[0]!);
  const targets = cursor.uints(width, endBytes[1]!);
  const edgeKey = reader(header.edges.key, cursor) as (row: number) => string;
  const edgeAttributes = table(header.edges.columns) as (row: number) => EdgeAttributes;
  return { attributes: header.attributes, nodeCount: header.nodes.count, edgeCount: header.edges.count, nodeKey, nodeAttributes, edgeKey, sources, targets, edgeAttributes };
}
