/** The overview as a table: each wijk with its figures; a row's name opens the wijk on the map. */
import { OVERVIEW_MEASURES, type CityOverview, type OverviewMeasure } from '../../../../server/model/wire/overview.ts';
import { currentPlaces, showOnMap } from '../../../core/overview/index.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { nl } from '../../../i18n/nl.ts';

const words = nl.overview;

export function OverviewTable({ figures, measure }: { figures: CityOverview; measure: OverviewMeasure }) {
  const places = currentPlaces();
  const rows = [...figures.wijken].sort((a, b) => (b[measure] ?? -1) - (a[measure] ?? -1) || a.name.localeCompare(b.name, 'nl'));
  return (
    <div className="table-view overview-table" data-testid="overview-table">
      <table>
        <caption className="visually-hidden">{words.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.table.wijk}</th>
            <th scope="col">{words.table.stadsdeel}</th>
            <th scope="col" className="num">
              {words.table.persons}
            </th>
            {OVERVIEW_MEASURES.map((id) => (
              <th key={id} scope="col" className={id === measure ? 'num is-sorted' : 'num'} aria-sort={id === measure ? 'descending' : undefined}>
                {words.measures[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((wijk) => (
            <tr key={wijk.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => showOnMap([wijk.id])}>
                  {wijk.name}
                </button>
              </th>
              <td>{wijk.stadsdeel ? (places.byId.get(wijk.stadsdeel)?.name ?? '') : ''}</td>
              <td className="num">{formatNumber(wijk.persons)}</td>
              {OVERVIEW_MEASURES.map((id) => (
                <td key={id} className="num">
                  {wijk[id] === null ? '–' : words.value[id](wijk[id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
