/**
 * Layout controls: ForceAtlas2 start/stop with progress, grouping by wijk.
 * A layout is saved in your own view, by the roles that edit; only the
 * beheerder publishes the standard view that everyone starts from. In an ego
 * view the map shows rings, not positions of its own: no layout runs there.
 */
import { backToStandardView, groupByWijk, publishStandardView, startLayout, stopLayout, withdrawStandardView } from '../core/app/layout.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { useMayEdit } from '../core/session/rights.ts';
import { STANDARD_VIEW } from '../core/url-state/index.ts';
import { nl } from '../i18n/nl.ts';
import { useCurrentUser } from './TopNav.tsx';

export function LayoutPanel() {
  const layout = useStore(app, (state) => state.layout);
  const shown = useStore(app, (state) => state.shownView);
  const onStandard = useStore(app, (state) => state.view.view === STANDARD_VIEW);
  const user = useCurrentUser();
  const may = useMayEdit();
  const ego = useStore(app, (state) => !!state.view.ego);
  const pct = Math.round(layout.progress * 100);
  const beheerder = user?.role === 'beheerder';
  // Your own positions for the standard view can be dropped, to see the published ones again.
  const own = onStandard && !!shown?.owner;
  return (
    <section className="panel-section" aria-labelledby="layout-title">
      <header className="section-header">
        <h2 id="layout-title">{nl.layout.title}</h2>
      </header>
      {may({ action: 'saveLayout' }) && (
        <div className="button-row wrap">
          {layout.running ? (
            <button className="button" onClick={stopLayout} data-testid="layout-stop">
              {nl.layout.stop}
            </button>
          ) : (
            <button className="button primary" onClick={startLayout} disabled={ego} data-testid="layout-start">
              {nl.layout.start}
            </button>
          )}
          <button className="button" onClick={groupByWijk} disabled={layout.running || ego} data-testid="layout-group">
            {nl.layout.group}
          </button>
        </div>
      )}
      {ego && <p className="muted small">{nl.layout.egoRings}</p>}
      {layout.running && (
        <div className="progress" role="progressbar" aria-label={nl.layout.running} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
          <div className="progress-bar" style={{ width: `${pct}%` }} />
          <span className="progress-label">
            {nl.layout.running} {nl.layout.progress(pct)}
          </span>
        </div>
      )}
      {onStandard && (
        <p className="muted small" data-testid="layout-source">
          {shown?.owner ? nl.layout.own : shown ? nl.layout.standard(shown.published ?? 1) : nl.layout.none}
        </p>
      )}
      {(own || beheerder) && (
        <div className="button-row wrap">
          {own && (
            <button className="button" onClick={() => void backToStandardView()} disabled={layout.running} data-testid="layout-back">
              {nl.layout.backToStandard}
            </button>
          )}
          {beheerder && (
            <>
              <button className="button" onClick={() => confirm(nl.layout.confirmPublish) && void publishStandardView()} disabled={layout.running} data-testid="layout-publish">
                {nl.layout.publish}
              </button>
              <button className="button" onClick={() => confirm(nl.layout.confirmWithdraw) && void withdrawStandardView()} disabled={layout.running} data-testid="layout-withdraw">
                {nl.layout.withdraw}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
