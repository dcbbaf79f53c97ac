/**
 * Reports are written in the Cypher subset that Kùzu and Neo4j both accept.
 * Where the engines spell one thing differently, the report uses Neo4j's
 * spelling (so Neo4j's own parser checks it) and this function rewrites it for
 * Kùzu. Keep this list short: prefer constructs both engines accept.
 *
 *   type(r)            → label(r)   (Kùzu names a relationship's type with label())
 *   head(labels(n))    → label(n)   (Kùzu has one label per node, as a string)
 *
 * The rewrite skips string literals and comments.
 */
import type { StoreEngine } from '../../store/types.ts';
import { tokenize } from './cypher-tokens.ts';

const KUZU_REWRITES: { pattern: RegExp; replace: string }[] = [
  { pattern: /\bhead\s*\(\s*labels\s*\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*\)/gi, replace: 'label($1)' },
  { pattern: /\btype\s*\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)/gi, replace: 'label($1)' },
];

export function translateForEngine(cypher: string, engine: StoreEngine): string {
  if (engine === 'neo4j') return cypher;
  // Rewrite only the code between literals and comments.
  return tokenize(cypher)
    .map((token) => (token.kind === 'code' ? KUZU_REWRITES.reduce((text, rule) => text.replace(rule.pattern, rule.replace), token.text) : token.text))
    .join('');
}
