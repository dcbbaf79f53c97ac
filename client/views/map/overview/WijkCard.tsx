/** The card beside the wijk under the pointer: its figures in words. */
import type Sigma from 'sigma';
import type { WijkFigures, WijkLine } from '../../../../server/model/wire/overview.ts';
import { currentPlaces } from '../../../core/overview/index.ts';
import { nl } from '../../../i18n/nl.ts';

const card = nl.overview.card;
const CARD_WIDTH = 250;

export function WijkCard({ sigma, figures, lines }: { sigma: Sigma; figures: WijkFigures; lines: readonly WijkLine[] }) {
  const data = sigma.getNodeDisplayData(figures.id);
  if (!data) return null;
  const { x, y } = sigma.framedGraphToViewport(data);
  const radius = sigma.scaleSize(data.size);
  const { width } = sigma.getDimensions();
  // Beside the bubble, on the side with room.
  const right = x + radius + 14 + CARD_WIDTH < width;
  const left = right ? x + radius + 14 : x - radius - 14 - CARD_WIDTH;
  const own = lines.filter((line) => line.from === figures.id || line.to === figures.id);
  const stadsdeel = figures.stadsdeel ? currentPlaces().byId.get(figures.stadsdeel)?.name : undefined;
  return (
    <div className="wijk-card" style={{ left: Math.max(8, left), top: Math.max(8, y - 40), width: CARD_WIDTH }} role="tooltip" data-testid="wijk-card">
      <div className="wijk-card-title">{figures.name}</div>
      {stadsdeel && <div className="muted small">{stadsdeel}</div>}
      {figures.own && <div className="wijk-card-own">{card.own}</div>}
      <ul>
        <li>{card.people(figures.persons, figures.residents)}</li>
        <li>{card.findings(figures.findings, figures.findingsHigh)}</li>
        <li>{card.isolated(figures.isolatedResidents, figures.residents, figures.isolatedShare)}</li>
        <li>{card.averageDegree(figures.averageDegree)}</li>
        <li>{card.density(figures.density)}</li>
        <li>{card.lines(own.reduce((sum, line) => sum + line.ties, 0), own.length)}</li>
      </ul>
      <div className="wijk-card-hint">{card.open}</div>
    </div>
  );
}
