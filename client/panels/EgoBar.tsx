/** Over the map while an ego view is open: whose network, how many steps, hubs cut short. */
import { showWholeNetwork, updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { nodeName } from '../core/graph/index.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

export function EgoBar() {
  const ego = useStore(app, (state) => state.view.ego);
  const expanded = useStore(app, (state) => state.view.expanded);
  const limited = useStore(app, (state) => state.limited);
  if (!ego) return null;
  return (
    <div className="ego-bar" role="region" aria-label={nl.ego.title} data-testid="ego-bar">
      <div className="ego-main">
        <strong>{nl.ego.title}</strong>
        <span className="muted">{nl.ego.of(nodeName(runtime.catalog, ego.node))}</span>
        <div className="segmented" role="group" aria-label={nl.ego.depth}>
          {([1, 2] as const).map((depth) => (
            <button key={depth} aria-pressed={ego.depth === depth} className={ego.depth === depth ? 'is-on' : undefined} onClick={() => updateView({ ego: { ...ego, depth } })}>
              {nl.ego.step(depth)}
            </button>
          ))}
        </div>
        <button className="link-button" onClick={showWholeNetwork} data-testid="ego-close">
          {nl.ego.close}
        </button>
      </div>
      {limited.length > 0 && (
        <ul className="ego-limited">
          {limited.slice(0, 4).map((hub) => (
            <li key={hub.hub}>
              {nl.ego.hubLimited(nodeName(runtime.catalog, hub.hub), hub.shown, hub.total)}{' '}
              <button className="link-button" onClick={() => updateView({ expanded: [...expanded, hub.hub] })}>
                {nl.ego.showMore}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
