/** The sigma container: creates one renderer over the render graph and turns its events into actions. */
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { openNode, showWhatIf, updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { nl } from '../i18n/nl.ts';
import { mapSettings } from './settings.ts';

interface Menu {
  node: string;
  x: number;
  y: number;
}

export function SigmaMap() {
  const container = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<Menu | null>(null);

  useEffect(() => {
    const sigma = new Sigma(runtime.render, container.current!, { ...mapSettings(runtime.render.order), allowInvalidContainer: true });
    runtime.sigma = sigma;
    const onFirstRender = () => {
      if (runtime.render.order > 0 && app.get().firstRenderMs === null) {
        app.set({ firstRenderMs: performance.now() });
        sigma.off('afterRender', onFirstRender);
      }
    };
    sigma.on('afterRender', onFirstRender);
    sigma.on('enterNode', ({ node }) => {
      app.set({ hovered: node });
      container.current?.classList.add('is-pointer');
    });
    sigma.on('leaveNode', () => {
      app.set({ hovered: null });
      container.current?.classList.remove('is-pointer');
    });
    sigma.on('clickNode', ({ node }) => {
      setMenu(null);
      updateView({ selected: node, panel: 'detail' });
    });
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      openNode(node);
    });
    sigma.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      setMenu({ node, x: event.x, y: event.y });
    });
    sigma.on('clickStage', () => {
      setMenu(null);
      if (app.get().view.selected) updateView({ selected: undefined });
    });
    // The map shrinks when a side panel opens: keep the canvases in step.
    const observer = new ResizeObserver(() => sigma.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      sigma.kill();
      runtime.sigma = null;
    };
  }, []);

  useEffect(() => {
    if (!menu) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && setMenu(null);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [menu]);

  return (
    <>
      <div ref={container} className="map-canvas" data-testid="map" aria-label={nl.app.title} role="img" onContextMenu={(event) => event.preventDefault()} />
      {menu && (
        <div className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
          <div className="context-menu-title">{String(runtime.render.getNodeAttribute(menu.node, 'label') ?? menu.node)}</div>
          <button role="menuitem" autoFocus onClick={() => (setMenu(null), updateView({ selected: menu.node, panel: 'detail' }))}>
            {nl.panels.detail}
          </button>
          <button role="menuitem" onClick={() => (setMenu(null), openNode(menu.node))}>
            {nl.detail.ego}
          </button>
          <button
            role="menuitem"
            onClick={() => {
              setMenu(null);
              void showWhatIf(menu.node);
            }}
          >
            {nl.whatIf.action}
          </button>
        </div>
      )}
    </>
  );
}
