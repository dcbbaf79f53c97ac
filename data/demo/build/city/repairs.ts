/**
 * Passes over the finished network that make the ordinary city consistent,
 * so that only the planted holes stand out: initiatives that share a buurt
 * and a theme have met, organisations that share a wijk and a theme work
 * together, every resident has two social ties; then a few KENT ties fade.
 */
import { PROFESSIONAL_ROLES, kindOfNodeId } from '../../../../server/model/index.ts';
import { FIRST_DAY, STALE_BEFORE_DAY, TODAY, activeOnDay, toDay, toIso } from '../calendar.ts';
import { HEALTHY_WIJK } from '../holes/healthy-wijk.ts';
import type { NetworkBuilder } from '../network-builder.ts';

const PROFESSIONAL = new Set<string>(PROFESSIONAL_ROLES);

const sharesAny = <T>(a: Set<T>, b: Set<T>) => [...b].some((x) => a.has(x));

/**
 * Today every two active initiatives in one buurt with a common theme share
 * an active person, except the introduction pair (hole 9a) and the
 * initiatives of the sealed groups (holes 4 and 10).
 */
export function initiativesThatShareBuurtAndThemeHaveMet(network: NetworkBuilder, introductionPair: string[], sealedInitiatives: string[]) {
  const rng = network.rng;
  const introduction = new Set(introductionPair);
  const sealed = new Set(sealedInitiatives);
  const activePeople = new Map<string, Set<string>>();
  const addActive = (initiative: string, person: string) => {
    if (!activePeople.has(initiative)) activePeople.set(initiative, new Set());
    activePeople.get(initiative)!.add(person);
  };
  for (const t of network.ties) {
    if (kindOfNodeId(t.to) === 'initiatief' && kindOfNodeId(t.from) === 'persoon' && activeOnDay(t, TODAY)) addActive(t.to, t.from);
  }
  const people = (initiative: string) => activePeople.get(initiative) ?? new Set<string>();
  const canShare = (p: string) => !network.reservedPersons.has(p) && activeOnDay(network.node(p), TODAY) && !network.rolesOf(p).some((r) => PROFESSIONAL.has(r));
  /** One of `from`'s people joins `target`. */
  const share = (from: Set<string>, target: string): boolean => {
    for (const p of rng.shuffle([...from].filter(canShare))) {
      if (network.joinInitiative('DEELNEMER_AAN', p, target, { source: 'sneeuwbal', startDate: toIso(TODAY - rng.int(30, 500)) })) {
        addActive(target, p);
        return true;
      }
    }
    return false;
  };
  const live = network.nodes.filter((n) => n.kind === 'initiatief' && activeOnDay(n, TODAY)).map((n) => n.id);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const a = live[i];
      const b = live[j];
      if (network.buurtOfInitiative.get(a) !== network.buurtOfInitiative.get(b)) continue;
      if (introduction.has(a) && introduction.has(b)) continue;
      if (sealed.has(a) && sealed.has(b)) continue;
      if (!sharesAny(network.themesOf.get(a)!, network.themesOf.get(b)!)) continue;
      if (sharesAny(people(b), people(a))) continue;
      if (sealed.has(a) || sealed.has(b) || introduction.has(a) || introduction.has(b)) throw new Error(`gereserveerde buurt heeft een ander initiatief: ${a} ${b}`);
      if (!share(people(a), b) && !share(people(b), a)) throw new Error(`kon ${a} en ${b} niet verbinden`);
    }
  }
}

/** Organisations that work in one wijk on one theme have a tie, except the duplicated pair (hole 3). */
export function organisationsThatShareWijkAndThemeWorkTogether(network: NetworkBuilder, duplicated: string[]) {
  const rng = network.rng;
  const pairKey = (a: string, b: string) => [a, b].sort().join('|');
  const tied = new Set<string>();
  for (const t of network.ties) if (kindOfNodeId(t.from) === 'organisatie' && kindOfNodeId(t.to) === 'organisatie') tied.add(pairKey(t.from, t.to));
  const organisations = network.nodes.filter((n) => n.kind === 'organisatie').map((n) => n.id);
  for (let i = 0; i < organisations.length; i++) {
    for (let j = i + 1; j < organisations.length; j++) {
      const a = organisations[i];
      const b = organisations[j];
      if (duplicated.includes(a) && duplicated.includes(b)) continue;
      if (tied.has(pairKey(a, b))) continue;
      if (!sharesAny(network.wijkenOfOrganisation.get(a)!, network.wijkenOfOrganisation.get(b)!)) continue;
      if (!sharesAny(network.themesOf.get(a)!, network.themesOf.get(b)!)) continue;
      network.addTie('WERKT_SAMEN_MET', a, b, { source: 'inventarisatie', startDate: toIso(FIRST_DAY + rng.int(0, 200)) });
      tied.add(pairKey(a, b));
    }
  }
}

/** Every ordinary, active resident has at least two social ties today. */
export function everyResidentHasTwoSocialTies(network: NetworkBuilder) {
  const rng = network.rng;
  for (const [buurt, residents] of network.residentsOfBuurt) {
    for (const person of residents) {
      if (network.reservedPersons.has(person) || !activeOnDay(network.node(person), TODAY)) continue;
      let attempts = 0;
      while (network.socialDegreeToday(person) < 2 && attempts++ < 10) {
        const neighbours = network.availableResidents(buurt).filter((x) => x !== person);
        network.addKent(person, rng.pick(neighbours), {
          source: 'sneeuwbal',
          recordedBy: network.recorderIn(network.wijkOfBuurt.get(buurt)!),
          startDate: toIso(Math.max(toDay(network.startOf(person)), FIRST_DAY + rng.int(0, 300))),
        });
      }
    }
  }
}

/**
 * A few KENT ties end between 2025-12 and 2026-10: never in the healthy wijk
 * (hole 0), of planted persons, wijkteam members or opbouwwerkers, or ties in
 * `keepActive`; and only where both ends keep two social ties.
 */
export function fadeSomeKentTies(network: NetworkBuilder, keepActive: Set<string>) {
  const rng = network.rng;
  const healthyResidents = new Set(network.buurtenOfWijk.get(HEALTHY_WIJK)!.flatMap((b) => network.residentsOfBuurt.get(b)!));
  const isKeyProfessional = (p: string) => network.rolesOf(p).includes('wijkteamlid') || network.rolesOf(p).includes('opbouwwerker');
  for (const t of network.ties) {
    if (t.type !== 'KENT' || t.endDate || keepActive.has(t.id)) continue;
    if (healthyResidents.has(t.from) || healthyResidents.has(t.to)) continue;
    if (network.reservedPersons.has(t.from) || network.reservedPersons.has(t.to)) continue;
    if ([t.from, t.to].some(isKeyProfessional)) continue;
    if (!rng.chance(0.035)) continue;
    const earliest = Math.max(toDay(t.startDate!) + 30, toDay('2025-12-01'));
    if (earliest > TODAY - 2) continue;
    if (network.socialDegreeToday(t.from) < 3 || network.socialDegreeToday(t.to) < 3) continue;
    const end = rng.int(earliest, TODAY - 2);
    t.endDate = toIso(end);
    if (t.lastContact && toDay(t.lastContact) > end) t.lastContact = toIso(rng.int(Math.max(toDay(t.startDate!), STALE_BEFORE_DAY), end));
  }
}
