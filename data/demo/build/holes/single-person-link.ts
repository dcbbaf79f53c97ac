/**
 * Hole 2 (data/demo/README.md): a wijkteam linked to the initiatives through
 * one person. Ilse, the first member of SWT Noord-Noord, supports the team's
 * pilot initiative and two more and knows their trekkers; the rest of the
 * team has no tie to any initiative and refers only to organisations.
 */
import type { DemoHoles } from '../../../../server/services/demo/load-demo.ts';
import { DEMO_START } from '../calendar.ts';
import type { NetworkBuilder } from '../network-builder.ts';

/** A wijkteam member who alone links the team to its initiatives; planted as the team's first member. */
export interface OnePersonLink {
  /** The wijkteam's key. */
  wijkteam: string;
  name: string;
  organisation: string;
  /** The day the person leaves (hole 2b). */
  leaves?: string;
}

export const SINGLE_LINK: OnePersonLink = { wijkteam: 'noord_noord', name: 'Ilse Verhoeven', organisation: 'org_haarlem_effect' };

/** The person supports the pilot initiative and two other initiatives of the team, and knows their trekkers. Returns the initiatives. */
export function linkThroughOnePerson(network: NetworkBuilder, person: string, pilotInitiative: string, teamInitiatives: string[]): string[] {
  const linked = [pilotInitiative, ...network.rng.sample(teamInitiatives.filter((i) => i !== pilotInitiative), 2)];
  for (const initiative of linked) network.joinInitiative('ONDERSTEUNT', person, initiative, { source: 'inventarisatie', recordedBy: person, startDate: DEMO_START });
  for (const initiative of linked) {
    for (const p of network.peopleOfInitiative.get(initiative)!) {
      if (network.ties.some((t) => t.type === 'TREKKER_VAN' && t.from === p && t.to === initiative)) network.addKent(person, p, { strength: 4, source: 'sneeuwbal', recordedBy: person });
    }
  }
  return linked;
}

/** `membersOf` and `onePersonLinks` (the initiatives of the planted member) are keyed by wijkteam id. */
export function singlePersonLinkManifest(network: NetworkBuilder, membersOf: Map<string, string[]>, onePersonLinks: Map<string, string[]>): DemoHoles['singlePersonLink'] {
  const wijkteam = `wt_${SINGLE_LINK.wijkteam}`;
  const person = network.personId(SINGLE_LINK.name);
  return { wijkteam, person, initiatives: onePersonLinks.get(wijkteam)!.slice().sort(), otherMembers: membersOf.get(wijkteam)!.filter((m) => m !== person).sort() };
}
