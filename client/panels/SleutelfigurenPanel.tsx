/** Sleutelfiguren with their explained scores. */
import { useEffect } from 'react';
import { ensureSleutelfiguren } from '../core/app/analysis.ts';
import { openNode } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { AnalysisState } from './Analysis.tsx';

export function SleutelfigurenPanel() {
  const value = useStore(app, (state) => state.sleutelfiguren);
  useEffect(() => {
    void ensureSleutelfiguren();
  }, [value.state]);
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
                <li key={item.id}>
                  <button className="key-person" onClick={() => openNode(item.id)}>
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
                </li>
              ))}
            </ol>
          </div>
        )
      }
    </AnalysisState>
  );
}
