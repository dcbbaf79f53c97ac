/** Converts Kùzu's result values into plain JSON: BigInt to number, node and rel objects to our records. */
import { NODE_KINDS, NODE_LABEL, type NodeKind } from '../../model/index.ts';

const KIND_OF_LABEL = new Map<string, NodeKind>(NODE_KINDS.map((kind) => [NODE_LABEL[kind], kind]));

export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (value instanceof Date) return value.toISOString();
    const record = value as Record<string, unknown>;
    if ('_label' in record && '_id' in record) return graphEntity(record);
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

/** A node or rel in a result row: properties plus `kind` (node) or `type` (rel); internal ids dropped. */
function graphEntity(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) {
    if (key.startsWith('_') || inner === null) continue;
    out[key] = toPlain(inner);
  }
  const label = String(record._label);
  if ('_src' in record) out.type = label;
  else out.kind = KIND_OF_LABEL.get(label) ?? label;
  return out;
}
