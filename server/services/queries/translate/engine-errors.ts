/**
 * An error of the embedded engine, told to a Neo4j analyst: where the engine
 * differs from Neo4j in a way that often trips one up, a Dutch hint names the
 * form that works here; and the place of the error, where the engine gives it,
 * is carried over to the text the analyst wrote (for the editor's mark).
 */
import { AppError } from '../../../errors.ts';
import { NODE_KINDS, NODE_LABEL, NODE_PROPERTIES, TIE_TYPES } from '../../../model/index.ts';
import { positionOf } from './to-kuzu.ts';

const LABELS = NODE_KINDS.map((kind) => NODE_LABEL[kind]);

/** Known engine messages and what to write instead. */
const HINTS: { pattern: RegExp; hint: (match: RegExpExecArray) => string }[] = [
  {
    pattern: /Cannot match a built-in function for given function \+\((\w+\[\],\s*\w+|\w+,\s*\w+\[\])\)/,
    hint: () => 'een waarde voeg je hier aan een lijst toe als lijst: lijst + [waarde]',
  },
  {
    pattern: /Cannot match a built-in function for given function \+\(([^)]*STRING[^)]*)\)/,
    hint: () => "tekst en getal voeg je hier niet met + samen zoals Neo4j doet: zet het getal om, zoals 'wijk ' + toString(n)",
  },
  {
    pattern: /Cannot match a built-in function for given function (\S+?)\(([^)]*)\)/,
    hint: (m) => `${m[1]} kan hier niet met waarden van de soort ${m[2]!.toLowerCase()}: zet ze eerst om met toString(), toInteger() of toFloat()`,
  },
  {
    pattern: /Cannot find property (\w+) for (\w+)/,
    hint: (m) => `${m[2]} heeft geen eigenschap ${m[1]} (Neo4j zou null geven, hier is het een fout); eigenschappen in het model: ${NODE_PROPERTIES.join(', ')}`,
  },
  {
    pattern: /Table (\w+) does not exist/,
    hint: (m) => `${m[1]} bestaat niet in het model (Neo4j zou niets vinden, hier is het een fout); labels: ${LABELS.join(', ')}; bandtypes: ${TIE_TYPES.join(', ')}`,
  },
  {
    pattern: /Cast failed\. .* is not in (DOUBLE|INT64|INT32) range|Could not convert .* to (DOUBLE|INT64)/,
    hint: () => "toInteger() of toFloat() van een tekst die geen getal is: Neo4j geeft null, hier is het een fout; kies eerst de getallen, zoals WHERE x =~ '-?[0-9]+'",
  },
  {
    pattern: /Cast failed\. .* is not in (\w+)\[\] range/,
    hint: () => "een lijst (zoals roles) vergelijk je niet met één waarde: schrijf 'sleutelfiguur' IN p.roles",
  },
];

/** The engine's own message without the list of every signature it knows (dozens of lines that name no fix). */
function shortened(message: string): string {
  return message.replace(/\. Supported inputs are[\s\S]*$/, '.');
}

/** Where in `ran` the engine places its error: Kùzu's "(line: 1, offset: 6)" (offset within the line), Neo4j's "(offset: 6)" (within the text). */
function offsetIn(message: string, ran: string): number | undefined {
  const neo4j = /\(offset: (\d+)\)/.exec(message);
  if (neo4j) return Number(neo4j[1]);
  const kuzu = /\(line: (\d+), offset: (\d+)\)/.exec(message);
  if (!kuzu) return undefined;
  const lines = ran.split('\n');
  const line = Number(kuzu[1]);
  if (line < 1 || line > lines.length) return undefined;
  return lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0) + Number(kuzu[2]);
}

/** The place the engine names, in the author's text, where the translation kept everything before it. */
function positionIn(message: string, written: string, ran: string) {
  const offset = offsetIn(message, ran);
  if (offset === undefined) return undefined;
  if (offset > written.length || ran.slice(0, offset) !== written.slice(0, offset)) return undefined;
  return positionOf(written, offset);
}

/** The engine's error on `ran` (the translation of `written`), with a hint and a position where they are known. */
export function explainEngineError(error: unknown, written: string, ran: string): unknown {
  if (!(error instanceof AppError) || error.status !== 400) return error;
  const known = HINTS.map(({ pattern, hint }) => ({ match: pattern.exec(error.message), hint })).find(({ match }) => match);
  const message = known ? `ongeldige Cypher: ${known.hint(known.match!)} (database: ${shortened(error.message).replace(/^ongeldige Cypher: /, '')})` : shortened(error.message);
  const position = error.extra.position ?? positionIn(error.message, written, ran);
  if (message === error.message && position === error.extra.position) return error;
  return new AppError(400, error.code, message, error.issues, { ...error.extra, ...(position ? { position } : {}) });
}
