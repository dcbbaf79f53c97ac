/** The app shell: top bar, left column (search, filters, layout, appearance), map or table, right panel. */
import { useEffect, useState } from 'react';
import { init, updateView } from '../../core/app/loading.ts';
import { app, runtime } from '../../core/app/state.ts';
import { useStore } from '../../core/store/index.ts';
import { CameraController, ReducersController, UrlController } from '../../graph/controllers.tsx';
import { SigmaMap } from '../../graph/SigmaMap.tsx';
import { typingIn } from '../../core/keyboard/index.ts';
import { nl } from '../../i18n/nl.ts';
import { AppearancePanel } from '../../panels/AppearancePanel.tsx';
import { EgoBar } from '../../panels/EgoBar.tsx';
import { FiltersPanel } from '../../panels/FiltersPanel.tsx';
import { LayoutPanel } from '../../panels/LayoutPanel.tsx';
import { Legend } from '../../panels/Legend.tsx';
import { NewNodeDialog } from '../../panels/NewNodeDialog.tsx';
import { MapControls } from '../../panels/MapControls.tsx';
import { MapToolbar, RightPanel } from '../../panels/RightPanel.tsx';
import { SearchBox } from '../../panels/SearchBox.tsx';
import { TableView } from '../../panels/TableView.tsx';
import { TopBar, type MapExports } from '../../panels/TopBar.tsx';
import { exportGexf, exportGraphml, exportPng } from './export-actions.ts';
import { useUndoKeys } from './undo-keys.ts';
import { Toasts } from '../../panels/Toasts.tsx';
import { HistoryMount } from '../../panels/history/HistoryMount.tsx';
import { GroupLabels } from '../../graph/GroupLabels.tsx';
import { Breadcrumbs } from './overview/Breadcrumbs.tsx';
import { CityOverview } from './overview/CityOverview.tsx';

const MAP_EXPORTS: MapExports = { png: exportPng, gexf: exportGexf, graphml: exportGraphml };

export function App() {
  const status = useStore(app, (state) => state.status);
  const error = useStore(app, (state) => state.error);
  const mode = useStore(app, (state) => state.view.mode);
  const overview = useStore(app, (state) => !!state.view.overview);
  const empty = useStore(app, (state) => state.status === 'ready' && state.renderVersion > 0 && state.limited !== undefined && isEmpty());
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void init();
  }, []);
  useUndoKeys();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      // In a dialog, a menu or a field, Escape belongs to it (a field keeps what is typed).
      if (target?.closest('dialog, .context-menu') || typingIn(target)) return;
      const { view } = app.get();
      if (view.compare) updateView({ compare: undefined });
      else if (view.whatIf) updateView({ whatIf: undefined });
      else if (view.finding) updateView({ finding: undefined });
      else if (view.panel) updateView({ panel: null });
      else if (view.ego) updateView({ ego: undefined, expanded: [] });
      else if (view.selected) updateView({ selected: undefined });
      // What had the focus may have closed with it: the focus goes to the map, never to nowhere.
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) document.getElementById('map')?.focus();
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#map">
        {nl.app.skipToMap}
      </a>
      <TopBar onNewNode={() => setCreating(true)} exports={MAP_EXPORTS} />
      <div className="workspace">
        <nav className="left-column" aria-label={nl.filters.title}>
          <div className="panel-section search-section">
            <SearchBox />
          </div>
          <FiltersPanel />
          <AppearancePanel />
          <LayoutPanel />
          <HistoryMount />
        </nav>
        <main id="map" className="map-area" tabIndex={-1}>
          <div className={mode === 'table' || overview ? 'map-layer is-hidden' : 'map-layer'}>
            <SigmaMap />
            <GroupLabels />
            <ReducersController />
            <CameraController />
            <Legend />
          </div>
          {overview && <CityOverview table={mode === 'table'} />}
          {mode === 'table' && !overview && <TableView />}
          <Breadcrumbs />
          <MapToolbar />
          <MapControls />
          <EgoBar />
          {status === 'loading' && (
            <div className="overlay" role="status">
              <span className="spinner large" aria-hidden="true" />
              <span>{nl.app.loading}</span>
            </div>
          )}
          {status === 'error' && (
            <div className="overlay" role="alert">
              <strong>{nl.app.loadError}</strong>
              <span className="muted">{error}</span>
              <button className="button primary" onClick={() => void init()}>
                {nl.app.retry}
              </button>
            </div>
          )}
          {empty && status === 'ready' && !overview && (
            <div className="overlay soft" role="status" data-testid="empty">
              <span>{nl.app.empty}</span>
            </div>
          )}
        </main>
        <RightPanel />
      </div>
      <UrlController />
      <Toasts />
      {creating && <NewNodeDialog onClose={() => setCreating(false)} />}
    </div>
  );
}

function isEmpty(): boolean {
  return runtime.render.order === 0;
}
