/**
 * What the Cypher editor knows about the graph: the model's labels,
 * relationship types and property keys (the same schema the report linter
 * uses), the functions that run here, and the parameters in play.
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

/** Functions offered by completion, with the signature shown beside them: only what runs here (a test runs each). */
const FUNCTIONS: [string, string][] = [
  ['count', '(expression) :: INTEGER'],
  ['collect', '(expression) :: LIST'],
  ['sum', '(expression) :: NUMBER'],
  ['avg', '(expression) :: FLOAT'],
  ['min', '(expression) :: ANY'],
  ['max', '(expression) :: ANY'],
  ['percentileCont', '(expression, percentile) :: FLOAT'],
  ['percentileDisc', '(expression, percentile) :: NUMBER'],
  ['stDev', '(expression) :: FLOAT'],
  ['coalesce', '(expression, ...) :: ANY'],
  ['size', '(list) :: INTEGER'],
  ['head', '(list) :: ANY'],
  ['last', '(list) :: ANY'],
  ['toLower', '(string) :: STRING'],
  ['toUpper', '(string) :: STRING'],
  ['trim', '(string) :: STRING'],
  ['split', '(string, delimiter) :: LIST<STRING>'],
  ['substring', '(string, start, length) :: STRING'],
  ['toString', '(value) :: STRING'],
  ['toInteger', '(value) :: INTEGER'],
  ['toFloat', '(value) :: FLOAT'],
  ['labels', '(node) :: LIST<STRING>'],
  ['type', '(relationship) :: STRING'],
  ['properties', '(node or relationship) :: MAP'],
  ['keys', '(node or relationship) :: LIST<STRING>'],
  ['elementId', '(node or relationship) :: STRING'],
  ['startNode', '(relationship) :: NODE'],
  ['endNode', '(relationship) :: NODE'],
  ['nodes', '(path) :: LIST<NODE>'],
  ['relationships', '(path) :: LIST<RELATIONSHIP>'],
  ['length', '(path) :: INTEGER'],
  ['shortestPath', '(pattern) :: PATH'],
  ['date', '(string?) :: DATE'],
  ['duration', '(string or map) :: DURATION'],
  ['round', '(number) :: FLOAT'],
];

/** The names completion offers as functions. */
export const OFFERED_FUNCTIONS: readonly string[] = FUNCTIONS.map(([name]) => name);

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
