/**
 * The professionals: gebiedsverbinders, opbouwwerkers, buurtcoaches,
 * wijkagenten, sociaal makelaars, huisartsen and the wijkteams' members, and
 * how they know each other.
 */
import { DEMO_START, FIRST_DAY, TODAY, toIso } from '../calendar.ts';
import { DEPARTURE, SUCCESSOR } from '../holes/departure.ts';
import { NO_OPBOUWWERKER_WIJK } from '../holes/no-opbouwwerker.ts';
import { LONELY_OPBOUWWERKER } from '../holes/overload.ts';
import { SINGLE_LINK, type OnePersonLink } from '../holes/single-person-link.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { ALL_WIJKEN, GEBIEDSVERBINDER_AREAS, STADSDELEN, WIJKTEAMS, wijkKeyOf, wijkenIn } from './geography.ts';
import { addWijkteamMember } from './wijkteams.ts';

export interface Professionals {
  gebiedsverbinders: string[];
  /** Wijkteam id -> its members, the planted one first. */
  membersOf: Map<string, string[]>;
  /** Wijkteam id -> the buurtcoach working in its wijken. */
  buurtcoachOf: Map<string, string>;
  /** Wijkteam id -> the wijkagent of its wijken. */
  wijkagentOf: Map<string, string>;
  huisartsen: string[];
}

/** One gebiedsverbinder per area; each records what happens in the area's wijken. */
export function addGebiedsverbinders(network: NetworkBuilder): string[] {
  return GEBIEDSVERBINDER_AREAS.map((area, i) => {
    const person = network.addPerson({ roles: ['gebiedsverbinder'], professional: true });
    network.addWerktBij(person, i % 2 === 0 ? 'org_dock' : 'org_haarlem_effect');
    network.addActiefIn(person, area);
    for (const wijk of area) network.gebiedsverbinderOf.set(wijk, person);
    return person;
  });
}

/** Two per wijk, each covering two neighbouring wijken; none in the wijk of hole 1, and the lonely one's wijk (hole 5) left to her. */
export function addOpbouwwerkers(network: NetworkBuilder) {
  const covered = ALL_WIJKEN.filter((w) => w !== NO_OPBOUWWERKER_WIJK && w !== LONELY_OPBOUWWERKER.wijk);
  covered.forEach((wijk, i) => {
    const person = network.addPerson({ roles: ['opbouwwerker'], professional: true });
    network.addWerktBij(person, i % 3 === 2 ? 'org_haarlem_effect' : 'org_dock');
    const area = [wijk, covered[(i + 1) % covered.length]];
    network.addActiefIn(person, area);
    for (const w of area) network.opbouwwerkersOf.set(w, [...(network.opbouwwerkersOf.get(w) ?? []), person]);
  });
}

/** A buurtcoach and a wijkagent in the wijken of each wijkteam, a sociaal makelaar per stadsdeel and three huisartsen. */
export function addAreaProfessionals(network: NetworkBuilder): Pick<Professionals, 'buurtcoachOf' | 'wijkagentOf' | 'huisartsen'> {
  const buurtcoachOf = new Map<string, string>();
  const wijkagentOf = new Map<string, string>();
  for (const team of WIJKTEAMS) {
    const buurtcoach = network.addPerson({ roles: ['buurtcoach'], professional: true });
    network.addWerktBij(buurtcoach, 'org_haarlem_effect');
    network.addActiefIn(buurtcoach, team.wijken);
    buurtcoachOf.set(`wt_${team.key}`, buurtcoach);
    const wijkagent = network.addPerson({ roles: ['wijkagent'], professional: true });
    network.addActiefIn(wijkagent, team.wijken);
    wijkagentOf.set(`wt_${team.key}`, wijkagent);
  }
  for (const stadsdeel of STADSDELEN) {
    const makelaar = network.addPerson({ roles: ['sociaal_makelaar'], professional: true });
    network.addWerktBij(makelaar, 'org_dock');
    network.addActiefIn(makelaar, wijkenIn(stadsdeel.key));
  }
  const huisartsen = ['org_huisartsen_schalkwijk', 'org_huisartsen_parkwijk', 'org_huisartsen_noord'].map((practice) => {
    const huisarts = network.addPerson({ roles: ['huisarts'], professional: true });
    network.addWerktBij(huisarts, practice);
    network.addActiefIn(huisarts, [...network.wijkenOfOrganisation.get(practice)!].map(wijkKeyOf));
    return huisarts;
  });
  return { buurtcoachOf, wijkagentOf, huisartsen };
}

/** The members' moederorganisaties, in turn (twee-benenprincipe). */
const MOEDER_ROTATION = ['org_dock', 'org_haarlem_effect', 'org_zorgbalans', 'org_kennemerhart', 'org_ribw_kam', 'org_mee_de_wering', 'org_leger_des_heils', 'org_cjg', 'org_gemeente_mo', 'org_gemeente_wi', 'org_gemeente_smsr'];

/** The first members of two teams are planted (holes 2 and 2b). */
export const ONE_PERSON_LINKS: OnePersonLink[] = [SINGLE_LINK, DEPARTURE];

/** Seven members per team, nine in teams of four wijken or more; some join later. Returns them per wijkteam id. */
export function addWijkteamMembers(network: NetworkBuilder): Map<string, string[]> {
  const rng = network.rng;
  const membersOf = new Map<string, string[]>();
  let rotation = 0;
  for (const team of WIJKTEAMS) {
    const members: string[] = [];
    const size = 6 + (team.wijken.length >= 4 ? 2 : 1);
    const planted = ONE_PERSON_LINKS.find((link) => link.wijkteam === team.key);
    for (let i = 0; i < size; i++) {
      if (planted && i === 0) {
        members.push(addWijkteamMember(network, team, { name: planted.name, end: planted.leaves }, planted.organisation));
        continue;
      }
      let start = DEMO_START;
      if (rng.chance(0.15)) start = toIso(rng.int(FIRST_DAY + 60, TODAY - 120));
      members.push(addWijkteamMember(network, team, { start }, MOEDER_ROTATION[rotation++ % MOEDER_ROTATION.length]));
    }
    membersOf.set(`wt_${team.key}`, members);
  }
  return membersOf;
}

/** Colleagues in a team know each other; the professionals of a wijk know its gebiedsverbinder; the gebiedsverbinders know their neighbours. */
export function professionalsKnowEachOther(network: NetworkBuilder, professionals: Professionals) {
  const rng = network.rng;
  for (const [, members] of professionals.membersOf) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) network.addKent(members[i], members[j], { strength: rng.int(3, 4), source: 'inventarisatie', recordedBy: members[0] });
    }
  }
  // the gebiedsverbinder has not met the member who leaves (hole 2b) nor her successor
  const leaving = new Set([network.personId(DEPARTURE.name), network.personId(SUCCESSOR.name)]);
  for (const wijk of ALL_WIJKEN) {
    const gebiedsverbinder = network.gebiedsverbinderOf.get(wijk)!;
    for (const opbouwwerker of network.opbouwwerkersOf.get(wijk) ?? []) network.addKent(gebiedsverbinder, opbouwwerker, { strength: 4, source: 'inventarisatie', recordedBy: gebiedsverbinder });
    const team = network.wijkteamOf.get(wijk)!;
    for (const member of rng.sample(professionals.membersOf.get(team)!.filter((m) => !leaving.has(m)), 2)) {
      network.addKent(gebiedsverbinder, member, { strength: 3, source: 'inventarisatie', recordedBy: gebiedsverbinder });
    }
    network.addKent(gebiedsverbinder, professionals.buurtcoachOf.get(team)!, { strength: 3, source: 'inventarisatie', recordedBy: gebiedsverbinder });
  }
  const ring = professionals.gebiedsverbinders;
  for (let i = 0; i < ring.length; i++) network.addKent(ring[i], ring[(i + 1) % ring.length], { strength: 4, source: 'inventarisatie' });
}

/**
 * Professionals know residents: opbouwwerkers and gebiedsverbinders know the
 * sleutelfiguren and others (snowball), except the lonely opbouwwerker, who
 * has her own step (hole 5).
 */
export function opbouwwerkersKnowTheirWijk(network: NetworkBuilder, lonelyOpbouwwerker: string) {
  const rng = network.rng;
  for (const wijk of ALL_WIJKEN) {
    for (const opbouwwerker of network.opbouwwerkersOf.get(wijk) ?? []) {
      if (opbouwwerker === lonelyOpbouwwerker) continue;
      for (const s of network.sleutelfigurenOf.get(wijk)!) network.addKent(opbouwwerker, s, { strength: rng.int(3, 5), source: 'sneeuwbal', recordedBy: opbouwwerker });
      for (const r of rng.sample(network.availableResidentsOfWijk(wijk), rng.int(3, 7))) network.addKent(opbouwwerker, r, { source: 'sneeuwbal', recordedBy: opbouwwerker });
    }
    const gebiedsverbinder = network.gebiedsverbinderOf.get(wijk)!;
    for (const s of network.sleutelfigurenOf.get(wijk)!) network.addKent(gebiedsverbinder, s, { strength: rng.int(3, 4), source: 'sneeuwbal', recordedBy: gebiedsverbinder });
  }
}

/** Wijkteam members, buurtcoaches and huisartsen know clients (intake); wijkagenten know a sleutelfiguur. */
export function careProfessionalsKnowClients(network: NetworkBuilder, professionals: Professionals) {
  const rng = network.rng;
  const residentsOf = (wijken: readonly string[]) => wijken.flatMap((w) => network.availableResidentsOfWijk(w));
  for (const team of WIJKTEAMS) {
    const teamId = `wt_${team.key}`;
    for (const member of professionals.membersOf.get(teamId)!) {
      const clients = rng.sample(residentsOf(team.wijken), rng.int(3, 7));
      for (const client of clients) network.addKent(member, client, { source: 'intake', strength: rng.int(2, 3), recordedBy: member });
    }
    const buurtcoach = professionals.buurtcoachOf.get(teamId)!;
    for (const client of rng.sample(residentsOf(team.wijken), rng.int(5, 10))) network.addKent(buurtcoach, client, { source: 'intake', recordedBy: buurtcoach });
    const wijkagent = professionals.wijkagentOf.get(teamId)!;
    for (const wijk of team.wijken) {
      for (const s of network.sleutelfigurenOf.get(wijk)!.slice(0, 1)) network.addKent(wijkagent, s, { source: 'sneeuwbal', recordedBy: network.gebiedsverbinderOf.get(wijk) });
    }
  }
  for (const huisarts of professionals.huisartsen) {
    const area = network.ties.filter((t) => t.type === 'ACTIEF_IN' && t.from === huisarts).map((t) => wijkKeyOf(t.to));
    for (const client of rng.sample(residentsOf(area), 4)) network.addKent(huisarts, client, { source: 'intake', recordedBy: huisarts });
  }
}
