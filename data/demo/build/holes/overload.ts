/**
 * Hole 5 (data/demo/README.md): overload. Three overloaded volunteers, each a
 * sleutelfiguur, vrijwilliger and mantelzorger who pulls three initiatives,
 * helps at more and knows over forty people; and one lonely opbouwwerker,
 * Yvonne, who carries Boerhaavewijk alone.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { DEMO_START } from '../calendar.ts';
import { wijkId } from '../city/geography.ts';
import type { NetworkBuilder } from '../network-builder.ts';

/** [name, buurt] of the overloaded volunteers. */
export const OVERLOADED_VOLUNTEERS: [string, string][] = [
  ['Ria Koster', 'Rozenprieel-Noord'],
  ['Gerda Smit', 'Transvaalbuurt'],
  ['Mohamed El Amrani', 'Schalkwijk-Centrum'],
];

export const LONELY_OPBOUWWERKER = { name: 'Yvonne Brouwer', wijk: 'boerhaavewijk' };

/** Ordinary residents, not reserved: they have the ties of any resident and many more. */
export function addOverloadedVolunteers(network: NetworkBuilder): string[] {
  return OVERLOADED_VOLUNTEERS.map(([name, buurtName]) => {
    const buurt = network.buurtId(buurtName);
    const person = network.addPerson({ name, roles: ['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger'], consent: 'toestemming' });
    network.addResidence(person, buurt, { startDate: DEMO_START, source: 'sneeuwbal', recordedBy: network.recorderIn(network.wijkOfBuurt.get(buurt)!) });
    return person;
  });
}

/** They know far more people than their peers. */
export function overloadedVolunteersKnowMany(network: NetworkBuilder, overloaded: string[]) {
  const rng = network.rng;
  for (const person of overloaded) {
    const wijk = network.wijkOfResident(person);
    for (const other of rng.sample(network.availableResidentsOfWijk(wijk), 42)) network.addKent(person, other, { strength: rng.int(2, 5), source: 'sneeuwbal', recordedBy: network.recorderIn(wijk) });
  }
}

/** They pull and help many initiatives in their wijk, volunteer at BUUV and Humanitas, and their opbouwwerkers know them well. */
export function overloadedVolunteersCarryInitiatives(network: NetworkBuilder, overloaded: string[]) {
  for (const person of overloaded) {
    const wijk = network.wijkOfResident(person);
    const initiatives = network.initiativesOfWijk.get(wijk)!.filter((i) => !network.node(i).endDate);
    initiatives.slice(0, 3).forEach((i) => network.joinInitiative('TREKKER_VAN', person, i, { source: 'sneeuwbal', startDate: DEMO_START }));
    initiatives.slice(3, 5).forEach((i) => network.joinInitiative('VRIJWILLIGER_BIJ', person, i, { source: 'sneeuwbal' }));
    initiatives.slice(5, 6).forEach((i) => network.joinInitiative('DEELNEMER_AAN', person, i, { source: 'sneeuwbal' }));
    network.addTie('VRIJWILLIGER_BIJ', person, 'org_buuv', { source: 'import' });
    network.addTie('VRIJWILLIGER_BIJ', person, 'org_humanitas', { source: 'import' });
    for (const opbouwwerker of network.opbouwwerkersOf.get(wijk) ?? []) network.addKent(opbouwwerker, person, { strength: 5, trust: 5, source: 'sneeuwbal', recordedBy: opbouwwerker });
  }
}

/** The only opbouwwerker of her wijk; the ordinary opbouwwerkers leave it out. */
export function addLonelyOpbouwwerker(network: NetworkBuilder): string {
  const person = network.addPerson({ name: LONELY_OPBOUWWERKER.name, roles: ['opbouwwerker'], professional: true });
  network.addWerktBij(person, 'org_dock');
  network.addActiefIn(person, [LONELY_OPBOUWWERKER.wijk]);
  network.opbouwwerkersOf.set(LONELY_OPBOUWWERKER.wijk, [person]);
  return person;
}

/** She knows the sleutelfiguren well and half the wijk. */
export function lonelyOpbouwwerkerKnowsHalfTheWijk(network: NetworkBuilder, person: string) {
  const wijk = LONELY_OPBOUWWERKER.wijk;
  for (const sleutelfiguur of network.sleutelfigurenOf.get(wijk)!) network.addKent(person, sleutelfiguur, { strength: 5, source: 'sneeuwbal', recordedBy: person });
  for (const resident of network.rng.sample(network.availableResidentsOfWijk(wijk), 48)) network.addKent(person, resident, { source: 'sneeuwbal', recordedBy: person });
}

export function overloadedVolunteersManifest(overloaded: string[]): DemoHoles['overloadedVolunteers'] {
  return { persons: overloaded.slice().sort() };
}

export function lonelyOpbouwwerkerManifest(network: NetworkBuilder, person: string): DemoHoles['lonelyOpbouwwerker'] {
  const wijk = LONELY_OPBOUWWERKER.wijk;
  return { person, wijk: wijkId(wijk), initiatives: network.initiativesOfWijk.get(wijk)!.slice().sort() };
}
