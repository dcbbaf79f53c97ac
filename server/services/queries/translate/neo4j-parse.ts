/**
 * Neo4j's own Cypher parser (from @neo4j-cypher/language-support, the
 * parser behind Neo4j's editors), as a plain tree with character offsets. The
 * package exposes its parse tree only through the language service, so this
 * module is the one place that reaches in; a test pins the shape it relies on.
 */
import { CypherLanguageService, isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

/** A node of the parse tree: a grammar rule (with children) or a token. */
export interface CypherNode {
  /** The grammar rule's name, as in Neo4j's grammar with a capital (`FunctionInvocation`), or `Token`. */
  rule: string;
  start: number;
  /** Exclusive. */
  end: number;
  children: CypherNode[];
}

export interface CypherSyntaxError {
  message: string;
  line: number;
  column: number;
  offset: number;
}

interface AntlrToken {
  start: number;
  stop: number;
}

interface AntlrNode {
  constructor: { name: string };
  children?: AntlrNode[] | null;
  start?: AntlrToken;
  stop?: AntlrToken | null;
  symbol?: AntlrToken;
}

interface ParsedStatement {
  ctx: AntlrNode;
}

const ERROR = 1;

const service = new CypherLanguageService();

function convert(node: AntlrNode): CypherNode {
  if (node.symbol) return { rule: 'Token', start: node.symbol.start, end: node.symbol.stop + 1, children: [] };
  const start = node.start?.start ?? 0;
  const end = node.stop && node.stop.stop >= start - 1 ? node.stop.stop + 1 : start;
  return { rule: node.constructor.name.replace(/Context$/, ''), start, end, children: (node.children ?? []).map(convert) };
}

type Parsed = { tree?: CypherNode; errors: CypherSyntaxError[] };

/** The last texts parsed, with their answers: a saved report sends the same text every run, and Neo4j's parser takes a second or more on a long one. */
const parsed = new Map<string, Parsed>();
const PARSED_KEPT = 200;

/** The parse tree of one statement, or the errors Neo4j's parser and semantic analysis find (syntax, undefined variables…). The tree is shared: read it, never change it. */
export function parseNeo4jCypher(text: string): Parsed {
  const kept = parsed.get(text);
  if (kept) {
    parsed.delete(text);
    parsed.set(text, kept);
    return kept;
  }
  const answer = parseFresh(text);
  parsed.set(text, answer);
  if (parsed.size > PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  return answer;
}

function parseFresh(text: string): Parsed {
  const errors = lintCypherQuery(text, {})
    // Parameters are given with the query, not known to the parser: their errors are not errors here.
    .diagnostics.filter((diagnostic) => diagnostic.severity === ERROR && isNotParamError(diagnostic as Parameters<typeof isNotParamError>[0]))
    .map((diagnostic) => ({
      message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      offset: diagnostic.offsets.start,
    }));
  if (errors.length) return { errors };
  const parse = (service as unknown as { parse(query: string): { statementsParsing: ParsedStatement[] } }).parse.bind(service);
  const [statement] = parse(text).statementsParsing;
  return statement ? { tree: convert(statement.ctx), errors } : { errors };
}
