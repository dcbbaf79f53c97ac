/**
 * What the Cypher editor knows about the graph: the model's labels,
 * relationship types and property keys (the same schema the report linter
 * uses), the functions the console supports, and the parameters in play.
 */
import { cypherSchema } from '../../../server/model/wire/cypher-schema.ts';

/** The schema shape of Neo4j's Cypher editor (`EditorSupportSchema`). */
export interface EditorSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: { name: string; signature: string }[];
  parameters: string[];
}

/** Functions offered by completion, with the signature shown beside them. */
const FUNCTIONS: [string, string][] = [
  ['count', '(expression) :: INTEGER'],
  ['collect', '(expression) :: LIST'],
  ['sum', '(expression) :: NUMBER'],
  ['avg', '(expression) :: FLOAT'],
  ['min', '(expression) :: ANY'],
  ['max', '(expression) :: ANY'],
  ['coalesce', '(expression, ...) :: ANY'],
  ['size', '(list) :: INTEGER'],
  ['toLower', '(string) :: STRING'],
  ['toUpper', '(string) :: STRING'],
  ['toString', '(value) :: STRING'],
  ['toInteger', '(value) :: INTEGER'],
  ['labels', '(node) :: LIST<STRING>'],
  ['type', '(relationship) :: STRING'],
  ['date', '(string) :: DATE'],
  ['round', '(number) :: FLOAT'],
];

const BASE = cypherSchema();

/**
 * The editor schema with these parameter names (without `$`) offered after `$`.
 * Neo4j's editor takes labels and relationship types with their colon (as
 * Neo4j Browser passes them): the completion replaces from the `:` onwards.
 */
export function editorSchema(parameters: Iterable<string> = []): EditorSchema {
  return {
    labels: BASE.labels.map((label) => `:${label}`),
    relationshipTypes: BASE.relationshipTypes.map((type) => `:${type}`),
    propertyKeys: [...BASE.propertyKeys],
    functions: FUNCTIONS.map(([name, signature]) => ({ name, signature })),
    parameters: [...new Set(parameters)].sort(),
  };
}
