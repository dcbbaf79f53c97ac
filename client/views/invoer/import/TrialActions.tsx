/** The buttons under a tried CSV file or workbook: try again (with the corrections), import it all, or only its good rows. */
import type { ReactNode } from 'react';
import type { ImportChoice } from '../../../core/api/invoer.ts';
import { nl } from '../../../i18n/nl.ts';
import type { Outcome } from './report.tsx';

const t = nl.invoer.report;

/** What the last report allows: importing it all (nothing rejected), or only its good rows. */
export function importChoices(report: Outcome | null, busy: boolean): { canImport: boolean; canImportGood: boolean } {
  const summary = report?.summary;
  const changes = summary ? summary.create + summary.update : 0;
  return {
    canImport: !!report && report.dryRun && summary!.reject === 0 && changes > 0 && !busy,
    canImportGood: !!report && report.dryRun && summary!.reject > 0 && changes > 0 && !busy,
  };
}

export function TrialActions({ report, busy, corrected, onRun, children }: { report: Outcome | null; busy: boolean; corrected: boolean; onRun: (choice: ImportChoice) => void; children?: ReactNode }) {
  const { canImport, canImportGood } = importChoices(report, busy);
  return (
    <div className="import-actions">
      <button type="button" className={canImport ? undefined : 'primary'} disabled={busy} onClick={() => onRun({ dryRun: true })}>
        {corrected ? t.dryRunWithEdits : t.dryRunAgain}
      </button>
      <button type="button" className={canImport ? 'primary' : undefined} disabled={!canImport} onClick={() => onRun({ dryRun: false })}>
        {t.import}
      </button>
      {canImportGood && (
        <button type="button" onClick={() => onRun({ dryRun: false, onlyGoodLines: true })}>
          {t.importGood}
        </button>
      )}
      {children}
    </div>
  );
}
