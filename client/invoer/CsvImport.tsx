/** CSV import: drop a file, see what was detected, edit the mapping, dry-run, then import. */
import { useState } from 'react';
import { api } from './api.ts';

interface Preview {
  encoding: string;
  separator: string;
  header: string[];
  mapping: string[];
  fields: { field: string; label: string }[];
  rows: { line: number; cells: string[] }[];
  totalRows: number;
}
interface Report {
  dryRun: boolean;
  applied: boolean;
  summary: { rows: number; create: number; update: number; unchanged: number; reject: number };
  lines: { line: number; action: string; name?: string; errors?: { column: string; message: string }[] }[];
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

export function CsvImport() {
  const [kind, setKind] = useState<string>('persons');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<string[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');

  const form = (chosen: File) => {
    const data = new FormData();
    data.set('file', chosen);
    data.set('kind', kind);
    return data;
  };
  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setReport(null);
    setError('');
    try {
      const result = await api<Preview>(`/api/import/preview?kind=${kind}`, { method: 'POST', body: form(chosen) });
      setPreview(result);
      setMapping(result.mapping);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };
  const run = async (dryRun: boolean) => {
    if (!file) return;
    const data = form(file);
    data.set('mapping', JSON.stringify(mapping));
    try {
      setReport(await api<Report>(`/api/import/${kind}?dryRun=${dryRun}`, { method: 'POST', body: data }));
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  return (
    <section aria-labelledby="csv-titel">
      <h2 id="csv-titel">CSV-bestand importeren</h2>
      <label>
        Soort gegevens{' '}
        <select value={kind} onChange={(event) => (setKind(event.target.value), setPreview(null), setReport(null))} data-testid="import-kind">
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </label>
      <div
        className="dropzone"
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => (event.preventDefault(), void choose(event.dataTransfer.files[0]))}
        style={{ border: '2px dashed #888', padding: '1rem', margin: '0.5rem 0' }}
      >
        Sleep een CSV-bestand hierheen, of <input type="file" accept=".csv,.txt,.tsv" aria-label="CSV-bestand" onChange={(event) => void choose(event.target.files?.[0])} />
      </div>
      {error && <p role="alert">{error}</p>}
      {preview && (
        <>
          <p data-testid="detected">
            Gevonden: {preview.totalRows} regels, tekenset {preview.encoding}, scheidingsteken {preview.separator === '\t' ? 'tab' : `"${preview.separator}"`}
          </p>
          <table>
            <thead>
              <tr>
                <th>regel</th>
                {preview.header.map((column, index) => (
                  <th key={index}>
                    {column}
                    <br />
                    <select aria-label={`veld voor kolom ${column}`} value={mapping[index] ?? ''} onChange={(event) => setMapping(mapping.map((field, position) => (position === index ? event.target.value : field)))}>
                      <option value="">(negeren)</option>
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
                  <td>{row.line}</td>
                  {row.cells.map((cell, index) => (
                    <td key={index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void run(true)}>Proefrun</button>{' '}
          <button type="button" onClick={() => void run(false)} disabled={!report || !report.dryRun || report.summary.reject > 0}>
            Importeren
          </button>
        </>
      )}
      {report && (
        <div data-testid="report">
          <p>
            {report.applied ? 'Geïmporteerd: ' : report.dryRun ? 'Proefrun: ' : 'Niet geïmporteerd: '}
            {report.summary.create} nieuw, {report.summary.update} bijgewerkt, {report.summary.unchanged} ongewijzigd, {report.summary.reject} afgewezen
            {report.summary.reject > 0 && ' — er is niets opgeslagen; verbeter het bestand en probeer opnieuw.'}
          </p>
          <table>
            <thead>
              <tr><th>regel</th><th>naam</th><th>actie</th><th>kolom</th><th>reden</th></tr>
            </thead>
            <tbody>
              {report.lines.slice(0, 500).flatMap((line) =>
                (line.errors?.length ? line.errors : [null]).map((error, index) => (
                  <tr key={`${line.line}-${index}`} className={line.action === 'reject' ? 'rejected' : undefined}>
                    <td>{line.line}</td>
                    <td>{line.name ?? ''}</td>
                    <td>{ACTION_LABEL[line.action] ?? line.action}</td>
                    <td>{error?.column ?? ''}</td>
                    <td>{error?.message ?? ''}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
