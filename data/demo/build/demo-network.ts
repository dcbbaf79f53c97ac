/**
 * Builds the Haarlem demo network: a seeded, deterministic wijknetwerk with
 * real geography and organisations, invented persons, a two-year history and a
 * set of deliberately planted "gaten" (holes) that the analysis must find.
 * `index.ts` beside it writes the result to JSON; see data/demo/README.md.
 *
 * The steps run in a fixed order: each draws from the one seeded random
 * generator, so moving a step changes the whole demo.
 */
import type { NetworkData } from '../../../server/model/index.ts';
import type { DemoHoles } from '../../../server/services/demo/load-demo.ts';
import { DEMO_STALE_BEFORE, DEMO_TODAY } from './calendar.ts';
import { checkNetwork } from './check-network.ts';
import { addAreas } from './city/areas.ts';
import { addOrdinaryInitiatives, addPilotInitiatives } from './city/ordinary-initiatives.ts';
import { addFormalOrganisationTies, addOrganisations } from './city/organisations.ts';
import { addPlaces } from './city/places.ts';
import {
  addAreaProfessionals,
  addGebiedsverbinders,
  addOpbouwwerkers,
  addWijkteamMembers,
  careProfessionalsKnowClients,
  opbouwwerkersKnowTheirWijk,
  professionalsKnowEachOther,
  type Professionals,
} from './city/professionals.ts';
import {
  everyResidentHasTwoSocialTies,
  fadeSomeKentTies,
  initiativesThatShareBuurtAndThemeHaveMet,
  organisationsThatShareWijkAndThemeWorkTogether,
} from './city/repairs.ts';
import { addResidents, addSleutelfiguren, residentsKnowEachOther } from './city/residents.ts';
import { linkWijkteamsToInitiatives, supportOrdinaryInitiatives, supportPilotInitiatives } from './city/support.ts';
import { addThemes } from './city/themes.ts';
import { addWijkteams } from './city/wijkteams.ts';
import { addClosedGroup, closedGroupManifest } from './holes/closed-group.ts';
import { DEPARTURE, SUCCESSOR, addSuccessor, departureManifest } from './holes/departure.ts';
import { DUPLICATED_ORGANISATIONS, duplicationManifest } from './holes/duplication.ts';
import { checkHealthyWijkOffersEveryTheme, healthyWijkManifest } from './holes/healthy-wijk.ts';
import { addIsolatedCluster, isolatedClusterManifest } from './holes/isolated-cluster.ts';
import { addIsolatedResidents, isolatedResidentsManifest } from './holes/isolated-residents.ts';
import { addCollectiviseren, addIntroductionPair, collectiviserenManifest, introductionManifest } from './holes/missed-chances.ts';
import { noOpbouwwerkerManifest, noSleutelfiguurManifest } from './holes/no-opbouwwerker.ts';
import {
  LONELY_OPBOUWWERKER,
  OVERLOADED_VOLUNTEERS,
  addLonelyOpbouwwerker,
  addOverloadedVolunteers,
  lonelyOpbouwwerkerKnowsHalfTheWijk,
  lonelyOpbouwwerkerManifest,
  overloadedVolunteersCarryInitiatives,
  overloadedVolunteersKnowMany,
  overloadedVolunteersManifest,
} from './holes/overload.ts';
import { SINGLE_LINK, singlePersonLinkManifest } from './holes/single-person-link.ts';
import { makeTiesStale } from './holes/stale-ties.ts';
import { themeGapManifest } from './holes/theme-gap.ts';
import { NetworkBuilder } from './network-builder.ts';

export interface DemoBuild {
  data: NetworkData;
  holes: DemoHoles;
}

/** Names of the planted persons, reserved so random names never take them. */
const PLANTED_NAMES = [SINGLE_LINK.name, DEPARTURE.name, SUCCESSOR.name, LONELY_OPBOUWWERKER.name, ...OVERLOADED_VOLUNTEERS.map(([name]) => name)];

const CONVENTIONS = [
  'Active on day D: startDate <= D and (no endDate or endDate > D); endDate is the first day it no longer counts.',
  'Residents WOONT_IN a buurt; professionals ACTIEF_IN wijken; organisations and wijkteams WERKT_IN wijken; initiatives WERKT_IN one buurt; plekken LIGT_IN a buurt.',
  'Offer for (wijk, theme): an organisation WERKT_IN the wijk, or an initiative WERKT_IN one of its buurten, that RICHT_ZICH_OP the theme.',
  'Social ties: all ties except the CONTEXT_TIES (WOONT_IN, ACTIEF_IN, WERKT_IN, LIGT_IN, RICHT_ZICH_OP, VINDT_PLAATS_IN, BEHEERT).',
];

export function buildDemoNetwork(): DemoBuild {
  const network = new NetworkBuilder();
  for (const name of PLANTED_NAMES) network.reserveName(name);

  // the city's structure
  addAreas(network);
  addThemes(network);
  const schoolOf = addOrganisations(network);
  addPlaces(network, schoolOf);
  addFormalOrganisationTies(network);
  addWijkteams(network);

  // professionals
  const gebiedsverbinders = addGebiedsverbinders(network);
  addOpbouwwerkers(network);
  const lonelyOpbouwwerker = addLonelyOpbouwwerker(network);
  const areaProfessionals = addAreaProfessionals(network);
  const membersOf = addWijkteamMembers(network);
  addSuccessor(network, membersOf);
  const professionals: Professionals = { gebiedsverbinders, membersOf, ...areaProfessionals };
  professionalsKnowEachOther(network, professionals);

  // residents
  addResidents(network);
  const overloaded = addOverloadedVolunteers(network);
  residentsKnowEachOther(network);
  addSleutelfiguren(network, overloaded);
  overloadedVolunteersKnowMany(network, overloaded);
  opbouwwerkersKnowTheirWijk(network, lonelyOpbouwwerker);
  lonelyOpbouwwerkerKnowsHalfTheWijk(network, lonelyOpbouwwerker);
  careProfessionalsKnowClients(network, professionals);

  // initiatives
  addOrdinaryInitiatives(network, overloaded);
  const pilots = addPilotInitiatives(network, overloaded);
  const introductionPair = addIntroductionPair(network);
  supportOrdinaryInitiatives(network, lonelyOpbouwwerker);
  supportPilotInitiatives(network, pilots);
  overloadedVolunteersCarryInitiatives(network, overloaded);
  const teamLinks = linkWijkteamsToInitiatives(network, membersOf, pilots);

  // the sealed planted groups
  const cluster = addIsolatedCluster(network);
  const closedGroup = addClosedGroup(network);
  const isolated = addIsolatedResidents(network, professionals);
  const collectiviserenActivities = pilots.schuldenOffers.slice(0, 5);
  const collectiviseren = addCollectiviseren(network, collectiviserenActivities);

  // consistency of the ordinary city, then history
  initiativesThatShareBuurtAndThemeHaveMet(network, introductionPair, [...cluster.initiatives, closedGroup.initiative]);
  checkHealthyWijkOffersEveryTheme(network);
  organisationsThatShareWijkAndThemeWorkTogether(network, DUPLICATED_ORGANISATIONS);
  everyResidentHasTwoSocialTies(network);
  fadeSomeKentTies(network, new Set([...closedGroup.outsideTies, ...isolated.onlyOneProfessional.map((x) => x.tie)]));
  const staleTies = makeTiesStale(network);

  const data: NetworkData = { nodes: network.nodes, ties: network.ties };
  const errors = checkNetwork(data);
  if (errors.length) throw new Error(`demo ongeldig:\n${errors.slice(0, 20).join('\n')}`);

  const holes: DemoHoles = {
    today: DEMO_TODAY,
    staleBefore: DEMO_STALE_BEFORE,
    conventions: CONVENTIONS,
    healthy: healthyWijkManifest(network, teamLinks.linkingMembers),
    noOpbouwwerker: noOpbouwwerkerManifest(network),
    noSleutelfiguur: noSleutelfiguurManifest(),
    singlePersonLink: singlePersonLinkManifest(network, membersOf, teamLinks.onePersonLinks),
    departure: departureManifest(network, teamLinks.onePersonLinks),
    duplication: duplicationManifest(),
    isolatedCluster: isolatedClusterManifest(network, cluster),
    overloadedVolunteers: overloadedVolunteersManifest(overloaded),
    lonelyOpbouwwerker: lonelyOpbouwwerkerManifest(network, lonelyOpbouwwerker),
    themeGap: themeGapManifest(),
    staleTies,
    isolatedResidents: isolatedResidentsManifest(isolated),
    introduction: introductionManifest(network, introductionPair),
    collectiviseren: collectiviserenManifest(network, collectiviseren, collectiviserenActivities),
    closedGroup: closedGroupManifest(network, closedGroup),
  };
  return { data, holes };
}
