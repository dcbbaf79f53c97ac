/** A GEXF or GraphML file (from Gephi, Kumu or another Wijknetwerk): tried at once, then imported. */
import { useEffect, useState } from 'react';
import type { GraphFormat, GraphImportReport } from '../../../../server/model/wire/import.ts';
import { invoerApi } from '../../../core/api/invoer.ts';
import { nl } from '../../../i18n/nl.ts';
import { MapLink, ReportHead } from './report.tsx';
import { importChoices } from './TrialActions.tsx';

const t = nl.invoer.graph;

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
  const { canImport } = importChoices(report, busy);
  const rejected = report?.items.filter((item) => item.action === 'reject') ?? [];
  return (
    <>
      {error && <p role="alert" className="notice error">{error}</p>}
      {report && summary && (
        <div data-testid="report">
          <ReportHead report={report} total={t.total} />
          <div className="import-actions">
            <button type="button" className={canImport ? 'primary' : undefined} disabled={!canImport} onClick={() => void run(false)}>
              {nl.invoer.report.import}
            </button>
            {report.applied && <MapLink lines={report.items} />}
          </div>
          {rejected.length > 0 && (
            <div className="table-wrap">
              <table data-testid="report-lines">
                <thead>
                  <tr><th>{t.key(format === 'gexf' ? 'GEXF' : 'GraphML')}</th><th>{t.columns.kind}</th><th>{t.columns.field}</th><th>{t.columns.reason}</th></tr>
                </thead>
                <tbody>
                  {rejected.slice(0, SHOWN_ITEMS).flatMap((item) =>
                    (item.errors ?? []).map((itemError, index) => (
                      <tr key={`${item.element}-${item.key}-${index}`} className="rejected">
                        <td>{item.key}</td>
                        <td>{item.element === 'node' ? t.node : t.tie}</td>
                        <td>{itemError.field}</td>
                        <td>{itemError.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          )}
          {rejected.length > 0 && <p className="hint">{t.fixInSource}</p>}
        </div>
      )}
    </>
  );
}
