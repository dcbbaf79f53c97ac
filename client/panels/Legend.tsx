/** The map legend: node colours, tie groups, and the current highlight. */
import { useState } from 'react';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { legendSections } from './legend-model.ts';

export function Legend() {
  useStore(app, (state) => state.view.colorBy);
  useStore(app, (state) => state.view.sizeBy);
  useStore(app, (state) => state.measures);
  useStore(app, (state) => state.view.finding);
  useStore(app, (state) => state.whatIf);
  useStore(app, (state) => state.comparison);
  // On a low screen the legend starts folded, so that it does not cover the map.
  const [open, setOpen] = useState(() => window.innerHeight >= 820);
  const sections = legendSections(app.get());
  return (
    <aside className="legend" aria-label={nl.legend.title}>
      <button className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {nl.legend.title}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open &&
        sections.map((section) => (
          <div key={section.title} className="legend-section">
            <div className="legend-title">{section.title}</div>
            <ul>
              {section.entries.map((entry) => (
                <li key={entry.label}>
                  <span className={entry.shape === 'dot' ? 'legend-dot' : 'legend-line'} style={{ background: entry.color }} />
                  {entry.label}
                </li>
              ))}
            </ul>
            {section.note && <div className="legend-note">{section.note}</div>}
          </div>
        ))}
    </aside>
  );
}
