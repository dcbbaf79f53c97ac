/**
 * What the editor marks: Neo4j's own linter (@neo4j-cypher/language-support,
 * the parser the server translates from) against the model's schema and the
 * parameters in play, with its messages in Dutch where they are about the
 * model; and the place of an error the server answered.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { cypherSchema } from '../../../server/model/wire/cypher-schema.ts';
import type { QueryErrorPosition } from '../../../server/model/wire/reports.ts';

export interface EditorDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

const SCHEMA = cypherSchema();
/** Neo4j's performance hint on a deliberate cross product: noise for an analyst here. */
const CARTESIAN_HINT = /^If a part of a query contains multiple disconnected patterns/;

const DUTCH: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Label (\S+) is not present in the database/, (m) => `label ${m[1]} bestaat niet in het model; wel: ${SCHEMA.labels.join(', ')}`],
  [/^Relationship type (\S+) is not present in the database/, (m) => `bandtype ${m[1]} bestaat niet in het model`],
  [/^(\S+) is not present in the database/, (m) => `eigenschap ${m[1]} bestaat niet in het model`],
  [/^Parameter \$(\S+) is not defined\.?/, (m) => `parameter $${m[1]} heeft geen waarde: geef hem op in het veld Parameters (JSON)`],
];

function dutch(message: string): string {
  for (const [pattern, say] of DUTCH) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return `Neo4j: ${message}`;
}

/** The linter's marks for this text, with these parameter names known. */
export function lintQuery(text: string, parameters: Iterable<string> = []): EditorDiagnostic[] {
  if (!text.trim()) return [];
  const { diagnostics } = lintCypherQuery(text, { ...SCHEMA, parameters: Object.fromEntries([...parameters].map((name) => [name, ''])) });
  return diagnostics
    .map((diagnostic) => ({ diagnostic, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value }))
    .filter(({ message }) => !CARTESIAN_HINT.test(message))
    .map(({ diagnostic, message }) => {
      const from = Math.min(diagnostic.offsets.start, text.length);
      return { from, to: Math.min(Math.max(diagnostic.offsets.end, from), text.length), severity: diagnostic.severity === 1 ? 'error' : 'warning', message: dutch(message) };
    });
}

/** The server's error at its position: the word there, or the one character. */
export function serverDiagnostic(text: string, position: QueryErrorPosition, message: string): EditorDiagnostic {
  const from = Math.min(Math.max(0, position.offset), text.length);
  const word = /^[\p{L}\p{N}_$.`]+/u.exec(text.slice(from))?.[0].length ?? 1;
  return { from, to: Math.min(text.length, from + Math.max(1, word)), severity: 'error', message };
}
