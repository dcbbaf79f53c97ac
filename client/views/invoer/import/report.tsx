/** Pieces every import report shows: the counts, the message, the warnings, the rejected rows to correct, and the way to the map. */
import type { CellEdit, ImportSummary, ImportWarning, LineReport } from '../../../../server/model/wire/import.ts';
import { nl } from '../../../i18n/nl.ts';

const t = nl.invoer.report;

/** Corrected cells by `sheet|line|column`, so that a retry sends them all. */
export type Edits = ReadonlyMap<string, CellEdit>;

export const editKey = (edit: Omit<CellEdit, 'value'>) => `${edit.sheet ?? ''}|${edit.line}|${edit.column}`;

export function withEdit(edits: Edits, edit: CellEdit): Edits {
  return new Map(edits).set(editKey(edit), edit);
}

/** A few lines are shown; the counts above always cover the whole file. */
const SHOWN_REJECTED = 50;

export function SummaryChips({ summary, testId = 'report-summary' }: { summary: Pick<ImportSummary, 'create' | 'update' | 'unchanged' | 'reject'>; testId?: string }) {
  return (
    <ul className="chips" data-testid={testId}>
      <li className="create"><b>{summary.create}</b> {t.summary.create}</li>
      <li><b>{summary.update}</b> {t.summary.update}</li>
      <li><b>{summary.unchanged}</b> {t.summary.unchanged}</li>
      <li className={summary.reject ? 'reject' : undefined}><b>{summary.reject}</b> {t.summary.reject}</li>
    </ul>
  );
}

/** What every report says about the run: tried or applied, and its counts. */
export interface Outcome {
  dryRun: boolean;
  applied: boolean;
  summary: Pick<ImportSummary, 'create' | 'update' | 'unchanged' | 'reject'>;
}

export function reportTitle(report: Outcome): string {
  return report.applied ? t.imported : report.dryRun ? t.dryRun : t.notImported;
}

/** The one sentence that says where the user stands and what to do next. */
export function ReportMessage({ report, total }: { report: Outcome; total: string }) {
  const { summary } = report;
  const changes = summary.create + summary.update;
  const text =
    report.applied && summary.reject > 0
      ? t.onlyGoodSaved(summary.create, summary.update, summary.reject)
      : summary.reject > 0
        ? t.rejected(summary.reject)
        : report.applied
          ? t.saved(summary.create, summary.update)
          : changes === 0
            ? t.nothing(summary.unchanged, total)
            : t.good(changes);
  const failed = summary.reject > 0 && !report.applied;
  return (
    <p role={failed ? 'alert' : 'status'} className={`notice ${failed ? 'error' : 'ok'}`} data-testid="report-message">
      {text}
    </p>
  );
}

/** The top of every report: its title, the counts, the one sentence and, when there are any, the warnings. */
export function ReportHead({ report, total = t.lines, warnings }: { report: Outcome; total?: string; warnings?: readonly ImportWarning[] }) {
  return (
    <>
      <h3 className="section-title">{reportTitle(report)}</h3>
      <SummaryChips summary={report.summary} />
      <ReportMessage report={report} total={total} />
      {warnings && <Warnings warnings={warnings} />}
    </>
  );
}

/** Columns and sheets that were not used, each named, with what they probably mean. */
export function Warnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice warn" role="status" data-testid="import-warnings">
      <b>{t.unusedTitle}</b>
      <ul className="plain-list">
        {warnings.map((warning, index) => (
          <li key={index}>{warning.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The rejected rows with every cell editable: a correction is kept and sent
 * with the next trial run, so the file need not be picked again.
 */
export function RejectedRows({ header, lines, sheet, edits, onEdit }: { header: readonly string[]; lines: readonly LineReport[]; sheet?: string; edits: Edits; onEdit: (edit: CellEdit) => void }) {
  const rejected = lines.filter((line) => line.action === 'reject' && line.cells);
  if (!rejected.length) return null;
  const width = Math.max(header.length, ...rejected.map((line) => line.cells!.length));
  const columns = Array.from({ length: width }, (_, index) => header[index] || t.column(index + 1));
  return (
    <div className="fix-rows">
      <h4 className="section-title">{t.fix(sheet)}</h4>
      <p className="hint">{t.fixHint}</p>
      <div className="table-wrap">
        <table data-testid="fix-rows" data-sheet={sheet}>
          <thead>
            <tr>
              <th className="line">{t.line}</th>
              {columns.map((column, index) => (
                <th key={index}>{column}</th>
              ))}
              <th>{t.reason}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.slice(0, SHOWN_REJECTED).map((line) => {
              const messages = new Map((line.errors ?? []).map((error) => [error.column, error.message]));
              return (
                <tr key={line.line} data-line={line.line}>
                  <td className="line">{line.line}</td>
                  {columns.map((column, index) => {
                    const edit = edits.get(editKey({ sheet, line: line.line, column: index }));
                    const wrong = messages.has(column) && !edit;
                    return (
                      <td key={index} className={wrong ? 'cell-error' : edit ? 'cell-edited' : undefined}>
                        <input
                          aria-label={t.cellLabel(line.line, column)}
                          aria-invalid={wrong || undefined}
                          value={edit?.value ?? line.cells![index] ?? ''}
                          onChange={(event) => onEdit({ ...(sheet ? { sheet } : {}), line: line.line, column: index, value: event.target.value })}
                        />
                      </td>
                    );
                  })}
                  <td className="reason">{[...messages].map(([column, message]) => `${column}: ${message}`).join('; ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rejected.length > SHOWN_REJECTED && <p className="hint">{t.firstRejected(SHOWN_REJECTED, rejected.length)}</p>}
    </div>
  );
}

/** Saves text the server handed back (the rejected rows) as a file. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function RejectedDownload({ csv, fileName, label }: { csv: string | undefined; fileName: string; label: string }) {
  if (!csv) return null;
  return (
    <button type="button" onClick={() => downloadCsv(csv, fileName)} data-testid="download-rejected">
      {label}
    </button>
  );
}

/** After an import: the first imported node, selected on the map. */
export function MapLink({ lines }: { lines: readonly Pick<LineReport, 'action' | 'id'>[] }) {
  const first = lines.find((line) => line.id && (line.action === 'create' || line.action === 'update'));
  if (!first) return null;
  return (
    <a className="button-link" href={`/?sel=${encodeURIComponent(first.id!)}&panel=detail`} data-testid="open-on-map">
      {t.openOnMap}
    </a>
  );
}

/** The rejected file's name: the original with `-afgewezen`. */
export function rejectedFileName(fileName: string, sheet?: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return `${base}${sheet ? `-${sheet.replace(/[^\p{L}\p{N}]+/gu, '-')}` : ''}-${t.rejectedSuffix}.csv`;
}
