/**
 * Hole 8 (data/demo/README.md): isolated residents. Four have no social tie
 * at all; three know only one professional, who met them at an intake.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import type { Professionals } from '../city/professionals.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { addReservedResident } from './reserved-residents.ts';

const WITHOUT_TIES = ['Boerhaavewijk-Noord', 'Slachthuisbuurt-Zuid', 'Meerwijk-Zuid', 'Burgwal'];

export type IsolatedResidents = DemoHoles['isolatedResidents'];

export function addIsolatedResidents(network: NetworkBuilder, professionals: Professionals): IsolatedResidents {
  const noTies: string[] = [];
  for (const buurtName of WITHOUT_TIES) {
    const buurt = network.buurtId(buurtName);
    noTies.push(addReservedResident(network, buurt, { roles: ['bewoner'], consent: 'gerechtvaardigd_belang' }, { source: 'intake', recordedBy: network.recorderIn(network.wijkOfBuurt.get(buurt)!) }));
  }
  const withOneProfessional: [string, string][] = [
    ['Boerhaavewijk-Zuid', professionals.buurtcoachOf.get('wt_schalkwijk_zuid')!],
    ['Molenwijk-Noord', professionals.membersOf.get('wt_schalkwijk_zuid')![2]],
    ['Planetenbuurt', professionals.membersOf.get('wt_noord_zuid')![3]],
  ];
  const onlyOneProfessional: IsolatedResidents['onlyOneProfessional'] = [];
  for (const [buurtName, professional] of withOneProfessional) {
    const person = addReservedResident(network, network.buurtId(buurtName), { roles: ['bewoner'], consent: 'gerechtvaardigd_belang' }, { source: 'intake', recordedBy: professional });
    const tie = network.addKent(professional, person, { strength: 2, source: 'intake', recordedBy: professional, startDate: '2025-03-10' })!;
    onlyOneProfessional.push({ person, professional, tie });
  }
  return { noTies, onlyOneProfessional };
}

export function isolatedResidentsManifest(isolated: IsolatedResidents): DemoHoles['isolatedResidents'] {
  return { noTies: isolated.noTies.slice().sort(), onlyOneProfessional: isolated.onlyOneProfessional };
}
