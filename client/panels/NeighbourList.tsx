/**
 * The keyboard's way through the network: the selected node's neighbours as
 * a list of buttons. Opening a node puts the focus on the first; Tab and
 * Shift+Tab go from one to the next, each lit on the map (as hovering does)
 * and kept in view; Enter opens it, and the focus
 * goes on to its own neighbours. Each button says the name and the kind.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import type { NodeWithTies } from '../core/api/index.ts';
import { openNode, updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { nodeStyle } from '../core/appearance/index.ts';
import { keepInView } from '../core/camera/index.ts';
import { focusNeighboursOf, takesFocus } from '../core/keyboard/walk.ts';
import { nodeName } from '../core/graph/index.ts';
import { nl } from '../i18n/nl.ts';
import { styleLabel } from './legend-model.ts';

interface Neighbour {
  id: string;
  name: string;
  kind: string;
}

export function NeighbourList({ node }: { node: NodeWithTies }) {
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);
  const lit = useRef<string | null>(null);
  const neighbours = useMemo(() => {
    const ids = new Set(node.ties.map((tie) => (tie.from === node.id ? tie.to : tie.from)));
    const out: Neighbour[] = [...ids].map((id) => ({
      id,
      name: nodeName(runtime.catalog, id),
      kind: runtime.catalog.hasNode(id) ? styleLabel(nodeStyle(runtime.catalog.getNodeAttributes(id))) : '',
    }));
    return out.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [node]);

  // The focus that comes with opening the node leaves the map as the opening drew it (the whole ego view, every label); moving on lights a neighbour.
  const quiet = useRef(false);
  useEffect(() => {
    if (!takesFocus(node.id) || !first.current) return;
    quiet.current = true;
    first.current.focus();
  }, [node.id]);
  // What this list lit on the map goes out with it.
  useEffect(() => () => unlight(lit.current), []);

  const unlight = (id: string | null) => {
    if (id && app.get().hovered === id) app.set({ hovered: null });
    if (lit.current === id) lit.current = null;
  };
  const light = (id: string) => {
    if (quiet.current) return void (quiet.current = false);
    lit.current = id;
    app.set({ hovered: id });
    keepInView(id);
  };
  const open = (id: string) => {
    unlight(id);
    focusNeighboursOf(id);
    if (app.get().view.ego) openNode(id);
    else updateView({ selected: id, panel: 'detail' });
  };

  if (!neighbours.length) return null;
  return (
    <section className="detail-section" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {nl.walk.neighbours} <span className="count">{neighbours.length}</span>
      </h3>
      <p className="muted small">{nl.walk.hint}</p>
      <ul className="neighbours" aria-label={nl.walk.neighboursOf(node.name)} data-testid="neighbours">
        {neighbours.map((neighbour, index) => (
          <li key={neighbour.id}>
            <button
              ref={index === 0 ? first : undefined}
              className="link-button"
              data-node={neighbour.id}
              onFocus={() => light(neighbour.id)}
              onBlur={() => unlight(neighbour.id)}
              onClick={() => open(neighbour.id)}
            >
              {neighbour.name}
              {neighbour.kind && <span className="muted">{` · ${neighbour.kind}`}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
