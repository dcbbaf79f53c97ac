/** The overview's legend: what the colour means (and the choice of it), what the size and the lines mean, in Dutch. */
import { useState } from 'react';
import { OVERVIEW_MEASURES, type CityOverview, type OverviewMeasure } from '../../../../server/model/wire/overview.ts';
import { updateView } from '../../../core/app/loading.ts';
import { app } from '../../../core/app/state.ts';
import type { OverviewScene } from '../../../core/overview/scene.ts';
import { useStore } from '../../../core/store/index.ts';
import { nl } from '../../../i18n/nl.ts';

const words = nl.overview;
const STOPS = [0, 0.25, 0.5, 0.75, 1];

export function OverviewLegend({ scene, figures }: { scene: OverviewScene; figures: CityOverview }) {
  const measure = useStore(app, (state) => state.view.overviewColor);
  const [open, setOpen] = useState(true);
  const value = words.value[measure];
  const anyOwn = figures.wijken.some((wijk) => wijk.own);
  return (
    <aside className="overview-legend" aria-label={words.legend.title} data-testid="overview-legend">
      <button className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {words.legend.title}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <>
          <label className="overview-legend-choice">
            <span>{words.colorBy}</span>
            <select value={measure} onChange={(event) => updateView({ overviewColor: event.target.value as OverviewMeasure })} data-testid="overview-color">
              {OVERVIEW_MEASURES.map((id) => (
                <option key={id} value={id}>
                  {words.measures[id]}
                </option>
              ))}
            </select>
          </label>
          <div className="legend-section">
            <div className="legend-title">{words.legend.color(words.measures[measure])}</div>
            <div className="overview-ramp" style={{ background: `linear-gradient(to right, ${STOPS.map((t) => scene.colorAt(t)).join(', ')})` }} />
            <div className="overview-ramp-ends">
              <span>
                {value(scene.domain.min)} · {words.legend.low}
              </span>
              <span>
                {words.legend.high} · {value(scene.domain.max)}
              </span>
            </div>
            <p className="legend-note">{words.explain[measure]}</p>
          </div>
          <div className="legend-section">
            <div className="legend-title">{words.legend.size}</div>
            <ul className="overview-samples">
              {scene.sizes.map((sample) => (
                <li key={sample.persons}>
                  <span className="overview-bubble" style={{ width: 2 * sample.size, height: 2 * sample.size }} />
                  {words.legend.people(sample.persons)}
                </li>
              ))}
            </ul>
          </div>
          <div className="legend-section">
            <div className="legend-title">{words.legend.lines}</div>
            <ul className="overview-samples">
              {scene.lines.map((sample) => (
                <li key={sample.ties}>
                  <span className="overview-line" style={{ height: Math.max(1, sample.size) }} />
                  {words.legend.ties(sample.ties)}
                </li>
              ))}
            </ul>
          </div>
          {anyOwn && (
            <div className="legend-section overview-own">
              <span className="overview-own-ring" />
              {words.legend.own}
            </div>
          )}
        </>
      )}
    </aside>
  );
}
