/**
 * The network under construction: its nodes and ties, the one seeded random
 * generator, and the indexes the build steps look things up in. Adding a tie
 * goes through `addTie`, which enforces the demo's rules for dates,
 * provenance and consent.
 */
import { CONTEXT_TIES, isPersonalTie, type ConsentBasis, type GraphNode, type GraphTie, type NodeKind, type PersonRole, type TieType } from '../../../server/model/index.ts';
import { FIRST_NAMES, LAST_NAMES, slug } from '../../../server/services/demo/names.ts';
import { Rng } from '../../../server/services/generate/prng.ts';
import { DEMO_START, FIRST_DAY, STALE_BEFORE_DAY, TODAY, activeOnDay, toDay, toIso } from './calendar.ts';
import { wijkId } from './city/geography.ts';

const DEMO_SEED = 392;

export type TieProps = Partial<Omit<GraphTie, 'id' | 'type' | 'from' | 'to'>>;

type PersonInitiativeTie = 'TREKKER_VAN' | 'DEELNEMER_AAN' | 'VRIJWILLIGER_BIJ' | 'ONDERSTEUNT';

export interface PersonSpec {
  /** A planted person's name; without it a random, unused name is drawn. */
  name?: string;
  roles: PersonRole[];
  start?: string;
  end?: string;
  consent?: ConsentBasis;
  professional?: boolean;
}

export interface PlaceEntry {
  id: string;
  type: string;
  buurt: string;
}

const DEFAULT_RECORDER = 'Gemeente Haarlem, team MO';
const SYMMETRIC_TIES = new Set<TieType>(['KENT', 'WERKT_SAMEN_MET', 'LID_VAN_CONSORTIUM']);
const RESIDENT_ROLES = new Set<PersonRole>(['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger']);

export class NetworkBuilder {
  readonly rng = new Rng(DEMO_SEED);
  readonly nodes: GraphNode[] = [];
  readonly nodeById = new Map<string, GraphNode>();
  readonly ties: GraphTie[] = [];
  private readonly tieCountByType = new Map<TieType, number>();
  private readonly tieKeys = new Set<string>();
  private readonly takenNameSlugs = new Set<string>();
  /** Person ids are opaque numbers, so that an id never reveals a name (ids are shown to analysts). */
  private personCount = 0;
  private readonly personIdByName = new Map<string, string>();

  /** Persons that random picks must never touch (planted holes). */
  readonly reservedPersons = new Set<string>();
  /** Ordinary residents per buurt id. */
  readonly residentsOfBuurt = new Map<string, string[]>();
  /** Person id -> buurt id. */
  readonly buurtOfResident = new Map<string, string>();
  /** Buurt id -> wijk key. */
  readonly wijkOfBuurt = new Map<string, string>();
  /** Wijk key -> buurt ids. */
  readonly buurtenOfWijk = new Map<string, string[]>();
  /** Wijk key -> the id of the wijkteam that works there. */
  readonly wijkteamOf = new Map<string, string>();
  /** Wijk key -> its gebiedsverbinder, who records most of what happens there. */
  readonly gebiedsverbinderOf = new Map<string, string>();
  /** Wijk key -> person ids. */
  readonly sleutelfigurenOf = new Map<string, string[]>();
  /** Wijk key -> person ids. */
  readonly opbouwwerkersOf = new Map<string, string[]>();
  readonly placesOfWijk = new Map<string, PlaceEntry[]>();
  /** Wijk key -> its ordinary initiatives (not the sealed planted ones). */
  readonly initiativesOfWijk = new Map<string, string[]>();
  readonly buurtOfInitiative = new Map<string, string>();
  readonly peopleOfInitiative = new Map<string, Set<string>>();
  /** Organisation or initiative id -> theme ids. */
  readonly themesOf = new Map<string, Set<string>>();
  /** Organisation id -> wijk ids. */
  readonly wijkenOfOrganisation = new Map<string, Set<string>>();

  /** Keeps random names from taking a planted person's name. */
  reserveName(name: string) {
    this.takenNameSlugs.add(slug(name));
  }

  addNode(kind: NodeKind, id: string, name: string, fields: Record<string, unknown> = {}): GraphNode {
    if (this.nodeById.has(id)) throw new Error(`dubbele id ${id}`);
    const node = { id, kind, name, ...fields } as GraphNode;
    this.nodes.push(node);
    this.nodeById.set(id, node);
    return node;
  }

  node(id: string): GraphNode {
    return this.nodeById.get(id)!;
  }

  startOf(id: string): string {
    return this.node(id).startDate as string;
  }

  /** The gebied id of a buurt, by name; throws for a buurt the geography does not have. */
  buurtId(name: string): string {
    const id = `geb_bu_${slug(name)}`;
    if (!this.nodeById.has(id)) throw new Error(`onbekende buurt ${name}`);
    return id;
  }

  /** Who records what happens in a wijk: its gebiedsverbinder. */
  recorderIn(wijk: string): string | undefined {
    return this.gebiedsverbinderOf.get(wijk);
  }

  // ------------------------------------------------------------ persons

  personId(name: string): string {
    const id = this.personIdByName.get(name);
    if (!id) throw new Error(`demo: no person named ${name}`);
    return id;
  }

  private drawPersonName(): [string, string] {
    for (;;) {
      const first = this.rng.pick(FIRST_NAMES);
      const last = this.rng.pick(LAST_NAMES);
      const nameSlug = slug(`${first} ${last}`);
      if (!this.takenNameSlugs.has(nameSlug)) {
        this.takenNameSlugs.add(nameSlug);
        return [first, last];
      }
    }
  }

  addPerson(spec: PersonSpec): string {
    let name: string;
    if (spec.name) {
      name = spec.name;
      this.takenNameSlugs.add(slug(name));
    } else {
      name = this.drawPersonName().join(' ');
    }
    const id = `per_${String(++this.personCount).padStart(4, '0')}`;
    this.personIdByName.set(name, id);
    const consent: ConsentBasis =
      spec.consent ?? (spec.professional ? 'gerechtvaardigd_belang' : this.rng.weighted<ConsentBasis>(['toestemming', 'gerechtvaardigd_belang', 'geen'], [76, 20, 4]));
    const start = spec.start ?? DEMO_START;
    const fields: Record<string, unknown> = { roles: [...spec.roles], startDate: start, consentBasis: consent };
    if (spec.end) fields.endDate = spec.end;
    if (consent !== 'geen') {
      fields.consentDate = toIso(Math.min(TODAY - 1, toDay(start) + this.rng.int(0, 21)));
      fields.consentPurpose = spec.professional ? 'professioneel netwerk in de sociale basis' : 'verbinden en ondersteunen in de wijk';
    }
    this.addNode('persoon', id, name, fields);
    return id;
  }

  /** A resident moves into a buurt: WOONT_IN, and the indexes of residents. */
  addResidence(person: string, buurt: string, props: TieProps) {
    this.addTie('WOONT_IN', person, buurt, props);
    this.residentsOfBuurt.get(buurt)!.push(person);
    this.buurtOfResident.set(person, buurt);
  }

  wijkOfResident(person: string): string {
    return this.wijkOfBuurt.get(this.buurtOfResident.get(person)!)!;
  }

  addWerktBij(person: string, organisation: string) {
    this.addTie('WERKT_BIJ', person, organisation, { startDate: this.startOf(person), source: 'import' });
  }

  addActiefIn(person: string, wijken: readonly string[]) {
    for (const wijk of wijken) this.addTie('ACTIEF_IN', person, wijkId(wijk), { startDate: this.startOf(person), source: 'import' });
  }

  /** The persons with a role ACTIEF_IN a wijk, sorted. */
  personsActiefIn(wijk: string, role: PersonRole): string[] {
    return this.ties
      .filter((t) => t.type === 'ACTIEF_IN' && t.to === wijkId(wijk) && this.rolesOf(t.from).includes(role))
      .map((t) => t.from)
      .sort();
  }

  addRole(id: string, role: PersonRole) {
    const roles = this.node(id).roles as PersonRole[];
    if (!roles.includes(role)) roles.push(role);
  }

  rolesOf(id: string): PersonRole[] {
    return (this.nodeById.get(id)?.roles as PersonRole[] | undefined) ?? [];
  }

  // ------------------------------------------------------------ ties

  private drawTieStart(): number {
    return this.rng.chance(0.55) ? FIRST_DAY + this.rng.int(0, 45) : this.rng.int(FIRST_DAY, TODAY - 20);
  }

  private tieKey(type: TieType, from: string, to: string, period?: string): string {
    const key = SYMMETRIC_TIES.has(type) && from > to ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
    return period ? `${key}|${period}` : key;
  }

  /** Adds a tie unless it exists already or the endpoints never overlap in time. Returns its id. */
  addTie(type: TieType, from: string, to: string, props: TieProps = {}): string | undefined {
    if (from === to) return undefined;
    const key = this.tieKey(type, from, to, props.period);
    if (this.tieKeys.has(key)) return undefined;
    const a = this.nodeById.get(from);
    const b = this.nodeById.get(to);
    if (!a || !b) throw new Error(`onbekend eindpunt ${from} of ${to}`);
    const bothExist = Math.max(toDay((a.startDate as string | undefined) ?? DEMO_START), toDay((b.startDate as string | undefined) ?? DEMO_START));
    let firstEnd = Infinity;
    for (const n of [a, b]) if (typeof n.endDate === 'string') firstEnd = Math.min(firstEnd, toDay(n.endDate));
    if (bothExist > firstEnd) return undefined;
    let start = props.startDate ? toDay(props.startDate) : this.drawTieStart();
    start = Math.min(Math.max(start, bothExist), TODAY - 1);
    let end = props.endDate ? toDay(props.endDate) : undefined;
    if (firstEnd < Infinity) end = end === undefined ? firstEnd : Math.min(end, firstEnd);
    // an explicit end before both endpoints exist is dropped
    if (end !== undefined && end < bothExist) end = firstEnd < Infinity ? firstEnd : undefined;
    if (end !== undefined && start > end) start = bothExist + this.rng.int(0, end - bothExist);
    this.tieKeys.add(key);

    const count = (this.tieCountByType.get(type) ?? 0) + 1;
    this.tieCountByType.set(type, count);
    const id = `${type.toLowerCase()}.${String(count).padStart(4, '0')}`;
    const tie: GraphTie = { id, type, from, to, source: props.source ?? this.defaultSource(type) };
    if (type === 'KENT') {
      const strength = props.strength ?? this.rng.weighted([1, 2, 3, 4, 5], [10, 30, 30, 20, 10]);
      tie.strength = strength;
      tie.trust = props.trust ?? Math.min(5, Math.max(1, strength + this.rng.int(-1, 1)));
      if (props.lastContact) tie.lastContact = props.lastContact;
      else {
        const earliest = Math.max(start, STALE_BEFORE_DAY);
        const latest = end ?? TODAY - 1;
        if (earliest <= latest) tie.lastContact = toIso(this.rng.int(earliest, latest));
      }
    } else {
      if (props.strength !== undefined) tie.strength = props.strength;
      if (props.trust !== undefined) tie.trust = props.trust;
    }
    tie.startDate = toIso(start);
    if (end !== undefined) tie.endDate = toIso(end);
    tie.recordedBy = props.recordedBy ?? DEFAULT_RECORDER;
    const recordedDay = Math.min(TODAY - 1, start + this.rng.int(0, 14));
    tie.recordedAt = `${toIso(recordedDay)}T${String(this.rng.int(8, 17)).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    if (a.kind === 'persoon' && isPersonalTie(type)) tie.consentBasis = tieConsent(a, b);
    if (props.count !== undefined) tie.count = props.count;
    if (props.period !== undefined) tie.period = props.period;
    this.ties.push(tie);
    return id;
  }

  private defaultSource(type: TieType): GraphTie['source'] {
    switch (type) {
      case 'KENT':
        return this.rng.weighted(['sneeuwbal', 'intake', 'inventarisatie'] as const, [50, 20, 30]);
      case 'WERKT_BIJ':
      case 'LID_VAN':
      case 'ACTIEF_IN':
      case 'VERWIJST_NAAR':
      case 'SUBSIDIEERT':
      case 'OPDRACHTGEVER_VAN':
        return 'import';
      default:
        return this.rng.chance(0.7) ? 'inventarisatie' : 'sneeuwbal';
    }
  }

  addKent(a: string, b: string, props: TieProps = {}): string | undefined {
    return this.addTie('KENT', a, b, props);
  }

  /** Removes the KENT tie between two persons, if any. Its key stays taken, so no later step adds it again. */
  removeKent(a: string, b: string) {
    const index = this.ties.findIndex((t) => t.type === 'KENT' && ((t.from === a && t.to === b) || (t.from === b && t.to === a)));
    if (index >= 0) this.ties.splice(index, 1);
  }

  /** Person -> initiative tie, tracked for the "shared person" rules. */
  joinInitiative(type: PersonInitiativeTie, person: string, initiative: string, props: TieProps = {}): string | undefined {
    const id = this.addTie(type, person, initiative, props);
    if (id) {
      if (!this.peopleOfInitiative.has(initiative)) this.peopleOfInitiative.set(initiative, new Set());
      this.peopleOfInitiative.get(initiative)!.add(person);
      // a resident who pulls or helps is a vrijwilliger; a professional stays what they are
      if ((type === 'VRIJWILLIGER_BIJ' || type === 'TREKKER_VAN') && this.rolesOf(person).every((r) => RESIDENT_ROLES.has(r))) this.addRole(person, 'vrijwilliger');
    }
    return id;
  }

  addTheme(from: string, theme: string) {
    this.addTie('RICHT_ZICH_OP', from, theme, { startDate: (this.node(from).startDate as string | undefined) ?? DEMO_START, source: 'inventarisatie' });
    if (!this.themesOf.has(from)) this.themesOf.set(from, new Set());
    this.themesOf.get(from)!.add(theme);
  }

  /** Ordinary, active, unreserved residents of a buurt. */
  availableResidents(buurt: string, onDay = TODAY): string[] {
    return (this.residentsOfBuurt.get(buurt) ?? []).filter((p) => !this.reservedPersons.has(p) && activeOnDay(this.node(p), onDay));
  }

  availableResidentsOfWijk(wijk: string): string[] {
    return this.buurtenOfWijk.get(wijk)!.flatMap((b) => this.availableResidents(b));
  }

  socialDegreeToday(id: string): number {
    let degree = 0;
    for (const t of this.ties) {
      if ((t.from === id || t.to === id) && !CONTEXT_TIES.includes(t.type) && activeOnDay(t, TODAY)) degree++;
    }
    return degree;
  }
}

/** A personal tie's consent: none if either person has none, toestemming if both gave it. */
function tieConsent(a: GraphNode, b: GraphNode): ConsentBasis {
  const bases = [a, b].filter((n) => n.kind === 'persoon').map((n) => n.consentBasis as ConsentBasis);
  if (bases.includes('geen')) return 'geen';
  if (bases.every((c) => c === 'toestemming')) return 'toestemming';
  return 'gerechtvaardigd_belang';
}
