/** CSV import: drop a file, see what was detected, edit the mapping, dry-run, then import. */
import { useState } from 'react';
import { api } from './api.ts';
import { count } from './Intake.tsx';

interface Preview {
  encoding: string;
  separator: string;
  header: string[];
  mapping: string[];
  fields: { field: string; label: string }[];
  rows: { line: number; cells: string[] }[];
  totalRows: number;
}
interface LineError { column: string; message: string }
interface Report {
  dryRun: boolean;
  applied: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; reject: number };
  lines: { line: number; action: string; name?: string; errors?: LineError[] }[];
}

const KINDS = [
  ['persons', 'Personen'],
  ['organisations', 'Organisaties'],
  ['initiatives', 'Initiatieven'],
  ['places', 'Plekken'],
  ['ties', 'Banden'],
  ['socialekaart', 'Sociale kaart'],
] as const;
const ACTION_LABEL: Record<string, string> = { create: 'nieuw', update: 'bijwerken', unchanged: 'ongewijzigd', reject: 'afgewezen' };
const ENCODING_LABEL: Record<string, string> = { 'windows-1252': 'Windows-1252', 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (met BOM)' };
const SEPARATOR_LABEL: Record<string, string> = { ';': 'puntkomma (;)', ',': 'komma (,)', '\t': 'tab' };
const SHOWN_LINES = 500;

export function CsvImport() {
  const [kind, setKind] = useState<string>('persons');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const form = (chosen: File, chosenKind: string) => {
    const data = new FormData();
    data.set('file', chosen);
    data.set('kind', chosenKind);
    return data;
  };
  const load = async (chosen: File | undefined, chosenKind = kind) => {
    if (!chosen) return;
    setFile(chosen);
    setReport(null);
    setPreview(null);
    setError('');
    try {
      const result = await api<Preview>(`/api/import/preview?kind=${chosenKind}`, { method: 'POST', body: form(chosen, chosenKind) });
      setPreview(result);
      setMapping(result.mapping);
    } catch (caught) {
      setError(`Het bestand kon niet gelezen worden: ${(caught as Error).message}`);
    }
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    const data = form(file, kind);
    data.set('mapping', JSON.stringify(mapping));
    setBusy(true);
    setError('');
    try {
      setReport(await api<Report>(`/api/import/${kind}?dryRun=${dryRun}`, { method: 'POST', body: data }));
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

  return (
    <section className="card" aria-labelledby="csv-titel">
      <h2 id="csv-titel">CSV-bestand importeren</h2>
      <p className="intro">Lees personen, organisaties, initiatieven, plekken of banden in uit een spreadsheet. Eerst een proefrun: er wordt pas iets opgeslagen als elke regel klopt.</p>
      <label className="field" style={{ maxWidth: '16rem' }}>
        <span>Soort gegevens</span>
        <select
          value={kind}
          data-testid="import-kind"
          onChange={(event) => {
            setKind(event.target.value);
            if (file) void load(file, event.target.value);
          }}
        >
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(event) => (event.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => (event.preventDefault(), setOver(false), void load(event.dataTransfer.files[0]))}
      >
        <label className="file-button">
          Bestand kiezen
          <input
            type="file"
            accept=".csv,.txt,.tsv"
            aria-label="CSV-bestand"
            onChange={(event) => {
              void load(event.target.files?.[0]);
              // Choosing the same (corrected) file again must read it again.
              event.target.value = '';
            }}
          />
        </label>
        <span>{file ? <>Gekozen: <span className="file-name" data-testid="file-name">{file.name}</span></> : 'of sleep een CSV-bestand hierheen (komma, puntkomma of tab; UTF-8 of Windows-1252).'}</span>
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
            <button type="button" className={canImport ? undefined : 'primary'} disabled={busy} onClick={() => void run(true)}>Proefrun</button>
            <button type="button" className={canImport ? 'primary' : undefined} onClick={() => void run(false)} disabled={!canImport}>
              Importeren
            </button>
            <span className="hint">{!report ? 'Doe eerst een proefrun.' : report.dryRun && summary!.reject ? 'Verbeter eerst de afgewezen regels.' : ''}</span>
          </div>
        </>
      )}
      {report && summary && (
        <div data-testid="report">
          <h3 className="section-title">{report.applied ? 'Geïmporteerd' : report.dryRun ? 'Resultaat proefrun' : 'Niet geïmporteerd'}</h3>
          <ul className="chips" data-testid="report-summary">
            <li className="create"><b>{summary.create}</b> nieuw</li>
            <li><b>{summary.update}</b> bijgewerkt</li>
            <li><b>{summary.unchanged}</b> ongewijzigd</li>
            <li className={summary.reject ? 'reject' : undefined}><b>{summary.reject}</b> afgewezen</li>
          </ul>
          <p role={summary.reject ? 'alert' : 'status'} className={`notice ${summary.reject ? 'error' : 'ok'}`} data-testid="report-message">
            {summary.reject > 0
              ? `${count(summary.reject, 'regel is', 'regels zijn')} afgewezen; er is niets opgeslagen. Verbeter het bestand en kies het opnieuw.`
              : report.applied
                ? `Opgeslagen: ${count(summary.create, 'nieuw record', 'nieuwe records')}, ${summary.update} bijgewerkt.`
                : changes === 0
                  ? `Niets te wijzigen: ${summary.unchanged === 1 ? 'de regel staat' : `alle ${summary.unchanged} regels staan`} al zo in het netwerk.`
                  : `De proefrun is goed: ${changes} ${changes === 1 ? 'wijziging' : 'wijzigingen'}. Klik op Importeren om ze op te slaan.`}
          </p>
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
    </section>
  );
}
