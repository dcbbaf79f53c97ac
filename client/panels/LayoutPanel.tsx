/** Layout controls: ForceAtlas2 start/stop with progress, grouping by wijk. */
import { groupByWijk, startLayout, stopLayout } from '../core/app/layout.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

export function LayoutPanel() {
  const layout = useStore(app, (state) => state.layout);
  const pct = Math.round(layout.progress * 100);
  return (
    <section className="panel-section" aria-labelledby="layout-title">
      <header className="section-header">
        <h2 id="layout-title">{nl.layout.title}</h2>
      </header>
      <div className="button-row">
        {layout.running ? (
          <button className="button" onClick={stopLayout} data-testid="layout-stop">
            {nl.layout.stop}
          </button>
        ) : (
          <button className="button primary" onClick={startLayout} data-testid="layout-start">
            {nl.layout.start}
          </button>
        )}
        <button className="button" onClick={groupByWijk} disabled={layout.running}>
          {nl.layout.group}
        </button>
      </div>
      {layout.running && (
        <div className="progress" role="progressbar" aria-label={nl.layout.running} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <div className="progress-bar" style={{ width: `${pct}%` }} />
          <span className="progress-label">
            {nl.layout.running} {nl.layout.progress(pct)}
          </span>
        </div>
      )}
    </section>
  );
}
