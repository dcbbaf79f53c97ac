/** Converts Neo4j driver values into plain JSON: nodes and relationships to our records, temporal values to ISO strings. */
import neo4j from 'neo4j-driver';
import { NODE_KINDS, NODE_LABEL, type NodeKind } from '../../model/index.ts';

const KIND_OF_LABEL = new Map<string, NodeKind>(NODE_KINDS.map((kind) => [NODE_LABEL[kind], kind]));

export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (value instanceof neo4j.types.Node) {
      const label = value.labels[0] ?? '';
      return { ...plainProperties(value.properties), kind: KIND_OF_LABEL.get(label) ?? label };
    }
    if (value instanceof neo4j.types.Relationship) return { ...plainProperties(value.properties), type: value.type };
    if (value instanceof neo4j.types.Path) return value.segments.map((segment) => toPlain(segment.relationship));
    if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
    return plainProperties(value as Record<string, unknown>);
  }
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, toPlain(inner)]));
}
