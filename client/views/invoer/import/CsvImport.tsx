/** A CSV file: see what was detected, edit the mapping, dry-run, correct rejected cells in place, then import. */
import { useEffect, useState } from 'react';
import { IMPORT_KIND_NAMES, IMPORT_KINDS, type CsvImportKind, type CsvPreview, type ImportReport } from '../../../../server/model/wire/import.ts';
import { invoerApi, templateCsvUrl, type ImportChoice } from '../../../core/api/invoer.ts';
import { count } from '../../../i18n/count.ts';
import { MapLink, RejectedDownload, rejectedFileName, RejectedRows, ReportMessage, reportTitle, SummaryChips, Warnings, withEdit, type Edits } from './report.tsx';

const CSV_KINDS: readonly CsvImportKind[] = [...IMPORT_KINDS, 'socialekaart'];
const ACTION_LABEL: Record<string, string> = { create: 'nieuw', update: 'bijwerken', unchanged: 'ongewijzigd', reject: 'afgewezen' };
const ENCODING_LABEL: Record<string, string> = { 'windows-1252': 'Windows-1252', 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (met BOM)' };
const SEPARATOR_LABEL: Record<string, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };
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
      (caught: Error) => setError(`Het bestand kon niet gelezen worden: ${caught.message}`),
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
  const changes = summary ? summary.create + summary.update : 0;
  const canImport = !!report && report.dryRun && summary!.reject === 0 && changes > 0 && !busy;
  const canImportGood = !!report && report.dryRun && summary!.reject > 0 && changes > 0 && !busy;

  return (
    <>
      <div className="field-row">
        <label className="field" style={{ maxWidth: '16rem' }}>
          <span>Soort gegevens</span>
          <select value={kind} data-testid="import-kind" onChange={(event) => setKind(event.target.value as CsvImportKind)}>
            {CSV_KINDS.map((value) => (
              <option key={value} value={value}>{IMPORT_KIND_NAMES[value]}</option>
            ))}
          </select>
        </label>
        {kind !== 'socialekaart' && (
          <a className="template-link" href={templateCsvUrl(kind)} download>
            CSV-sjabloon {IMPORT_KIND_NAMES[kind]}
          </a>
        )}
      </div>
      {error && <p role="alert" className="notice error">{error}</p>}
      {preview && (
        <>
          <h3 className="section-title">Herkend</h3>
          <ul className="chips" data-testid="detected">
            <li><b>{count(preview.totalRows, 'regel', 'regels')}</b> met gegevens</li>
            <li>tekenset <b>{ENCODING_LABEL[preview.encoding] ?? preview.encoding}</b></li>
            <li>scheidingsteken <b>{SEPARATOR_LABEL[preview.separator] ?? `"${preview.separator}"`}</b></li>
          </ul>
          <h3 className="section-title">Kolommen koppelen{preview.totalRows > preview.rows.length ? ` (eerste ${preview.rows.length} regels)` : ''}</h3>
          <div className="table-wrap">
            <table data-testid="preview">
              <thead>
                <tr>
                  <th className="line">regel</th>
                  {preview.header.map((column, index) => (
                    <th key={index} className={mapping[index] ? undefined : 'ignored'}>
                      <span className="column-name">{column || `(kolom ${index + 1})`}</span>
                      <select
                        aria-label={`Veld voor kolom ${column}`}
                        value={mapping[index] ?? ''}
                        onChange={(event) => {
                          setMapping(mapping.map((field, position) => (position === index ? event.target.value : field)));
                          setReport(null);
                        }}
                      >
                        <option value="">(niet gebruiken)</option>
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
                          {cell || (message ? <i>(leeg)</i> : '')}
                          {message && <span className="cell-message">{message}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="import-actions">
            <button type="button" className={canImport ? undefined : 'primary'} disabled={busy} onClick={() => void run({ dryRun: true })}>
              {edits.size ? 'Proefrun met verbeteringen' : 'Proefrun'}
            </button>
            <button type="button" className={canImport ? 'primary' : undefined} onClick={() => void run({ dryRun: false })} disabled={!canImport}>
              Importeren
            </button>
            {canImportGood && (
              <button type="button" onClick={() => void run({ dryRun: false, onlyGoodLines: true })}>
                Alleen de goede regels importeren
              </button>
            )}
            <span className="hint">{!report ? 'Doe eerst een proefrun.' : report.dryRun && summary!.reject ? 'Verbeter eerst de afgewezen regels, of importeer alleen de goede.' : ''}</span>
          </div>
        </>
      )}
      {report && summary && (
        <div data-testid="report">
          <h3 className="section-title">{reportTitle(report)}</h3>
          <SummaryChips summary={summary} />
          <ReportMessage report={report} total="regels staan" />
          <Warnings warnings={report.warnings} />
          <div className="import-actions">
            <RejectedDownload csv={report.rejectedCsv} fileName={rejectedFileName(file.name)} label="Afgewezen regels downloaden (CSV)" />
            {report.applied && <MapLink lines={report.lines} />}
          </div>
          {report.dryRun && <RejectedRows header={report.header} lines={report.lines} edits={edits} onEdit={(edit) => setEdits(withEdit(edits, edit))} />}
          <h4 className="section-title">Per regel</h4>
          <div className="table-wrap">
            <table data-testid="report-lines">
              <thead>
                <tr><th className="line">regel</th><th>naam</th><th>actie</th>{summary.reject > 0 && <><th>kolom</th><th>reden</th></>}</tr>
              </thead>
              <tbody>
                {report.lines.slice(0, SHOWN_LINES).flatMap((line) =>
                  (line.errors?.length ? line.errors : [null]).map((lineError, index) => (
                    <tr key={`${line.line}-${index}`} className={line.action === 'reject' ? 'rejected' : undefined} data-line={line.line}>
                      <td className="line">{line.line}</td>
                      <td>{line.name ?? <i className="hint">(geen naam)</i>}</td>
                      <td><span className={`action ${line.action}`}>{ACTION_LABEL[line.action] ?? line.action}</span></td>
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
          {report.lines.length > SHOWN_LINES && <p className="hint">De eerste {SHOWN_LINES} van {report.lines.length} regels staan hierboven.</p>}
        </div>
      )}
    </>
  );
}
