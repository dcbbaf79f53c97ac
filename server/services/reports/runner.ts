/**
 * Runs reports and free Cypher read-only on the store, with a time limit and a
 * row limit.
 *
 * Row limit: when the query ends in a RETURN without its own LIMIT (and has
 * no UNION), `LIMIT maxRows+1` is appended, so the engine stops early; the
 * rows are then cut at maxRows and `truncated: true` says there were more.
 * With `onTooManyRows: 'error'` the run fails with a 422 instead.
 */
import { QueryLimitError, ValidationError } from '../../errors.ts';
import type { GraphStore, Row } from '../../store/types.ts';
import { codeWords } from './cypher-tokens.ts';
import { assertParametersGiven, parseOrRefuse, translateStatement } from '../queries/translate/to-kuzu.ts';
import { explainEngineError } from '../queries/translate/engine-errors.ts';
import { assertReadOnly } from './guard.ts';
import { parseReportParams } from './params.ts';
import type { QueryResult, ReportColumn, ReportDefinition } from '../../model/wire/reports.ts';

export const DEFAULT_TIMEOUT_MS = 5_000;
export const MAX_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ROWS = 1_000;
export const MAX_ROWS = 10_000;

/** Shows one cell as the viewer may see it; comes from the viewer's policy (see `reportPresenter`). */
export type PresentCell = (value: unknown, column: ReportColumn | undefined) => unknown;

export interface RunOptions {
  timeoutMs?: number;
  maxRows?: number;
  onTooManyRows?: 'truncate' | 'error';
  present?: PresentCell;
  /** For tests only: skip the token check to prove the store's read-only transaction holds. */
  skipGuard?: boolean;
}


export function checkLimits(options: RunOptions): { timeoutMs: number; maxRows: number } {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new ValidationError(`timeoutMs moet tussen 1 en ${MAX_TIMEOUT_MS} ms liggen`, [{ path: 'timeoutMs', message: `maximaal ${MAX_TIMEOUT_MS}` }]);
  }
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > MAX_ROWS) {
    throw new ValidationError(`maxRows moet tussen 1 en ${MAX_ROWS} liggen`, [{ path: 'maxRows', message: `maximaal ${MAX_ROWS}` }]);
  }
  return { timeoutMs, maxRows };
}

/** Appends `LIMIT n` when the query ends in a RETURN without its own LIMIT and has no UNION. */
export function withRowLimit(cypher: string, limit: number): string {
  const words = codeWords(cypher).map((entry) => entry.word);
  const lastReturn = words.lastIndexOf('RETURN');
  if (lastReturn < 0 || words.includes('UNION') || words.slice(lastReturn).includes('LIMIT')) return cypher;
  return `${cypher}\nLIMIT ${limit}`;
}

function inferColumns(rows: Row[]): ReportColumn[] {
  const first = rows[0];
  if (!first) return [];
  return Object.keys(first).map((name) => {
    const value = first[name];
    return { name, kind: typeof value === 'number' ? 'getal' : 'tekst' } as ReportColumn;
  });
}

function presentRows(rows: Row[], columns: ReportColumn[], present?: PresentCell): Row[] {
  if (!present) return rows;
  const byName = new Map(columns.map((column) => [column.name, column]));
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, present(value, byName.get(name))])));
}

/** Free Cypher from the console: guarded, read-only, limited. */
export async function runFreeQuery(store: Pick<GraphStore, 'engine' | 'query'>, cypher: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult> {
  const { timeoutMs, maxRows } = checkLimits(options);
  const checked = options.skipGuard ? cypher : assertReadOnly(cypher);
  return execute(store, checked, params, undefined, { ...options, timeoutMs, maxRows });
}

export async function runReport(store: Pick<GraphStore, 'engine' | 'query'>, report: ReportDefinition, rawParams: unknown, options: RunOptions = {}): Promise<QueryResult & { report: string; params: Record<string, unknown> }> {
  const { timeoutMs, maxRows } = checkLimits(options);
  const params = parseReportParams(report.params, rawParams);
  const result = await execute(store, report.cypher, params, report.columns, { ...options, timeoutMs, maxRows });
  return { report: report.id, params, ...result };
}

async function execute(
  store: Pick<GraphStore, 'engine' | 'query'>,
  cypher: string,
  params: Record<string, unknown>,
  declared: ReportColumn[] | undefined,
  options: RunOptions & { timeoutMs: number; maxRows: number },
): Promise<QueryResult> {
  const started = performance.now();
  const limited = withRowLimit(cypher, options.maxRows + 1);
  // Analysts and reports write Neo4j's Cypher; the embedded engine gets it translated, with Neo4j's meaning kept.
  // Neo4j's own parser checks the text on both engines, so a syntax error or a missing parameter reads the same whichever runs it.
  const tree = parseOrRefuse(limited);
  assertParametersGiven(tree, limited, params);
  const statement = store.engine === 'kuzu' ? translateStatement(limited, params, tree) : { text: limited, params };
  const rows = await store.query(statement.text, statement.params, { readOnly: true, timeoutMs: options.timeoutMs, maxRows: options.maxRows + 1 }).catch((error: unknown) => {
    throw explainEngineError(error, cypher, statement.text);
  });
  const truncated = rows.length > options.maxRows;
  if (truncated && options.onTooManyRows === 'error') {
    throw new QueryLimitError('rows', `de query geeft meer dan ${options.maxRows} rijen; verfijn de query of zet een LIMIT`);
  }
  const kept = truncated ? rows.slice(0, options.maxRows) : rows;
  const columns = declared ?? inferColumns(kept);
  return { columns, rows: presentRows(kept, columns, options.present), truncated, maxRows: options.maxRows, ms: Math.round(performance.now() - started) };
}
