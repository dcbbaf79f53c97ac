/** The right column: tabs for details, gaps and sleutelfiguren. Escape closes it. */
import { updateView } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { PANELS, type PanelId } from '../core/url-state/index.ts';
import { nl } from '../i18n/nl.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { GapsPanel } from './GapsPanel.tsx';
import { SleutelfigurenPanel } from './SleutelfigurenPanel.tsx';

const TITLES: Record<PanelId, string> = { detail: nl.panels.detail, gaps: nl.panels.gaps, sleutelfiguren: nl.panels.sleutelfiguren };

/** Floating over the map's top right: map/table switch and the panels. */
export function MapToolbar() {
  const panel = useStore(app, (state) => state.view.panel);
  const mode = useStore(app, (state) => state.view.mode);
  return (
    <div className="map-toolbar">
      <div className="segmented" role="group" aria-label={nl.panels.viewMode}>
        <button aria-pressed={mode === 'map'} className={mode === 'map' ? 'is-on' : undefined} onClick={() => updateView({ mode: 'map' })}>
          {nl.panels.map}
        </button>
        <button aria-pressed={mode === 'table'} className={mode === 'table' ? 'is-on' : undefined} onClick={() => updateView({ mode: 'table' })} data-testid="mode-table">
          {nl.panels.table}
        </button>
      </div>
    <nav className="panel-tabs segmented" aria-label={nl.panels.panels}>
      {PANELS.map((id) => (
        <button key={id} className={panel === id ? 'is-on' : undefined} aria-pressed={panel === id} onClick={() => updateView({ panel: panel === id ? null : id })} data-testid={`tab-${id}`}>
          {TITLES[id]}
        </button>
      ))}
    </nav>
    </div>
  );
}

export function RightPanel() {
  const panel = useStore(app, (state) => state.view.panel);
  if (!panel) return null;
  return (
    <aside className="right-panel" aria-label={TITLES[panel]} data-testid={`panel-${panel}`}>
      <header className="right-header">
        <h2>{TITLES[panel]}</h2>
        <button className="icon-button subtle" aria-label={nl.panels.close} title={`${nl.panels.close} (Esc)`} onClick={() => updateView({ panel: null })}>
          ×
        </button>
      </header>
      <div className="right-body">
        {panel === 'detail' && <DetailPanel />}
        {panel === 'gaps' && <GapsPanel />}
        {panel === 'sleutelfiguren' && <SleutelfigurenPanel />}
      </div>
    </aside>
  );
}
