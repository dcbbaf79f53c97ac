/** Pieces every import report shows: the counts, the message, the warnings, the rejected rows to correct, and the way to the map. */
import type { CellEdit, ImportSummary, ImportWarning, LineReport } from '../../../../server/model/wire/import.ts';
import { count } from '../../../i18n/count.ts';

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
      <li className="create"><b>{summary.create}</b> nieuw</li>
      <li><b>{summary.update}</b> bijgewerkt</li>
      <li><b>{summary.unchanged}</b> ongewijzigd</li>
      <li className={summary.reject ? 'reject' : undefined}><b>{summary.reject}</b> afgewezen</li>
    </ul>
  );
}

interface Outcome {
  dryRun: boolean;
  applied: boolean;
  summary: Pick<ImportSummary, 'create' | 'update' | 'unchanged' | 'reject'>;
}

export function reportTitle(report: Outcome): string {
  return report.applied ? 'Geïmporteerd' : report.dryRun ? 'Resultaat proefrun' : 'Niet geïmporteerd';
}

/** The one sentence that says where the user stands and what to do next. */
export function ReportMessage({ report, total }: { report: Outcome; total: string }) {
  const { summary } = report;
  const changes = summary.create + summary.update;
  const text =
    report.applied && summary.reject > 0
      ? `Alleen de goede regels zijn opgeslagen: ${count(summary.create, 'nieuw record', 'nieuwe records')}, ${summary.update} bijgewerkt. ${count(summary.reject, 'regel is', 'regels zijn')} afgewezen; download ze hieronder, met de reden erbij.`
      : summary.reject > 0
        ? `${count(summary.reject, 'regel is', 'regels zijn')} afgewezen; er is niets opgeslagen. Verbeter de cellen hieronder en doe de proefrun opnieuw, of importeer alleen de goede regels.`
        : report.applied
          ? `Opgeslagen: ${count(summary.create, 'nieuw record', 'nieuwe records')}, ${summary.update} bijgewerkt.`
          : changes === 0
            ? `Niets te wijzigen: ${summary.unchanged === 1 ? 'de regel staat' : `alle ${summary.unchanged} ${total}`} al zo in het netwerk.`
            : `De proefrun is goed: ${changes} ${changes === 1 ? 'wijziging' : 'wijzigingen'}. Klik op Importeren om ze op te slaan.`;
  const failed = summary.reject > 0 && !report.applied;
  return (
    <p role={failed ? 'alert' : 'status'} className={`notice ${failed ? 'error' : 'ok'}`} data-testid="report-message">
      {text}
    </p>
  );
}

/** Columns and sheets that were not used, each named, with what they probably mean. */
export function Warnings({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (!warnings.length) return null;
  return (
    <div className="notice warn" role="status" data-testid="import-warnings">
      <b>Niet gebruikt:</b>
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
  const columns = Array.from({ length: width }, (_, index) => header[index] || `(kolom ${index + 1})`);
  return (
    <div className="fix-rows">
      <h4 className="section-title">Verbeteren{sheet ? ` in blad ${sheet}` : ''}</h4>
      <p className="hint">Pas de rode cellen aan en doe de proefrun opnieuw. Het bestand zelf blijft zoals het is.</p>
      <div className="table-wrap">
        <table data-testid="fix-rows" data-sheet={sheet}>
          <thead>
            <tr>
              <th className="line">regel</th>
              {columns.map((column, index) => (
                <th key={index}>{column}</th>
              ))}
              <th>reden</th>
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
                          aria-label={`Regel ${line.line}, ${column}`}
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
      {rejected.length > SHOWN_REJECTED && <p className="hint">De eerste {SHOWN_REJECTED} van {rejected.length} afgewezen regels staan hierboven; importeer de goede regels en verbeter de rest in het bestand met de redenen.</p>}
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
      Bekijk op de kaart
    </a>
  );
}

/** The rejected file's name: the original with `-afgewezen`. */
export function rejectedFileName(fileName: string, sheet?: string): string {
  const base = fileName.replace(/\.[^.]+$/, '');
  return `${base}${sheet ? `-${sheet.replace(/[^\p{L}\p{N}]+/gu, '-')}` : ''}-afgewezen.csv`;
}
