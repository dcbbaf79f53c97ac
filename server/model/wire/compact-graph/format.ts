/**
 * The compact form of GET /api/graph: the same serialized network as the JSON
 * answer, stored by column. docs/architecture.md ("The compact graph") has
 * the layout; in short:
 *
 *   "WNG" 1 | u32 header length | header (UTF-8 JSON) | buffers, each at a multiple of 8
 *
 * The header names the graph's attributes, the string table and every column
 * with its encoding and the byte lengths of its buffers, in the order the
 * buffers follow. Numbers are little-endian, so typed arrays view them in place.
 */

/** The media type a client asks for (Accept) and the server answers with. */
export const COMPACT_GRAPH_TYPE = 'application/vnd.wijknetwerk.graph';

export const MAGIC = [0x57, 0x4e, 0x47] as const;
export const FORMAT_VERSION = 1;
/** Every buffer starts at a multiple of this, so any typed array can view it. */
export const ALIGN = 8;

/** Bytes per value of an index or integer buffer. */
export type Width = 1 | 2 | 4;

/**
 * How a column stores its values. Columns of strings carry their own string
 * table (the distinct strings: u32 UTF-16 offsets and their UTF-8 text, as the
 * first two buffers) and refer to it by index + 1. In every encoding 0 means
 * "absent".
 * - `str`: one string.
 * - `pint`: "prefix + integer" (`per_12` → `per_`, 12): the prefix, and the integer's difference from
 *   the previous row's integer, zigzagged (0, −1, 1, −2 … → 0, 1, 2, 3 …), + 1 (0: none).
 * - `strs`: a list of strings: its length + 1, then all items' indices (without the + 1) in one buffer.
 * - `json`: anything else (null, mixed types, objects), as its JSON text.
 * - `int`: a safe integer, as value − min + 1.
 * - `f64`: any other finite number (NaN: absent).
 * - `bool`: 1 false, 2 true.
 */
export type Encoding = 'str' | 'pint' | 'strs' | 'json' | 'int' | 'f64' | 'bool';

export interface ColumnHeader {
  /** The attribute's name; the key column of a table has none. */
  name?: string;
  encoding: Encoding;
  /** Width of each buffer of indices or integers, after the string table (f64 columns: none). */
  widths: Width[];
  /** For `int`: the smallest value. */
  min?: number;
  /** Byte length of each buffer, in order. */
  bytes: number[];
}

export interface TableHeader {
  count: number;
  key: ColumnHeader;
  columns: ColumnHeader[];
}

export interface Header<Attributes> {
  attributes: Attributes;
  nodes: TableHeader;
  /** Each edge's ends are node rows, of the given width. */
  edges: TableHeader & { ends: { width: Width; bytes: number[] } };
}

/** Encodings whose first two buffers are a string table. */
export const WITH_STRINGS: ReadonlySet<Encoding> = new Set(['str', 'pint', 'strs', 'json']);

export function widthFor(max: number): Width {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

export type UintArray = Uint8Array | Uint16Array | Uint32Array;

export function uintArray(width: Width, length: number): UintArray {
  return width === 1 ? new Uint8Array(length) : width === 2 ? new Uint16Array(length) : new Uint32Array(length);
}

export function uintView(width: Width, buffer: ArrayBuffer, offset: number, length: number): UintArray {
  return width === 1 ? new Uint8Array(buffer, offset, length) : width === 2 ? new Uint16Array(buffer, offset, length) : new Uint32Array(buffer, offset, length);
}

/** A string with a lone surrogate does not survive UTF-8; such values go as JSON text, which escapes it. */
export function wellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Typed arrays use the machine's byte order; the format is little-endian, as every machine a browser runs on. */
export function assertLittleEndian(): void {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('compact graph: this machine is big-endian');
}
