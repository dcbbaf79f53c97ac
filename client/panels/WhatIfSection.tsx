/** "Wat als … vertrekt?": what falls apart when a node leaves; the map shows it too. */
import { runWhatIf } from '../core/app/analysis.ts';
import { displayName, updateView } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { AnalysisState } from './Analysis.tsx';

export function WhatIfSection() {
  const value = useStore(app, (state) => state.whatIf);
  const target = useStore(app, (state) => state.view.whatIf);
  if (!target) return null;
  const names = target.split(',').map(displayName).join(', ');
  return (
    <section className="what-if" aria-labelledby="what-if-title" data-testid="what-if-result">
      <header className="section-header">
        <h3 id="what-if-title">{nl.whatIf.title(names)}</h3>
        <button className="link-button" onClick={() => updateView({ whatIf: undefined })}>
          {nl.whatIf.close}
        </button>
      </header>
      <AnalysisState value={value} retry={() => void runWhatIf(target.split(','))}>
        {(result) => (
          <>
            <p>{result.explanation}</p>
            <ul className="stats">
              <li>
                <span className="stat-dot lost" />
                {nl.whatIf.lostTies(result.lostTies.length)}
              </li>
              <li>
                <span className="stat-dot split" />
                {nl.whatIf.isolated(result.isolated.length)}
              </li>
              <li>
                <span className="stat-dot split" />
                {nl.whatIf.splitOff(result.splitOff.length)}
              </li>
              <li className="muted">{nl.whatIf.components(result.componentsBefore, result.componentsAfter)}</li>
            </ul>
            {result.brokenLinks.length > 0 && (
              <>
                <h4>{nl.whatIf.brokenLinks}</h4>
                <ul className="broken-links">
                  {result.brokenLinks.map((link) => (
                    <li key={`${link.from}-${link.to}`}>
                      <strong>
                        {displayName(link.from)} — {displayName(link.to)}
                      </strong>
                      <span className="small muted">{link.explanation}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {!result.lostTies.length && !result.isolated.length && !result.splitOff.length && <p className="muted">{nl.whatIf.nothing}</p>}
          </>
        )}
      </AnalysisState>
    </section>
  );
}
