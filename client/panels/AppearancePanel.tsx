/** Size and colour by a measure or community. */
import { updateView } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { MEASURE_IDS } from '../core/appearance/index.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

export function AppearancePanel() {
  const sizeBy = useStore(app, (state) => state.view.sizeBy);
  const colorBy = useStore(app, (state) => state.view.colorBy);
  const measures = useStore(app, (state) => state.measures);
  return (
    <section className="panel-section" aria-labelledby="appearance-title">
      <header className="section-header">
        <h2 id="appearance-title">{nl.appearance.title}</h2>
        {measures.state === 'loading' && <span className="spinner" aria-label={nl.analysis.loading} />}
      </header>
      <div className="field-grid">
        <label className="field">
          <span>{nl.appearance.sizeBy}</span>
          <select value={sizeBy} onChange={(event) => updateView({ sizeBy: event.target.value })} data-testid="size-by">
            {MEASURE_IDS.map((id) => (
              <option key={id} value={id}>
                {nl.measures[id]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{nl.appearance.colorBy}</span>
          <select value={colorBy} onChange={(event) => updateView({ colorBy: event.target.value })} data-testid="color-by">
            <option value="kind">{nl.appearance.byKind}</option>
            <option value="community">{nl.appearance.byCommunity}</option>
            {MEASURE_IDS.filter((id) => id !== 'degree').map((id) => (
              <option key={id} value={id}>
                {nl.measures[id]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {measures.state === 'error' && (sizeBy !== 'degree' || colorBy !== 'kind') && (
        <p className="notice small" role="status">
          {measures.message}
        </p>
      )}
    </section>
  );
}
