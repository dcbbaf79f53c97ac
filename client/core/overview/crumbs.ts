/**
 * The breadcrumbs over the map and the overview: stad › stadsdeel › wijk
 * (› buurt), from the gebied hierarchy. A stad or stadsdeel leads to the
 * overview of its wijken, a wijk to the map of it; the last crumb is where
 * you are.
 */
import { nl } from '../../i18n/nl.ts';
import type { Places } from '../gebieden/index.ts';
import type { ViewState } from '../url-state/index.ts';

export interface Crumb {
  /** The gebied; absent for a crumb that names what is shown (the whole network, several gebieden). */
  id?: string;
  name: string;
  /** Where a click leads; null for the crumb of where you are. */
  to: 'overview' | 'map' | null;
  /** For the crumb of where you are: it is the overview of this gebied. */
  overview?: boolean;
}

const link = (place: { id: string; name: string; level: string }): Crumb => ({ id: place.id, name: place.name, to: place.level === 'stad' || place.level === 'stadsdeel' ? 'overview' : 'map' });

export function crumbsOf(view: ViewState, places: Places): Crumb[] {
  const words = nl.overview.breadcrumbs;
  if (view.overview) {
    const trail = places.trail(view.overview);
    return trail.map((place, index) => (index < trail.length - 1 ? link(place) : { id: place.id, name: place.name, to: null, overview: true }));
  }
  const gebied = view.filters.gebied.filter((id) => places.byId.has(id));
  const root = places.root();
  if (!gebied.length) return root ? [link(root), { name: words.wholeNetwork, to: null }] : [];
  if (gebied.length === 1) {
    const trail = places.trail(gebied[0]!);
    return trail.map((place, index) => (index < trail.length - 1 ? link(place) : { id: place.id, name: place.name, to: null }));
  }
  return [...places.commonTrail(gebied).map(link), { name: words.several(gebied.length), to: null }];
}
