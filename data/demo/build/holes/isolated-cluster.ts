/**
 * Hole 4 (data/demo/README.md): an isolated cluster. Twelve residents of
 * Europawijk-Zuid and their three initiatives are tied to each other and to
 * nothing else.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { addInitiative, type InitiativeSpec } from '../city/initiatives.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { addReservedResident } from './reserved-residents.ts';

export const CLUSTER_BUURT = 'Europawijk-Zuid';

const CLUSTER_WIJK = 'europawijk';
const CLUSTER_SIZE = 12;
/** Nobody of the gemeente recorded them: the residents' own inventory did. */
const RECORDER = 'bewonersinventarisatie Europawijk';

const INITIATIVES: Pick<InitiativeSpec, 'name' | 'themes' | 'doel' | 'description'>[] = [
  { name: 'Moestuin De Groene Vinger', themes: ['eenzaamheid'], doel: 'inzet_voor_elkaar', description: 'Bewoners tuinieren samen op een braakliggend stuk grond.' },
  { name: 'Wandelclub De Europeanen', themes: ['ouderen', 'eenzaamheid'], doel: 'gezondheid', description: 'Dinsdagochtend een rondje door de wijk.' },
  { name: 'Kookclub Wereldkeuken', themes: ['nieuwkomers', 'eenzaamheid'], doel: 'sociale_verbondenheid', description: 'Om beurten koken voor elkaar, in de huiskamer van een van de leden.' },
];

export interface IsolatedCluster {
  persons: string[];
  initiatives: string[];
}

export function addIsolatedCluster(network: NetworkBuilder): IsolatedCluster {
  const rng = network.rng;
  const buurt = network.buurtId(CLUSTER_BUURT);
  const persons: string[] = [];
  for (let i = 0; i < CLUSTER_SIZE; i++) {
    persons.push(addReservedResident(network, buurt, { roles: ['bewoner'], consent: 'toestemming' }, { source: 'sneeuwbal', recordedBy: network.recorderIn(CLUSTER_WIJK) }));
  }
  const initiatives = INITIATIVES.map((spec) => addInitiative(network, { ...spec, wijk: CLUSTER_WIJK, buurt, place: 'plk_plein_europawijk' }));
  // each knows the next two around a ring, and takes part in one or two of the others' initiatives
  persons.forEach((p, i) => {
    for (let j = 1; j <= 2; j++) network.addKent(p, persons[(i + j) % persons.length], { strength: rng.int(2, 4), source: 'sneeuwbal', recordedBy: RECORDER });
    if (i < 3) network.joinInitiative('TREKKER_VAN', p, initiatives[i], { source: 'sneeuwbal', recordedBy: RECORDER });
    network.joinInitiative('DEELNEMER_AAN', p, initiatives[(i + 1) % 3], { recordedBy: RECORDER });
    if (i % 2 === 0) network.joinInitiative('DEELNEMER_AAN', p, initiatives[(i + 2) % 3], { recordedBy: RECORDER });
  });
  return { persons, initiatives };
}

export function isolatedClusterManifest(network: NetworkBuilder, cluster: IsolatedCluster): DemoHoles['isolatedCluster'] {
  return { buurt: network.buurtId(CLUSTER_BUURT), initiatives: cluster.initiatives.slice().sort(), persons: cluster.persons.slice().sort() };
}
