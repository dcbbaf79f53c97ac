/**
 * Hole 2b (data/demo/README.md): the departure, for monitoring. Marloes is
 * SWT Oost 1's only link to its initiatives, as Ilse is in hole 2, until she
 * leaves; her successor joins later without those ties.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { addWijkteamMember, wijkteamByKey } from '../city/wijkteams.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import type { OnePersonLink } from './single-person-link.ts';

export const DEPARTURE: OnePersonLink = { wijkteam: 'oost_1', name: 'Marloes de Wit', organisation: 'org_mee_de_wering', leaves: '2026-04-30' };

export const SUCCESSOR = { name: 'Jeroen Lakeman', start: '2026-06-01' };

/** `membersOf` is keyed by wijkteam id. */
export function addSuccessor(network: NetworkBuilder, membersOf: Map<string, string[]>) {
  const team = wijkteamByKey(DEPARTURE.wijkteam);
  const successor = addWijkteamMember(network, team, { name: SUCCESSOR.name, start: SUCCESSOR.start }, DEPARTURE.organisation);
  membersOf.get(`wt_${team.key}`)!.push(successor);
}

/** `onePersonLinks`: wijkteam id -> the initiatives of the planted member. */
export function departureManifest(network: NetworkBuilder, onePersonLinks: Map<string, string[]>): DemoHoles['departure'] {
  const wijkteam = `wt_${DEPARTURE.wijkteam}`;
  const person = network.personId(DEPARTURE.name);
  const endedTies = network.ties.filter((t) => (t.from === person || t.to === person) && t.endDate).map((t) => t.id);
  return { wijkteam, person, date: DEPARTURE.leaves!, initiatives: onePersonLinks.get(wijkteam)!.slice().sort(), endedTies: endedTies.sort(), successor: network.personId(SUCCESSOR.name) };
}
