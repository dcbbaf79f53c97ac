/** A CSV file: see what was detected, edit the mapping, dry-run, correct rejected cells in place, then import. */
import { useEffect, useState } from 'react';
import { IMPORT_KIND_NAMES, IMPORT_KINDS, type CsvImportKind, type CsvPreview, type ImportReport } from '../../../../server/model/wire/import.ts';
import { invoerApi, templateCsvUrl, type ImportChoice } from '../../../core/api/invoer.ts';
import { nl } from '../../../i18n/nl.ts';
import { MapLink, RejectedDownload, rejectedFileName, RejectedRows, ReportHead, withEdit, type Edits } from './report.tsx';
import { TrialActions } from './TrialActions.tsx';

const CSV_KINDS: readonly CsvImportKind[] = [...IMPORT_KINDS, 'socialekaart'];
const t = nl.invoer.csv;
const SHOWN_LINES = 500;

export function CsvImport({ file }: { file: File }) {
  const [kind, setKind] = useState<CsvImportKind>('persons');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [edits, setEdits] = useState<Edits>(new Map());
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setReport(null);
    setPreview(null);
    setEdits(new Map());
    setError('');
    invoerApi.previewCsv(file, kind).then(
      (result) => {
        setPreview(result);
        setMapping(result.mapping);
      },
      (caught: Error) => setError(t.unreadable(caught.message)),
    );
  }, [file, kind]);

  const run = async (choice: ImportChoice) => {
    setBusy(true);
    setError('');
    try {
      setReport(await invoerApi.importCsv(file, kind, mapping, { ...choice, edits: [...edits.values()] }));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // Errors of the last report by line and column, to mark the cells in the preview.
  const cellErrors = new Map<string, string>();
  for (const line of report?.lines ?? []) for (const lineError of line.errors ?? []) cellErrors.set(`${line.line}:${lineError.column}`, lineError.message);
  const summary = report?.summary;

  return (
    <>
      <div className="field-row">
        <label className="field" style={{ maxWidth: '16rem' }}>
          <span>{t.kind}</span>
          <select value={kind} data-testid="import-kind" onChange={(event) => setKind(event.target.value as CsvImportKind)}>
            {CSV_KINDS.map((value) => (
              <option key={value} value={value}>{IMPORT_KIND_NAMES[value]}</option>
            ))}
          </select>
        </label>
        {kind !== 'socialekaart' && (
          <a className="template-link" href={templateCsvUrl(kind)} download>
            {t.template(IMPORT_KIND_NAMES[kind])}
          </a>
        )}
      </div>
      {error && <p role="alert" className="notice error">{error}</p>}
      {preview && (
        <>
          <h3 className="section-title">{t.detected}</h3>
          <ul className="chips" data-testid="detected">
            <li><b>{t.rows(preview.totalRows)}</b> {t.withData}</li>
            <li>{t.encoding} <b>{t.encodings[preview.encoding] ?? preview.encoding}</b></li>
            <li>{t.separator} <b>{t.separators[preview.separator] ?? t.otherSeparator(preview.separator)}</b></li>
          </ul>
          <h3 className="section-title">{t.mapColumns(preview.rows.length, preview.totalRows)}</h3>
          <div className="table-wrap">
            <table data-testid="preview">
              <thead>
                <tr>
                  <th className="line">{t.columns.line}</th>
                  {preview.header.map((column, index) => (
                    <th key={index} className={mapping[index] ? undefined : 'ignored'}>
                      <span className="column-name">{column || nl.invoer.report.column(index + 1)}</span>
                      <select
                        aria-label={t.fieldFor(column)}
                        value={mapping[index] ?? ''}
                        onChange={(event) => {
                          setMapping(mapping.map((field, position) => (position === index ? event.target.value : field)));
                          setReport(null);
                        }}
                      >
                        <option value="">{t.unused}</option>
                        {preview.fields.map((field) => (
                          <option key={field.field} value={field.field}>{field.label}</option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line}>
                    <td className="line">{row.line}</td>
                    {preview.header.map((column, index) => {
                      const message = cellErrors.get(`${row.line}:${column}`);
                      const cell = row.cells[index] ?? '';
                      return (
                        <td key={index} className={message ? 'cell-error' : mapping[index] ? undefined : 'ignored'} data-line={row.line} data-column={column}>
                          {cell || (message ? <i>{nl.invoer.report.empty}</i> : '')}
                          {message && <span className="cell-message">{message}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TrialActions report={report} busy={busy} corrected={edits.size > 0} onRun={(choice) => void run(choice)}>
            <span className="hint">{!report ? nl.invoer.report.dryRunFirst : report.dryRun && summary!.reject ? nl.invoer.report.fixFirst : ''}</span>
          </TrialActions>
        </>
      )}
      {report && summary && (
        <div data-testid="report">
          <ReportHead report={report} warnings={report.warnings} />
          <div className="import-actions">
            <RejectedDownload csv={report.rejectedCsv} fileName={rejectedFileName(file.name)} label={t.rejectedDownload} />
            {report.applied && <MapLink lines={report.lines} />}
          </div>
          {report.dryRun && <RejectedRows header={report.header} lines={report.lines} edits={edits} onEdit={(edit) => setEdits(withEdit(edits, edit))} />}
          <h4 className="section-title">{t.perLine}</h4>
          <div className="table-wrap">
            <table data-testid="report-lines">
              <thead>
                <tr><th className="line">{t.columns.line}</th><th>{t.columns.name}</th><th>{t.columns.action}</th>{summary.reject > 0 && <><th>{t.columns.column}</th><th>{t.columns.reason}</th></>}</tr>
              </thead>
              <tbody>
                {report.lines.slice(0, SHOWN_LINES).flatMap((line) =>
                  (line.errors?.length ? line.errors : [null]).map((lineError, index) => (
                    <tr key={`${line.line}-${index}`} className={line.action === 'reject' ? 'rejected' : undefined} data-line={line.line}>
                      <td className="line">{line.line}</td>
                      <td>{line.name ?? <i className="hint">{t.noName}</i>}</td>
                      <td><span className={`action ${line.action}`}>{t.actions[line.action] ?? line.action}</span></td>
                      {summary.reject > 0 && (
                        <>
                          <td>{lineError?.column ?? ''}</td>
                          <td>{lineError?.message ?? ''}</td>
                        </>
                      )}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          {report.lines.length > SHOWN_LINES && <p className="hint">{t.firstLines(SHOWN_LINES, report.lines.length)}</p>}
        </div>
      )}
    </>
  );
}
