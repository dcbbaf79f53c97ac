/**
 * Components that render nothing: they push state into sigma (reducers,
 * camera) and into the URL. ReducersController is the only one that sets
 * sigma's reducers; other parts of the map (the history's comparison) put
 * what they want shown into the app state.
 */
import { useEffect } from 'react';
import { egoShown } from '../core/app/ego.ts';
import { currentHighlight, type Highlight } from '../core/app/highlight.ts';
import { fitNodes, fitNodesOf } from '../core/camera/index.ts';
import { app, runtime } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { encodeView } from '../core/url-state/index.ts';
import { frameShown } from './framing.ts';
import { makeReducers } from './reducers.ts';

export function ReducersController() {
  const hovered = useStore(app, (state) => state.hovered);
  const selected = useStore(app, (state) => state.view.selected ?? null);
  const highlight = useStore(app, currentHighlight);
  const diff = useStore(app, (state) => state.diffStyles);
  const renderVersion = useStore(app, (state) => state.renderVersion);
  useEffect(() => {
    const sigma = runtime.sigma;
    if (!sigma) return;
    const { nodeReducer, edgeReducer } = makeReducers({ graph: runtime.render, hovered, selected, highlight, diff, ego: egoShown() });
    // Each change of settings makes sigma go over the whole graph again: once, and not at all when there were and are no reducers.
    if (!nodeReducer && !edgeReducer && !sigma.getSetting('nodeReducer') && !sigma.getSetting('edgeReducer')) return;
    sigma.setSettings({ nodeReducer, edgeReducer });
  }, [hovered, selected, highlight, diff, renderVersion]);
  return null;
}

/** Restores the camera from the URL once, then writes camera moves back (debounced). */
export function CameraController() {
  const status = useStore(app, (state) => state.status);
  const frameVersion = useStore(app, (state) => state.frameVersion);
  useEffect(() => {
    const sigma = runtime.sigma;
    if (!sigma || status !== 'ready') return;
    const camera = sigma.getCamera();
    const saved = app.get().view.camera;
    if (saved) camera.setState(saved);
    // An ego view is framed by frameShown below.
    else if (!egoShown()) fitNodesOf(sigma, runtime.render.nodes(), 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        const view = app.get().view;
        const round = (n: number) => +n.toFixed(4);
        app.set({ view: { ...view, camera: { x: round(x), y: round(y), ratio: round(ratio) } } });
      }, 300);
    };
    camera.on('updated', onUpdate);
    return () => {
      clearTimeout(timer);
      camera.off('updated', onUpdate);
    };
  }, [status]);
  // A finding or a what-if, once shown, is framed: its nodes, or who leaves, their neighbours and who falls away.
  const highlight = useStore(app, currentHighlight);
  const highlightKey = highlight && status === 'ready' ? keyOf(highlight) : null;
  useEffect(() => {
    if (highlight && highlightKey) fitNodes(nodesToFrame(highlight));
  }, [highlightKey]);
  // A new render graph is framed anew (see framing.ts); on the first, a link's own camera wins, and without one the fit above.
  useEffect(() => {
    if (app.get().status !== 'ready' || (frameVersion <= 1 && (app.get().view.camera || !egoShown()))) return;
    frameShown();
  }, [frameVersion, status]);
  return null;
}

function keyOf(highlight: Highlight): string {
  return highlight.kind === 'finding' ? `finding:${highlight.id}` : `whatif:${[...highlight.removed].join(',')}:${highlight.splitOff.size}`;
}

function nodesToFrame(highlight: Highlight): Iterable<string> {
  if (highlight.kind === 'finding') return highlight.nodes;
  const removed = [...highlight.removed].filter((id) => runtime.render.hasNode(id));
  return [...removed, ...removed.flatMap((id) => runtime.render.neighbors(id)), ...highlight.splitOff];
}

export function UrlController() {
  const view = useStore(app, (state) => state.view);
  const status = useStore(app, (state) => state.status);
  useEffect(() => {
    if (status === 'loading') return;
    const timer = setTimeout(() => {
      const search = encodeView(view);
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    }, 150);
    return () => clearTimeout(timer);
  }, [view, status]);
  return null;
}
