/**
 * An Excel workbook with a sheet per kind: read and tried at once, reported
 * per sheet, corrected in place, then imported wholly, or only its good rows.
 */
import { useEffect, useState } from 'react';
import { IMPORT_KIND_NAMES, type WorkbookReport } from '../../../../server/model/wire/import.ts';
import { invoerApi, type ImportChoice } from '../../../core/api/invoer.ts';
import { nl } from '../../../i18n/nl.ts';
import { MapLink, RejectedDownload, rejectedFileName, RejectedRows, ReportHead, Warnings, withEdit, type Edits } from './report.tsx';
import { TrialActions } from './TrialActions.tsx';

const t = nl.invoer.workbook;

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
  const firstPersons = report?.sheets.find((sheet) => sheet.kind === 'persons') ?? report?.sheets[0];

  return (
    <>
      {error && <p role="alert" className="notice error">{error}</p>}
      {!report && !error && <p className="hint" role="status">{t.reading}</p>}
      {report && summary && (
        <div data-testid="report">
          <ReportHead report={report} warnings={report.warnings} />
          <TrialActions report={report} busy={busy} corrected={edits.size > 0} onRun={(choice) => void run(choice)}>
            {report.applied && firstPersons && <MapLink lines={firstPersons.lines} />}
          </TrialActions>
          <h3 className="section-title">{t.perSheet}</h3>
          <div className="table-wrap">
            <table data-testid="sheets">
              <thead>
                <tr><th>{t.columns.sheet}</th><th>{t.columns.kind}</th><th className="num">{t.columns.rows}</th><th className="num">{t.columns.create}</th><th className="num">{t.columns.update}</th><th className="num">{t.columns.unchanged}</th><th className="num">{t.columns.reject}</th></tr>
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
            <section key={sheet.sheet} aria-label={t.sheetLabel(sheet.sheet)}>
              <Warnings warnings={sheet.warnings.map((warning) => ({ ...warning, message: `${sheet.sheet}: ${warning.message}` }))} />
              {report.dryRun && <RejectedRows header={sheet.header} lines={sheet.lines} sheet={sheet.sheet} edits={edits} onEdit={(edit) => setEdits(withEdit(edits, edit))} />}
              <RejectedDownload csv={sheet.rejectedCsv} fileName={rejectedFileName(file.name, sheet.sheet)} label={t.rejectedDownload(sheet.sheet)} />
            </section>
          ))}
        </div>
      )}
    </>
  );
}
