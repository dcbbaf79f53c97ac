/** Shared states for analysis panels: loading, error. */
import type { Loadable } from '../core/app/state.ts';
import { nl } from '../i18n/nl.ts';

export function AnalysisState<T>({ value, retry, children }: { value: Loadable<T>; retry: () => void; children: (data: T) => React.ReactNode }) {
  if (value.state === 'idle' || value.state === 'loading')
    return (
      <div className="state-box" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {nl.analysis.loading}
      </div>
    );
  if (value.state === 'error')
    return (
      <div className="state-box is-error" role="alert" data-testid="analysis-error">
        <strong>{nl.analysis.error}</strong>
        <p className="small muted">{value.message}</p>
        <button className="button" onClick={retry}>
          {nl.app.retry}
        </button>
      </div>
    );
  return <>{children(value.data)}</>;
}
