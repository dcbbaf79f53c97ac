/** A GEXF or GraphML file (from Gephi, Kumu or another Wijknetwerk): tried at once, then imported. */
import { useEffect, useState } from 'react';
import type { GraphFormat, GraphImportReport } from '../../../../server/model/wire/import.ts';
import { invoerApi } from '../../../core/api/invoer.ts';
import { MapLink, ReportMessage, reportTitle, SummaryChips } from './report.tsx';

const SHOWN_ITEMS = 200;

export function GraphImport({ file, format }: { file: File; format: GraphFormat }) {
  const [report, setReport] = useState<GraphImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError('');
    try {
      setReport(await invoerApi.importGraph(file, format, dryRun));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setReport(null);
    void run(true);
    // Only a new file is tried again (`run` is new on every render).
  }, [file, format]);

  const summary = report?.summary;
  const canImport = !!report && report.dryRun && summary!.reject === 0 && summary!.create + summary!.update > 0 && !busy;
  const rejected = report?.items.filter((item) => item.action === 'reject') ?? [];
  return (
    <>
      {error && <p role="alert" className="notice error">{error}</p>}
      {report && summary && (
        <div data-testid="report">
          <h3 className="section-title">{reportTitle(report)}</h3>
          <SummaryChips summary={summary} />
          <ReportMessage report={report} total="knopen en banden staan" />
          <div className="import-actions">
            <button type="button" className={canImport ? 'primary' : undefined} disabled={!canImport} onClick={() => void run(false)}>
              Importeren
            </button>
            {report.applied && <MapLink lines={report.items} />}
          </div>
          {rejected.length > 0 && (
            <div className="table-wrap">
              <table data-testid="report-lines">
                <thead>
                  <tr><th>{format === 'gexf' ? 'GEXF' : 'GraphML'}-sleutel</th><th>soort</th><th>veld</th><th>reden</th></tr>
                </thead>
                <tbody>
                  {rejected.slice(0, SHOWN_ITEMS).flatMap((item) =>
                    (item.errors ?? []).map((itemError, index) => (
                      <tr key={`${item.element}-${item.key}-${index}`} className="rejected">
                        <td>{item.key}</td>
                        <td>{item.element === 'node' ? 'knoop' : 'band'}</td>
                        <td>{itemError.field}</td>
                        <td>{itemError.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          )}
          {rejected.length > 0 && <p className="hint">Verbeter het bestand in het programma waarin het gemaakt is en kies het opnieuw.</p>}
        </div>
      )}
    </>
  );
}
