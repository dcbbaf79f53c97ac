/** Shared states for analysis panels: loading, error, and a result that stays on screen (in the same element) while it is computed anew. */
import type { Loadable } from '../core/app/state.ts';
import { nl } from '../i18n/nl.ts';

export function AnalysisState<T>({ value, retry, children }: { value: Loadable<T>; retry: () => void; children: (data: T) => React.ReactNode }) {
  const data = value.state === 'ready' ? value.data : value.state === 'loading' ? value.previous : undefined;
  if (data !== undefined)
    return (
      <div className="analysis-result" aria-busy={value.state === 'loading' || undefined}>
        {children(data)}
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
  return (
    <div className="state-box" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {nl.analysis.loading}
    </div>
  );
}
