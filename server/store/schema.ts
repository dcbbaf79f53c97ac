/**
 * The graph schema, derived from the model. `cypher/schema/*.cypher` hold the
 * statements the adapters run; a test checks that they match what this module
 * derives, so the files and the zod model never drift apart.
 */
import { NODE_FIELDS, NODE_KINDS, NODE_LABEL, TIE_ENDPOINTS, TIE_PROPERTIES, TIE_TYPES, type NodeKind } from '../model/index.ts';

export type ColumnType = 'STRING' | 'STRING[]' | 'INT64';

const INTEGER_TIE_PROPERTIES = new Set<string>(['strength', 'trust', 'count']);

/** Every node and tie carries the version the write service gave it; reads return it as an ETag. */
const VERSION_COLUMN = { name: 'version', type: 'INT64' } as const;

/** Property columns of a node kind, in table order (after `id`). */
export function nodeColumns(kind: NodeKind): { name: string; type: ColumnType }[] {
  return [...Object.keys(NODE_FIELDS[kind].shape).map((name) => ({ name, type: (name === 'roles' ? 'STRING[]' : 'STRING') as ColumnType })), VERSION_COLUMN];
}

/** Property columns of every tie table, in table order. */
export function tieColumns(): { name: string; type: ColumnType }[] {
  return [
    { name: 'id', type: 'STRING' },
    ...TIE_PROPERTIES.map((name) => ({ name, type: (INTEGER_TIE_PROPERTIES.has(name) ? 'INT64' : 'STRING') as ColumnType })),
    VERSION_COLUMN,
  ];
}

export function kuzuSchemaStatements(): string[] {
  const nodeTables = NODE_KINDS.map((kind) => {
    const columns = nodeColumns(kind).map((column) => `${column.name} ${column.type}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${NODE_LABEL[kind]}(id STRING, ${columns.join(', ')}, PRIMARY KEY (id));`;
  });
  const tieProperties = tieColumns().map((column) => `${column.name} ${column.type}`).join(', ');
  const relTables = TIE_TYPES.map((type) => {
    const pairs = TIE_ENDPOINTS[type].map(([from, to]) => `FROM ${NODE_LABEL[from]} TO ${NODE_LABEL[to]}`);
    return `CREATE REL TABLE IF NOT EXISTS ${type}(${pairs.join(', ')}, ${tieProperties});`;
  });
  return [...nodeTables, ...relTables];
}

export function neo4jSchemaStatements(): string[] {
  return NODE_KINDS.flatMap((kind) => {
    const label = NODE_LABEL[kind];
    return [
      `CREATE CONSTRAINT ${kind}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`,
      `CREATE INDEX ${kind}_name IF NOT EXISTS FOR (n:${label}) ON (n.name);`,
    ];
  })
    .concat(TIE_TYPES.map((type) => `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id);`));
}

export function renderSchemaFile(engine: 'kuzu' | 'neo4j'): string {
  const header =
    engine === 'kuzu'
      ? '// Wijknetwerk schema for embedded Kùzu. Derived from server/model; regenerate with `npx wijknetwerk schema kuzu`.\n'
      : '// Wijknetwerk constraints and indexes for Neo4j. Derived from server/model; regenerate with `npx wijknetwerk schema neo4j`.\n';
  const statements = engine === 'kuzu' ? kuzuSchemaStatements() : neo4jSchemaStatements();
  return header + statements.join('\n') + '\n';
}

/** Splits a schema file into its statements (one per line, `//` comments skipped). */
export function parseSchemaFile(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .map((line) => line.replace(/;$/, ''));
}
