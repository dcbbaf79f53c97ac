/** Adding an initiative: its node, the buurt it works in, where it meets and its themes. */
import { slug } from '../../../../server/services/demo/names.ts';
import { DEMO_START } from '../calendar.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { themeId, type ThemeKey } from './themes.ts';

export interface InitiativeSpec {
  name: string;
  wijk: string;
  buurt: string;
  themes: ThemeKey[];
  doel: ThemeKey;
  /** The plek it meets at; without it, one of `placeTypes` in the wijk. */
  place?: string;
  placeTypes?: string[];
  description?: string;
  start?: string;
  end?: string;
}

function initiativeId(network: NetworkBuilder, name: string): string {
  let id = `ini_${slug(name)}`;
  for (let i = 2; network.nodeById.has(id); i++) id = `ini_${slug(name)}_${i}`;
  return id;
}

/** The first type that the buurt has a plek of, else a random one of that type in the wijk; else the wijk's buurtcentrum. */
function placeFor(network: NetworkBuilder, wijk: string, buurt: string, types: string[]): string {
  const places = network.placesOfWijk.get(wijk)!;
  for (const type of types) {
    const inBuurt = places.filter((p) => p.type === type && p.buurt === buurt);
    if (inBuurt.length) return inBuurt[0].id;
    const inWijk = places.filter((p) => p.type === type);
    if (inWijk.length) return network.rng.pick(inWijk).id;
  }
  return places.find((p) => p.type === 'buurtcentrum')?.id ?? places[0].id;
}

export function addInitiative(network: NetworkBuilder, spec: InitiativeSpec): string {
  const id = initiativeId(network, spec.name);
  const startDate = spec.start ?? DEMO_START;
  const fields: Record<string, unknown> = { startDate };
  if (spec.end) fields.endDate = spec.end;
  if (spec.description) fields.description = spec.description;
  network.addNode('initiatief', id, spec.name, fields);
  network.buurtOfInitiative.set(id, spec.buurt);
  const recordedBy = network.recorderIn(spec.wijk);
  network.addTie('WERKT_IN', id, spec.buurt, { startDate, source: 'inventarisatie', recordedBy });
  network.addTie('VINDT_PLAATS_IN', id, spec.place ?? placeFor(network, spec.wijk, spec.buurt, spec.placeTypes ?? ['buurtcentrum']), { startDate, source: 'inventarisatie', recordedBy });
  for (const theme of [...spec.themes, spec.doel]) network.addTheme(id, themeId(theme));
  return id;
}
