/**
 * Sleutelfiguren with their explained scores. A click shows the person on the
 * map and keeps the list where it was; the ego view is a button of its own.
 * A sleutelfiguur who is also among the overloaded says so, from the same
 * day's gap analysis.
 */
import { useEffect } from 'react';
import { SEVERITY_ORDER } from '../../server/model/index.ts';
import type { WorkItem, WorkList } from '../../server/model/wire/findings.ts';
import { ensureGaps, ensureSleutelfiguren } from '../core/app/analysis.ts';
import { openNode, updateView } from '../core/app/loading.ts';
import { zoomToNode } from '../core/camera/index.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { AnalysisState } from './Analysis.tsx';

/** The overbelasting findings about each person, worst first. */
function overloadOf(gaps: WorkList | null): Map<string, WorkItem> {
  const out = new Map<string, WorkItem>();
  for (const finding of gaps?.findings ?? []) {
    if (finding.analysis !== 'overbelasting') continue;
    for (const id of finding.nodes) {
      const known = out.get(id);
      if (!known || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[known.severity]) out.set(id, finding);
    }
  }
  return out;
}

function showOnMap(id: string): void {
  updateView({ selected: id });
  zoomToNode(id);
}

export function SleutelfigurenPanel() {
  const value = useStore(app, (state) => state.sleutelfiguren);
  const gaps = useStore(app, (state) => state.gaps);
  const selected = useStore(app, (state) => state.view.selected);
  useEffect(() => {
    void ensureSleutelfiguren();
    void ensureGaps();
  }, [value.state]);
  const overload = overloadOf(gaps.state === 'ready' ? gaps.data : null);
  return (
    <AnalysisState value={value} retry={() => void ensureSleutelfiguren(true)}>
      {({ items }) =>
        items.length === 0 ? (
          <div className="state-box">{nl.sleutelfiguren.none}</div>
        ) : (
          <div data-testid="sleutelfiguren">
            <p className="muted small">{nl.sleutelfiguren.intro}</p>
            <ol className="key-people">
              {items.map((item, index) => (
                <li key={item.id} className={item.id === selected ? 'is-selected' : undefined}>
                  <button className="key-person" aria-current={item.id === selected || undefined} onClick={() => showOnMap(item.id)}>
                    <span className="rank">{index + 1}</span>
                    <span className="key-name">{item.name}</span>
                    <span className="key-score" title={nl.sleutelfiguren.score}>
                      {Math.round(item.score * (item.score <= 1 ? 100 : 1))}
                    </span>
                    <span className="key-text">{item.explanation}</span>
                    <span className="key-parts">
                      {Object.entries(item.parts).map(([part, value]) => (
                        <span key={part} className="part" title={`${nl.sleutelfiguren.parts[part] ?? part}: ${value.toFixed(2)}`}>
                          <span className="part-label">{nl.sleutelfiguren.parts[part] ?? part}</span>
                          <span className="part-bar">
                            <span style={{ width: `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%` }} />
                          </span>
                        </span>
                      ))}
                    </span>
                  </button>
                  <div className="key-more">
                    {overload.has(item.id) && (
                      <button className="link-button key-overload" onClick={() => updateView({ panel: 'gaps', finding: overload.get(item.id)!.id, whatIf: undefined })}>
                        {nl.sleutelfiguren.alsoOverloaded(nl.severities[overload.get(item.id)!.severity])}
                      </button>
                    )}
                    <button className="link-button" onClick={() => openNode(item.id)}>
                      {nl.sleutelfiguren.ego(item.name)}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </div>
        )
      }
    </AnalysisState>
  );
}
