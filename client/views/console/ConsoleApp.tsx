/**
 * The Cypher console for analysts: an editor with schema-aware completion,
 * results as a table or a graph, query history (in this browser), personal
 * reports saved on the server, the report library with a form per report,
 * and CSV export. Everything runs read-only on the server.
 */
import { useEffect, useMemo, useState } from 'react';
import { REPORT_GROUPS, type PersonalReport, type QueryResult, type ReportDefinition, type ReportParam } from '../../../server/model/wire/reports.ts';
import { consoleApi } from '../../core/api/console.ts';
import { downloadCsv } from './csv.ts';
import { graphOfRows, ResultGraph } from './Graph.tsx';
import { CypherEditor, type ServerError } from './CypherEditor.tsx';
import { ApiError } from '../../core/api/http.ts';
import { editorSchema } from './schema.ts';
import { ParamField, paramValue, type ParamValue } from './ParamField.tsx';
import { nl } from '../../i18n/nl.ts';

const words = nl.console;

const HISTORY_KEY = 'wijknetwerk.console.history';
const EXAMPLE = "// Voorbeeld: sleutelfiguren en hun contacten\nMATCH (p:Persoon)-[k:KENT]-(q:Persoon)\nWHERE 'sleutelfiguur' IN p.roles\nRETURN p.name AS persoon, count(q) AS contacten\nORDER BY contacten DESC\nLIMIT 20";

type Source = { kind: 'query' } | { kind: 'report'; report: ReportDefinition } | { kind: 'personal'; report: PersonalReport };

function loadHistory(): string[] {
  try {
    return JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
}

function initialValue(param: ReportParam): ParamValue {
  return { text: String(param.default) };
}

/** `$names` in a query (outside strings and comments, roughly), for saving it as a report. */
function detectParams(query: string): ReportParam[] {
  const code = query.replace(/\/\/[^\n]*/g, '').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z][A-Za-z0-9_]*)/g)].map((match) => match[1]!))].map((name) => ({ name, type: /wijk|gebied/i.test(name) ? 'gebied' : 'string', default: '' }));
}

function Cell({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="muted">–</span>;
  if (Array.isArray(value)) return <>{value.map((item, index) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ')}</>;
  if (typeof value === 'object') {
    const entity = value as Record<string, unknown>;
    if ('kind' in entity || 'type' in entity) return <span className="entity">{String(entity.name ?? entity.type ?? entity.id)}</span>;
    return <code>{JSON.stringify(value)}</code>;
  }
  return <>{String(value)}</>;
}

export function ConsoleApp() {
  const [query, setQuery] = useState(EXAMPLE);
  const [paramsText, setParamsText] = useState('{}');
  const [reports, setReports] = useState<ReportDefinition[]>([]);
  const [personal, setPersonal] = useState<PersonalReport[]>([]);
  const [history, setHistory] = useState<string[]>(loadHistory);
  const [source, setSource] = useState<Source>({ kind: 'query' });
  const [form, setForm] = useState<Record<string, ParamValue>>({});
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<ServerError | null>(null);
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<'tabel' | 'graaf'>('tabel');
  const [filter, setFilter] = useState('');

  useEffect(() => {
    consoleApi.reports().then(setReports, (e: Error) => setError(e.message));
    consoleApi.personal().then(setPersonal, () => undefined);
  }, []);

  /** Completion knows the model's schema and the parameters of the reports and of the JSON field. */
  const parameterNames = useMemo(() => {
    const names = reports.flatMap((report) => report.params.map((param) => param.name));
    try {
      const own = JSON.parse(paramsText || '{}') as unknown;
      if (own && typeof own === 'object' && !Array.isArray(own)) names.push(...Object.keys(own));
    } catch {
      // half-typed JSON: only the reports' parameters
    }
    return [...new Set(names)].sort().join(' ');
  }, [reports, paramsText]);
  const schema = useMemo(() => editorSchema(parameterNames.split(' ').filter(Boolean)), [parameterNames]);

  const graph = useMemo(() => (result ? graphOfRows(result.rows) : null), [result]);
  useEffect(() => {
    if (!graph && view === 'graaf') setView('tabel');
  }, [graph, view]);

  async function execute(run: () => Promise<QueryResult>, text?: string) {
    setBusy(true);
    setError(null);
    setServerError(null);
    try {
      const next = await run();
      setResult(next);
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
      if (text !== undefined && e instanceof ApiError && e.position) setServerError({ text, position: e.position, message: e.message });
    } finally {
      setBusy(false);
    }
  }

  function runQuery(text = query) {
    let params: Record<string, unknown>;
    try {
      params = JSON.parse(paramsText || '{}') as Record<string, unknown>;
    } catch {
      setError(words.badParams);
      return;
    }
    const next = [text, ...history.filter((item) => item !== text)].slice(0, 30);
    setHistory(next);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(next));
    setSource({ kind: 'query' });
    void execute(() => consoleApi.cypher(text, params), text);
  }

  function openReport(next: Source) {
    setSource(next);
    setResult(null);
    setError(null);
    if (next.kind !== 'query') {
      setForm(Object.fromEntries(next.report.params.map((param) => [param.name, initialValue(param)])));
      setQuery(next.report.cypher);
    }
  }

  function runSelected() {
    if (source.kind === 'query') return runQuery();
    const params = Object.fromEntries(source.report.params.map((param) => [param.name, paramValue(param, form[param.name])]));
    void execute(() => (source.kind === 'report' ? consoleApi.runReport(source.report.id, params) : consoleApi.runPersonal(source.report.id, params)));
  }

  async function save() {
    const title = window.prompt(words.saveTitle);
    if (!title) return;
    try {
      const saved = await consoleApi.savePersonal({ title, description: '', cypher: query, params: detectParams(query) });
      setPersonal([...personal, saved]);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function remove(report: PersonalReport) {
    if (!window.confirm(words.confirmRemove(report.title))) return;
    await consoleApi.deletePersonal(report.id);
    setPersonal(personal.filter((item) => item.id !== report.id));
  }

  const shownRows = result ? result.rows.filter((row) => !filter || JSON.stringify(row).toLowerCase().includes(filter.toLowerCase())) : [];
  const title = source.kind === 'query' ? words.ownQuery : source.report.title;

  return (
    <div className="console">
      <aside className="console-side" aria-label={words.reports}>
        <h2>{words.reports}</h2>
        <div className="report-list" data-testid="report-list">
          {REPORT_GROUPS.map((group) => ({ group, items: reports.filter((report) => report.group === group) }))
            .filter(({ items }) => items.length > 0)
            .map(({ group, items }) => (
              <section key={group} aria-label={group} data-testid="report-group">
                <h3 className="report-group">{group}</h3>
                <ul className="report-list">
                  {items.map((report) => (
                    <li key={report.id}>
                      <button type="button" className={source.kind === 'report' && source.report.id === report.id ? 'active' : ''} onClick={() => openReport({ kind: 'report', report })} title={report.description}>
                        {report.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </div>
        <h2>{words.personalReports}</h2>
        {personal.length === 0 && <p className="muted small">{words.noPersonalReports}</p>}
        <ul className="report-list">
          {personal.map((report) => (
            <li key={report.id} className="personal">
              <button type="button" onClick={() => openReport({ kind: 'personal', report })}>
                {report.title}
              </button>
              <button type="button" className="icon" aria-label={words.remove(report.title)} onClick={() => void remove(report)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <h2>{words.history}</h2>
        <ul className="history">
          {history.slice(0, 12).map((item, index) => (
            <li key={index}>
              <button type="button" onClick={() => {
                  openReport({ kind: 'query' });
                  setQuery(item);
                }} title={item}>
                {item.replace(/\/\/[^\n]*\n/g, '').slice(0, 70)}
              </button>
            </li>
          ))}
        </ul>
      </aside>

      <main className="console-main">
        <section className="editor-card">
          <header className="editor-head">
            <h1>{title}</h1>
            {source.kind !== 'query' && (
              <button type="button" className="link" onClick={() => setSource({ kind: 'query' })}>
                {words.editAsQuery}
              </button>
            )}
          </header>
          {source.kind !== 'query' && 'description' in source.report && source.report.description && <p className="description">{source.report.description}</p>}
          {source.kind !== 'query' ? (
            <form
              className="param-form"
              data-testid="param-form"
              onSubmit={(event) => {
                event.preventDefault();
                runSelected();
              }}
            >
              {source.report.params.length === 0 && <p className="muted small">{words.noParams}</p>}
              {source.report.params.map((param) => (
                <ParamField key={param.name} param={param} value={form[param.name]} onChange={(next) => setForm((current) => ({ ...current, [param.name]: next }))} />
              ))}
              <button type="submit" className="primary" disabled={busy}>
                {busy ? words.busy : words.runReport}
              </button>
            </form>
          ) : (
            <>
              <div className="editor">
                <CypherEditor value={query} onChange={setQuery} run={runQuery} schema={schema} serverError={serverError} />
              </div>
              <div className="editor-actions">
                <label className="params">
                  {words.paramsJson}
                  <input value={paramsText} onChange={(event) => setParamsText(event.target.value)} spellCheck={false} />
                </label>
                <button type="button" className="primary" onClick={() => runQuery()} disabled={busy}>
                  {busy ? words.busy : words.run} <kbd>{words.runKey}</kbd>
                </button>
                <button type="button" onClick={() => void save()}>
                  {words.saveAsReport}
                </button>
              </div>
              <p className="muted small">{words.editorHelp}</p>
            </>
          )}
        </section>

        {error && (
          <div className="error" role="alert">
            {error}
          </div>
        )}

        {result && (
          <section className="result-card" data-testid="result">
            <header className="result-head">
              <strong data-testid="row-count">
                {words.rows(result.rows.length)}
              </strong>
              <span className="muted">{words.ms(result.ms)}</span>
              {result.truncated && <span className="warning">{words.truncated(result.maxRows)}</span>}
              <input className="filter" placeholder={words.filter} aria-label={words.filter} value={filter} onChange={(event) => setFilter(event.target.value)} />
              <div className="toggle" role="group" aria-label={words.view}>
                <button type="button" aria-pressed={view === 'tabel'} onClick={() => setView('tabel')}>
                  {words.table}
                </button>
                <button type="button" aria-pressed={view === 'graaf'} disabled={!graph} onClick={() => setView('graaf')} title={graph ? '' : words.noGraph}>
                  {words.graph}
                </button>
              </div>
              <button type="button" onClick={() => downloadCsv(source.kind === 'query' ? words.ownQueryFile : source.kind === 'report' ? source.report.id : source.report.title, result.columns, shownRows)}>
                {words.csv}
              </button>
            </header>
            {view === 'graaf' && graph ? (
              <ResultGraph graph={graph} />
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-label={words.table}>
                <table>
                  <thead>
                    <tr>
                      {result.columns.map((column) => (
                        <th key={column.name} className={column.kind === 'getal' ? 'num' : ''}>
                          {column.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shownRows.map((row, index) => (
                      <tr key={index}>
                        {result.columns.map((column) => (
                          <td key={column.name} className={column.kind === 'getal' ? 'num' : ''}>
                            <Cell value={row[column.name]} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {shownRows.length === 0 && <p className="muted empty">{words.noRows}</p>}
              </div>
            )}
          </section>
        )}
      </main>
    </div>
  );
}
