/**
 * Neo4j's Cypher, as analysts write it, rewritten for the embedded engine
 * (Kùzu). The rewrite works on Neo4j's own parse tree: each rule below
 * replaces one construct and keeps its meaning as Neo4j defines it. What has
 * no faithful rewrite is refused with a Dutch sentence that names the form
 * that works, so a query never runs with another meaning than its author's.
 *
 * | Neo4j                                   | Kùzu                                       | why |
 * |-----------------------------------------|--------------------------------------------|-----|
 * | `type(r)`, `labels(n)`, `n:Label`        | `label(r)`, `[label(n)]`, `label(n) IN […]` | one label per node, named by label() |
 * | `list[0]`, `list[1..3]`                 | `list[1]`, `list[2:3]`                     | Kùzu counts from 1, slices inclusive |
 * | `substring(s, 0, n)`                    | `substring(s, 1, n)`                       | idem (else an empty string, silently) |
 * | `size([(a)-[:KENT]-(b) | b])`           | `COUNT { MATCH (a)-[:KENT]-(b) }`          | Kùzu's size() would measure text |
 * | `exists((a)--())`                       | `EXISTS { MATCH (a)--() }`                 | |
 * | `EXISTS { (a)--() }`, `COUNT { … }`     | `EXISTS { MATCH (a)--() }`                 | Kùzu needs the MATCH |
 * | `[x IN l WHERE p | e]`                  | `list_transform(list_filter(l, x -> p), x -> e)` | |
 * | `n {.name, k: e}`                       | `{name: n.name, k: e}`                     | |
 * | `collect(x)`, `sum(x)` (RETURN, or WITH without grouping) | `coalesce(collect(x), [])`, `coalesce(sum(x), 0)` | over no rows or only nulls Neo4j gives [] and 0, Kùzu null |
 * | `toInteger(x)`                          | `to_int64(sign(x) * floor(abs(x)))`        | Neo4j truncates, Kùzu rounds |
 * | `x IN [a, null]`, `x IN []`             | `CASE … END`, `false`                      | Neo4j: null when not found and the list holds a null |
 * | `startNode(r)`, `endNode(r)`            | `start_node(r)`, `end_node(r)`; refused for a tie read without direction | the engine gives the pattern's left end there |
 * | `-[:KENT*1..3]-`                        | `-[:KENT* TRAIL 1..3]-`                    | Neo4j never repeats a relationship in a pattern |
 * | `toString`, `toFloat`, `split`, `round(x)`, `date()`, `datetime()`, `head`, `last`, `tail`, `elementId`, `duration('P1M')` | their Kùzu names | |
 * | `shortestPath(…[*..5]…)`                | `…[* SHORTEST 1..5]…`                      | |
 * | `WITH … ORDER BY` without a limit        | `… ORDER BY … SKIP 0`                      | Kùzu wants SKIP or LIMIT there |
 * | `CALL db.labels()`, `db.relationshipTypes()`, `db.propertyKeys()`, `db.schema.visualization()` | `UNWIND [the model's names] …` | answered from the model; the schema as nodes and relationships |
 * | `RETURN expr` without `AS`              | `RETURN expr AS \`expr\``                  | the column keeps Neo4j's name |
 */
import { NODE_FIELDS, NODE_KINDS, NODE_LABEL, NODE_PROPERTIES, TIE_ENDPOINTS, TIE_PROPERTIES, TIE_TYPES } from '../../../model/index.ts';
import { AppError, ValidationError } from '../../../errors.ts';
import type { QueryErrorPosition } from '../../../model/wire/reports.ts';
import { parseNeo4jCypher, type CypherNode } from './neo4j-parse.ts';

/** Line and column (from 1) of an offset in a text. */
export function positionOf(text: string, offset: number): QueryErrorPosition {
  const before = text.slice(0, offset).split('\n');
  return { offset, line: before.length, column: before.at(-1)!.length + 1 };
}

/** A construct that has no faithful rewrite: refused, with the form that works, and where it is (for the editor's mark). */
export class UntranslatableError extends AppError {
  override name = 'UntranslatableError';
  constructor(message: string, readonly at: { offset: number; text: string }, source = '') {
    super(400, 'validation', message, [{ path: 'query', message: `bij '${at.text}'` }], { position: positionOf(source, at.offset) });
  }
}

/** What Neo4j's own parser refuses, with the place of the first error. */
export class CypherSyntaxError extends AppError {
  override name = 'CypherSyntaxError';
  constructor(message: string, issues: { path: string; message: string }[], position?: QueryErrorPosition) {
    super(400, 'validation', message, issues, position ? { position } : {});
  }
}

const DEFAULT_MAX_HOPS = 30;

type Render = (node: CypherNode) => string;

/** One translation: the text, how to render a node, and which return items are a RETURN's (not a WITH's). */
interface Translation {
  render: Render;
  returnItems: ReadonlySet<CypherNode>;
  /**
   * collect() and sum() calls whose empty answer can be given as Neo4j's ([]
   * and 0): those of a RETURN, and of a WITH without grouping keys. Kùzu
   * refuses a later aggregation over a WITH alias that wraps an aggregate, so
   * a grouped WITH keeps the engine's null for a group of only nulls.
   */
  emptyAggregates: ReadonlySet<CypherNode>;
  /** Relationship variables bound only in patterns with a direction (where the engine's start_node() is the stored start). */
  directedRelationships: ReadonlySet<string>;
  /** What each pattern variable is: a relationship, or a node with the one label its patterns give it (undefined: none, or several). */
  variables: ReadonlyMap<string, { relationship: true } | { relationship: false; label?: string }>;
  /** A fresh variable name for a relationship that needs one. */
  freshName(): string;
  /** The query's parameter values: Kùzu can't bind a parameter inside a lambda or a list index, so there it is written as a literal. */
  params: Readonly<Record<string, unknown>>;
  /** Above 0 while rendering where Kùzu can't bind a parameter. */
  literalParams: number;
  /** The parameters left as parameters: only these may be sent along. */
  boundParams: Set<string>;
}

type Rule = (node: CypherNode, render: Render, source: string, translation: Translation) => string | undefined;

const textOf = (node: CypherNode, source: string) => source.slice(node.start, node.end);
const child = (node: CypherNode, rule: string) => node.children.find((candidate) => candidate.rule === rule);
const childrenOf = (node: CypherNode, rule: string) => node.children.filter((candidate) => candidate.rule === rule);
const hasToken = (node: CypherNode, source: string, token: string) => node.children.some((candidate) => candidate.rule === 'Token' && textOf(candidate, source).toUpperCase() === token);

/** The node of this rule on the single-child chain below `node`, if the chain has one. */
function along(node: CypherNode, rule: string): CypherNode | undefined {
  let current: CypherNode | undefined = node;
  while (current) {
    if (current.rule === rule) return current;
    current = current.children.length === 1 ? current.children[0] : undefined;
  }
  return undefined;
}

function refuse(node: CypherNode, source: string, message: string): never {
  throw new UntranslatableError(message, { offset: node.start, text: textOf(node, source).slice(0, 60) }, source);
}

const integerLiteral = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** ISO 8601 durations as Kùzu intervals: 'P1Y2M3DT4H5M6S' → '1 years 2 months 3 days 4 hours 5 minutes 6 seconds'. */
function isoDurationToInterval(iso: string): string | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(iso);
  if (!match || iso.length < 2) return undefined;
  const units = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
  const parts = units.flatMap((unit, index) => (match[index + 1] ? [`${match[index + 1]} ${unit}`] : []));
  return parts.length ? parts.join(' ') : undefined;
}

const DURATION_KEYS: Record<string, string> = { years: 'years', months: 'months', weeks: 'weeks', days: 'days', hours: 'hours', minutes: 'minutes', seconds: 'seconds' };

function functionRule(node: CypherNode, render: Render, source: string, translation: Translation): string | undefined {
  const name = textOf(child(node, 'FunctionName')!, source).replace(/\s+/g, '').toLowerCase();
  const args = childrenOf(node, 'FunctionArgument');
  const arg = (index: number) => render(args[index]!);
  const distinct = hasToken(node, source, 'DISTINCT');
  const simple: Record<string, string> = { tostring: 'to_string', tofloat: 'to_double', split: 'string_split', tolower: 'lower', toupper: 'upper' };
  if (simple[name]) return `${simple[name]}(${args.map(render).join(', ')})`;
  switch (name) {
    case 'type':
      return `label(${arg(0)})`;
    case 'startnode':
    case 'endnode': {
      // Kùzu's start_node() is the stored start only where the pattern has the stored direction; read undirected it is the pattern's left end.
      const variable = args[0] && along(args[0], 'Variable');
      if (!variable || !translation.directedRelationships.has(textOf(variable, source))) {
        return refuse(node, source, `${name === 'startnode' ? 'startNode' : 'endNode'}() werkt hier alleen op een band uit een patroon met een richting, zoals (a)-[r:KENT]->(b): dan is a de startNode en b de endNode`);
      }
      return `${name === 'startnode' ? 'start_node' : 'end_node'}(${arg(0)})`;
    }
    case 'labels':
      return `[label(${arg(0)})]`;
    case 'head':
      return `list_extract(${arg(0)}, 1)`;
    case 'last':
      return `list_extract(${arg(0)}, -1)`;
    case 'tail':
      return `list_slice(${arg(0)}, 2, size(${arg(0)}))`;
    case 'elementid':
    case 'id':
      return `${arg(0)}.id`;
    case 'round':
      return args.length === 1 ? `round(${arg(0)}, 0)` : undefined;
    case 'replace':
      return `list_to_string(${arg(2)}, string_split(${arg(0)}, ${arg(1)}))`;
    case 'timestamp':
      return 'to_epoch_ms(current_timestamp())';
    case 'toboolean':
      return `(CASE lower(to_string(${arg(0)})) WHEN 'true' THEN true WHEN 'false' THEN false ELSE NULL END)`;
    case 'rand':
      return refuse(node, source, 'rand() bestaat hier niet: kies een steekproef met ORDER BY n.id en LIMIT, of exporteer de rijen');
    case 'date': {
      if (args.length === 0) return 'current_date()';
      const map = along(args[0]!, 'Map');
      if (!map) return undefined;
      const parts = Object.fromEntries([...textOf(map, source).matchAll(/(\w+)\s*:\s*([^,}]+)/g)].map(([, key, value]) => [key!.toLowerCase(), value!.trim()]));
      if (!parts.year || Object.keys(parts).some((key) => !['year', 'month', 'day'].includes(key))) return refuse(node, source, "date({…}) kan hier alleen met year, month en day, zoals date({year: 2025, month: 2, day: 10}), of schrijf date('2025-02-10')");
      return `make_date(${parts.year}, ${parts.month ?? 1}, ${parts.day ?? 1})`;
    }
    case 'datetime':
    case 'localdatetime':
      return args.length === 0 ? 'current_timestamp()' : undefined;
    case 'substring':
      return `substring(${arg(0)}, (${arg(1)}) + 1, ${args.length > 2 ? arg(2) : `size(${arg(0)})`})`;
    case 'collect':
    case 'sum':
      // Neo4j's collect() gives [] and sum() 0 where nothing was collected (no rows, or only nulls); Kùzu null.
      return translation.emptyAggregates.has(node) ? `coalesce(${name}(${distinct ? 'DISTINCT ' : ''}${arg(0)}), ${name === 'sum' ? '0' : '[]'})` : undefined;
    case 'tointeger':
      // Neo4j truncates toward zero (toInteger(2.9) is 2, toInteger(-2.9) is -2); Kùzu's cast rounds.
      return `to_int64(sign(to_double(${arg(0)})) * floor(abs(to_double(${arg(0)}))))`;
    case 'exists': {
      const pattern = along(args[0]!, 'PatternExpression');
      return pattern ? `EXISTS { MATCH ${render(pattern)} }` : undefined;
    }
    case 'size': {
      // size([(a)--(b) WHERE … | b]) counts the matches. (size() of a bare pattern is refused by Neo4j's own parser, with the hint.)
      const comprehension = along(args[0]!, 'PatternComprehension');
      if (!comprehension) return undefined;
      const where = comprehension.children.findIndex((each) => each.rule === 'Token' && textOf(each, source).toUpperCase() === 'WHERE');
      const condition = where >= 0 ? ` WHERE ${render(comprehension.children[where + 1]!)}` : '';
      return `COUNT { MATCH ${render(child(comprehension, 'PathPatternNonEmpty')!)}${condition} }`;
    }
    case 'duration': {
      const literal = textOf(args[0]!, source).trim();
      if (along(args[0]!, 'StringLiteral')) {
        const interval = isoDurationToInterval(literal.slice(1, -1));
        if (interval) return `interval('${interval}')`;
      }
      if (along(args[0]!, 'Map')) {
        const pairs = [...literal.matchAll(/(\w+)\s*:\s*(\d+)/g)].map(([, key, amount]) => (DURATION_KEYS[key!.toLowerCase()] ? `${amount} ${DURATION_KEYS[key!.toLowerCase()]}` : ''));
        if (pairs.length && pairs.every(Boolean)) return `interval('${pairs.join(' ')}')`;
      }
      return refuse(node, source, "duration(...) kan hier alleen met een vaste duur, zoals duration('P1M') of duration({days: 7})");
    }
    case 'duration.between':
    case 'duration.inmonths':
    case 'duration.indays':
      // With a unit after it, the postfix rule has rendered the call (durationBetween).
      return refuse(node, source, DURATION_BETWEEN_HINT);
    case 'properties':
      return propertiesRule(node, args, source, translation);
    case 'percentilecont':
    case 'percentiledisc':
    case 'stdev':
    case 'stdevp':
      if (distinct) return refuse(node, source, `${name}(DISTINCT …) bestaat hier niet: maak de waarden eerst uniek met WITH DISTINCT`);
      return statisticRule(name, arg);
    default:
      if (name.startsWith('apoc.') || name.startsWith('gds.')) return refuse(node, source, `${name}() is een plug-in van Neo4j en bestaat hier niet`);
      return undefined;
  }
}

/**
 * Neo4j's statistical aggregates, which the engine lacks, from the ones it has
 * (nulls skipped, as Neo4j does): percentileCont interpolates linearly between
 * the two nearest ranks, percentileDisc takes the value at rank ceil(p·n),
 * stdev divides by n − 1 and stdevP by n; stdev of fewer than two values is 0.
 */
function statisticRule(name: string, arg: (index: number) => string): string {
  const x = `to_double(${arg(0)})`;
  if (name === 'stdev' || name === 'stdevp') {
    const [least, divisor] = name === 'stdev' ? [2, `(count(${arg(0)}) - 1)`] : [1, `count(${arg(0)})`];
    return `(CASE WHEN count(${arg(0)}) < ${least} THEN 0.0 ELSE sqrt(abs(sum(${x} * ${x}) - sum(${x}) * sum(${x}) / count(${arg(0)})) / ${divisor}) END)`;
  }
  const p = `(${arg(1)})`;
  if (name === 'percentiledisc') {
    const sorted = `list_sort(collect(${arg(0)}))`;
    const rank = `ceil(${p} * count(${arg(0)}))`;
    return `list_extract(${sorted}, to_int64(CASE WHEN ${rank} < 1 THEN 1 ELSE ${rank} END))`;
  }
  const sorted = `list_sort(collect(${x}))`;
  const at = `${p} * (size(${sorted}) - 1)`;
  const value = (round: 'floor' | 'ceil') => `list_extract(${sorted}, to_int64(${round}(${at})) + 1)`;
  return `(CASE WHEN size(${sorted}) = 0 THEN NULL ELSE ${value('floor')} + (${value('ceil')} - ${value('floor')}) * (${at} - floor(${at})) END)`;
}

/** The columns of a pattern variable's table: every tie table has the same ones, a node's follow from its one label. */
function columnsOf(variable: string, translation: Translation): string[] | undefined {
  const known = translation.variables.get(variable);
  if (known?.relationship) return ['id', ...TIE_PROPERTIES];
  const kind = known ? NODE_KINDS.find((each) => NODE_LABEL[each] === known.label) : undefined;
  return kind ? ['id', ...Object.keys(NODE_FIELDS[kind].shape)] : undefined;
}

/**
 * properties(x) as a map of the columns its table has: every tie table has the
 * same ones, a node's follow from the one label its patterns give it. A column
 * that is not set is null in the map (Neo4j leaves it out).
 */
function propertiesRule(node: CypherNode, args: CypherNode[], source: string, translation: Translation): string {
  const variable = args[0] && along(args[0], 'Variable') ? textOf(args[0], source).trim() : undefined;
  const columns = variable ? columnsOf(variable, translation) : undefined;
  if (!variable || !columns) {
    return refuse(node, source, 'properties() werkt hier op een band of op een knoop met één label in zijn patroon, zoals MATCH (n:Persoon) … properties(n); of noem de eigenschappen: n {.name, .roles}');
  }
  return `{${columns.map((column) => `${column}: ${variable}.${column}`).join(', ')}}`;
}

/** `n:A`, `n:A|B`: a node has one label here. */
function labelTestRule(node: CypherNode, render: Render, source: string): string | undefined {
  const comparison = child(node, 'LabelComparison');
  if (!comparison) return undefined;
  const subject = node.children.find((candidate) => candidate !== comparison)!;
  const labels = textOf(comparison, source).replace(/^:/, '').split(/[|:]/).map((label) => label.trim().replace(/^`|`$/g, ''));
  if (labels.some((label) => !/^\w+$/.test(label)) || /[&!%]/.test(textOf(comparison, source))) {
    return refuse(node, source, "een knoop heeft hier één label: schrijf n:A of n:A|B (A of B); 'en' en 'niet' van labels bestaan niet");
  }
  return `label(${render(subject)}) IN [${labels.map((label) => `'${label}'`).join(', ')}]`;
}

function subqueryRule(keyword: 'EXISTS' | 'COUNT'): Rule {
  return (node, render) => {
    const patterns = child(node, 'PatternList');
    if (!patterns) return undefined;
    const where = child(node, 'WhereClause');
    return `${keyword} { MATCH ${render(patterns)}${where ? ` ${render(where)}` : ''} }`;
  };
}

/** A literal for a parameter's value, or undefined when it has no plain literal form. */
function literalOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return undefined;
}

function parameterRule(node: CypherNode, _render: Render, source: string, translation: Translation): string | undefined {
  const name = textOf(node, source).replace(/^\$\s*/, '').replace(/^`|`$/g, '');
  const literal = translation.literalParams && Object.hasOwn(translation.params, name) ? literalOf(translation.params[name]) : undefined;
  if (literal === undefined) translation.boundParams.add(name);
  return literal;
}

/** Renders with parameters as literals (see Translation.params). */
function withLiteralParams<T>(translation: Translation, work: () => T): T {
  translation.literalParams++;
  try {
    return work();
  } finally {
    translation.literalParams--;
  }
}

function listComprehensionRule(node: CypherNode, render: Render, source: string, translation: Translation): string {
  return withLiteralParams(translation, () => listComprehension(node, render, source));
}

/**
 * any/all/none/single(x IN list WHERE p) as a count of the filtered list: the
 * engine's own quantifiers crash on a table of more than a few thousand rows.
 */
function quantifierRule(node: CypherNode, render: Render, source: string, translation: Translation): string {
  return withLiteralParams(translation, () => {
    const quantifier = textOf(node.children[0]!, source).trim().toLowerCase();
    const variable = textOf(child(node, 'Variable')!, source);
    const [list, predicate] = childrenOf(node, 'Expression').map(render);
    const matching = `size(list_filter(${list}, ${variable} -> ${predicate ?? variable}))`;
    const test: Record<string, string> = { any: '> 0', all: `= size(${list})`, none: '= 0', single: '= 1' };
    return `(${matching} ${test[quantifier] ?? refuse(node, source, `${quantifier}(…) bestaat hier niet: wel any, all, none en single`)})`;
  });
}

function listComprehension(node: CypherNode, render: Render, source: string): string {
  const variable = textOf(child(node, 'Variable')!, source);
  const expressions = childrenOf(node, 'Expression');
  const tokens = node.children.filter((candidate) => candidate.rule === 'Token').map((token) => textOf(token, source).toUpperCase());
  const list = render(expressions[0]!);
  const hasWhere = tokens.includes('WHERE');
  const hasBar = tokens.includes('|');
  const where = hasWhere ? render(expressions[1]!) : undefined;
  const projection = hasBar ? render(expressions[hasWhere ? 2 : 1]!) : undefined;
  const filtered = where ? `list_filter(${list}, ${variable} -> ${where})` : list;
  return projection ? `list_transform(${filtered}, ${variable} -> ${projection})` : filtered;
}

function mapProjectionRule(node: CypherNode, render: Render, source: string, translation: Translation): string {
  const variable = textOf(child(node, 'Variable')!, source);
  const entries = childrenOf(node, 'MapProjectionElement').map((element) => {
    const text = textOf(element, source).trim();
    if (text === '.*') {
      const columns = columnsOf(variable, translation);
      if (!columns) return refuse(element, source, `${variable}{.*} werkt hier op een band of op een knoop met één label in zijn patroon, zoals MATCH (${variable}:Persoon); of noem de eigenschappen: ${variable}{.name, .roles}`);
      return columns.map((column) => `${column}: ${variable}.${column}`).join(', ');
    }
    const property = child(element, 'Property');
    if (property) {
      const key = textOf(property, source).replace(/^\.\s*/, '');
      return `${key}: ${variable}.${key}`;
    }
    const expression = child(element, 'Expression');
    if (expression) return `${textOf(element.children[0]!, source)}: ${render(expression)}`;
    return `${text}: ${text}`;
  });
  return `{${entries.join(', ')}}`;
}

const DURATION_BETWEEN_HINT = 'duration.between(a, b), duration.inMonths en duration.inDays werken hier met twee datums en één eenheid erachter, zoals duration.between(date(a), date()).months of .days; het verschil in dagen is ook date(b) - date(a)';

/**
 * `duration.between(a, b).months` and its kin, for dates: Neo4j's duration
 * between two dates is whole months, then the days left; each unit reads the
 * total in its group (months: years, quarters, months; days: weeks, days).
 * `duration.inMonths` counts only months, `duration.inDays` only days.
 */
function durationBetween(node: CypherNode, postfixes: CypherNode[], render: Render, source: string): string | undefined {
  const call = along(node.children[0]!, 'FunctionInvocation');
  const name = call && textOf(child(call, 'FunctionName')!, source).replace(/\s+/g, '').toLowerCase();
  if (!call || !name || !['duration.between', 'duration.inmonths', 'duration.indays'].includes(name)) return undefined;
  const unit = postfixes.length === 1 && postfixes[0]!.rule === 'PropertyPostfix' ? textOf(postfixes[0]!, source).replace(/^\.\s*/, '').toLowerCase() : undefined;
  if (!unit) return refuse(node, source, DURATION_BETWEEN_HINT);
  const [a, b] = childrenOf(call, 'FunctionArgument').map((argument) => `CAST(${render(argument)} AS DATE)`);
  if (!a || !b) return refuse(node, source, DURATION_BETWEEN_HINT);
  const part = (which: string, date: string) => `date_part('${which}', ${date})`;
  const monthsUp = (from: string, to: string) => `((${part('year', to)} - ${part('year', from)}) * 12 + ${part('month', to)} - ${part('month', from)} - CASE WHEN ${part('day', to)} < ${part('day', from)} THEN 1 ELSE 0 END)`;
  const months = `(CASE WHEN ${b} >= ${a} THEN ${monthsUp(a, b)} ELSE -${monthsUp(b, a)} END)`;
  const days = name === 'duration.indays' ? `(${b} - ${a})` : name === 'duration.inmonths' ? '0' : `(${b} - (${a} + interval(concat(to_string(${months}), ' months'))))`;
  const monthGroup = name === 'duration.indays' ? '0' : months;
  const truncated = (value: string, by: number) => `to_int64(sign(${value}) * floor(abs(${value}) / ${by}.0))`;
  const units: Record<string, string> = {
    years: truncated(monthGroup, 12),
    quarters: truncated(monthGroup, 3),
    months: monthGroup,
    weeks: truncated(days, 7),
    days,
    hours: '0',
    minutes: '0',
    seconds: '0',
  };
  return units[unit] ? `(${units[unit]})` : refuse(node, source, DURATION_BETWEEN_HINT);
}

/** The parts of a date Neo4j reads as properties (`d.year`); none is a property of the model, so `.year` always means the part. */
const DATE_PARTS: Record<string, string> = { year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day', dayofweek: 'dayofweek', hour: 'hour', minute: 'minute' };
const MODEL_PROPERTIES = new Set<string>(['id', 'version', ...NODE_PROPERTIES, ...TIE_PROPERTIES]);
const datePart = (postfix: CypherNode, source: string) => {
  const name = textOf(postfix, source).replace(/^\.\s*/, '');
  return postfix.rule === 'PropertyPostfix' && !MODEL_PROPERTIES.has(name) ? DATE_PARTS[name.toLowerCase()] : undefined;
};

/**
 * Postfixes: `base[i]`, `base[a..b]` (Neo4j counts from 0 with an exclusive
 * end; Kùzu from 1, inclusive) and a date's parts (`d.year`).
 */
function postfixRule(node: CypherNode, render: Render, source: string, translation: Translation): string | undefined {
  const postfixes = node.children.slice(1);
  const between = durationBetween(node, postfixes, render, source);
  if (between) return between;
  if (!postfixes.some((postfix) => postfix.rule === 'IndexPostfix' || postfix.rule === 'RangePostfix' || datePart(postfix, source))) return undefined;
  return withLiteralParams(translation, () => postfixed(node, postfixes, render, source));
}

function postfixed(node: CypherNode, postfixes: CypherNode[], render: Render, source: string): string {
  let out = render(node.children[0]!);
  for (const postfix of postfixes) {
    const part = datePart(postfix, source);
    if (part === 'dayofweek') {
      // Neo4j's dayOfWeek: Monday 1 … Sunday 7; 1 January 1970 was a Thursday.
      out = `((((${out}) - date('1970-01-01')) % 7 + 10) % 7 + 1)`;
      continue;
    }
    if (part) {
      out = `date_part('${part}', ${out})`;
      continue;
    }
    if (postfix.rule === 'IndexPostfix') {
      const index = postfix.children.find((candidate) => candidate.rule !== 'Token')!;
      const indexText = textOf(index, source);
      const literal = integerLiteral(indexText);
      // list_extract rather than list[i]: the engine's parser takes no property after an index (qs[0].name).
      if (along(index, 'StringLiteral')) out += `[${render(index)}]`;
      else if (literal !== undefined) out = `list_extract(${out}, ${literal < 0 ? literal : literal + 1})`;
      else {
        const rendered = render(index);
        out = `list_extract(${out}, CASE WHEN (${rendered}) < 0 THEN (${rendered}) ELSE (${rendered}) + 1 END)`;
      }
    } else if (postfix.rule === 'RangePostfix') {
      const dots = postfix.children.findIndex((candidate) => candidate.rule === 'Token' && textOf(candidate, source) === '..');
      const from = postfix.children.slice(0, dots).find((candidate) => candidate.rule !== 'Token');
      const to = postfix.children.slice(dots + 1).find((candidate) => candidate.rule !== 'Token');
      const bound = (part: CypherNode | undefined) => (part ? integerLiteral(textOf(part, source)) : undefined);
      if ((from && (bound(from) ?? 0) < 0) || (to && (bound(to) ?? 0) < 0)) {
        return refuse(postfix, source, 'een deel van een lijst vanaf het eind ([-2..]) bestaat hier niet: gebruik list[size(list)-2..]');
      }
      const start = from ? (bound(from) !== undefined ? String(bound(from)! + 1) : `(${render(from)}) + 1`) : '1';
      const end = to ? render(to) : `size(${out})`;
      out = `list_slice(${out}, ${start}, ${end})`;
    } else out += render(postfix);
  }
  return out;
}

/** A literal that is never null: a number, a string, true or false. */
const NON_NULL_LITERAL = /^(-?\d+(\.\d+)?([eE]-?\d+)?|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|true|false)$/i;

/**
 * `x IN list`: where x is not found and the list holds a null, Neo4j answers
 * null and Kùzu false; `x IN []` is false in Neo4j, null in Kùzu for a null x.
 * A list literal with elements that may be null gets Neo4j's answer spelt
 * out; a list of plain literals is the same on both engines.
 */
function inRule(node: CypherNode, render: Render, source: string): string | undefined {
  const comparison = child(node, 'StringAndListComparison');
  if (!comparison || !comparison.children[0] || textOf(comparison.children[0], source).toUpperCase() !== 'IN') return undefined;
  const list = comparison.children.find((each) => each.rule !== 'Token');
  const literal = list && along(list, 'ListLiteral');
  if (!literal) return undefined;
  const elements = literal.children.filter((each) => each.rule !== 'Token');
  if (!elements.length) return 'false';
  const nullable = elements.filter((element) => !NON_NULL_LITERAL.test(textOf(element, source).trim()));
  if (!nullable.length) return undefined;
  const subject = render(node.children[0]!);
  const rendered = render(list);
  const anyNull = [`(${subject}) IS NULL`, ...nullable.map((element) => `(${render(element)}) IS NULL`)].join(' OR ');
  return `(CASE WHEN (${subject}) IN ${rendered} THEN true WHEN ${anyNull} THEN NULL ELSE false END)`;
}

/**
 * `*1..3`: Neo4j never uses one relationship twice within a pattern (trail
 * semantics); Kùzu walks unless told TRAIL. Without an upper bound the
 * engine's limit applies, 30 steps.
 */
function pathLengthRule(node: CypherNode, _render: Render, source: string): string {
  const length = textOf(node, source).replace(/\s+/g, '');
  const match = /^\*(\d+)?(\.\.)?(\d+)?$/.exec(length);
  if (!match) return refuse(node, source, `de lengte ${length} kan hier niet; schrijf *1..5, *..5 of *2`);
  const [, low, dots, high] = match;
  const min = low ?? '1';
  const max = dots ? (high ?? String(DEFAULT_MAX_HOPS)) : (low ?? String(DEFAULT_MAX_HOPS));
  if (Number(max) > DEFAULT_MAX_HOPS) return refuse(node, source, `een pad van variabele lengte gaat hier hoogstens ${DEFAULT_MAX_HOPS} stappen: schrijf *1..${DEFAULT_MAX_HOPS} of minder`);
  return `* TRAIL ${min}..${max}`;
}

function shortestPathRule(node: CypherNode, render: Render, source: string): string {
  const all = /^allShortestPaths/i.test(textOf(node, source));
  const element = child(node, 'PatternElement')!;
  const lengths: CypherNode[] = [];
  const findLengths = (current: CypherNode) => (current.rule === 'PathLength' ? lengths.push(current) : current.children.forEach(findLengths));
  findLengths(element);
  if (lengths.length !== 1) return refuse(node, source, `${all ? 'allShortestPaths' : 'shortestPath'} werkt hier met één band van variabele lengte, zoals (a)-[:KENT*..5]-(b)`);
  const length = textOf(lengths[0]!, source).replace(/\s+/g, '');
  const match = /^\*(\d+)?(?:\.\.(\d+)?)?$/.exec(length);
  if (!match) return refuse(lengths[0]!, source, `de lengte ${length} kan hier niet; schrijf *..5 of *1..5`);
  const exact = !length.includes('..');
  const min = exact ? (match[1] ?? '1') : (match[1] ?? '1');
  const max = exact ? (match[1] ?? String(DEFAULT_MAX_HOPS)) : (match[2] ?? String(DEFAULT_MAX_HOPS));
  const withShortest = (current: CypherNode): string => {
    if (current === lengths[0]) return `* ${all ? 'ALL SHORTEST' : 'SHORTEST'} ${min}..${max}`;
    return reassemble(current, withShortest, source);
  };
  return withShortest(element);
}

/** `RETURN expr` gets `AS \`expr\``, so the column has the name Neo4j gives it. */
function returnItemRule(node: CypherNode, render: Render, source: string): string | undefined {
  if (hasToken(node, source, 'AS')) return undefined;
  const expression = node.children[0]!;
  return `${render(expression)} AS \`${textOf(expression, source).replace(/`/g, '``')}\``;
}

/**
 * `… ORDER BY o SKIP s LIMIT l` as `WITH … ORDER BY o LIMIT s + l` and then
 * `SKIP s`: the engine's ordered top-k drops rows when it skips as well
 * (ordered on a column with ties, it gave 0 of 2 rows or 2 of 10), silently.
 */
function orderSkipLimitRule(node: CypherNode, render: Render, source: string): string | undefined {
  const body = child(node, 'ReturnBody');
  const [order, skip, limit] = body ? [child(body, 'OrderBy'), child(body, 'Skip'), child(body, 'Limit')] : [];
  if (!body || !order || !skip || !limit) return undefined;
  const items = child(body, 'ReturnItems')!;
  const names = [
    ...(textOf(items, source).trim().startsWith('*') ? ['*'] : []),
    ...childrenOf(items, 'ReturnItem').map((item) => {
      const alias = child(item, 'Variable');
      if (alias) return textOf(alias, source);
      const text = textOf(item.children[0]!, source);
      // A RETURN item without AS gets its text as its name (returnItemRule); a WITH item without AS is a variable.
      return node.rule === 'ReturnClause' ? `\`${text.replace(/`/g, '``')}\`` : text;
    }),
  ];
  const distinct = hasToken(body, source, 'DISTINCT') ? 'DISTINCT ' : '';
  const amount = (clause: CypherNode) => `(${render(child(clause, 'Expression')!)})`;
  const where = child(node, 'WhereClause');
  const keyword = node.rule === 'ReturnClause' ? 'RETURN' : 'WITH';
  return `WITH ${distinct}${render(items)} ${render(order)} LIMIT ${amount(skip)} + ${amount(limit)} ${keyword} ${names.join(', ')} SKIP ${amount(skip)}${where ? ` ${render(where)}` : ''}`;
}

/** `WITH … ORDER BY …` without SKIP or LIMIT: Kùzu wants one of them there. */
function withOrderRule(node: CypherNode, render: Render, source: string): string | undefined {
  const body = child(node, 'ReturnBody');
  if (!body || !child(body, 'OrderBy') || child(body, 'Skip') || child(body, 'Limit')) return undefined;
  return reassemble(node, (current) => (current === body ? `${render(body)} SKIP 0` : render(current)), source);
}

const SCHEMA_LISTS: Record<string, { column: string; values: () => string[] }> = {
  'db.labels': { column: 'label', values: () => NODE_KINDS.map((kind) => NODE_LABEL[kind]) },
  'db.relationshiptypes': { column: 'relationshipType', values: () => [...TIE_TYPES] },
  'db.propertykeys': { column: 'propertyKey', values: () => [...new Set(['id', 'version', ...NODE_PROPERTIES, ...TIE_PROPERTIES])] },
};

/** What a schema procedure yields, as the RETURN a query that ends in the call needs. */
function schemaCallReturn(call: CypherNode, source: string): string | undefined {
  const procedure = textOf(child(call, 'ProcedureName')!, source).replace(/\s+/g, '').toLowerCase();
  if (procedure === 'db.schema.visualization') return 'nodes, relationships';
  const list = SCHEMA_LISTS[procedure];
  if (!list) return undefined;
  const yielded = childrenOf(call, 'ProcedureResultItem').map((item) => textOf(item, source).split(/\s+AS\s+/i));
  return yielded.find(([name]) => name === list.column)?.[1] ?? list.column;
}

/** A query that ends in a schema procedure (`CALL db.labels()`) returns what it yields, as in Neo4j. */
function endsInCallRule(node: CypherNode, render: Render, source: string): string | undefined {
  const clauses = childrenOf(node, 'Clause');
  const last = clauses.at(-1);
  const call = last && along(last, 'CallClause');
  const projection = call && schemaCallReturn(call, source);
  return projection ? `${reassemble(node, render, source)} RETURN ${projection}` : undefined;
}

/** The schema procedures, answered from the model. */
function callRule(node: CypherNode, _render: Render, source: string): string | undefined {
  const procedure = textOf(child(node, 'ProcedureName')!, source).replace(/\s+/g, '').toLowerCase();
  const yielded = childrenOf(node, 'ProcedureResultItem').map((item) => textOf(item, source).split(/\s+AS\s+/i));
  const quote = (value: string) => `'${value.replace(/'/g, "\\'")}'`;
  const list = SCHEMA_LISTS[procedure];
  if (list) {
    const alias = yielded.find(([name]) => name === list.column)?.[1] ?? list.column;
    return `UNWIND [${list.values().map(quote).join(', ')}] AS ${alias}`;
  }
  if (procedure === 'db.schema.visualization') {
    // As in Neo4j: one row, a node per label and a relationship per allowed (label, type, label), which the graph view draws.
    const nodes = NODE_KINDS.map((kind) => `{id: ${quote(NODE_LABEL[kind])}, kind: ${quote(kind)}, name: ${quote(NODE_LABEL[kind])}}`);
    const ties = TIE_TYPES.flatMap((type) =>
      TIE_ENDPOINTS[type].map(([from, to]) => `{id: ${quote(`${NODE_LABEL[from]}-${type}-${NODE_LABEL[to]}`)}, type: ${quote(type)}, from: ${quote(NODE_LABEL[from])}, to: ${quote(NODE_LABEL[to])}}`),
    );
    return `UNWIND [{nodes: [${nodes.join(', ')}], relationships: [${ties.join(', ')}]}] AS wn_schema WITH wn_schema.nodes AS nodes, wn_schema.relationships AS relationships`;
  }
  if (procedure.startsWith('db.') || procedure.startsWith('dbms.') || procedure.startsWith('apoc.') || procedure.startsWith('gds.')) {
    return refuse(node, source, `CALL ${procedure}() bestaat hier niet; wel: CALL db.labels(), db.relationshipTypes(), db.propertyKeys() en db.schema.visualization()`);
  }
  return undefined;
}

/** The relationship patterns of a MATCH, outside its subqueries and shortest paths. */
function relationshipsOf(node: CypherNode, found: CypherNode[] = []): CypherNode[] {
  for (const each of node.children) {
    if (each.rule === 'RelationshipPattern') found.push(each);
    else if (!['ExistsExpression', 'CountExpression', 'CollectExpression', 'PatternComprehension', 'WhereClause', 'ShortestPathPattern'].includes(each.rule)) relationshipsOf(each, found);
  }
  return found;
}

/**
 * The condition that two relationships of one pattern differ; a
 * variable-length one is the list of its ties, compared by the model's tie id
 * (a lambda over rels() gives wrong values in the engine). Two trails share
 * no tie when their ids together have no duplicate.
 */
function differ(a: { name: string; variable: boolean }, b: { name: string; variable: boolean }): string {
  if (!a.variable && !b.variable) return `id(${a.name}) <> id(${b.name})`;
  const ids = (name: string) => `properties(rels(${name}), 'id')`;
  if (a.variable && b.variable) return `size(list_distinct(list_concat(${ids(a.name)}, ${ids(b.name)}))) = size(${ids(a.name)}) + size(${ids(b.name)})`;
  const [list, one] = a.variable ? [a, b] : [b, a];
  return `NOT list_contains(${ids(list.name)}, ${one.name}.id)`;
}

/**
 * Neo4j never uses one relationship twice within one MATCH; Kùzu may. Each
 * variable-length relationship is a trail already (see pathLengthRule); a
 * MATCH with several relationships of a type that could be the same one gets
 * a variable for each and a condition that they differ.
 */
function uniqueRelationshipsRule(node: CypherNode, render: Render, source: string, translation: Translation): string | undefined {
  const relationships = relationshipsOf(node);
  if (relationships.length < 2) return undefined;
  const typesOf = (relationship: CypherNode) => {
    const label = child(relationship, 'LabelExpression');
    return label ? textOf(label, source).replace(/^:/, '').split('|').map((type) => type.trim()) : undefined;
  };
  const names = new Map<CypherNode, string>();
  for (const relationship of relationships) names.set(relationship, child(relationship, 'Variable') ? textOf(child(relationship, 'Variable')!, source) : translation.freshName());
  const conditions: string[] = [];
  const described = (relationship: CypherNode) => ({ name: names.get(relationship)!, variable: !!child(relationship, 'PathLength') });
  for (let i = 0; i < relationships.length; i++) {
    for (let j = i + 1; j < relationships.length; j++) {
      const [a, b] = [typesOf(relationships[i]!), typesOf(relationships[j]!)];
      if (a && b && !a.some((type) => b.includes(type))) continue;
      conditions.push(differ(described(relationships[i]!), described(relationships[j]!)));
    }
  }
  if (!conditions.length) return undefined;
  const named = (current: CypherNode): string => {
    if (current.rule === 'RelationshipPattern' && names.has(current) && !child(current, 'Variable')) {
      const open = current.children.find((each) => each.rule === 'Token' && textOf(each, source) === '[');
      if (open) return reassemble(current, (each) => (each === open ? `[${names.get(current)}` : render(each)), source);
      return `${child(current, 'LeftArrow') ? '<' : ''}-[${names.get(current)}]-${child(current, 'RightArrow') ? '>' : ''}`;
    }
    if (current.rule === 'WhereClause') return `WHERE (${render(current.children.find((each) => each.rule !== 'Token')!)}) AND ${conditions.join(' AND ')}`;
    if (current.rule === 'Token') return textOf(current, source);
    return RULES[current.rule]?.(current, named, source, translation) ?? reassemble(current, named, source);
  };
  const rendered = reassemble(node, named, source);
  return child(node, 'WhereClause') ? rendered : `${rendered} WHERE ${conditions.join(' AND ')}`;
}

const RULES: Record<string, Rule> = {
  SingleQuery: endsInCallRule,
  MatchClause: uniqueRelationshipsRule,
  SubqueryClause: (node, _render, source) => refuse(node, source, 'CALL { … } bestaat hier niet: tel met COUNT { MATCH … } of gebruik OPTIONAL MATCH … WITH …, count(…)'),
  FunctionInvocation: functionRule,
  Expression7: (node, render, source, translation) => labelTestRule(node, render, source) ?? inRule(node, render, source),
  ExistsExpression: subqueryRule('EXISTS'),
  CountExpression: subqueryRule('COUNT'),
  ListComprehension: listComprehensionRule,
  ListItemsPredicate: quantifierRule,
  CollectExpression: (node, _render, source) => refuse(node, source, 'COLLECT { … } bestaat hier niet: schrijf OPTIONAL MATCH … WITH …, collect(…) AS lijst'),
  ReduceExpression: (node, _render, source) => refuse(node, source, 'reduce(…) bestaat hier niet: gebruik sum(…) of count(…) na UNWIND, of list_reduce(lijst, (a, x) -> …)'),
  PatternComprehension: (node, _render, source) => refuse(node, source, 'een patroon in een lijst ([(a)--(b) | b.name]) bestaat hier niet: schrijf OPTIONAL MATCH (a)--(b) WITH a, collect(b.name) AS namen'),
  MapProjection: mapProjectionRule,
  Expression2: postfixRule,
  ShortestPathPattern: shortestPathRule,
  PathLength: pathLengthRule,
  ReturnItem: (node, render, source, translation) => (translation.returnItems.has(node) ? returnItemRule(node, render, source) : undefined),
  WithClause: (node, render, source) => orderSkipLimitRule(node, render, source) ?? withOrderRule(node, render, source),
  ReturnClause: orderSkipLimitRule,
  CallClause: callRule,
  Parameter: parameterRule,
};

const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'collect', 'stdev', 'stdevp', 'percentilecont', 'percentiledisc']);

function calls(node: CypherNode, source: string, found: CypherNode[] = []): CypherNode[] {
  if (node.rule === 'FunctionInvocation' || node.rule === 'CountStar') found.push(node);
  for (const each of node.children) if (!['ExistsExpression', 'CountExpression', 'CollectExpression'].includes(each.rule)) calls(each, source, found);
  return found;
}

const functionName = (node: CypherNode, source: string) => (node.rule === 'CountStar' ? 'count' : textOf(child(node, 'FunctionName')!, source).replace(/\s+/g, '').toLowerCase());

/** See Translation.emptyAggregates. */
function emptyAggregatesOf(node: CypherNode, source: string, inReturn = false, found = new Set<CypherNode>()): Set<CypherNode> {
  const here = node.rule === 'ReturnClause' ? true : node.rule === 'WithClause' ? false : inReturn;
  if (node.rule === 'ReturnItems') {
    const perItem = childrenOf(node, 'ReturnItem').map((item) => calls(item, source));
    const global = perItem.length > 0 && perItem.every((each) => each.some((call) => AGGREGATES.has(functionName(call, source))));
    if (here || global) for (const call of perItem.flat()) if (call.rule === 'FunctionInvocation' && ['collect', 'sum'].includes(functionName(call, source))) found.add(call);
  }
  for (const each of node.children) emptyAggregatesOf(each, source, here, found);
  return found;
}

/** See Translation.directedRelationships. */
function directedRelationshipsOf(tree: CypherNode, source: string): Set<string> {
  const directed = new Set<string>();
  const undirected = new Set<string>();
  const visit = (node: CypherNode) => {
    if (node.rule === 'RelationshipPattern') {
      const variable = child(node, 'Variable');
      if (variable) (child(node, 'LeftArrow') || child(node, 'RightArrow') ? directed : undirected).add(textOf(variable, source));
    }
    node.children.forEach(visit);
  };
  visit(tree);
  for (const name of undirected) directed.delete(name);
  return directed;
}

/** Pattern variables: relationships, and nodes with the single plain label their patterns agree on. */
function variablesOf(tree: CypherNode, source: string): Translation['variables'] {
  const variables = new Map<string, { relationship: true } | { relationship: false; label?: string; labels: Set<string> }>();
  const visit = (node: CypherNode) => {
    const variable = (node.rule === 'NodePattern' || node.rule === 'RelationshipPattern') && child(node, 'Variable');
    if (variable) {
      const name = textOf(variable, source);
      if (node.rule === 'RelationshipPattern') variables.set(name, { relationship: true });
      else {
        const entry = variables.get(name) ?? { relationship: false as const, labels: new Set<string>() };
        const label = child(node, 'LabelExpression');
        if (label && !entry.relationship) entry.labels.add(textOf(label, source).replace(/^:\s*/, '').replace(/^`|`$/g, ''));
        variables.set(name, entry);
      }
    }
    node.children.forEach(visit);
  };
  visit(tree);
  const found: Map<string, { relationship: true } | { relationship: false; label?: string }> = new Map();
  for (const [name, entry] of variables) {
    const [only] = entry.relationship ? [] : entry.labels;
    found.set(name, entry.relationship ? entry : { relationship: false, label: entry.labels.size === 1 && /^\w+$/.test(only!) ? only : undefined });
  }
  return found;
}

/** The items of RETURN clauses (a WITH's items need no column name). */
function returnItemsOf(node: CypherNode, inReturn = false, found = new Set<CypherNode>()): Set<CypherNode> {
  const here = node.rule === 'ReturnClause' ? true : node.rule === 'WithClause' ? false : inReturn;
  if (node.rule === 'ReturnItem' && here) found.add(node);
  for (const each of node.children) returnItemsOf(each, here, found);
  return found;
}

/** The node's text with each child's span replaced by what `renderChild` makes of it. */
function reassemble(node: CypherNode, renderChild: Render, source: string): string {
  let out = '';
  let position = node.start;
  for (const each of node.children) {
    if (each.end <= each.start) continue;
    out += source.slice(position, each.start) + renderChild(each);
    position = each.end;
  }
  return out + source.slice(position, node.end);
}

/** Dutch hints for what Neo4j's parser refuses and analysts often write (Neo4j 4 habits). */
const NEO4J_ERROR_HINTS: { pattern: RegExp; hint: string }[] = [
  { pattern: /inside the function size\(\)/, hint: 'tel een patroon met COUNT { (p)-[:KENT]-() } in plaats van size((p)-[:KENT]-())' },
  { pattern: /exists\(variable\.property\)/, hint: 'schrijf n.eigenschap IS NOT NULL in plaats van exists(n.eigenschap)' },
  { pattern: /Variable `(\w+)` not defined/, hint: 'een naam moet eerst in MATCH, WITH of UNWIND voorkomen' },
  { pattern: /must be a number in the range 0\.0 to 1\.0/, hint: 'een percentiel ligt tussen 0 en 1, zoals 0.5 voor de mediaan' },
  { pattern: /Invalid input/, hint: 'controleer haakjes, komma’s en sleutelwoorden rond deze plek' },
];

function neo4jErrorMessage(error: { message: string; line: number; column: number }): string {
  const hint = NEO4J_ERROR_HINTS.find((candidate) => candidate.pattern.test(error.message))?.hint;
  return `ongeldige Cypher op regel ${error.line}, kolom ${error.column}${hint ? `: ${hint}` : ''} (Neo4j: ${error.message})`;
}

/**
 * Rewrites one Neo4j statement for Kùzu. Throws `CypherSyntaxError` (with
 * line and column from Neo4j's parser) for what Neo4j itself would not
 * accept, and `UntranslatableError` for what can't keep its meaning here.
 */
export function translateToKuzu(cypher: string): string {
  return translateStatement(cypher, {}).text;
}

/** Neo4j's parse tree of a statement; what Neo4j's parser refuses is a CypherSyntaxError, in Dutch, at its place (on either engine). */
export function parseOrRefuse(cypher: string): CypherNode {
  const { tree, errors } = parseNeo4jCypher(cypher);
  if (tree) return tree;
  const first = errors[0];
  throw new CypherSyntaxError(
    first ? neo4jErrorMessage(first) : 'ongeldige Cypher',
    errors.map((error) => ({ path: `regel ${error.line}, kolom ${error.column}`, message: error.message })),
    first ? { offset: first.offset, line: first.line, column: first.column } : undefined,
  );
}

/** Neo4j refuses a query that uses a parameter it was not given; so does this, naming the parameter, on either engine. */
export function assertParametersGiven(tree: CypherNode, cypher: string, params: Readonly<Record<string, unknown>>): void {
  const used = new Set<string>();
  const visit = (node: CypherNode) => {
    if (node.rule === 'Parameter') used.add(textOf(node, cypher).replace(/^\$\s*/, '').replace(/^`|`$/g, ''));
    node.children.forEach(visit);
  };
  visit(tree);
  const missing = [...used].filter((name) => !Object.hasOwn(params, name));
  if (missing.length) {
    throw new ValidationError(
      `${missing.map((name) => `$${name}`).join(', ')} ${missing.length === 1 ? 'heeft' : 'hebben'} geen waarde: geef ${missing.length === 1 ? 'hem' : 'ze'} op bij de parameters, zoals {"${missing[0]}": …}`,
      missing.map((name) => ({ path: `params.${name}`, message: 'geen waarde' })),
    );
  }
}

/** As translateToKuzu, with the parameter values: the text, and the parameters it still binds. */
export function translateStatement(cypher: string, params: Readonly<Record<string, unknown>>, tree = parseOrRefuse(cypher)): { text: string; params: Record<string, unknown> } {
  let names = 0;
  const translation: Translation = {
    returnItems: returnItemsOf(tree),
    emptyAggregates: emptyAggregatesOf(tree, cypher),
    directedRelationships: directedRelationshipsOf(tree, cypher),
    variables: variablesOf(tree, cypher),
    freshName: () => `wn_rel${++names}`,
    params,
    literalParams: 0,
    boundParams: new Set(),
    render: (node) => {
      if (node.rule === 'Token') return cypher.slice(node.start, node.end);
      const rewritten = RULES[node.rule]?.(node, translation.render, cypher, translation);
      return rewritten ?? reassemble(node, translation.render, cypher);
    },
  };
  const render = translation.render;
  // Text before and after the statement (comments, a trailing semicolon) is kept as it is.
  const text = cypher.slice(0, tree.start) + render(tree) + cypher.slice(tree.end);
  return { text, params: Object.fromEntries(Object.entries(params).filter(([name]) => translation.boundParams.has(name))) };
}
