/**
 * Hole 10 (data/demo/README.md): a tight, closed group. Ten residents of
 * Molenwijk-Zuid all know each other and play cards in a kaartclub nobody
 * else joins; only two ties lead outside.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { addInitiative } from '../city/initiatives.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { addReservedResident } from './reserved-residents.ts';

export const CLOSED_GROUP_BUURT = 'Molenwijk-Zuid';

const CLOSED_GROUP_WIJK = 'molenwijk';
const GROUP_SIZE = 10;

export interface ClosedGroup {
  persons: string[];
  initiative: string;
  outsideTies: string[];
}

export function addClosedGroup(network: NetworkBuilder): ClosedGroup {
  const rng = network.rng;
  const buurt = network.buurtId(CLOSED_GROUP_BUURT);
  const recordedBy = network.recorderIn(CLOSED_GROUP_WIJK);
  const persons: string[] = [];
  for (let i = 0; i < GROUP_SIZE; i++) persons.push(addReservedResident(network, buurt, { roles: ['bewoner'], consent: 'toestemming' }, { source: 'sneeuwbal', recordedBy }));
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) network.addKent(persons[i], persons[j], { strength: rng.int(4, 5), trust: 5, source: 'sneeuwbal', recordedBy });
  }
  const initiative = addInitiative(network, {
    name: 'Kaartclub De Molen',
    wijk: CLOSED_GROUP_WIJK,
    buurt,
    themes: ['ouderen'],
    doel: 'sociale_verbondenheid',
    placeTypes: ['buurtcentrum'],
    description: 'Klaverjassen op woensdagmiddag; al jaren dezelfde vaste tafels.',
  });
  network.joinInitiative('TREKKER_VAN', persons[0], initiative, { source: 'sneeuwbal' });
  for (const p of persons.slice(1)) network.joinInitiative('DEELNEMER_AAN', p, initiative);
  const knowsSomeoneNextDoor = (person: string) => network.addKent(person, rng.pick(network.availableResidents(network.buurtId('Molenwijk-Noord'))), { strength: 2, source: 'sneeuwbal' })!;
  const outsideTies = [knowsSomeoneNextDoor(persons[0]), knowsSomeoneNextDoor(persons[1])];
  return { persons, initiative, outsideTies };
}

export function closedGroupManifest(network: NetworkBuilder, group: ClosedGroup): DemoHoles['closedGroup'] {
  return { buurt: network.buurtId(CLOSED_GROUP_BUURT), initiative: group.initiative, persons: group.persons.slice().sort(), outsideTies: group.outsideTies };
}
