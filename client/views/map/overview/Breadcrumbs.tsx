/**
 * Where you are, over the map and the overview: stad › stadsdeel › wijk. A
 * stad or stadsdeel opens the overview of its wijken, a wijk the map of it.
 */
import { app } from '../../../core/app/state.ts';
import { crumbsOf, type Crumb } from '../../../core/overview/crumbs.ts';
import { currentPlaces, openOverview, showOnMap } from '../../../core/overview/index.ts';
import { useStore } from '../../../core/store/index.ts';
import { nl } from '../../../i18n/nl.ts';

const words = nl.overview.breadcrumbs;

export function Breadcrumbs() {
  const view = useStore(app, (state) => state.view);
  useStore(app, (state) => state.catalogVersion);
  const status = useStore(app, (state) => state.status);
  if (status === 'loading') return null;
  const places = currentPlaces();
  const crumbs = crumbsOf(view, places);
  if (!crumbs.length) return null;
  const last = crumbs[crumbs.length - 1]!;
  const lastLevel = last.id ? places.byId.get(last.id)?.level : undefined;
  return (
    <nav className="breadcrumbs" aria-label={words.label} data-testid="breadcrumbs">
      <svg className="breadcrumbs-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="6" cy="7" r="3.2" />
        <circle cx="14.5" cy="6" r="2.2" />
        <circle cx="11" cy="14.5" r="3.8" />
      </svg>
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={`${crumb.id ?? crumb.name}-${index}`}>
            {crumb.to ? <CrumbLink crumb={crumb} /> : <span aria-current="page">{crumb.name}</span>}
            {crumb.overview && <span className="breadcrumbs-mode">{words.overview}</span>}
          </li>
        ))}
      </ol>
      {view.overview && last.id && (
        <button type="button" className="button small" onClick={() => showOnMap([last.id!])} data-testid="overview-to-map">
          {words.showOnMap}
        </button>
      )}
      {!view.overview && last.id && (lastLevel === 'stad' || lastLevel === 'stadsdeel') && (
        <button type="button" className="button small" onClick={() => openOverview(last.id!)} title={words.toOverview(last.name)}>
          {nl.overview.title}
        </button>
      )}
    </nav>
  );
}

function CrumbLink({ crumb }: { crumb: Crumb }) {
  const id = crumb.id!;
  return crumb.to === 'overview' ? (
    <button type="button" className="link-button" title={words.toOverview(crumb.name)} onClick={() => openOverview(id)}>
      {crumb.name}
    </button>
  ) : (
    <button type="button" className="link-button" title={words.toMap(crumb.name)} onClick={() => showOnMap([id])}>
      {crumb.name}
    </button>
  );
}
