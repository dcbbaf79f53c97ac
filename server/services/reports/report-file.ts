/**
 * A report is one `.cypher` file in `cypher/reports/` with a header of `//`
 * comments:
 *
 *   // @title Wijken zonder opbouwwerker
 *   // @description Wijken waar …
 *   // @param wijk: gebied = ''
 *   // @column wijk: gebied
 *
 * The Cypher below the header is written in the subset both Kùzu and Neo4j
 * accept, in Neo4j's spelling (the embedded engine gets it through server/services/queries/translate).
 */
import { ValidationError } from '../../errors.ts';
import type { NodeKind } from '../../model/index.ts';
import { REPORT_GROUPS, type ColumnKind, type ParamType, type ReportColumn, type ReportDefinition, type ReportGroup, type ReportParam } from '../../model/wire/reports.ts';

/** Every node kind is a parameter type (an id of that kind); the order is the one the header's errors list. */
export const NODE_PARAM_ORDER = { gebied: 0, thema: 1, persoon: 2, organisatie: 3, wijkteam: 4, initiatief: 5, plek: 6 } satisfies Record<NodeKind, number>;
/** Every node kind is a column kind (cells shown by the viewer's policy); the order is the one the header's errors list. */
export const NODE_COLUMN_ORDER = { persoon: 0, organisatie: 1, initiatief: 2, wijkteam: 3, gebied: 4, thema: 5, plek: 6 } satisfies Record<NodeKind, number>;

const inOrder = (table: Record<NodeKind, number>) => (Object.keys(table) as NodeKind[]).sort((a, b) => table[a] - table[b]);

export const PARAM_TYPES = ['string', 'int', 'date', 'periode', ...inOrder(NODE_PARAM_ORDER)] as [ParamType, ...ParamType[]];

export const COLUMN_KINDS: readonly ColumnKind[] = [...inOrder(NODE_COLUMN_ORDER), 'tekst', 'getal', 'datum'];

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function parseReportFile(id: string, text: string): ReportDefinition {
  const fail = (message: string) => {
    throw new ValidationError(`rapport '${id}': ${message}`);
  };
  let title = '';
  let group: ReportGroup | undefined;
  let description = '';
  const params: ReportParam[] = [];
  const columns: ReportColumn[] = [];
  const body: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\/\/\s*@(\w+)\s+(.*)$/.exec(line);
    if (!header) {
      body.push(line);
      continue;
    }
    const [, tag, rest] = header as unknown as [string, string, string];
    const value = rest.trim();
    if (tag === 'title') title = value;
    else if (tag === 'group') {
      if (!(REPORT_GROUPS as readonly string[]).includes(value)) fail(`onbekende @group '${value}' (kies uit: ${REPORT_GROUPS.join(' | ')})`);
      group = value as ReportGroup;
    }
    else if (tag === 'description') description = description ? `${description} ${value}` : value;
    else if (tag === 'param') {
      const match = /^(\w+)\s*:\s*(\w+)\s*(?:=\s*(.*))?$/.exec(value);
      if (!match) fail(`ongeldige @param: ${value}`);
      const [, name, type, rawDefault] = match!;
      if (!NAME.test(name!)) fail(`ongeldige parameternaam: ${name}`);
      if (!(PARAM_TYPES as readonly string[]).includes(type!)) fail(`onbekend parametertype '${type}' (kies uit ${PARAM_TYPES.join(', ')})`);
      params.push({ name: name!, type: type as ParamType, default: parseDefault(type as ParamType, rawDefault?.trim() ?? "''"), ...(rawDefault === undefined ? { required: true } : {}) });
    } else if (tag === 'column') {
      const match = /^(\w+)\s*:\s*(\w+)$/.exec(value);
      if (!match) fail(`ongeldige @column: ${value}`);
      const [, name, kind] = match!;
      if (!(COLUMN_KINDS as readonly string[]).includes(kind!)) fail(`onbekende kolomsoort '${kind}' (kies uit ${COLUMN_KINDS.join(', ')})`);
      columns.push({ name: name!, kind: kind as ColumnKind });
    } else fail(`onbekende kop @${tag}`);
  }
  const cypher = body.join('\n').trim();
  if (!title) fail('@title ontbreekt');
  if (!group) fail('@group ontbreekt');
  if (!description) fail('@description ontbreekt');
  if (columns.length === 0) fail('geen @column');
  if (!cypher) fail('geen query');
  return { id, title, group: group!, description, params, columns, cypher };
}

function parseDefault(type: ParamType, raw: string): string | number {
  if (type === 'int') {
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new ValidationError(`standaardwaarde '${raw}' is geen geheel getal`);
    return value;
  }
  const quoted = /^'(.*)'$/.exec(raw) ?? /^"(.*)"$/.exec(raw);
  return quoted ? quoted[1]! : raw;
}
