/** The map's corner: zoom in, zoom out and fit (also with +, − and 0), and how much is shown. */
import { useEffect } from 'react';
import { app, runtime } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { fitAll, zoomIn, zoomOut } from '../core/camera/index.ts';
import { typingIn } from '../core/keyboard/index.ts';
import { overview } from '../core/overview/index.ts';

const SHORTCUTS: Record<string, () => void> = { '+': zoomIn, '=': zoomIn, '-': zoomOut, '0': fitAll };

export function MapControls() {
  useStore(app, (state) => state.renderVersion);
  const drawing = useStore(app, (state) => state.drawing);
  const mode = useStore(app, (state) => state.view.mode);
  const figures = useStore(overview, (state) => state.data);
  // In the overview: how many wijken and lines it draws.
  const shown = useStore(app, (state) => !!state.view.overview) && figures.state === 'ready' ? figures.data : null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typingIn(event.target)) return;
      if (app.get().view.mode !== 'map') return;
      const action = SHORTCUTS[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="map-corner">
      {mode === 'map' && (
        <div className="zoom-controls" role="group" aria-label={nl.camera.controls}>
          <button className="icon-button" onClick={zoomIn} title={nl.camera.zoomIn} aria-label={nl.camera.zoomIn} data-testid="zoom-in">
            +
          </button>
          <button className="icon-button" onClick={zoomOut} title={nl.camera.zoomOut} aria-label={nl.camera.zoomOut} data-testid="zoom-out">
            −
          </button>
          <button className="icon-button" onClick={fitAll} title={nl.camera.fit} aria-label={nl.camera.fit} data-testid="zoom-fit">
            <svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6">
              <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
            </svg>
          </button>
        </div>
      )}
      <div className="counts" aria-live="polite" data-testid="counts">
        {shown
          ? nl.overview.counts(shown.wijken.length, shown.lines.length)
          : drawing
            ? nl.app.drawing(drawing.shown, drawing.total)
            : nl.app.counts(runtime.render.order, runtime.render.size)}
      </div>
    </div>
  );
}
