/**
 * Builds the Haarlem demo network: a seeded, deterministic wijknetwerk with
 * real geography and organisations, invented persons, a two-year history and a
 * set of deliberately planted "gaten" (holes) that the analysis must find.
 * `index.ts` beside it writes the result to JSON; see data/demo/README.md.
 */
import { activeOn as activeOnDate } from '../../../server/analysis/scope.ts';
import {
  CONTEXT_TIES,
  NODE_FIELDS,
  allowedPair,
  isPersonalTie,
  kindOfNodeId,
  tieFields,
  type ConsentBasis,
  type GraphNode,
  type GraphTie,
  type NetworkData,
  type NodeKind,
  type PersonRole,
  PROFESSIONAL_ROLES,
  type TieType,
} from '../../../server/model/index.ts';
import { Rng } from '../../../server/services/generate/prng.ts';
import type { DemoHoles } from '../../../server/services/demo/load-demo.ts';
import { FIRST_NAMES, LAST_NAMES, slug } from '../../../server/services/demo/names.ts';
import { GEBIEDSVERBINDER_AREAS, STADSDELEN, WIJKEN, WIJKTEAMS, type WijkDef } from './geography.ts';

export const DEMO_SEED = 392;
/** The "today" of the demo. */
export const DEMO_TODAY = '2026-11-01';
/** First day of the demo's history. */
export const DEMO_START = '2024-11-01';
/** Ties with lastContact before this date count as stale (no contact for over a year). */
export const DEMO_STALE_BEFORE = '2025-11-01';

// ---------------------------------------------------------------- dates

const DAY = 86_400_000;
const dnum = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const diso = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
const T0 = dnum(DEMO_START);
const T1 = dnum(DEMO_TODAY);
const STALE = dnum(DEMO_STALE_BEFORE);

/** Active on day number `d`, by the model's one rule (`activeOn` in server/analysis/scope.ts). */
function activeOn(item: { startDate?: unknown; endDate?: unknown }, d: number): boolean {
  return activeOnDate(item, diso(d));
}

// ---------------------------------------------------------------- themes

export const THEMES = {
  // the seven maatschappelijke doelen
  sociale_verbondenheid: { name: 'Sociale verbondenheid', category: 'doel' },
  inzet_voor_elkaar: { name: 'Inzet voor elkaar en de buurt', category: 'doel' },
  redzaamheid: { name: 'Redzaamheid', category: 'doel' },
  financiele_situatie: { name: 'Financiële situatie', category: 'doel' },
  gezondheid: { name: 'Gezondheid', category: 'doel' },
  jeugd: { name: 'Jeugd groeit gezond en veilig op', category: 'doel' },
  waardevol_werk: { name: 'Waardevol werk', category: 'doel' },
  // concrete themes
  eenzaamheid: { name: 'Eenzaamheid', category: 'thema' },
  armoede: { name: 'Armoede', category: 'thema' },
  schulden: { name: 'Schulden', category: 'thema' },
  taal_digitaal: { name: 'Taal en digitale vaardigheid', category: 'thema' },
  ouderen: { name: 'Ouderen', category: 'thema' },
  mantelzorg: { name: 'Mantelzorg', category: 'thema' },
  nieuwkomers: { name: 'Nieuwkomers', category: 'thema' },
  veiligheid: { name: 'Veiligheid', category: 'thema' },
  opvoeding: { name: 'Opvoeding', category: 'thema' },
} as const;
type ThemeKey = keyof typeof THEMES;
const thm = (key: ThemeKey): string => `thm_${key}`;

// ---------------------------------------------------------------- the holes manifest


export interface DemoBuild {
  data: NetworkData;
  holes: DemoHoles;
}

// ---------------------------------------------------------------- organisations

interface OrgDef {
  key: string;
  name: string;
  type: string;
  wijken: string[] | 'alle';
  themes: ThemeKey[];
}

const ALL_WIJKEN = WIJKEN.map((w) => w.key);
const PROFESSIONAL = new Set<string>(PROFESSIONAL_ROLES);
const wijkenIn = (sd: string) => WIJKEN.filter((w) => w.stadsdeel === sd).map((w) => w.key);
const except = (list: string[], ...out: string[]) => list.filter((k) => !out.includes(k));

const ORGS: OrgDef[] = [
  { key: 'dock', name: 'DOCK Haarlem', type: 'welzijn', wijken: 'alle', themes: ['sociale_verbondenheid', 'inzet_voor_elkaar', 'eenzaamheid', 'nieuwkomers', 'veiligheid'] },
  { key: 'haarlem_effect', name: 'Haarlem Effect', type: 'welzijn', wijken: 'alle', themes: ['redzaamheid', 'sociale_verbondenheid', 'ouderen', 'mantelzorg', 'opvoeding', 'eenzaamheid'] },
  { key: 'zorgbalans', name: 'Zorgbalans', type: 'zorg', wijken: [...wijkenIn('centrum'), ...wijkenIn('zuid_west'), ...wijkenIn('schalkwijk')], themes: ['gezondheid', 'ouderen'] },
  { key: 'kennemerhart', name: 'Kennemerhart', type: 'zorg', wijken: [...wijkenIn('noord'), ...wijkenIn('oost')], themes: ['gezondheid', 'ouderen'] },
  { key: 'ribw_kam', name: 'RIBW K/AM', type: 'zorg', wijken: 'alle', themes: ['gezondheid', 'redzaamheid'] },
  { key: 'mee_de_wering', name: 'MEE/De Wering', type: 'zorg', wijken: 'alle', themes: ['redzaamheid'] },
  { key: 'cjg', name: 'CJG Haarlem', type: 'jeugd', wijken: 'alle', themes: ['jeugd', 'opvoeding'] },
  { key: 'gemeente_mo', name: 'Gemeente Haarlem, team Maatschappelijke Ondersteuning', type: 'gemeente', wijken: 'alle', themes: ['redzaamheid', 'gezondheid'] },
  { key: 'gemeente_wi', name: 'Gemeente Haarlem, team Werk & Inkomen', type: 'gemeente', wijken: 'alle', themes: ['financiele_situatie', 'waardevol_werk', 'armoede'] },
  { key: 'gemeente_smsr', name: 'Gemeente Haarlem, team SMSR', type: 'gemeente', wijken: 'alle', themes: ['financiele_situatie', 'armoede'] },
  { key: 'elan_wonen', name: 'Elan Wonen', type: 'woningcorporatie', wijken: [...wijkenIn('noord'), 'meerwijk', 'europawijk', 'molenwijk'], themes: ['veiligheid', 'sociale_verbondenheid'] },
  { key: 'pre_wonen', name: 'Pré Wonen', type: 'woningcorporatie', wijken: [...wijkenIn('oost'), 'boerhaavewijk', 'schalkwijk_midden', 'zuiderpolder', ...wijkenIn('centrum')], themes: ['veiligheid', 'sociale_verbondenheid'] },
  { key: 'ymere', name: 'Ymere', type: 'woningcorporatie', wijken: [...wijkenIn('zuid_west'), 'boerhaavewijk', 'meerwijk'], themes: ['veiligheid', 'sociale_verbondenheid'] },
  { key: 'geloven_in_de_stad', name: 'Geloven in de stad', type: 'levensbeschouwelijk', wijken: 'alle', themes: ['armoede', 'eenzaamheid', 'inzet_voor_elkaar'] },
  { key: 'moskee_schalkwijk', name: 'Moskee Schalkwijk (Islamitisch Centrum)', type: 'levensbeschouwelijk', wijken: ['meerwijk', 'boerhaavewijk', 'europawijk', 'molenwijk', 'schalkwijk_midden'], themes: ['nieuwkomers', 'sociale_verbondenheid', 'opvoeding'] },
  { key: 'pkn_haarlem_noord', name: 'Protestantse Gemeente Haarlem-Noord', type: 'levensbeschouwelijk', wijken: wijkenIn('noord'), themes: ['eenzaamheid', 'ouderen'] },
  { key: 'parochie_haarlem_zuid', name: 'Parochie Haarlem-Zuid', type: 'levensbeschouwelijk', wijken: [...wijkenIn('zuid_west'), ...wijkenIn('centrum')], themes: ['eenzaamheid', 'armoede'] },
  { key: 'stem_in_de_stad', name: 'Stem in de stad', type: 'levensbeschouwelijk', wijken: [...except(wijkenIn('noord'), 'ter_kleef'), ...wijkenIn('centrum')], themes: ['schulden', 'armoede'] },
  { key: 'humanitas', name: 'Humanitas Haarlem', type: 'vrijwilligersorganisatie', wijken: except(ALL_WIJKEN, 'zuiderpolder', 'ter_kleef'), themes: ['eenzaamheid', 'schulden', 'mantelzorg'] },
  { key: 'leger_des_heils', name: 'Leger des Heils Haarlem', type: 'vrijwilligersorganisatie', wijken: ['schalkwijk_midden'], themes: ['schulden', 'veiligheid'] },
  { key: 'kbo_pcob', name: 'KBO/PCOB Haarlem', type: 'vrijwilligersorganisatie', wijken: 'alle', themes: ['ouderen', 'eenzaamheid'] },
  { key: 'buuv', name: 'BUUV Haarlem', type: 'vrijwilligersorganisatie', wijken: 'alle', themes: ['inzet_voor_elkaar', 'mantelzorg'] },
  { key: 'fonds_urgente_noden', name: 'Fonds Urgente Noden Haarlem', type: 'fonds', wijken: 'alle', themes: ['armoede', 'financiele_situatie'] },
  { key: 'participatieraad', name: 'Participatieraad Haarlem', type: 'participatieraad', wijken: 'alle', themes: ['redzaamheid'] },
  { key: 'bibliotheek', name: 'Bibliotheek Zuid-Kennemerland', type: 'vereniging', wijken: 'alle', themes: ['taal_digitaal', 'redzaamheid'] },
  { key: 'speeltuin_kindervreugd', name: 'Speeltuinvereniging Kindervreugd', type: 'vereniging', wijken: ['amsterdamse_buurt'], themes: ['jeugd'] },
  { key: 'huisartsen_schalkwijk', name: 'Gezondheidscentrum Schalkwijk', type: 'zorg', wijken: ['meerwijk', 'boerhaavewijk', 'schalkwijk_midden'], themes: ['gezondheid'] },
  { key: 'huisartsen_parkwijk', name: 'Huisartsenpraktijk Parkwijk', type: 'zorg', wijken: ['parkwijk', 'van_zeggelenbuurt'], themes: ['gezondheid'] },
  { key: 'huisartsen_noord', name: 'Huisartsenpraktijk Delftplein', type: 'zorg', wijken: ['delftwijk', 'dietsveld'], themes: ['gezondheid'] },
  { key: 'bakkerij_parkwijk', name: 'Bakkerij Van Zanten (Parkwijk)', type: 'ondernemer', wijken: ['parkwijk'], themes: ['sociale_verbondenheid'] },
  { key: 'buurtsuper_meerwijk', name: 'Buurtsuper Meerwijk', type: 'ondernemer', wijken: ['meerwijk'], themes: ['sociale_verbondenheid'] },
  { key: 'fietsenmaker_rozenprieel', name: 'Fietsenmaker Rozenprieel', type: 'ondernemer', wijken: ['rozenprieel'], themes: ['waardevol_werk'] },
];

const WIJKRADEN = ['parkwijk', 'slachthuisbuurt', 'rozenprieel', 'delftwijk', 'frans_hals', 'meerwijk', 'boerhaavewijk', 'leidsebuurt', 'oude_stad', 'transvaalwijk', 'europawijk'];

const SCHOOL_NAMES = [
  'De Zonnewijzer', 'De Molenwiek', 'Het Kompas', 'De Regenboog', 'De Springplank', 'Het Spaarne', 'De Kleine Prins', 'De Dolfijn',
  'De Wilgenhoek', 'Het Mozaïek', 'De Piramide', 'De Ark', 'Het Palet', 'De Sterrenkijker', 'De Vuurtoren', 'De Boomgaard',
  'De Koepel', 'De Duinroos', 'Het Anker', 'De Kolibrie', 'De Tweemaster', 'De Fontein', 'Het Baken', 'De Windroos', 'De Bijenkorf',
];

// ---------------------------------------------------------------- initiative templates

interface IniTemplate {
  name: string;
  themes: ThemeKey[];
  doel: ThemeKey;
  place: string[];
  description: string;
}

const INI_TEMPLATES: IniTemplate[] = [
  { name: 'Wandelclub {b}', themes: ['eenzaamheid', 'ouderen'], doel: 'gezondheid', place: ['buitenruimte'], description: 'Wekelijkse wandeling met koffie na afloop.' },
  { name: 'Bakkie in de Buurt {b}', themes: ['eenzaamheid'], doel: 'sociale_verbondenheid', place: ['buurtcentrum'], description: 'Inloop met koffie en een praatje.' },
  { name: 'Taalcafé {w}', themes: ['taal_digitaal', 'nieuwkomers'], doel: 'redzaamheid', place: ['bibliotheek', 'buurtcentrum'], description: 'Nederlands oefenen in een ontspannen sfeer.' },
  { name: 'Moestuin {b}', themes: ['eenzaamheid'], doel: 'inzet_voor_elkaar', place: ['buitenruimte'], description: 'Samen tuinieren en oogsten.' },
  { name: 'Leefstraat {b}', themes: ['veiligheid'], doel: 'sociale_verbondenheid', place: ['buitenruimte'], description: 'Bewoners richten hun straat samen in.' },
  { name: 'Repair Café {w}', themes: ['armoede'], doel: 'inzet_voor_elkaar', place: ['buurtcentrum'], description: 'Samen spullen repareren in plaats van weggooien.' },
  { name: 'Kookclub {b}', themes: ['eenzaamheid', 'nieuwkomers'], doel: 'sociale_verbondenheid', place: ['buurtcentrum'], description: 'Samen koken en eten, elke week een ander land.' },
  { name: 'Digitaal Spreekuur {w}', themes: ['taal_digitaal', 'ouderen'], doel: 'redzaamheid', place: ['bibliotheek', 'buurtcentrum'], description: 'Hulp bij DigiD, mail en formulieren.' },
  { name: 'Mantelzorgcafé {w}', themes: ['mantelzorg'], doel: 'gezondheid', place: ['buurtcentrum', 'zorglocatie'], description: 'Ontmoeting en steun voor mantelzorgers.' },
  { name: 'Opvoedcafé {w}', themes: ['opvoeding'], doel: 'jeugd', place: ['school', 'buurtcentrum'], description: 'Ouders wisselen ervaringen uit over opvoeden.' },
  { name: 'Huiswerkklas {b}', themes: ['opvoeding', 'taal_digitaal'], doel: 'jeugd', place: ['school', 'buurtcentrum'], description: 'Vrijwilligers helpen kinderen met huiswerk.' },
  { name: 'Buurtpreventie {b}', themes: ['veiligheid'], doel: 'inzet_voor_elkaar', place: ['buitenruimte', 'buurtcentrum'], description: 'Bewoners lopen rondes door de buurt.' },
  { name: 'Kledingruil {w}', themes: ['armoede'], doel: 'financiele_situatie', place: ['kerk', 'buurtcentrum'], description: 'Gratis kleding ruilen.' },
  { name: 'Ouderensoos {b}', themes: ['ouderen', 'eenzaamheid'], doel: 'sociale_verbondenheid', place: ['buurtcentrum', 'zorglocatie'], description: 'Kaarten, bingo en koffie voor ouderen.' },
  { name: 'Maatjes voor nieuwkomers {w}', themes: ['nieuwkomers'], doel: 'redzaamheid', place: ['buurtcentrum', 'moskee', 'kerk'], description: 'Buurtbewoners koppelen aan nieuwe Haarlemmers.' },
  { name: 'Klusploeg {w}', themes: ['ouderen'], doel: 'waardevol_werk', place: ['buurtcentrum'], description: 'Vrijwilligers klussen bij buren die het zelf niet meer kunnen.' },
  { name: 'Buurtmaaltijd {b}', themes: ['eenzaamheid', 'armoede'], doel: 'sociale_verbondenheid', place: ['buurtcentrum', 'kerk'], description: 'Maandelijkse maaltijd voor een kleine bijdrage.' },
  { name: 'Sport in de wijk {w}', themes: ['opvoeding'], doel: 'gezondheid', place: ['buitenruimte', 'school'], description: 'Sporten op het plein voor kinderen en ouders.' },
];

// ---------------------------------------------------------------- builder

type Props = Partial<Omit<GraphTie, 'id' | 'type' | 'from' | 'to'>>;

class DemoBuilder {
  readonly rng = new Rng(DEMO_SEED);
  readonly nodes: GraphNode[] = [];
  readonly byId = new Map<string, GraphNode>();
  readonly ties: GraphTie[] = [];
  private readonly counters = new Map<TieType, number>();
  private readonly pairs = new Set<string>();
  private readonly usedSlugs = new Set<string>();
  /** Person ids are opaque numbers, so that an id never reveals a name (ids are shown to analysts). */
  private personCount = 0;
  private readonly personIdByName = new Map<string, string>();

  personId(name: string): string {
    const id = this.personIdByName.get(name);
    if (!id) throw new Error(`demo: no person named ${name}`);
    return id;
  }
  /** Persons that random picks must never touch (planted holes). */
  readonly reserved = new Set<string>();
  /** Ordinary residents per buurt id. */
  readonly residentsByBuurt = new Map<string, string[]>();
  readonly buurtOf = new Map<string, string>(); // person -> buurt
  readonly wijkOfBuurt = new Map<string, string>(); // buurt id -> wijk key
  readonly buurtenOfWijk = new Map<string, string[]>(); // wijk key -> buurt ids
  readonly recorder = new Map<string, string>(); // wijk key -> professional id who records
  readonly sleutelfiguren = new Map<string, string[]>(); // wijk key -> ids
  readonly opbouwwerkersOf = new Map<string, string[]>(); // wijk key -> ids
  readonly plekkenOfWijk = new Map<string, { id: string; type: string; buurt: string }[]>();
  readonly initiativesOfWijk = new Map<string, string[]>(); // regular initiatives
  readonly iniBuurt = new Map<string, string>();
  readonly iniPeople = new Map<string, Set<string>>();
  readonly personIni = new Map<string, Set<string>>();
  readonly themesOf = new Map<string, Set<string>>(); // org/ini -> theme ids
  readonly orgWijken = new Map<string, Set<string>>(); // org id -> wijk ids

  reserve(slugText: string) {
    this.usedSlugs.add(slugText);
  }

  node(kind: NodeKind, id: string, name: string, fields: Record<string, unknown> = {}): GraphNode {
    if (this.byId.has(id)) throw new Error(`dubbele id ${id}`);
    const node = { id, kind, name, ...fields } as GraphNode;
    this.nodes.push(node);
    this.byId.set(id, node);
    return node;
  }

  // ------------------------------------------------------------ persons

  personName(): [string, string] {
    for (;;) {
      const first = this.rng.pick(FIRST_NAMES);
      const last = this.rng.pick(LAST_NAMES);
      const s = slug(`${first} ${last}`);
      if (!this.usedSlugs.has(s)) {
        this.usedSlugs.add(s);
        return [first, last];
      }
    }
  }

  person(o: { name?: string; roles: PersonRole[]; start?: string; end?: string; consent?: ConsentBasis; professional?: boolean }): string {
    let name: string;
    if (o.name) {
      name = o.name;
      this.usedSlugs.add(slug(name));
    } else {
      name = this.personName().join(' ');
    }
    const id = `per_${String(++this.personCount).padStart(4, '0')}`;
    this.personIdByName.set(name, id);
    const consent: ConsentBasis =
      o.consent ?? (o.professional ? 'gerechtvaardigd_belang' : this.rng.weighted<ConsentBasis>(['toestemming', 'gerechtvaardigd_belang', 'geen'], [76, 20, 4]));
    const start = o.start ?? DEMO_START;
    const fields: Record<string, unknown> = { roles: [...o.roles], startDate: start, consentBasis: consent };
    if (o.end) fields.endDate = o.end;
    if (consent !== 'geen') {
      fields.consentDate = diso(Math.min(T1 - 1, dnum(start) + this.rng.int(0, 21)));
      fields.consentPurpose = o.professional ? 'professioneel netwerk in de sociale basis' : 'verbinden en ondersteunen in de wijk';
    }
    this.node('persoon', id, name, fields);
    return id;
  }

  addRole(id: string, role: PersonRole) {
    const roles = this.byId.get(id)!.roles as PersonRole[];
    if (!roles.includes(role)) roles.push(role);
  }

  roles(id: string): PersonRole[] {
    return (this.byId.get(id)?.roles as PersonRole[] | undefined) ?? [];
  }

  // ------------------------------------------------------------ ties

  drawStart(): number {
    return this.rng.chance(0.55) ? T0 + this.rng.int(0, 45) : this.rng.int(T0, T1 - 20);
  }

  pairKey(type: TieType, from: string, to: string): string {
    const symmetric = type === 'KENT' || type === 'WERKT_SAMEN_MET' || type === 'LID_VAN_CONSORTIUM';
    return symmetric && from > to ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
  }

  hasTie(type: TieType, from: string, to: string, period?: string): boolean {
    return this.pairs.has(this.pairKey(type, from, to) + (period ? `|${period}` : ''));
  }

  /** Adds a tie unless it exists already or the endpoints never overlap in time. Returns its id. */
  tie(type: TieType, from: string, to: string, props: Props & { rec?: string } = {}): string | undefined {
    if (from === to) return undefined;
    const key = this.pairKey(type, from, to) + (props.period ? `|${props.period}` : '');
    if (this.pairs.has(key)) return undefined;
    const a = this.byId.get(from);
    const b = this.byId.get(to);
    if (!a || !b) throw new Error(`onbekend eindpunt ${from} of ${to}`);
    const lo = Math.max(dnum((a.startDate as string | undefined) ?? DEMO_START), dnum((b.startDate as string | undefined) ?? DEMO_START));
    let hiNode = Infinity;
    for (const n of [a, b]) if (typeof n.endDate === 'string') hiNode = Math.min(hiNode, dnum(n.endDate));
    if (lo > hiNode) return undefined;
    let start = props.startDate ? dnum(props.startDate) : this.drawStart();
    start = Math.min(Math.max(start, lo), T1 - 1);
    let end = props.endDate ? dnum(props.endDate) : undefined;
    if (hiNode < Infinity) end = end === undefined ? hiNode : Math.min(end, hiNode);
    // an explicit end before both endpoints exist is dropped
    if (end !== undefined && end < lo) end = hiNode < Infinity ? hiNode : undefined;
    if (end !== undefined && start > end) start = lo + this.rng.int(0, end - lo);
    this.pairs.add(key);

    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const id = `${type.toLowerCase()}.${String(n).padStart(4, '0')}`;
    const tie: GraphTie = { id, type, from, to, source: props.source ?? this.defaultSource(type) };
    if (type === 'KENT') {
      const strength = props.strength ?? this.rng.weighted([1, 2, 3, 4, 5], [10, 30, 30, 20, 10]);
      tie.strength = strength;
      tie.trust = props.trust ?? Math.min(5, Math.max(1, strength + this.rng.int(-1, 1)));
      if (props.lastContact) tie.lastContact = props.lastContact;
      else {
        const clo = Math.max(start, STALE);
        const chi = end ?? T1 - 1;
        if (clo <= chi) tie.lastContact = diso(this.rng.int(clo, chi));
      }
    } else {
      if (props.strength !== undefined) tie.strength = props.strength;
      if (props.trust !== undefined) tie.trust = props.trust;
    }
    tie.startDate = diso(start);
    if (end !== undefined) tie.endDate = diso(end);
    tie.recordedBy = props.recordedBy ?? props.rec ?? 'Gemeente Haarlem, team MO';
    const recDay = Math.min(T1 - 1, start + this.rng.int(0, 14));
    tie.recordedAt = `${diso(recDay)}T${String(this.rng.int(8, 17)).padStart(2, '0')}:${String(this.rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    if (a.kind === 'persoon' && isPersonalTie(type)) tie.consentBasis = this.tieConsent(a, b);
    if (props.count !== undefined) tie.count = props.count;
    if (props.period !== undefined) tie.period = props.period;
    this.ties.push(tie);
    return id;
  }

  tieConsent(a: GraphNode, b: GraphNode): ConsentBasis {
    const bases = [a, b].filter((n) => n.kind === 'persoon').map((n) => n.consentBasis as ConsentBasis);
    if (bases.includes('geen')) return 'geen';
    if (bases.every((c) => c === 'toestemming')) return 'toestemming';
    return 'gerechtvaardigd_belang';
  }

  defaultSource(type: TieType): GraphTie['source'] {
    switch (type) {
      case 'KENT':
        return this.rng.weighted(['sneeuwbal', 'intake', 'inventarisatie'] as const, [50, 20, 30]);
      case 'WERKT_BIJ':
      case 'LID_VAN':
      case 'ACTIEF_IN':
        return 'import';
      case 'VERWIJST_NAAR':
      case 'SUBSIDIEERT':
      case 'OPDRACHTGEVER_VAN':
        return 'import';
      default:
        return this.rng.chance(0.7) ? 'inventarisatie' : 'sneeuwbal';
    }
  }

  kent(a: string, b: string, props: Props & { rec?: string } = {}): string | undefined {
    return this.tie('KENT', a, b, props);
  }

  /** Person -> initiative tie, tracked for the "shared person" rules. */
  joinIni(type: 'TREKKER_VAN' | 'DEELNEMER_AAN' | 'VRIJWILLIGER_BIJ' | 'ONDERSTEUNT', person: string, ini: string, props: Props & { rec?: string } = {}): string | undefined {
    const id = this.tie(type, person, ini, props);
    if (id) {
      if (!this.iniPeople.has(ini)) this.iniPeople.set(ini, new Set());
      this.iniPeople.get(ini)!.add(person);
      if (!this.personIni.has(person)) this.personIni.set(person, new Set());
      this.personIni.get(person)!.add(ini);
      if (type === 'VRIJWILLIGER_BIJ' || type === 'TREKKER_VAN') {
        if (!this.roles(person).some((r) => r !== 'bewoner' && r !== 'sleutelfiguur' && r !== 'vrijwilliger' && r !== 'mantelzorger')) this.addRole(person, 'vrijwilliger');
      }
    }
    return id;
  }

  richt(from: string, theme: string) {
    this.tie('RICHT_ZICH_OP', from, theme, { startDate: (this.byId.get(from)!.startDate as string | undefined) ?? DEMO_START, source: 'inventarisatie' });
    if (!this.themesOf.has(from)) this.themesOf.set(from, new Set());
    this.themesOf.get(from)!.add(theme);
  }

  /** Ordinary, active, unreserved residents of a buurt. */
  pool(buurt: string, onDay = T1): string[] {
    return (this.residentsByBuurt.get(buurt) ?? []).filter((p) => !this.reserved.has(p) && activeOn(this.byId.get(p)!, onDay));
  }

  wijkPool(wijk: string): string[] {
    return this.buurtenOfWijk.get(wijk)!.flatMap((b) => this.pool(b));
  }

  socialDegreeToday(id: string): number {
    let n = 0;
    for (const t of this.ties) {
      if ((t.from === id || t.to === id) && !CONTEXT_TIES.includes(t.type) && activeOn(t, T1)) n++;
    }
    return n;
  }
}

function wk(key: string) {
  return `geb_wk_${key}`;
}

// ---------------------------------------------------------------- build

export function buildDemoNetwork(): DemoBuild {
  const B = new DemoBuilder();
  const rng = B.rng;

  // Planted names, reserved so random names never take their ids.
  const P = {
    ilse: 'Ilse Verhoeven',
    marloes: 'Marloes de Wit',
    marloesOpvolger: 'Jeroen Lakeman',
    yvonne: 'Yvonne Brouwer',
    ria: 'Ria Koster',
    mohamed: 'Mohamed El Amrani',
    gerda: 'Gerda Smit',
  };
  for (const name of Object.values(P)) B.reserve(slug(name));

  // ---------------------------------------------------------- geography
  B.node('gebied', 'geb_haarlem', 'Haarlem', { level: 'stad', code: 'GM0392' });
  for (const sd of STADSDELEN) B.node('gebied', `geb_sd_${sd.key}`, `Stadsdeel ${sd.name}`, { level: 'stadsdeel', parentId: 'geb_haarlem' });
  WIJKEN.forEach((w, wi) => {
    const wcode = String(wi).padStart(2, '0');
    B.node('gebied', wk(w.key), w.name, { level: 'wijk', code: `WK0392${wcode}`, parentId: `geb_sd_${w.stadsdeel}` });
    const ids: string[] = [];
    w.buurten.forEach((bname, bi) => {
      const id = `geb_bu_${slug(bname)}`;
      B.node('gebied', id, bname, { level: 'buurt', code: `BU0392${wcode}${String(bi).padStart(2, '0')}`, parentId: wk(w.key) });
      ids.push(id);
      B.wijkOfBuurt.set(id, w.key);
      B.residentsByBuurt.set(id, []);
    });
    B.buurtenOfWijk.set(w.key, ids);
    B.plekkenOfWijk.set(w.key, []);
    B.initiativesOfWijk.set(w.key, []);
  });
  const wijkDef = new Map(WIJKEN.map((w) => [w.key, w] as const));
  const buurt = (name: string) => {
    const id = `geb_bu_${slug(name)}`;
    if (!B.byId.has(id)) throw new Error(`onbekende buurt ${name}`);
    return id;
  };

  // ---------------------------------------------------------- themes
  for (const [key, t] of Object.entries(THEMES)) B.node('thema', thm(key as ThemeKey), t.name, { category: t.category });

  // ---------------------------------------------------------- organisations
  const orgIds: string[] = [];
  const addOrg = (def: OrgDef) => {
    const id = `org_${def.key}`;
    B.node('organisatie', id, def.name, { type: def.type, startDate: DEMO_START });
    orgIds.push(id);
    const wijken = def.wijken === 'alle' ? ALL_WIJKEN : def.wijken;
    B.orgWijken.set(id, new Set(wijken.map(wk)));
    for (const w of wijken) B.tie('WERKT_IN', id, wk(w), { startDate: DEMO_START, source: 'inventarisatie' });
    for (const t of def.themes) B.richt(id, thm(t));
    return id;
  };
  for (const def of ORGS) addOrg(def);
  for (const w of WIJKRADEN) addOrg({ key: `wijkraad_${w}`, name: `Wijkraad ${wijkDef.get(w)!.name}`, type: 'vereniging', wijken: [w], themes: ['sociale_verbondenheid', 'veiligheid'] });
  const schoolOf = new Map<string, string>();
  WIJKEN.forEach((w, i) => {
    const name = `Basisschool ${SCHOOL_NAMES[i]}`;
    schoolOf.set(w.key, addOrg({ key: `bs_${slug(SCHOOL_NAMES[i])}`, name, type: 'school', wijken: [w.key], themes: ['jeugd', 'opvoeding'] }));
  });

  // ---------------------------------------------------------- plekken
  const plek = (id: string, name: string, type: string, buurtId: string, beheerder?: string, address?: string) => {
    B.node('plek', id, name, { type, startDate: DEMO_START, ...(address ? { address } : {}) });
    B.tie('LIGT_IN', id, buurtId, { startDate: DEMO_START, source: 'inventarisatie' });
    if (beheerder) B.tie('BEHEERT', beheerder, id, { startDate: DEMO_START, source: 'inventarisatie' });
    B.plekkenOfWijk.get(B.wijkOfBuurt.get(buurtId)!)!.push({ id, type, buurt: buurtId });
    return id;
  };
  plek('plk_de_horizon', 'Buurtcentrum De Horizon', 'buurtcentrum', buurt('Delftwijk-Noord'), 'org_dock');
  plek('plk_de_wijkfabriek', 'De Wijkfabriek', 'buurtcentrum', buurt('Slachthuisbuurt-Noord'), 'org_dock');
  plek('plk_broederhuis', 'Het Broederhuis', 'buurtcentrum', buurt('Slachthuisbuurt-Zuid'), 'org_haarlem_effect');
  plek('plk_de_hamelink', 'Buurthuis De Hamelink', 'buurtcentrum', buurt('Amsterdamse Buurt'), 'org_dock');
  plek('plk_kindervreugd', 'Speeltuin Kindervreugd', 'buitenruimte', buurt('Potgieterbuurt'), 'org_speeltuin_kindervreugd');
  plek('plk_bibliotheek_centrum', 'Bibliotheek Haarlem Centrum', 'bibliotheek', buurt('Grote Markt'), 'org_bibliotheek');
  plek('plk_bibliotheek_noord', 'Bibliotheek Haarlem Noord', 'bibliotheek', buurt('Frans Halsbuurt'), 'org_bibliotheek');
  plek('plk_bibliotheek_schalkwijk', 'Bibliotheek Schalkwijk', 'bibliotheek', buurt('Schalkwijk-Centrum'), 'org_bibliotheek');
  plek('plk_bibliotheek_oost', 'Bibliotheekpunt Parkwijk', 'bibliotheek', buurt('Floraplein'), 'org_bibliotheek');
  plek('plk_moskee_schalkwijk', 'Moskee Schalkwijk', 'moskee', buurt('Meerwijk-Zuid'), 'org_moskee_schalkwijk');
  plek('plk_pniel_kerk', 'Pniëlkerk', 'kerk', buurt('Indische Buurt-Zuid'), 'org_pkn_haarlem_noord');
  plek('plk_kerk_rozenprieel', 'Kerkzaal Rozenprieel', 'kerk', buurt('Rozenprieel-Noord'), 'org_parochie_haarlem_zuid');
  plek('plk_kerk_leidsebuurt', 'Parochiezaal Leidsebuurt', 'kerk', buurt('Leidsebuurt'), 'org_parochie_haarlem_zuid');
  plek('plk_kleverpark', 'Kleverpark', 'buitenruimte', buurt('Kleverpark'));
  plek('plk_haarlemmerhout', 'De Haarlemmerhout', 'buitenruimte', buurt('Den Hout'));
  plek('plk_reinaldapark', 'Reinaldapark', 'buitenruimte', buurt('Reinaldapark'));
  plek('plk_molenplas', 'Wandelpad Molenplas', 'buitenruimte', buurt('Molenplas'));
  plek('plk_zorgcentrum_schalkwijk', 'Woonzorgcentrum Boerhaave', 'zorglocatie', buurt('Boerhaavewijk-Zuid'), 'org_zorgbalans');
  plek('plk_zorgcentrum_noord', 'Woonzorgcentrum Delftweg', 'zorglocatie', buurt('Delftplein'), 'org_kennemerhart');
  plek('plk_zorgcentrum_parkwijk', 'Woonzorgcentrum Floraplein', 'zorglocatie', buurt('Floraplein'), 'org_kennemerhart');
  plek('plk_sporthal_schalkwijk', 'Sporthal Schalkwijk', 'sportaccommodatie', buurt('Bijdorp'), 'org_gemeente_mo');
  plek('plk_sportpark_noord', 'Sportpark Noord', 'sportaccommodatie', buurt('Sinnevelt'), 'org_gemeente_mo');
  // Every wijk: a buurthuis (unless it has one above), its school, and an outdoor spot.
  const hasType = (w: string, type: string) => B.plekkenOfWijk.get(w)!.some((p) => p.type === type);
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!;
    if (!hasType(w.key, 'buurtcentrum')) {
      const beheer = rng.pick(['org_dock', 'org_haarlem_effect', w.stadsdeel === 'schalkwijk' ? 'org_pre_wonen' : 'org_elan_wonen']);
      plek(`plk_buurthuis_${w.key}`, `Buurthuis ${w.name}`, 'buurtcentrum', bs[0], beheer);
    }
    const school = schoolOf.get(w.key)!;
    plek(`plk_${school.slice(4)}`, B.byId.get(school)!.name, 'school', bs[bs.length - 1], school);
    if (!hasType(w.key, 'buitenruimte')) plek(`plk_plein_${w.key}`, `Buurtplein ${w.name}`, 'buitenruimte', bs[Math.min(1, bs.length - 1)]);
  }

  // ---------------------------------------------------------- org-org ties (the formal world)
  const orgTie = (type: TieType, a: string, b: string) => B.tie(type, a, b, { startDate: DEMO_START, source: 'import', rec: 'Gemeente Haarlem, team MO' });
  orgTie('LID_VAN_CONSORTIUM', 'org_dock', 'org_haarlem_effect');
  for (const o of ['org_dock', 'org_haarlem_effect', 'org_humanitas', 'org_buuv', 'org_kbo_pcob', 'org_mee_de_wering', 'org_cjg']) {
    orgTie('OPDRACHTGEVER_VAN', 'org_gemeente_mo', o);
    orgTie('SUBSIDIEERT', 'org_gemeente_mo', o);
  }
  const moeder = ['org_dock', 'org_haarlem_effect', 'org_zorgbalans', 'org_kennemerhart', 'org_ribw_kam', 'org_mee_de_wering', 'org_leger_des_heils', 'org_cjg', 'org_gemeente_mo'];
  // The wijkteam consortium of the moederorganisaties, registered with DOCK as penvoerder.
  for (const o of moeder) if (o !== 'org_dock') orgTie('LID_VAN_CONSORTIUM', 'org_dock', o);
  orgTie('WERKT_SAMEN_MET', 'org_humanitas', 'org_stem_in_de_stad');
  orgTie('WERKT_SAMEN_MET', 'org_dock', 'org_stem_in_de_stad');
  orgTie('WERKT_SAMEN_MET', 'org_geloven_in_de_stad', 'org_fonds_urgente_noden');

  // ---------------------------------------------------------- wijkteams
  for (const t of WIJKTEAMS) {
    B.node('wijkteam', `wt_${t.key}`, t.name, { startDate: DEMO_START });
    for (const w of t.wijken) B.tie('WERKT_IN', `wt_${t.key}`, wk(w), { startDate: DEMO_START, source: 'import' });
  }
  const teamOfWijk = new Map<string, string>();
  for (const t of WIJKTEAMS) for (const w of t.wijken) teamOfWijk.set(w, `wt_${t.key}`);

  // ---------------------------------------------------------- professionals
  const actief = (p: string, wijken: string[]) => {
    for (const w of wijken) B.tie('ACTIEF_IN', p, wk(w), { startDate: B.byId.get(p)!.startDate as string, source: 'import' });
  };
  const werktBij = (p: string, org: string, props: Props = {}) => B.tie('WERKT_BIJ', p, org, { startDate: B.byId.get(p)!.startDate as string, source: 'import', ...props });

  const gebiedsverbinders: string[] = [];
  const gvOf = new Map<string, string>();
  GEBIEDSVERBINDER_AREAS.forEach((area, i) => {
    const p = B.person({ roles: ['gebiedsverbinder'], professional: true });
    werktBij(p, i % 2 === 0 ? 'org_dock' : 'org_haarlem_effect');
    actief(p, area);
    gebiedsverbinders.push(p);
    for (const w of area) {
      gvOf.set(w, p);
      B.recorder.set(w, p);
    }
  });

  // Opbouwwerkers: two per wijk, each covering two neighbouring wijken; none in
  // Spaarndammerwijk (hole 1); one lonely opbouwwerker carrying Boerhaavewijk (hole 5).
  const NO_OPBOUW = 'spaarndammerwijk';
  const LONELY_WIJK = 'boerhaavewijk';
  const covered = ALL_WIJKEN.filter((w) => w !== NO_OPBOUW && w !== LONELY_WIJK);
  covered.forEach((w, i) => {
    const p = B.person({ roles: ['opbouwwerker'], professional: true });
    werktBij(p, i % 3 === 2 ? 'org_haarlem_effect' : 'org_dock');
    const area = [w, covered[(i + 1) % covered.length]];
    actief(p, area);
    for (const a of area) B.opbouwwerkersOf.set(a, [...(B.opbouwwerkersOf.get(a) ?? []), p]);
  });
  const yvonne = B.person({ name: P.yvonne, roles: ['opbouwwerker'], professional: true });
  werktBij(yvonne, 'org_dock');
  actief(yvonne, [LONELY_WIJK]);
  B.opbouwwerkersOf.set(LONELY_WIJK, [yvonne]);

  const buurtcoaches = new Map<string, string>();
  const wijkagenten = new Map<string, string>();
  for (const t of WIJKTEAMS) {
    const bc = B.person({ roles: ['buurtcoach'], professional: true });
    werktBij(bc, 'org_haarlem_effect');
    actief(bc, t.wijken);
    buurtcoaches.set(t.key, bc);
    const wa = B.person({ roles: ['wijkagent'], professional: true });
    actief(wa, t.wijken);
    wijkagenten.set(t.key, wa);
  }
  for (const sd of STADSDELEN) {
    const sm = B.person({ roles: ['sociaal_makelaar'], professional: true });
    werktBij(sm, 'org_dock');
    actief(sm, wijkenIn(sd.key));
  }
  const huisartsen: [string, string][] = [];
  for (const org of ['org_huisartsen_schalkwijk', 'org_huisartsen_parkwijk', 'org_huisartsen_noord']) {
    const h = B.person({ roles: ['huisarts'], professional: true });
    werktBij(h, org);
    actief(h, [...B.orgWijken.get(org)!].map((g) => g.slice(7)));
    huisartsen.push([h, org]);
  }

  // Wijkteam members, each from a moederorganisatie (twee-benenprincipe).
  const MOEDER_ROTATION = ['org_dock', 'org_haarlem_effect', 'org_zorgbalans', 'org_kennemerhart', 'org_ribw_kam', 'org_mee_de_wering', 'org_leger_des_heils', 'org_cjg', 'org_gemeente_mo', 'org_gemeente_wi', 'org_gemeente_smsr'];
  const members = new Map<string, string[]>();
  let rot = 0;
  for (const t of WIJKTEAMS) {
    const list: string[] = [];
    const n = 6 + (t.wijken.length >= 4 ? 2 : 1);
    for (let i = 0; i < n; i++) {
      let p: string;
      let start = DEMO_START;
      if (t.key === 'noord_noord' && i === 0) p = B.person({ name: P.ilse, roles: ['wijkteamlid'], professional: true });
      else if (t.key === 'oost_1' && i === 0) p = B.person({ name: P.marloes, roles: ['wijkteamlid'], professional: true, end: '2026-04-30' });
      else {
        if (rng.chance(0.15)) start = diso(rng.int(T0 + 60, T1 - 120));
        p = B.person({ roles: ['wijkteamlid'], professional: true, start });
      }
      const name = B.byId.get(p)!.name;
      const org = name === P.ilse ? 'org_haarlem_effect' : name === P.marloes ? 'org_mee_de_wering' : MOEDER_ROTATION[rot++ % MOEDER_ROTATION.length];
      werktBij(p, org);
      B.tie('LID_VAN', p, `wt_${t.key}`, { startDate: B.byId.get(p)!.startDate as string, source: 'import' });
      actief(p, t.wijken);
      list.push(p);
    }
    members.set(t.key, list);
  }
  const ilse = B.personId(P.ilse);
  const marloes = B.personId(P.marloes);
  // Marloes' successor joins Oost 1 after she left, without her ties to the initiatives.
  const opvolger = B.person({ name: P.marloesOpvolger, roles: ['wijkteamlid'], professional: true, start: '2026-06-01' });
  werktBij(opvolger, 'org_mee_de_wering');
  B.tie('LID_VAN', opvolger, 'wt_oost_1', { startDate: '2026-06-01', source: 'import' });
  actief(opvolger, ['slachthuisbuurt', 'amsterdamse_buurt']);
  members.get('oost_1')!.push(opvolger);

  // Colleagues know each other.
  for (const [, list] of members) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) B.kent(list[i], list[j], { strength: rng.int(3, 4), source: 'inventarisatie', rec: list[0] });
  }
  // Professionals in an area know each other.
  for (const w of ALL_WIJKEN) {
    const gv = gvOf.get(w)!;
    for (const o of B.opbouwwerkersOf.get(w) ?? []) B.kent(gv, o, { strength: 4, source: 'inventarisatie', rec: gv });
    const team = teamOfWijk.get(w)!.slice(3);
    for (const m of rng.sample(members.get(team)!.filter((m) => m !== marloes && m !== opvolger), 2)) B.kent(gv, m, { strength: 3, source: 'inventarisatie', rec: gv });
    B.kent(gv, buurtcoaches.get(team)!, { strength: 3, source: 'inventarisatie', rec: gv });
  }
  for (let i = 0; i < gebiedsverbinders.length; i++) B.kent(gebiedsverbinders[i], gebiedsverbinders[(i + 1) % gebiedsverbinders.length], { strength: 4, source: 'inventarisatie' });

  // ---------------------------------------------------------- residents
  const LATE_START = () => diso(rng.int(dnum('2025-01-01'), dnum('2026-09-30')));
  const MOVED = () => diso(rng.int(dnum('2025-12-01'), dnum('2026-09-30')));
  // Buurten reserved for the sealed planted groups: no ordinary initiatives there.
  const CLUSTER_BUURT = buurt('Europawijk-Zuid');
  const CLOSED_BUURT = buurt('Molenwijk-Zuid');
  const INTRO_BUURT = buurt('Indische Buurt-Noord');
  const COLLECT_BUURT = buurt('Ter Kleef');
  const noRegularIni = new Set([CLUSTER_BUURT, CLOSED_BUURT, INTRO_BUURT]);

  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!;
    for (let i = 0; i < w.residents; i++) {
      const b = bs[i % bs.length];
      const roles: PersonRole[] = ['bewoner'];
      if (rng.chance(0.08)) roles.push('mantelzorger');
      const late = rng.chance(0.18);
      const moved = !late && rng.chance(0.025);
      const p = B.person({ roles, start: late ? LATE_START() : DEMO_START, end: moved ? MOVED() : undefined });
      B.tie('WOONT_IN', p, b, { startDate: B.byId.get(p)!.startDate as string, source: rng.pick(['intake', 'sneeuwbal', 'inventarisatie'] as const), rec: B.recorder.get(w.key) });
      B.residentsByBuurt.get(b)!.push(p);
      B.buurtOf.set(p, b);
    }
  }

  // Overloaded volunteers (hole 5): ordinary residents with many roles and ties.
  const OVERLOAD: [string, string][] = [
    [P.ria, 'Rozenprieel-Noord'],
    [P.gerda, 'Transvaalbuurt'],
    [P.mohamed, 'Schalkwijk-Centrum'],
  ];
  const overloaded: string[] = [];
  for (const [name, bname] of OVERLOAD) {
    const b = buurt(bname);
    const p = B.person({ name, roles: ['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger'], consent: 'toestemming' });
    B.tie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'sneeuwbal', rec: B.recorder.get(B.wijkOfBuurt.get(b)!) });
    B.residentsByBuurt.get(b)!.push(p);
    B.buurtOf.set(p, b);
    overloaded.push(p);
  }

  // KENT among residents: preferential attachment within the buurt, some across.
  for (const [b, list] of B.residentsByBuurt) {
    const w = B.wijkOfBuurt.get(b)!;
    const bag: string[] = [];
    list.forEach((p, i) => {
      if (i > 0) {
        const m = rng.weighted([1, 2, 3], [35, 45, 20]);
        for (let k = 0; k < m; k++) {
          const t = bag.length && rng.chance(0.75) ? rng.pick(bag) : list[rng.int(0, i - 1)];
          if (B.kent(p, t, { rec: B.recorder.get(w) })) bag.push(p, t);
        }
      }
      bag.push(p);
    });
  }
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!;
    for (const b of bs) {
      for (const p of B.residentsByBuurt.get(b)!) {
        if (rng.chance(0.14) && bs.length > 1) {
          const other = rng.pick(bs.filter((x) => x !== b));
          B.kent(p, rng.pick(B.residentsByBuurt.get(other)!), { rec: B.recorder.get(w.key) });
        }
        if (rng.chance(0.05)) {
          const ow = rng.pick(WIJKEN.filter((x) => x.stadsdeel === w.stadsdeel && x.key !== w.key));
          const ob = rng.pick(B.buurtenOfWijk.get(ow.key)!);
          B.kent(p, rng.pick(B.residentsByBuurt.get(ob)!), { rec: B.recorder.get(w.key) });
        }
      }
    }
  }

  // Sleutelfiguren: 2-3 per wijk (none in Zuiderpolder: hole 1b), with wide networks.
  const NO_SLEUTEL = 'zuiderpolder';
  for (const w of WIJKEN) {
    const list: string[] = overloaded.filter((p) => B.wijkOfBuurt.get(B.buurtOf.get(p)!) === w.key);
    if (w.key !== NO_SLEUTEL) {
      const cands = B.wijkPool(w.key).filter((p) => B.byId.get(p)!.startDate === DEMO_START && !overloaded.includes(p));
      for (const p of rng.sample(cands, rng.int(2, 3))) {
        B.addRole(p, 'sleutelfiguur');
        list.push(p);
      }
    }
    for (const s of list) {
      if (overloaded.includes(s)) continue;
      for (const t of rng.sample(B.wijkPool(w.key), rng.int(8, 14))) B.kent(s, t, { strength: rng.int(2, 5), source: 'sneeuwbal', rec: B.recorder.get(w.key) });
    }
    B.sleutelfiguren.set(w.key, list);
  }
  // The overloaded volunteers know far more people than their peers.
  for (const p of overloaded) {
    const w = B.wijkOfBuurt.get(B.buurtOf.get(p)!)!;
    for (const t of rng.sample(B.wijkPool(w), 42)) B.kent(p, t, { strength: rng.int(2, 5), source: 'sneeuwbal', rec: B.recorder.get(w) });
  }

  // Professionals know residents: opbouwwerkers know the sleutelfiguren and others
  // (snowball), wijkteam members and buurtcoaches know clients (intake).
  for (const w of ALL_WIJKEN) {
    for (const o of B.opbouwwerkersOf.get(w) ?? []) {
      if (o === yvonne) continue;
      for (const s of B.sleutelfiguren.get(w)!) B.kent(o, s, { strength: rng.int(3, 5), source: 'sneeuwbal', rec: o });
      for (const t of rng.sample(B.wijkPool(w), rng.int(3, 7))) B.kent(o, t, { source: 'sneeuwbal', rec: o });
    }
    const gv = gvOf.get(w)!;
    for (const s of B.sleutelfiguren.get(w)!) B.kent(gv, s, { strength: rng.int(3, 4), source: 'sneeuwbal', rec: gv });
  }
  // Yvonne carries Boerhaavewijk alone: she knows half the wijk.
  for (const s of B.sleutelfiguren.get(LONELY_WIJK)!) B.kent(yvonne, s, { strength: 5, source: 'sneeuwbal', rec: yvonne });
  for (const t of rng.sample(B.wijkPool(LONELY_WIJK), 48)) B.kent(yvonne, t, { source: 'sneeuwbal', rec: yvonne });
  for (const t of WIJKTEAMS) {
    for (const m of members.get(t.key)!) {
      const clients = rng.sample(t.wijken.flatMap((w) => B.wijkPool(w)), rng.int(3, 7));
      for (const c of clients) B.kent(m, c, { source: 'intake', strength: rng.int(2, 3), rec: m });
    }
    const bc = buurtcoaches.get(t.key)!;
    for (const c of rng.sample(t.wijken.flatMap((w) => B.wijkPool(w)), rng.int(5, 10))) B.kent(bc, c, { source: 'intake', rec: bc });
    const wa = wijkagenten.get(t.key)!;
    for (const w of t.wijken) for (const s of B.sleutelfiguren.get(w)!.slice(0, 1)) B.kent(wa, s, { source: 'sneeuwbal', rec: gvOf.get(w) });
  }
  for (const [h] of huisartsen) {
    const area = B.ties.filter((t) => t.type === 'ACTIEF_IN' && t.from === h).map((t) => t.to.slice(7));
    for (const c of rng.sample(area.flatMap((w) => B.wijkPool(w)), 4)) B.kent(h, c, { source: 'intake', rec: h });
  }

  // ---------------------------------------------------------- initiatives
  const usedIniIds = new Set<string>();
  const iniId = (name: string) => {
    let id = `ini_${slug(name)}`;
    for (let i = 2; usedIniIds.has(id); i++) id = `ini_${slug(name)}_${i}`;
    usedIniIds.add(id);
    return id;
  };
  const placeFor = (wijk: string, b: string, types: string[]): string => {
    const ps = B.plekkenOfWijk.get(wijk)!;
    for (const type of types) {
      const inBuurt = ps.filter((p) => p.type === type && p.buurt === b);
      if (inBuurt.length) return inBuurt[0].id;
      const inWijk = ps.filter((p) => p.type === type);
      if (inWijk.length) return rng.pick(inWijk).id;
    }
    return ps.find((p) => p.type === 'buurtcentrum')?.id ?? ps[0].id;
  };
  const makeIni = (o: { name: string; wijk: string; buurt: string; themes: ThemeKey[]; doel: ThemeKey; place?: string; placeTypes?: string[]; description?: string; start?: string; end?: string }) => {
    const id = iniId(o.name);
    const fields: Record<string, unknown> = { startDate: o.start ?? DEMO_START };
    if (o.end) fields.endDate = o.end;
    if (o.description) fields.description = o.description;
    B.node('initiatief', id, o.name, fields);
    B.iniBuurt.set(id, o.buurt);
    B.tie('WERKT_IN', id, o.buurt, { startDate: fields.startDate as string, source: 'inventarisatie', rec: B.recorder.get(o.wijk) });
    B.tie('VINDT_PLAATS_IN', id, o.place ?? placeFor(o.wijk, o.buurt, o.placeTypes ?? ['buurtcentrum']), { startDate: fields.startDate as string, source: 'inventarisatie', rec: B.recorder.get(o.wijk) });
    for (const t of [...o.themes, o.doel]) B.richt(id, thm(t));
    return id;
  };
  /** Trekkers, deelnemers and vrijwilligers drawn from the buurt (mostly) and the wijk. */
  const populate = (ini: string, wijk: string, b: string, o: { trekkers?: number; deelnemers?: number; vrijwilligers?: number; exclude?: Set<string> } = {}) => {
    const rec = B.recorder.get(wijk);
    const ex = o.exclude ?? new Set<string>();
    const local = B.pool(b).filter((p) => !ex.has(p));
    const wide = B.wijkPool(wijk).filter((p) => !ex.has(p) && !local.includes(p));
    const sleutel = B.sleutelfiguren.get(wijk)!.filter((s) => !ex.has(s) && !overloaded.includes(s));
    const nT = o.trekkers ?? rng.int(1, 2);
    const trekkers = sleutel.length && rng.chance(0.5) ? [rng.pick(sleutel)] : [];
    for (const p of rng.sample(local, nT - trekkers.length)) trekkers.push(p);
    for (const p of trekkers) B.joinIni('TREKKER_VAN', p, ini, { source: 'sneeuwbal', rec });
    const nD = o.deelnemers ?? rng.int(4, 13);
    for (let k = 0; k < nD; k++) {
      const p = rng.chance(0.85) || !wide.length ? rng.pick(local) : rng.pick(wide);
      if (!trekkers.includes(p)) B.joinIni('DEELNEMER_AAN', p, ini, { rec, ...(rng.chance(0.06) ? { endDate: diso(rng.int(dnum('2025-06-01'), T1 - 10)) } : {}) });
    }
    const nV = o.vrijwilligers ?? rng.int(0, 3);
    for (const p of rng.sample(local, nV)) if (!trekkers.includes(p)) B.joinIni('VRIJWILLIGER_BIJ', p, ini, { rec });
  };

  const HEALTHY = 'parkwijk';
  let endedCount = 0;
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!.filter((b) => !noRegularIni.has(b));
    const n = w.key === HEALTHY || overloaded.some((p) => B.wijkOfBuurt.get(B.buurtOf.get(p)!) === w.key) ? 6 : Math.max(3, Math.round(w.residents / 16));
    const templates = rng.sample(INI_TEMPLATES, n);
    templates.forEach((tpl, i) => {
      const b = bs[i % bs.length];
      const name = tpl.name.replace('{w}', w.name).replace('{b}', B.byId.get(b)!.name);
      const late = rng.chance(0.15);
      const ends = !late && w.key !== HEALTHY && endedCount < 5 && rng.chance(0.06);
      if (ends) endedCount++;
      const id = makeIni({
        name,
        wijk: w.key,
        buurt: b,
        themes: tpl.themes,
        doel: tpl.doel,
        placeTypes: tpl.place,
        description: tpl.description,
        start: late ? diso(rng.int(dnum('2025-02-01'), dnum('2026-08-01'))) : DEMO_START,
        end: ends ? diso(rng.int(dnum('2025-12-01'), dnum('2026-06-30'))) : undefined,
      });
      B.initiativesOfWijk.get(w.key)!.push(id);
      populate(id, w.key, b);
    });
  }

  // The pilots' initiatives (Noord-Noord, Oost 1) and the schulden offers.
  const stopDeSchulden = makeIni({
    name: 'Stop de schulden',
    wijk: 'delftwijk',
    buurt: buurt('Delftwijk-Noord'),
    themes: ['schulden', 'armoede'],
    doel: 'financiele_situatie',
    place: 'plk_de_horizon',
    description: 'Workshop en terugkomochtenden: onder begeleiding van een vrijwilliger zelf aan de slag met je schulden.',
  });
  B.initiativesOfWijk.get('delftwijk')!.push(stopDeSchulden);
  populate(stopDeSchulden, 'delftwijk', buurt('Delftwijk-Noord'), { deelnemers: 8, vrijwilligers: 4 });
  const wijkfabriek = makeIni({
    name: 'De Wijkfabriek',
    wijk: 'slachthuisbuurt',
    buurt: buurt('Slachthuisbuurt-Noord'),
    themes: ['eenzaamheid', 'armoede'],
    doel: 'inzet_voor_elkaar',
    place: 'plk_de_wijkfabriek',
    description: 'Gangmakers maken het kleine collectieve in de wijk zichtbaar en verbinden bestaande initiatieven.',
  });
  B.initiativesOfWijk.get('slachthuisbuurt')!.push(wijkfabriek);
  populate(wijkfabriek, 'slachthuisbuurt', buurt('Slachthuisbuurt-Noord'), { trekkers: 3, deelnemers: 10 });
  const geldstress: string[] = [stopDeSchulden];
  for (const [w, bname] of [
    ['schalkwijk_midden', 'Schalkwijk-Centrum'],
    ['rozenprieel', 'Rozenprieel-Zuid'],
    ['slachthuisbuurt', 'Rustenburg'],
    ['frans_hals', 'Frans Halsbuurt'],
    ['meerwijk', 'Meerwijk-Noord'],
  ] as const) {
    const id = makeIni({
      name: `Weg met geldstress ${wijkDef.get(w)!.name}`,
      wijk: w,
      buurt: buurt(bname),
      themes: ['schulden', 'armoede'],
      doel: 'financiele_situatie',
      placeTypes: ['buurtcentrum', 'bibliotheek'],
      description: 'Inloop voor vragen over geld, post en schulden.',
    });
    B.initiativesOfWijk.get(w)!.push(id);
    populate(id, w, buurt(bname), { deelnemers: rng.int(5, 9), vrijwilligers: 2 });
    geldstress.push(id);
  }

  // Hole 9a: two initiatives in Indische Buurt-Noord on taal en digitale vaardigheid that never met.
  const introPool = B.pool(INTRO_BUURT);
  const introA = makeIni({ name: 'Taalcafé Indische Buurt', wijk: 'indische_wijk', buurt: INTRO_BUURT, themes: ['taal_digitaal', 'nieuwkomers'], doel: 'redzaamheid', placeTypes: ['buurtcentrum'], description: 'Nederlands oefenen met buren.' });
  const introB = makeIni({ name: 'Digitaal Spreekuur Indische Buurt', wijk: 'indische_wijk', buurt: INTRO_BUURT, themes: ['taal_digitaal', 'ouderen'], doel: 'redzaamheid', place: 'plk_pniel_kerk', description: 'Hulp bij DigiD, mail en formulieren.' });
  {
    const half = Math.floor(introPool.length / 2);
    const shuffled = rng.shuffle(introPool.slice());
    const groupA = shuffled.slice(0, half);
    const groupB = shuffled.slice(half);
    B.joinIni('TREKKER_VAN', groupA[0], introA, { source: 'sneeuwbal' });
    for (const p of groupA.slice(1, 8)) B.joinIni('DEELNEMER_AAN', p, introA);
    B.joinIni('TREKKER_VAN', groupB[0], introB, { source: 'sneeuwbal' });
    for (const p of groupB.slice(1, 7)) B.joinIni('DEELNEMER_AAN', p, introB);
    // The two trekkers do not know each other.
    const k = B.ties.findIndex((t) => t.type === 'KENT' && ((t.from === groupA[0] && t.to === groupB[0]) || (t.from === groupB[0] && t.to === groupA[0])));
    if (k >= 0) B.ties.splice(k, 1);
    B.tie('ONDERSTEUNT', 'org_dock', introA, { source: 'inventarisatie' });
    B.tie('ONDERSTEUNT', 'org_bibliotheek', introB, { source: 'inventarisatie' });
  }

  // ---------------------------------------------------------- support for initiatives
  const regularInis = ALL_WIJKEN.flatMap((w) => B.initiativesOfWijk.get(w)!.map((i) => [w, i] as const));
  for (const [w, ini] of regularInis) {
    const rec = B.recorder.get(w);
    const ops = B.opbouwwerkersOf.get(w) ?? [];
    if (w === LONELY_WIJK) B.joinIni('ONDERSTEUNT', yvonne, ini, { source: 'inventarisatie', rec: yvonne });
    else if (ops.length && rng.chance(0.7)) B.joinIni('ONDERSTEUNT', rng.pick(ops), ini, { source: 'inventarisatie', rec });
    if (rng.chance(0.5)) B.tie('ONDERSTEUNT', rng.pick(['org_dock', 'org_haarlem_effect']), ini, { source: 'inventarisatie', rec });
    if (rng.chance(0.35)) B.tie('SUBSIDIEERT', 'org_gemeente_mo', ini, { source: 'import', rec });
    const themes = B.themesOf.get(ini)!;
    if ((themes.has(thm('armoede')) || themes.has(thm('schulden'))) && rng.chance(0.6)) B.tie('SUBSIDIEERT', 'org_fonds_urgente_noden', ini, { source: 'import', rec });
    if (B.byId.get(ini)!.name.startsWith('Leefstraat')) {
      const corp = ['org_elan_wonen', 'org_pre_wonen', 'org_ymere'].find((c) => B.orgWijken.get(c)!.has(wk(w)));
      if (corp) B.tie('SUBSIDIEERT', corp, ini, { source: 'import', rec });
    }
    const wijkraad = `org_wijkraad_${w}`;
    if (B.byId.has(wijkraad) && rng.chance(0.4)) B.tie('ONDERSTEUNT', wijkraad, ini, { source: 'sneeuwbal', rec });
  }
  B.tie('ONDERSTEUNT', 'org_dock', stopDeSchulden, { source: 'inventarisatie' });
  B.tie('ONDERSTEUNT', 'org_humanitas', stopDeSchulden, { source: 'inventarisatie' });
  B.tie('ONDERSTEUNT', 'org_stem_in_de_stad', stopDeSchulden, { source: 'inventarisatie' });
  B.tie('ONDERSTEUNT', 'org_leger_des_heils', geldstress[1], { source: 'inventarisatie' });
  B.tie('ONDERSTEUNT', 'org_bakkerij_parkwijk', B.initiativesOfWijk.get(HEALTHY)![0], { source: 'sneeuwbal' });
  B.tie('ONDERSTEUNT', 'org_buurtsuper_meerwijk', B.initiativesOfWijk.get('meerwijk')![0], { source: 'sneeuwbal' });

  // Overloaded volunteers pull and help many initiatives in their wijk.
  for (const p of overloaded) {
    const w = B.wijkOfBuurt.get(B.buurtOf.get(p)!)!;
    const inis = B.initiativesOfWijk.get(w)!.filter((i) => !B.byId.get(i)!.endDate);
    inis.slice(0, 3).forEach((i) => B.joinIni('TREKKER_VAN', p, i, { source: 'sneeuwbal', startDate: DEMO_START }));
    inis.slice(3, 5).forEach((i) => B.joinIni('VRIJWILLIGER_BIJ', p, i, { source: 'sneeuwbal' }));
    inis.slice(5, 6).forEach((i) => B.joinIni('DEELNEMER_AAN', p, i, { source: 'sneeuwbal' }));
    B.tie('VRIJWILLIGER_BIJ', p, 'org_buuv', { source: 'import' });
    B.tie('VRIJWILLIGER_BIJ', p, 'org_humanitas', { source: 'import' });
    for (const o of B.opbouwwerkersOf.get(w) ?? []) B.kent(o, p, { strength: 5, trust: 5, source: 'sneeuwbal', rec: o });
  }

  // Wijkteams and initiatives. Normal teams: referrals and 2-3 members who support
  // initiatives. Noord-Noord: only Ilse (hole 2). Oost 1: only Marloes, until she left.
  const QUARTERS: [string, string][] = [
    ['2025-Q1', '2025-01-01'],
    ['2025-Q2', '2025-04-01'],
    ['2025-Q3', '2025-07-01'],
    ['2025-Q4', '2025-10-01'],
    ['2026-Q1', '2026-01-01'],
    ['2026-Q2', '2026-04-01'],
    ['2026-Q3', '2026-07-01'],
  ];
  const refer = (team: string, target: string) => {
    const periods = rng.sample(QUARTERS, rng.int(1, 4));
    for (const [period, start] of periods) B.tie('VERWIJST_NAAR', team, target, { period, count: rng.int(1, 24), startDate: start, source: 'import', rec: team });
  };
  const REFERRAL_ORGS = ['org_humanitas', 'org_buuv', 'org_kbo_pcob', 'org_gemeente_wi', 'org_mee_de_wering', 'org_fonds_urgente_noden', 'org_geloven_in_de_stad', 'org_ribw_kam', 'org_cjg'];
  const teamLinks = new Map<string, string[]>();
  for (const t of WIJKTEAMS) {
    const team = `wt_${t.key}`;
    for (const o of rng.sample(REFERRAL_ORGS, rng.int(4, 6))) refer(team, o);
    const inis = t.wijken.flatMap((w) => B.initiativesOfWijk.get(w)!).filter((i) => !B.byId.get(i)!.endDate);
    const ms = members.get(t.key)!;
    if (t.key === 'noord_noord') {
      const mine = [stopDeSchulden, ...rng.sample(inis.filter((i) => i !== stopDeSchulden), 2)];
      for (const i of mine) B.joinIni('ONDERSTEUNT', ilse, i, { source: 'inventarisatie', rec: ilse, startDate: DEMO_START });
      teamLinks.set(t.key, mine);
      // she knows the trekkers
      for (const i of mine) for (const p of B.iniPeople.get(i)!) if (B.ties.some((x) => x.type === 'TREKKER_VAN' && x.from === p && x.to === i)) B.kent(ilse, p, { strength: 4, source: 'sneeuwbal', rec: ilse });
      continue;
    }
    if (t.key === 'oost_1') {
      const mine = [wijkfabriek, ...rng.sample(inis.filter((i) => i !== wijkfabriek), 2)];
      for (const i of mine) B.joinIni('ONDERSTEUNT', marloes, i, { source: 'inventarisatie', rec: marloes, startDate: DEMO_START });
      for (const i of mine) for (const p of B.iniPeople.get(i)!) if (B.ties.some((x) => x.type === 'TREKKER_VAN' && x.from === p && x.to === i)) B.kent(marloes, p, { strength: 4, source: 'sneeuwbal', rec: marloes });
      teamLinks.set(t.key, mine);
      continue;
    }
    for (const i of rng.sample(inis, rng.int(2, 4))) refer(team, i);
    const linking = rng.sample(ms.filter((m) => !B.byId.get(m)!.endDate), t.key === 'oost_2' ? 3 : rng.int(2, 3));
    for (const m of linking) for (const i of rng.sample(inis, rng.int(1, 2))) B.joinIni('ONDERSTEUNT', m, i, { source: 'inventarisatie', rec: m });
    teamLinks.set(t.key, linking);
  }

  // ---------------------------------------------------------- sealed planted groups
  // Hole 4: an isolated cluster of initiatives in Europawijk-Zuid.
  const clusterPersons: string[] = [];
  for (let i = 0; i < 12; i++) {
    const p = B.person({ roles: ['bewoner'], consent: 'toestemming' });
    B.reserved.add(p);
    B.tie('WOONT_IN', p, CLUSTER_BUURT, { startDate: DEMO_START, source: 'sneeuwbal', rec: B.recorder.get('europawijk') });
    B.residentsByBuurt.get(CLUSTER_BUURT)!.push(p);
    B.buurtOf.set(p, CLUSTER_BUURT);
    clusterPersons.push(p);
  }
  const clusterInis = [
    makeIni({ name: 'Moestuin De Groene Vinger', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['eenzaamheid'], doel: 'inzet_voor_elkaar', place: 'plk_plein_europawijk', description: 'Bewoners tuinieren samen op een braakliggend stuk grond.' }),
    makeIni({ name: 'Wandelclub De Europeanen', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['ouderen', 'eenzaamheid'], doel: 'gezondheid', place: 'plk_plein_europawijk', description: 'Dinsdagochtend een rondje door de wijk.' }),
    makeIni({ name: 'Kookclub Wereldkeuken', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['nieuwkomers', 'eenzaamheid'], doel: 'sociale_verbondenheid', place: 'plk_plein_europawijk', description: 'Om beurten koken voor elkaar, in de huiskamer van een van de leden.' }),
  ];
  clusterPersons.forEach((p, i) => {
    for (let j = 1; j <= 2; j++) B.kent(p, clusterPersons[(i + j) % clusterPersons.length], { strength: rng.int(2, 4), source: 'sneeuwbal', rec: 'bewonersinventarisatie Europawijk' });
    if (i < 3) B.joinIni('TREKKER_VAN', p, clusterInis[i], { source: 'sneeuwbal', rec: 'bewonersinventarisatie Europawijk' });
    B.joinIni('DEELNEMER_AAN', p, clusterInis[(i + 1) % 3], { rec: 'bewonersinventarisatie Europawijk' });
    if (i % 2 === 0) B.joinIni('DEELNEMER_AAN', p, clusterInis[(i + 2) % 3], { rec: 'bewonersinventarisatie Europawijk' });
  });

  // Hole 10: a tight, closed group in Molenwijk-Zuid around a kaartclub.
  const closed: string[] = [];
  for (let i = 0; i < 10; i++) {
    const p = B.person({ roles: ['bewoner'], consent: 'toestemming' });
    B.reserved.add(p);
    B.tie('WOONT_IN', p, CLOSED_BUURT, { startDate: DEMO_START, source: 'sneeuwbal', rec: B.recorder.get('molenwijk') });
    B.residentsByBuurt.get(CLOSED_BUURT)!.push(p);
    B.buurtOf.set(p, CLOSED_BUURT);
    closed.push(p);
  }
  for (let i = 0; i < closed.length; i++) for (let j = i + 1; j < closed.length; j++) B.kent(closed[i], closed[j], { strength: rng.int(4, 5), trust: 5, source: 'sneeuwbal', rec: B.recorder.get('molenwijk') });
  const kaartclub = makeIni({ name: 'Kaartclub De Molen', wijk: 'molenwijk', buurt: CLOSED_BUURT, themes: ['ouderen'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum'], description: 'Klaverjassen op woensdagmiddag; al jaren dezelfde vaste tafels.' });
  B.joinIni('TREKKER_VAN', closed[0], kaartclub, { source: 'sneeuwbal' });
  for (const p of closed.slice(1)) B.joinIni('DEELNEMER_AAN', p, kaartclub);
  const closedOutside = [
    B.kent(closed[0], rng.pick(B.pool(buurt('Molenwijk-Noord'))), { strength: 2, source: 'sneeuwbal' })!,
    B.kent(closed[1], rng.pick(B.pool(buurt('Molenwijk-Noord'))), { strength: 2, source: 'sneeuwbal' })!,
  ];

  // Hole 8: isolated residents.
  const isolatedNone: string[] = [];
  for (const bname of ['Boerhaavewijk-Noord', 'Slachthuisbuurt-Zuid', 'Meerwijk-Zuid', 'Burgwal']) {
    const b = buurt(bname);
    const p = B.person({ roles: ['bewoner'], consent: 'gerechtvaardigd_belang' });
    B.reserved.add(p);
    B.tie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'intake', rec: B.recorder.get(B.wijkOfBuurt.get(b)!) });
    B.residentsByBuurt.get(b)!.push(p);
    B.buurtOf.set(p, b);
    isolatedNone.push(p);
  }
  const isolatedOne: { person: string; professional: string; tie: string }[] = [];
  for (const [bname, prof] of [
    ['Boerhaavewijk-Zuid', buurtcoaches.get('schalkwijk_zuid')!],
    ['Molenwijk-Noord', members.get('schalkwijk_zuid')![2]],
    ['Planetenbuurt', members.get('noord_zuid')![3]],
  ] as const) {
    const b = buurt(bname);
    const p = B.person({ roles: ['bewoner'], consent: 'gerechtvaardigd_belang' });
    B.reserved.add(p);
    B.tie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'intake', rec: prof });
    B.residentsByBuurt.get(b)!.push(p);
    B.buurtOf.set(p, b);
    const t = B.kent(prof, p, { strength: 2, source: 'intake', rec: prof, startDate: '2025-03-10' })!;
    isolatedOne.push({ person: p, professional: prof, tie: t });
  }

  // Hole 9b: residents of Ter Kleef who each go to a different schulden activity elsewhere.
  const collect: string[] = [];
  const tkPool = B.pool(COLLECT_BUURT);
  geldstress.slice(0, 5).forEach((ini) => {
    const p = B.person({ roles: ['bewoner'], consent: 'toestemming' });
    B.reserved.add(p);
    B.tie('WOONT_IN', p, COLLECT_BUURT, { startDate: DEMO_START, source: 'intake', rec: B.recorder.get('ter_kleef') });
    B.residentsByBuurt.get(COLLECT_BUURT)!.push(p);
    B.buurtOf.set(p, COLLECT_BUURT);
    B.joinIni('DEELNEMER_AAN', p, ini, { source: 'intake', rec: B.recorder.get('ter_kleef') });
    for (const t of rng.sample(tkPool, 2)) B.kent(p, t, { source: 'sneeuwbal', rec: B.recorder.get('ter_kleef') });
    collect.push(p);
  });

  // ---------------------------------------------------------- repair passes
  const sealedInis = new Set([...clusterInis, kaartclub]);
  const introPair = new Set([introA, introB]);

  // (c) initiatives sharing a buurt and a theme have met: today they share at least
  // one active person, except the planted introduction pair and the sealed groups.
  const activePeople = new Map<string, Set<string>>();
  for (const t of B.ties) {
    if (kindOfNodeId(t.to) !== 'initiatief' || kindOfNodeId(t.from) !== 'persoon' || !activeOn(t, T1)) continue;
    if (!activePeople.has(t.to)) activePeople.set(t.to, new Set());
    activePeople.get(t.to)!.add(t.from);
  }
  const people = (ini: string) => activePeople.get(ini) ?? new Set<string>();
  const canShare = (p: string) => !B.reserved.has(p) && activeOn(B.byId.get(p)!, T1) && !B.roles(p).some((r) => PROFESSIONAL.has(r));
  const share = (src: Set<string>, target: string): boolean => {
    for (const p of rng.shuffle([...src].filter(canShare))) {
      if (B.joinIni('DEELNEMER_AAN', p, target, { source: 'sneeuwbal', startDate: diso(T1 - rng.int(30, 500)) })) {
        if (!activePeople.has(target)) activePeople.set(target, new Set());
        activePeople.get(target)!.add(p);
        return true;
      }
    }
    return false;
  };
  const liveInis = B.nodes.filter((n) => n.kind === 'initiatief' && activeOn(n, T1)).map((n) => n.id);
  for (let i = 0; i < liveInis.length; i++) {
    for (let j = i + 1; j < liveInis.length; j++) {
      const a = liveInis[i];
      const b = liveInis[j];
      if (B.iniBuurt.get(a) !== B.iniBuurt.get(b)) continue;
      if (introPair.has(a) && introPair.has(b)) continue;
      if (sealedInis.has(a) && sealedInis.has(b)) continue;
      const ta = B.themesOf.get(a)!;
      if (![...B.themesOf.get(b)!].some((t) => ta.has(t))) continue;
      if ([...people(a)].some((p) => people(b).has(p))) continue;
      if (sealedInis.has(a) || sealedInis.has(b) || introPair.has(a) || introPair.has(b)) throw new Error(`gereserveerde buurt heeft een ander initiatief: ${a} ${b}`);
      if (!share(people(a), b) && !share(people(b), a)) throw new Error(`kon ${a} en ${b} niet verbinden`);
    }
  }
  // Healthy wijk: every theme on offer (initiatives in its buurten or organisations working there).
  const offerThemes = (w: string): Set<string> => {
    const out = new Set<string>();
    for (const [id, set] of B.themesOf) {
      const kind = kindOfNodeId(id);
      const here = kind === 'organisatie' ? B.orgWijken.get(id)!.has(wk(w)) : B.wijkOfBuurt.get(B.iniBuurt.get(id) ?? '') === w;
      if (here && activeOn(B.byId.get(id)!, T1)) for (const t of set) out.add(t);
    }
    return out;
  };
  {
    const have = offerThemes(HEALTHY);
    const missing = Object.keys(THEMES).filter((k) => !have.has(thm(k as ThemeKey)));
    if (missing.length) throw new Error(`gezonde wijk mist thema's: ${missing.join(', ')}`);
  }

  // (b) organisations that work in the same wijk on the same theme work together,
  // except the planted duplication: Humanitas and Leger des Heils in Schalkwijk-Midden.
  const DUP: [string, string] = ['org_humanitas', 'org_leger_des_heils'];
  const orgPair = new Set<string>();
  for (const t of B.ties) if (kindOfNodeId(t.from) === 'organisatie' && kindOfNodeId(t.to) === 'organisatie') orgPair.add([t.from, t.to].sort().join('|'));
  for (let i = 0; i < orgIds.length; i++) {
    for (let j = i + 1; j < orgIds.length; j++) {
      const a = orgIds[i];
      const b = orgIds[j];
      if (DUP.includes(a) && DUP.includes(b)) continue;
      if (orgPair.has([a, b].sort().join('|'))) continue;
      const wa = B.orgWijken.get(a)!;
      if (![...B.orgWijken.get(b)!].some((w) => wa.has(w))) continue;
      const ta = B.themesOf.get(a)!;
      if (![...B.themesOf.get(b)!].some((t) => ta.has(t))) continue;
      B.tie('WERKT_SAMEN_MET', a, b, { source: 'inventarisatie', startDate: diso(T0 + rng.int(0, 200)) });
      orgPair.add([a, b].sort().join('|'));
    }
  }

  // (a) every ordinary resident has at least two social ties today.
  for (const [b, list] of B.residentsByBuurt) {
    for (const p of list) {
      if (B.reserved.has(p) || !activeOn(B.byId.get(p)!, T1)) continue;
      let guard = 0;
      while (B.socialDegreeToday(p) < 2 && guard++ < 10) {
        const cands = B.pool(b).filter((x) => x !== p);
        B.kent(p, rng.pick(cands), { source: 'sneeuwbal', rec: B.recorder.get(B.wijkOfBuurt.get(b)!), startDate: diso(Math.max(dnum(B.byId.get(p)!.startDate as string), T0 + rng.int(0, 300))) });
      }
    }
  }

  // Faded ties: a few KENT ties end (between 2025-12 and 2026-10), never in the healthy wijk.
  const healthyPersons = new Set(B.buurtenOfWijk.get(HEALTHY)!.flatMap((b) => B.residentsByBuurt.get(b)!));
  const keepActive = new Set<string>([...closedOutside, ...isolatedOne.map((x) => x.tie)]);
  for (const t of B.ties) {
    if (t.type !== 'KENT' || t.endDate || keepActive.has(t.id)) continue;
    if (healthyPersons.has(t.from) || healthyPersons.has(t.to)) continue;
    if (B.reserved.has(t.from) || B.reserved.has(t.to)) continue;
    if ([t.from, t.to].some((x) => B.roles(x).includes('wijkteamlid') || B.roles(x).includes('opbouwwerker'))) continue;
    if (!rng.chance(0.035)) continue;
    const lo = Math.max(dnum(t.startDate!) + 30, dnum('2025-12-01'));
    if (lo > T1 - 2) continue;
    // only end it if both ends keep two social ties today
    if (B.socialDegreeToday(t.from) < 3 || B.socialDegreeToday(t.to) < 3) continue;
    const end = rng.int(lo, T1 - 2);
    t.endDate = diso(end);
    if (t.lastContact && dnum(t.lastContact) > end) t.lastContact = diso(rng.int(Math.max(dnum(t.startDate!), STALE), end));
  }

  // Hole 7: stale ties: no contact for over a year, in Haarlemmerhout, Vijfhoek and Bosch en Vaart.
  const staleArea = new Set(['haarlemmerhout', 'vijfhoek_raaks_doelen', 'bosch_en_vaart'].flatMap((w) => B.buurtenOfWijk.get(w)!.flatMap((b) => B.residentsByBuurt.get(b)!)));
  const staleCands = B.ties.filter(
    (t) => t.type === 'KENT' && !t.endDate && staleArea.has(t.from) && staleArea.has(t.to) && dnum(t.startDate!) <= dnum('2025-06-01') && !B.reserved.has(t.from) && !B.reserved.has(t.to),
  );
  const staleTies = rng.sample(staleCands, 24).sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const t of staleTies) t.lastContact = diso(rng.int(dnum(t.startDate!), dnum('2025-10-15')));

  // ---------------------------------------------------------- self-checks and manifest
  const data: NetworkData = { nodes: B.nodes, ties: B.ties };
  const errors = checkNetwork(data);
  if (errors.length) throw new Error(`demo ongeldig:\n${errors.slice(0, 20).join('\n')}`);

  const marloesEnded = B.ties.filter((t) => (t.from === marloes || t.to === marloes) && t.endDate).map((t) => t.id);
  const pick = (w: string, role: PersonRole) =>
    B.ties
      .filter((t) => t.type === 'ACTIEF_IN' && t.to === wk(w) && B.roles(t.from).includes(role))
      .map((t) => t.from)
      .sort();

  const holes: DemoHoles = {
    today: DEMO_TODAY,
    staleBefore: DEMO_STALE_BEFORE,
    conventions: [
      'Active on day D: startDate <= D and (no endDate or endDate > D); endDate is the first day it no longer counts.',
      'Residents WOONT_IN a buurt; professionals ACTIEF_IN wijken; organisations and wijkteams WERKT_IN wijken; initiatives WERKT_IN one buurt; plekken LIGT_IN a buurt.',
      'Offer for (wijk, theme): an organisation WERKT_IN the wijk, or an initiative WERKT_IN one of its buurten, that RICHT_ZICH_OP the theme.',
      'Social ties: all ties except the CONTEXT_TIES (WOONT_IN, ACTIEF_IN, WERKT_IN, LIGT_IN, RICHT_ZICH_OP, VINDT_PLAATS_IN, BEHEERT).',
    ],
    healthy: {
      wijk: wk(HEALTHY),
      wijkteam: teamOfWijk.get(HEALTHY)!,
      opbouwwerkers: pick(HEALTHY, 'opbouwwerker'),
      gebiedsverbinders: pick(HEALTHY, 'gebiedsverbinder'),
      sleutelfiguren: B.sleutelfiguren.get(HEALTHY)!.slice().sort(),
      linkingMembers: teamLinks.get('oost_2')!.slice().sort(),
    },
    noOpbouwwerker: { wijk: wk(NO_OPBOUW), wijkteam: teamOfWijk.get(NO_OPBOUW)!, gebiedsverbinders: pick(NO_OPBOUW, 'gebiedsverbinder') },
    noSleutelfiguur: { wijk: wk(NO_SLEUTEL) },
    singlePersonLink: { wijkteam: 'wt_noord_noord', person: ilse, initiatives: teamLinks.get('noord_noord')!.slice().sort(), otherMembers: members.get('noord_noord')!.filter((m) => m !== ilse).sort() },
    departure: { wijkteam: 'wt_oost_1', person: marloes, date: '2026-04-30', initiatives: teamLinks.get('oost_1')!.slice().sort(), endedTies: marloesEnded.sort(), successor: opvolger },
    duplication: { wijk: wk('schalkwijk_midden'), theme: thm('schulden'), organisations: DUP },
    isolatedCluster: { buurt: CLUSTER_BUURT, initiatives: clusterInis.slice().sort(), persons: clusterPersons.slice().sort() },
    overloadedVolunteers: { persons: overloaded.slice().sort() },
    lonelyOpbouwwerker: { person: yvonne, wijk: wk(LONELY_WIJK), initiatives: B.initiativesOfWijk.get(LONELY_WIJK)!.slice().sort() },
    themeGap: { theme: thm('schulden'), wijken: [wk('ter_kleef'), wk('zuiderpolder')] },
    staleTies: staleTies.map((t) => t.id),
    isolatedResidents: { noTies: isolatedNone.slice().sort(), onlyOneProfessional: isolatedOne },
    introduction: { buurt: INTRO_BUURT, theme: thm('taal_digitaal'), initiatives: [introA, introB] },
    collectiviseren: { buurt: COLLECT_BUURT, theme: thm('schulden'), persons: collect.slice().sort(), initiatives: geldstress.slice(0, 5).sort() },
    closedGroup: { buurt: CLOSED_BUURT, initiative: kaartclub, persons: closed.slice().sort(), outsideTies: closedOutside },
  };
  return { data, holes };
}

/** Schema, endpoint and date checks for a network; returns error messages (empty when valid). */
const STRICT_NODE = Object.fromEntries(Object.entries(NODE_FIELDS).map(([k, schema]) => [k, schema.strict()])) as unknown as {
  [K in NodeKind]: ReturnType<(typeof NODE_FIELDS)[K]['strict']>;
};
const STRICT_TIE = tieFields.strict();

export function checkNetwork(data: NetworkData): string[] {
  const errors: string[] = [];
  const kinds = new Map<string, GraphNode>();
  data.nodes.forEach((n, i) => {
    if (kinds.has(n.id)) errors.push(`node ${i}: dubbele id ${n.id}`);
    kinds.set(n.id, n);
    if (kindOfNodeId(n.id) !== n.kind) errors.push(`node ${i}: id ${n.id} past niet bij soort ${n.kind}`);
    const { id: _id, kind: _kind, ...fields } = n;
    const r = STRICT_NODE[n.kind].safeParse(fields);
    if (!r.success) errors.push(`node ${i} (${n.id}): ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (typeof n.startDate === 'string' && typeof n.endDate === 'string' && n.endDate < n.startDate) errors.push(`node ${n.id}: einde voor begin`);
  });
  const tieIds = new Set<string>();
  data.ties.forEach((t, i) => {
    if (tieIds.has(t.id)) errors.push(`tie ${i}: dubbele id ${t.id}`);
    tieIds.add(t.id);
    if (!t.id.startsWith(`${t.type.toLowerCase()}.`)) errors.push(`tie ${i}: id ${t.id} past niet bij ${t.type}`);
    const a = kinds.get(t.from);
    const b = kinds.get(t.to);
    if (!a || !b) {
      errors.push(`tie ${t.id}: onbekend eindpunt`);
      return;
    }
    if (!allowedPair(t.type, a.kind, b.kind)) errors.push(`tie ${t.id}: ${t.type} ${a.kind}->${b.kind} niet toegestaan`);
    const { id: _id, type: _type, from: _from, to: _to, ...fields } = t;
    const r = STRICT_TIE.safeParse(fields);
    if (!r.success) errors.push(`tie ${i} (${t.id}): ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (t.startDate && t.endDate && t.endDate < t.startDate) errors.push(`tie ${t.id}: einde voor begin`);
    for (const n of [a, b]) {
      if (t.startDate && typeof n.startDate === 'string' && t.startDate < n.startDate) errors.push(`tie ${t.id}: begint voor ${n.id}`);
      if (typeof n.endDate === 'string' && (!t.endDate || t.endDate > n.endDate)) errors.push(`tie ${t.id}: loopt door na einde van ${n.id}`);
    }
    if (t.lastContact && t.startDate && t.lastContact < t.startDate) errors.push(`tie ${t.id}: laatste contact voor begin`);
    if (t.lastContact && t.endDate && t.lastContact > t.endDate) errors.push(`tie ${t.id}: laatste contact na einde`);
  });
  return errors;
}
