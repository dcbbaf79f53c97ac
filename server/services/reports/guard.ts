/**
 * The first line of defence of the Cypher console: a token-level check that a
 * query only reads. String literals, quoted identifiers and comments are
 * skipped, so `WHERE n.name = 'CREATE'` passes and `/* ; *\/` is no second
 * statement. The second line of defence is the store's read-only transaction.
 */
import { AppError } from '../../errors.ts';
import { codeWords, tokenize } from './cypher-tokens.ts';

/** Clauses and commands that change data, schema or the database. */
const WRITE_WORDS: Record<string, string> = {
  CREATE: 'CREATE maakt knopen of banden aan',
  MERGE: 'MERGE maakt knopen of banden aan',
  SET: 'SET wijzigt eigenschappen',
  DELETE: 'DELETE verwijdert gegevens',
  DETACH: 'DETACH DELETE verwijdert gegevens',
  REMOVE: 'REMOVE verwijdert eigenschappen',
  DROP: 'DROP verwijdert tabellen of indexen',
  ALTER: 'ALTER wijzigt het schema',
  COPY: 'COPY laadt of schrijft bestanden',
  LOAD: 'LOAD laadt bestanden of extensies',
  IMPORT: 'IMPORT DATABASE overschrijft de database',
  EXPORT: 'EXPORT DATABASE schrijft bestanden',
  INSTALL: 'INSTALL installeert extensies',
  ATTACH: 'ATTACH koppelt een andere database',
  USE: 'USE wisselt van database',
  FOREACH: 'FOREACH dient alleen om te schrijven',
  CHECKPOINT: 'CHECKPOINT is beheer van de database',
  BEGIN: 'transacties regelt de console zelf',
  COMMIT: 'transacties regelt de console zelf',
  ROLLBACK: 'transacties regelt de console zelf',
  TRANSACTIONS: 'CALL … IN TRANSACTIONS dient alleen om te schrijven',
  GRANT: 'GRANT is gebruikersbeheer',
  REVOKE: 'REVOKE is gebruikersbeheer',
  DENY: 'DENY is gebruikersbeheer',
  START: 'START/STOP DATABASE is beheer',
  STOP: 'START/STOP DATABASE is beheer',
};

/** Read-only procedures the console may CALL (Kùzu and Neo4j), lower case. */
export const READ_PROCEDURES = [
  'show_tables',
  'table_info',
  'show_connection',
  'db_version',
  'show_functions',
  'current_setting',
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
] as const;

export class ReadOnlyViolation extends AppError {
  override name = 'ReadOnlyViolation';
  constructor(message: string, readonly word: string) {
    super(403, 'read_only', message);
  }
}

/** Throws a 4xx with a Dutch message when the query could write or holds more than one statement. Returns the query without a trailing `;`. */
export function assertReadOnly(cypher: string): string {
  const tokens = tokenize(cypher);
  // More than one statement: a `;` in code followed by anything but whitespace and comments.
  let semicolonAt = -1;
  tokens.forEach((token, index) => {
    if (token.kind !== 'code') return;
    const at = token.text.indexOf(';');
    if (at < 0) return;
    const rest = token.text.slice(at + 1) + tokens.slice(index + 1).map((t) => (t.kind === 'comment' ? '' : t.text)).join('');
    if (rest.trim() !== '' || token.text.indexOf(';', at + 1) >= 0) {
      throw new AppError(400, 'multiple_statements', 'de console voert één query per keer uit: haal de ; tussen de statements weg');
    }
    semicolonAt = index;
  });
  const words = codeWords(cypher);
  if (words.length === 0) throw new AppError(400, 'empty_query', 'de query is leeg');
  for (let index = 0; index < words.length; index++) {
    const { word } = words[index]!;
    const reason = WRITE_WORDS[word];
    if (reason) throw new ReadOnlyViolation(`de console is alleen-lezen: ${reason} (gevonden: ${word}). Gebruik het invoerscherm om gegevens te wijzigen.`, word);
    if (word === 'CALL') {
      const next = words[index + 1];
      const after = next ? cypher.slice(next.offset + next.word.length).trimStart() : '';
      // CALL { … } is a subquery: its words are checked like the rest.
      const subquery = cypher.slice(words[index]!.offset + 4).trimStart().startsWith('{');
      if (subquery) continue;
      const name = next?.word.toLowerCase() ?? '';
      if (!(READ_PROCEDURES as readonly string[]).includes(name) || !after.startsWith('(')) {
        throw new ReadOnlyViolation(`de console roept alleen leesprocedures aan (${READ_PROCEDURES.join(', ')}); '${next?.word.toLowerCase() ?? ''}' hoort daar niet bij`, 'CALL');
      }
    }
  }
  if (semicolonAt < 0) return cypher;
  return tokens
    .map((token, index) => (index === semicolonAt ? token.text.replace(';', '') : token.text))
    .join('')
    .trim();
}
