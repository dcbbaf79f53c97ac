/**
 * An Excel workbook with a sheet per kind: read and tried at once, reported
 * per sheet, corrected in place, then imported wholly, or only its good rows.
 */
import { useEffect, useState } from 'react';
import { IMPORT_KIND_NAMES, type WorkbookReport } from '../../../../server/model/wire/import.ts';
import { invoerApi, type ImportChoice } from '../../../core/api/invoer.ts';
import { MapLink, RejectedDownload, rejectedFileName, RejectedRows, ReportMessage, reportTitle, SummaryChips, Warnings, withEdit, type Edits } from './report.tsx';

export function WorkbookImport({ file }: { file: File }) {
  const [edits, setEdits] = useState<Edits>(new Map());
  const [report, setReport] = useState<WorkbookReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (choice: ImportChoice, corrections: Edits = edits) => {
    setBusy(true);
    setError('');
    try {
      setReport(await invoerApi.importWorkbook(file, { ...choice, edits: [...corrections.values()] }));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    setEdits(new Map());
    setReport(null);
    void run({ dryRun: true }, new Map());
    // Only a new file starts afresh (`run` is new on every render).
  }, [file]);

  const summary = report?.summary;
  const changes = summary ? summary.create + summary.update : 0;
  const canImport = !!report && report.dryRun && summary!.reject === 0 && changes > 0 && !busy;
  const canImportGood = !!report && report.dryRun && summary!.reject > 0 && changes > 0 && !busy;
  const firstPersons = report?.sheets.find((sheet) => sheet.kind === 'persons') ?? report?.sheets[0];

  return (
    <>
      {error && <p role="alert" className="notice error">{error}</p>}
      {!report && !error && <p className="hint" role="status">De werkmap wordt gelezen en geprobeerd…</p>}
      {report && summary && (
        <div data-testid="report">
          <h3 className="section-title">{reportTitle(report)}</h3>
          <SummaryChips summary={summary} />
          <ReportMessage report={report} total="regels staan" />
          <Warnings warnings={report.warnings} />
          <div className="import-actions">
            <button type="button" className={canImport ? undefined : 'primary'} disabled={busy} onClick={() => void run({ dryRun: true })}>
              {edits.size ? 'Proefrun met verbeteringen' : 'Proefrun'}
            </button>
            <button type="button" className={canImport ? 'primary' : undefined} disabled={!canImport} onClick={() => void run({ dryRun: false })}>
              Importeren
            </button>
            {canImportGood && (
              <button type="button" onClick={() => void run({ dryRun: false, onlyGoodLines: true })}>
                Alleen de goede regels importeren
              </button>
            )}
            {report.applied && firstPersons && <MapLink lines={firstPersons.lines} />}
          </div>
          <h3 className="section-title">Per blad</h3>
          <div className="table-wrap">
            <table data-testid="sheets">
              <thead>
                <tr><th>blad</th><th>soort</th><th className="num">regels</th><th className="num">nieuw</th><th className="num">bijgewerkt</th><th className="num">ongewijzigd</th><th className="num">afgewezen</th></tr>
              </thead>
              <tbody>
                {report.sheets.map((sheet) => (
                  <tr key={sheet.sheet} data-sheet={sheet.sheet} className={sheet.summary.reject ? 'rejected' : undefined}>
                    <td>{sheet.sheet}</td>
                    <td>{IMPORT_KIND_NAMES[sheet.kind]}</td>
                    <td className="num">{sheet.summary.rows}</td>
                    <td className="num">{sheet.summary.create}</td>
                    <td className="num">{sheet.summary.update}</td>
                    <td className="num">{sheet.summary.unchanged}</td>
                    <td className="num">{sheet.summary.reject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.sheets.map((sheet) => (
            <section key={sheet.sheet} aria-label={`Blad ${sheet.sheet}`}>
              <Warnings warnings={sheet.warnings.map((warning) => ({ ...warning, message: `${sheet.sheet}: ${warning.message}` }))} />
              {report.dryRun && <RejectedRows header={sheet.header} lines={sheet.lines} sheet={sheet.sheet} edits={edits} onEdit={(edit) => setEdits(withEdit(edits, edit))} />}
              <RejectedDownload csv={sheet.rejectedCsv} fileName={rejectedFileName(file.name, sheet.sheet)} label={`Afgewezen regels van ${sheet.sheet} downloaden (CSV)`} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
