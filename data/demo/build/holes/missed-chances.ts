/**
 * Hole 9 (data/demo/README.md): missed chances. 9a, the introduction: two
 * initiatives in Indische Buurt-Noord on taal en digitale vaardigheid that
 * have never met. 9b, collectiviseren: five residents of Ter Kleef who each
 * go to a different schulden activity elsewhere.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { addInitiative } from '../city/initiatives.ts';
import { themeId } from '../city/themes.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { addReservedResident } from './reserved-residents.ts';

export const INTRODUCTION_BUURT = 'Indische Buurt-Noord';

const INTRODUCTION_WIJK = 'indische_wijk';

const COLLECTIVISEREN_BUURT = 'Ter Kleef';

const COLLECTIVISEREN_WIJK = 'ter_kleef';

/** 9a: the buurt's residents are split over the two initiatives, and their trekkers do not know each other. */
export function addIntroductionPair(network: NetworkBuilder): [string, string] {
  const buurt = network.buurtId(INTRODUCTION_BUURT);
  const residents = network.availableResidents(buurt);
  const taalcafe = addInitiative(network, { name: 'Taalcafé Indische Buurt', wijk: INTRODUCTION_WIJK, buurt, themes: ['taal_digitaal', 'nieuwkomers'], doel: 'redzaamheid', placeTypes: ['buurtcentrum'], description: 'Nederlands oefenen met buren.' });
  const spreekuur = addInitiative(network, { name: 'Digitaal Spreekuur Indische Buurt', wijk: INTRODUCTION_WIJK, buurt, themes: ['taal_digitaal', 'ouderen'], doel: 'redzaamheid', place: 'plk_pniel_kerk', description: 'Hulp bij DigiD, mail en formulieren.' });
  const half = Math.floor(residents.length / 2);
  const shuffled = network.rng.shuffle(residents.slice());
  const taalcafeGroup = shuffled.slice(0, half);
  const spreekuurGroup = shuffled.slice(half);
  network.joinInitiative('TREKKER_VAN', taalcafeGroup[0], taalcafe, { source: 'sneeuwbal' });
  for (const p of taalcafeGroup.slice(1, 8)) network.joinInitiative('DEELNEMER_AAN', p, taalcafe);
  network.joinInitiative('TREKKER_VAN', spreekuurGroup[0], spreekuur, { source: 'sneeuwbal' });
  for (const p of spreekuurGroup.slice(1, 7)) network.joinInitiative('DEELNEMER_AAN', p, spreekuur);
  network.removeKent(taalcafeGroup[0], spreekuurGroup[0]);
  network.addTie('ONDERSTEUNT', 'org_dock', taalcafe, { source: 'inventarisatie' });
  network.addTie('ONDERSTEUNT', 'org_bibliotheek', spreekuur, { source: 'inventarisatie' });
  return [taalcafe, spreekuur];
}

/** 9b: one new resident per schulden activity, who knows two neighbours but none of the others. */
export function addCollectiviseren(network: NetworkBuilder, schuldenActivities: string[]): string[] {
  const buurt = network.buurtId(COLLECTIVISEREN_BUURT);
  const recordedBy = network.recorderIn(COLLECTIVISEREN_WIJK);
  const neighbours = network.availableResidents(buurt);
  return schuldenActivities.map((activity) => {
    const person = addReservedResident(network, buurt, { roles: ['bewoner'], consent: 'toestemming' }, { source: 'intake', recordedBy });
    network.joinInitiative('DEELNEMER_AAN', person, activity, { source: 'intake', recordedBy });
    for (const neighbour of network.rng.sample(neighbours, 2)) network.addKent(person, neighbour, { source: 'sneeuwbal', recordedBy });
    return person;
  });
}

export function introductionManifest(network: NetworkBuilder, pair: [string, string]): DemoHoles['introduction'] {
  return { buurt: network.buurtId(INTRODUCTION_BUURT), theme: themeId('taal_digitaal'), initiatives: pair };
}

export function collectiviserenManifest(network: NetworkBuilder, persons: string[], schuldenActivities: string[]): DemoHoles['collectiviseren'] {
  return { buurt: network.buurtId(COLLECTIVISEREN_BUURT), theme: themeId('schulden'), persons: persons.slice().sort(), initiatives: schuldenActivities.slice().sort() };
}
