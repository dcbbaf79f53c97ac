/**
 * The package ships its typings in src/, but its package.json "exports" has no
 * "types" condition, so TypeScript cannot find them by the package name alone.
 */
declare module '@neo4j-cypher/react-codemirror' {
  export { CypherEditor, type CypherEditorProps } from '@neo4j-cypher/react-codemirror/src/react-codemirror.js';
}
