/** Who supports and subsidises the initiatives, and how the wijkteams are linked to them. */
import { DEPARTURE } from '../holes/departure.ts';
import { HEALTHY_TEAM_LINKING_MEMBERS, HEALTHY_WIJK } from '../holes/healthy-wijk.ts';
import { LONELY_OPBOUWWERKER } from '../holes/overload.ts';
import { SINGLE_LINK, linkThroughOnePerson } from '../holes/single-person-link.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { ALL_WIJKEN, WIJKTEAMS, wijkId } from './geography.ts';
import type { PilotInitiatives } from './ordinary-initiatives.ts';
import { ONE_PERSON_LINKS } from './professionals.ts';
import { themeId } from './themes.ts';

const HOUSING_CORPORATIONS = ['org_elan_wonen', 'org_pre_wonen', 'org_ymere'];

/**
 * Opbouwwerkers, welzijn, the gemeente, the fonds, the corporations and the
 * wijkraden support the ordinary initiatives; in the lonely opbouwwerker's
 * wijk (hole 5) she supports every one.
 */
export function supportOrdinaryInitiatives(network: NetworkBuilder, lonelyOpbouwwerker: string) {
  const rng = network.rng;
  const ordinary = ALL_WIJKEN.flatMap((w) => network.initiativesOfWijk.get(w)!.map((i) => [w, i] as const));
  for (const [wijk, initiative] of ordinary) {
    const recordedBy = network.recorderIn(wijk);
    const opbouwwerkers = network.opbouwwerkersOf.get(wijk) ?? [];
    if (wijk === LONELY_OPBOUWWERKER.wijk) network.joinInitiative('ONDERSTEUNT', lonelyOpbouwwerker, initiative, { source: 'inventarisatie', recordedBy: lonelyOpbouwwerker });
    else if (opbouwwerkers.length && rng.chance(0.7)) network.joinInitiative('ONDERSTEUNT', rng.pick(opbouwwerkers), initiative, { source: 'inventarisatie', recordedBy });
    if (rng.chance(0.5)) network.addTie('ONDERSTEUNT', rng.pick(['org_dock', 'org_haarlem_effect']), initiative, { source: 'inventarisatie', recordedBy });
    if (rng.chance(0.35)) network.addTie('SUBSIDIEERT', 'org_gemeente_mo', initiative, { source: 'import', recordedBy });
    const themes = network.themesOf.get(initiative)!;
    if ((themes.has(themeId('armoede')) || themes.has(themeId('schulden'))) && rng.chance(0.6)) network.addTie('SUBSIDIEERT', 'org_fonds_urgente_noden', initiative, { source: 'import', recordedBy });
    if (network.node(initiative).name.startsWith('Leefstraat')) {
      const corporation = HOUSING_CORPORATIONS.find((c) => network.wijkenOfOrganisation.get(c)!.has(wijkId(wijk)));
      if (corporation) network.addTie('SUBSIDIEERT', corporation, initiative, { source: 'import', recordedBy });
    }
    const wijkraad = `org_wijkraad_${wijk}`;
    if (network.nodeById.has(wijkraad) && rng.chance(0.4)) network.addTie('ONDERSTEUNT', wijkraad, initiative, { source: 'sneeuwbal', recordedBy });
  }
}

export function supportPilotInitiatives(network: NetworkBuilder, pilots: PilotInitiatives) {
  const supports = (organisation: string, initiative: string, source: 'inventarisatie' | 'sneeuwbal') => network.addTie('ONDERSTEUNT', organisation, initiative, { source });
  supports('org_dock', pilots.stopDeSchulden, 'inventarisatie');
  supports('org_humanitas', pilots.stopDeSchulden, 'inventarisatie');
  supports('org_stem_in_de_stad', pilots.stopDeSchulden, 'inventarisatie');
  supports('org_leger_des_heils', pilots.schuldenOffers[1], 'inventarisatie');
  supports('org_bakkerij_parkwijk', network.initiativesOfWijk.get(HEALTHY_WIJK)![0], 'sneeuwbal');
  supports('org_buurtsuper_meerwijk', network.initiativesOfWijk.get('meerwijk')![0], 'sneeuwbal');
}

/** [period, first day] of the quarters with referrals. */
const QUARTERS: [string, string][] = [
  ['2025-Q1', '2025-01-01'],
  ['2025-Q2', '2025-04-01'],
  ['2025-Q3', '2025-07-01'],
  ['2025-Q4', '2025-10-01'],
  ['2026-Q1', '2026-01-01'],
  ['2026-Q2', '2026-04-01'],
  ['2026-Q3', '2026-07-01'],
];

const REFERRAL_ORGANISATIONS = ['org_humanitas', 'org_buuv', 'org_kbo_pcob', 'org_gemeente_wi', 'org_mee_de_wering', 'org_fonds_urgente_noden', 'org_geloven_in_de_stad', 'org_ribw_kam', 'org_cjg'];

/** VERWIJST_NAAR in one to four quarters, one tie per quarter. */
function refer(network: NetworkBuilder, team: string, target: string) {
  const rng = network.rng;
  for (const [period, start] of rng.sample(QUARTERS, rng.int(1, 4))) {
    network.addTie('VERWIJST_NAAR', team, target, { period, count: rng.int(1, 24), startDate: start, source: 'import', recordedBy: team });
  }
}

export interface TeamLinks {
  /** Wijkteam id -> the members who support initiatives, for the ordinary teams. */
  linkingMembers: Map<string, string[]>;
  /** Wijkteam id -> the initiatives its one planted member supports, for the teams of holes 2 and 2b. */
  onePersonLinks: Map<string, string[]>;
}

/**
 * Every team refers to organisations. An ordinary team also refers to
 * initiatives and two or three members support some; the teams of holes 2
 * and 2b are linked only through their planted member.
 */
export function linkWijkteamsToInitiatives(network: NetworkBuilder, membersOf: Map<string, string[]>, pilots: PilotInitiatives): TeamLinks {
  const rng = network.rng;
  const pilotOf = new Map([
    [SINGLE_LINK.wijkteam, pilots.stopDeSchulden],
    [DEPARTURE.wijkteam, pilots.wijkfabriek],
  ]);
  const healthyTeam = network.wijkteamOf.get(HEALTHY_WIJK);
  const links: TeamLinks = { linkingMembers: new Map(), onePersonLinks: new Map() };
  for (const team of WIJKTEAMS) {
    const teamId = `wt_${team.key}`;
    for (const organisation of rng.sample(REFERRAL_ORGANISATIONS, rng.int(4, 6))) refer(network, teamId, organisation);
    const initiatives = team.wijken.flatMap((w) => network.initiativesOfWijk.get(w)!).filter((i) => !network.node(i).endDate);
    const planted = ONE_PERSON_LINKS.find((link) => link.wijkteam === team.key);
    if (planted) {
      links.onePersonLinks.set(teamId, linkThroughOnePerson(network, network.personId(planted.name), pilotOf.get(team.key)!, initiatives));
      continue;
    }
    for (const initiative of rng.sample(initiatives, rng.int(2, 4))) refer(network, teamId, initiative);
    const stayingMembers = membersOf.get(teamId)!.filter((m) => !network.node(m).endDate);
    const linking = rng.sample(stayingMembers, teamId === healthyTeam ? HEALTHY_TEAM_LINKING_MEMBERS : rng.int(2, 3));
    for (const member of linking) for (const initiative of rng.sample(initiatives, rng.int(1, 2))) network.joinInitiative('ONDERSTEUNT', member, initiative, { source: 'inventarisatie', recordedBy: member });
    links.linkingMembers.set(teamId, linking);
  }
  return links;
}
