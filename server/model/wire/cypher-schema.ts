/** The graph schema as Neo4j's Cypher tooling wants it (linter, editor completion), built from the model. */
import { NODE_KINDS, NODE_LABEL, NODE_PROPERTIES } from '../nodes.ts';
import { TIE_PROPERTIES, TIE_TYPES } from '../ties.ts';

export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export function cypherSchema(): CypherSchema {
  return {
    labels: NODE_KINDS.map((kind) => NODE_LABEL[kind]),
    relationshipTypes: [...TIE_TYPES],
    propertyKeys: [...new Set(['id', 'version', ...NODE_PROPERTIES, ...TIE_PROPERTIES])],
  };
}
