/** The sociale wijkteams and the wijken they work in. */
import { DEMO_START } from '../calendar.ts';
import type { NetworkBuilder, PersonSpec } from '../network-builder.ts';
import { WIJKTEAMS, wijkId, type WijkteamDef } from './geography.ts';

export function addWijkteams(network: NetworkBuilder) {
  for (const team of WIJKTEAMS) {
    network.addNode('wijkteam', `wt_${team.key}`, team.name, { startDate: DEMO_START });
    for (const wijk of team.wijken) network.addTie('WERKT_IN', `wt_${team.key}`, wijkId(wijk), { startDate: DEMO_START, source: 'import' });
  }
  for (const team of WIJKTEAMS) for (const wijk of team.wijken) network.wijkteamOf.set(wijk, `wt_${team.key}`);
}

/** A member works for their moederorganisatie, is LID_VAN the team and ACTIEF_IN its wijken. */
export function addWijkteamMember(network: NetworkBuilder, team: WijkteamDef, spec: Omit<PersonSpec, 'roles' | 'professional'>, organisation: string): string {
  const person = network.addPerson({ ...spec, roles: ['wijkteamlid'], professional: true });
  network.addWerktBij(person, organisation);
  network.addTie('LID_VAN', person, `wt_${team.key}`, { startDate: network.startOf(person), source: 'import' });
  network.addActiefIn(person, team.wijken);
  return person;
}

export function wijkteamByKey(key: string): WijkteamDef {
  return WIJKTEAMS.find((team) => team.key === key)!;
}
