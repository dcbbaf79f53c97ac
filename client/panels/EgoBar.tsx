/**
 * Over the map while an ego view is open: whose network, how many steps,
 * why the ego is a sleutelfiguur (or that it is not on the list), "Wat als …
 * vertrekt?", and hubs cut short.
 */
import { useEffect } from 'react';
import { ensureEgoReason } from '../core/app/analysis.ts';
import { showWholeNetwork, showWhatIf, updateView } from '../core/app/loading.ts';
import { app, runtime } from '../core/app/state.ts';
import { nodeName } from '../core/graph/index.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';

export function EgoBar() {
  const ego = useStore(app, (state) => state.view.ego);
  const expanded = useStore(app, (state) => state.view.expanded);
  const limited = useStore(app, (state) => state.limited);
  if (!ego) return null;
  const name = nodeName(runtime.catalog, ego.node);
  const person = runtime.catalog.hasNode(ego.node) && runtime.catalog.getNodeAttribute(ego.node, 'kind') === 'persoon';
  return (
    <div className="ego-bar" role="region" aria-label={nl.ego.title} data-testid="ego-bar">
      <div className="ego-main">
        <strong>{nl.ego.title}</strong>
        <span className="muted">{nl.ego.of(name)}</span>
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
      <div className="ego-about">
        <button className="button small" onClick={() => void showWhatIf(ego.node)} data-testid="ego-what-if">
          {nl.whatIf.actionFor(person ? (name.split(' ')[0] ?? name) : name)}
        </button>
        {person && <EgoReason id={ego.node} />}
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

/** The ego's place and explanation on the sleutelfiguren list of the shown gebied. */
function EgoReason({ id }: { id: string }) {
  const reason = useStore(app, (state) => state.egoReason);
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const gebied = useStore(app, (state) => state.view.filters.gebied);
  useEffect(() => {
    void ensureEgoReason(id);
  }, [id, catalogVersion, gebied]);
  const text =
    reason.state === 'ready'
      ? reason.data
        ? nl.ego.reason(reason.data.rank, reason.data.score.explanation)
        : nl.ego.notListed
      : reason.state === 'error'
        ? nl.ego.reasonError
        : nl.ego.reasonLoading;
  return (
    <p className="ego-reason" data-testid="ego-reason" data-state={reason.state} title={text}>
      {text}
    </p>
  );
}
