/**
 * Synthetic wijknetwerk generator for tests and benchmarks (1k to 100k+ nodes).
 *
 * Shape: a gebied tree (stad > stadsdelen > wijken > buurten) scaled with size;
 * mostly persons (residents plus a few professionals), and organisations,
 * wijkteams, initiatives, plekken and themes in plausible proportions. Context
 * and membership ties first, then KENT ties fill the budget of about
 * `tiesPerNode` ties per node. KENT ties are clustered by wijk (most within the
 * buurt or wijk, a few across) with preferential attachment, so degrees are
 * heavy-tailed. Deterministic for a seed; every node and tie is valid for the model.
 */
import { type GraphNode, type GraphTie, type NetworkData, type PersonRole, type TieType } from '../../model/index.ts';
import { FIRST_NAMES, LAST_NAMES } from '../demo/names.ts';
import { Rng } from './prng.ts';

export interface GenerateOptions {
  /** Total number of nodes (at least 30). */
  nodes: number;
  /** Ties per node in total; default 3. */
  tiesPerNode?: number;
  seed?: number;
  /** Years of event history: ties get start dates spread over these years and some end. Default 0: no dates. */
  years?: number;
  /** Reference "today" for dates; default 2026-11-01. */
  today?: string;
}

const THEMES: [string, string, 'doel' | 'thema'][] = [
  ['sociale_verbondenheid', 'Sociale verbondenheid', 'doel'],
  ['inzet_voor_elkaar', 'Inzet voor elkaar en de buurt', 'doel'],
  ['redzaamheid', 'Redzaamheid', 'doel'],
  ['financiele_situatie', 'Financiële situatie', 'doel'],
  ['gezondheid', 'Gezondheid', 'doel'],
  ['jeugd', 'Jeugd groeit gezond en veilig op', 'doel'],
  ['waardevol_werk', 'Waardevol werk', 'doel'],
  ['eenzaamheid', 'Eenzaamheid', 'thema'],
  ['armoede', 'Armoede', 'thema'],
  ['schulden', 'Schulden', 'thema'],
  ['taal_digitaal', 'Taal en digitale vaardigheid', 'thema'],
  ['ouderen', 'Ouderen', 'thema'],
  ['mantelzorg', 'Mantelzorg', 'thema'],
  ['nieuwkomers', 'Nieuwkomers', 'thema'],
  ['veiligheid', 'Veiligheid', 'thema'],
  ['opvoeding', 'Opvoeding', 'thema'],
];

const ORG_TYPES = ['welzijn', 'zorg', 'jeugd', 'gemeente', 'woningcorporatie', 'levensbeschouwelijk', 'vrijwilligersorganisatie', 'vereniging', 'school', 'ondernemer', 'fonds', 'participatieraad'] as const;
const ORG_WEIGHTS = [3, 4, 2, 1, 2, 3, 4, 5, 4, 4, 1, 1];
const PLACE_TYPES = ['buurtcentrum', 'school', 'bibliotheek', 'kerk', 'moskee', 'sportaccommodatie', 'zorglocatie', 'buitenruimte', 'overig'] as const;
const PLACE_WEIGHTS = [5, 4, 1, 2, 1, 2, 2, 4, 2];
const PRO_ROLES: PersonRole[] = ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'professional'];
const PRO_WEIGHTS = [1, 3, 6, 2, 1, 1, 1, 2];
const INI_WORDS = ['Wandelclub', 'Taalcafé', 'Moestuin', 'Bakkie in de Buurt', 'Repair Café', 'Kookclub', 'Leefstraat', 'Digitaal Spreekuur', 'Huiswerkklas', 'Mantelzorgcafé', 'Buurtmaaltijd', 'Klusploeg', 'Buurtpreventie', 'Ouderensoos', 'Weg met geldstress'];

const DAY = 86_400_000;

export function generateNetwork(options: GenerateOptions): NetworkData {
  const total = Math.max(30, Math.floor(options.nodes));
  const tiesPerNode = options.tiesPerNode ?? 3;
  const years = Math.max(0, options.years ?? 0);
  const rng = new Rng(options.seed ?? 1);
  const todayDay = Math.round(Date.parse(`${options.today ?? '2026-11-01'}T00:00:00Z`) / DAY);
  const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);

  // ---------------------------------------------------------------- sizes
  const nWijken = Math.max(2, Math.round(total / 250));
  const nStadsdelen = Math.max(1, Math.round(nWijken / 6));
  const buurtenPer: number[] = [];
  for (let w = 0; w < nWijken; w++) buurtenPer.push(rng.int(2, 5));
  const nBuurten = buurtenPer.reduce((a, b) => a + b, 0);
  const nGebied = 1 + nStadsdelen + nWijken + nBuurten;
  const nThema = THEMES.length;
  const nWijkteam = Math.max(1, Math.round(nWijken / 3));
  const nOrg = Math.max(3, Math.round(total * 0.02));
  const nIni = Math.max(3, Math.round(total * 0.035));
  const nPlek = Math.max(2, Math.round(total * 0.025));
  const nPersons = total - nGebied - nThema - nWijkteam - nOrg - nIni - nPlek;
  if (nPersons < 10) throw new Error(`te weinig knopen (${total}) voor een netwerk`);
  const nPros = Math.max(nWijkteam * 3, Math.round(nPersons * 0.06));

  const nodes: GraphNode[] = [];
  const ties: GraphTie[] = [];
  const counters: Partial<Record<TieType, number>> = {};

  const datedTie = (type: TieType, from: string, to: string, extra?: Partial<GraphTie>): GraphTie => {
    const n = (counters[type] = (counters[type] ?? 0) + 1);
    const tie: GraphTie = { id: `${type.toLowerCase()}.${n}`, type, from, to, source: 'demo', recordedBy: 'generator', ...extra };
    if (years > 0) {
      const start = todayDay - rng.int(1, Math.round(years * 365));
      tie.startDate = iso(start);
      tie.recordedAt = `${iso(start)}T12:00:00.000Z`;
      if (rng.chance(0.08)) tie.endDate = iso(rng.int(start, todayDay - 1));
    }
    if (from.startsWith('per_')) tie.consentBasis = 'toestemming';
    ties.push(tie);
    return tie;
  };

  // ---------------------------------------------------------------- gebied tree
  nodes.push({ id: 'geb_stad', kind: 'gebied', name: 'Synthetische stad', level: 'stad', code: 'GM9999' });
  for (let s = 0; s < nStadsdelen; s++) nodes.push({ id: `geb_sd${s}`, kind: 'gebied', name: `Stadsdeel ${s + 1}`, level: 'stadsdeel', parentId: 'geb_stad' });
  const wijkIds: string[] = [];
  const buurtIds: string[][] = [];
  const buurtWijk: number[] = [];
  const allBuurten: string[] = [];
  for (let w = 0; w < nWijken; w++) {
    const id = `geb_wk${w}`;
    wijkIds.push(id);
    nodes.push({ id, kind: 'gebied', name: `Wijk ${w + 1}`, level: 'wijk', code: `WK${String(w).padStart(6, '0')}`, parentId: `geb_sd${w % nStadsdelen}` });
    const list: string[] = [];
    for (let b = 0; b < buurtenPer[w]; b++) {
      const bid = `geb_bu${w}_${b}`;
      list.push(bid);
      allBuurten.push(bid);
      buurtWijk.push(w);
      nodes.push({ id: bid, kind: 'gebied', name: `Buurt ${w + 1}.${b + 1}`, level: 'buurt', code: `BU${String(w).padStart(6, '0')}${String(b).padStart(2, '0')}`, parentId: id });
    }
    buurtIds.push(list);
  }
  for (const [key, name, category] of THEMES) nodes.push({ id: `thm_${key}`, kind: 'thema', name, category });

  // Wijk sizes vary: a weight per wijk decides how many persons live there.
  const wijkWeight: number[] = [];
  for (let w = 0; w < nWijken; w++) wijkWeight.push(0.5 + rng.next());
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of wijkWeight) cumulative.push((sum += weight));
  const pickWijk = (): number => {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // ---------------------------------------------------------------- organisations
  const orgIds: string[] = [];
  const orgsOfWijk: string[][] = wijkIds.map(() => []);
  for (let o = 0; o < nOrg; o++) {
    const id = `org_${o}`;
    const type = rng.weighted(ORG_TYPES, ORG_WEIGHTS);
    orgIds.push(id);
    nodes.push({ id, kind: 'organisatie', name: `Organisatie ${o + 1} (${type})`, type });
    const wide = rng.chance(0.1);
    const count = wide ? rng.int(5, Math.min(20, nWijken)) : rng.int(1, Math.min(2, nWijken));
    const home = pickWijk();
    for (let k = 0; k < count; k++) {
      const w = k === 0 ? home : rng.int(0, nWijken - 1);
      if (orgsOfWijk[w].includes(id)) continue;
      orgsOfWijk[w].push(id);
      datedTie('WERKT_IN', id, wijkIds[w]);
    }
    for (const t of rng.sample(THEMES, rng.int(1, 3))) datedTie('RICHT_ZICH_OP', id, `thm_${t[0]}`);
  }
  const orgNear = (w: number) => (orgsOfWijk[w].length ? rng.pick(orgsOfWijk[w]) : rng.pick(orgIds));
  // A sparse formal layer among organisations.
  for (let o = 0; o < nOrg; o++) {
    const type = rng.weighted<TieType>(['WERKT_SAMEN_MET', 'SUBSIDIEERT', 'OPDRACHTGEVER_VAN', 'LID_VAN_CONSORTIUM'], [6, 2, 1, 1]);
    const other = rng.pick(orgIds);
    if (other !== orgIds[o]) datedTie(type, orgIds[o], other);
  }

  // ---------------------------------------------------------------- plekken
  const plekkenOfWijk: string[][] = wijkIds.map(() => []);
  const plekIds: string[] = [];
  for (let p = 0; p < nPlek; p++) {
    const id = `plk_${p}`;
    const type = rng.weighted(PLACE_TYPES, PLACE_WEIGHTS);
    const w = p < nWijken ? p : pickWijk();
    const b = rng.pick(buurtIds[w]);
    nodes.push({ id, kind: 'plek', name: `${type[0].toUpperCase()}${type.slice(1)} ${p + 1}`, type });
    plekIds.push(id);
    plekkenOfWijk[w].push(id);
    datedTie('LIGT_IN', id, b);
    if (rng.chance(0.5)) datedTie('BEHEERT', orgNear(w), id);
  }

  // ---------------------------------------------------------------- persons
  const personIds: string[] = new Array(nPersons);
  const personNode = new Int32Array(nPersons);
  const personWijk = new Int32Array(nPersons);
  const personBuurt = new Int32Array(nPersons);
  const residentsOfWijk: number[][] = wijkIds.map(() => []);
  const prosOfWijk: number[][] = wijkIds.map(() => []);
  for (let i = 0; i < nPersons; i++) {
    const id = `per_${i}`;
    personIds[i] = id;
    const w = pickWijk();
    personWijk[i] = w;
    const pro = i < nPros;
    const roles: PersonRole[] = pro ? [rng.weighted(PRO_ROLES, PRO_WEIGHTS)] : ['bewoner'];
    if (!pro) {
      if (rng.chance(0.05)) roles.push('vrijwilliger');
      if (rng.chance(0.04)) roles.push('mantelzorger');
      if (rng.chance(0.02)) roles.push('sleutelfiguur');
    }
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    personNode[i] = nodes.length;
    nodes.push({ id, kind: 'persoon', name, roles, consentBasis: 'toestemming', consentDate: iso(todayDay - rng.int(30, 700)) });
    if (pro) {
      prosOfWijk[w].push(i);
      personBuurt[i] = -1;
      datedTie('ACTIEF_IN', id, wijkIds[w]);
      datedTie('WERKT_BIJ', id, orgNear(w));
    } else {
      residentsOfWijk[w].push(i);
      const b = rng.int(0, buurtIds[w].length - 1);
      personBuurt[i] = b;
      datedTie('WOONT_IN', id, buurtIds[w][b]);
    }
  }
  const personOfWijk = (w: number) => {
    const res = residentsOfWijk[w];
    return res.length ? rng.pick(res) : rng.int(nPros, nPersons - 1);
  };

  // ---------------------------------------------------------------- wijkteams
  for (let t = 0; t < nWijkteam; t++) {
    const id = `wt_${t}`;
    nodes.push({ id, kind: 'wijkteam', name: `Sociaal wijkteam ${t + 1}` });
    const wijken: number[] = [];
    for (let w = t; w < nWijken; w += nWijkteam) wijken.push(w);
    for (const w of wijken) {
      datedTie('WERKT_IN', id, wijkIds[w]);
      for (const p of prosOfWijk[w]) if ((nodes[personNode[p]].roles as PersonRole[])[0] === 'wijkteamlid') datedTie('LID_VAN', personIds[p], id);
      if (orgsOfWijk[w].length) datedTie('VERWIJST_NAAR', id, rng.pick(orgsOfWijk[w]), { count: rng.int(1, 30), period: `2026-Q${rng.int(1, 3)}` });
    }
  }

  // ---------------------------------------------------------------- initiatives
  for (let k = 0; k < nIni; k++) {
    const id = `ini_${k}`;
    const w = k < nWijken ? k : pickWijk();
    const b = rng.int(0, buurtIds[w].length - 1);
    nodes.push({ id, kind: 'initiatief', name: `${rng.pick(INI_WORDS)} ${k + 1}` });
    datedTie('WERKT_IN', id, buurtIds[w][b]);
    datedTie('VINDT_PLAATS_IN', id, plekkenOfWijk[w].length ? rng.pick(plekkenOfWijk[w]) : rng.pick(plekIds));
    for (const t of rng.sample(THEMES, rng.int(1, 2))) datedTie('RICHT_ZICH_OP', id, `thm_${t[0]}`);
    const people = new Set<number>();
    const n = rng.int(2, 7);
    for (let j = 0; j < n; j++) people.add(personOfWijk(w));
    let first = true;
    for (const p of people) {
      datedTie(first ? 'TREKKER_VAN' : rng.chance(0.15) ? 'VRIJWILLIGER_BIJ' : 'DEELNEMER_AAN', personIds[p], id);
      first = false;
    }
    if (rng.chance(0.5)) datedTie(rng.chance(0.7) ? 'ONDERSTEUNT' : 'SUBSIDIEERT', orgNear(w), id);
    if (prosOfWijk[w].length && rng.chance(0.4)) datedTie('ONDERSTEUNT', personIds[rng.pick(prosOfWijk[w])], id);
  }

  // ---------------------------------------------------------------- KENT: clustered, preferential
  const budget = Math.max(0, Math.round(total * tiesPerNode) - ties.length);
  // Degree bags per wijk: a person appears once, plus once per KENT tie (preferential attachment).
  const bags: number[][] = wijkIds.map((_, w) => [...residentsOfWijk[w], ...prosOfWijk[w]]);
  const seen = new Set<number>();
  let made = 0;
  let attempts = 0;
  while (made < budget && attempts < budget * 4) {
    attempts++;
    const u = rng.int(0, nPersons - 1);
    const w = personWijk[u];
    let v: number;
    const r = rng.next();
    if (r < 0.9) {
      const bag = bags[w];
      if (rng.chance(0.5) && personBuurt[u] >= 0) {
        // same buurt: try a few draws from the bag
        v = bag[rng.int(0, bag.length - 1)];
        for (let tries = 0; tries < 3 && personBuurt[v] !== personBuurt[u]; tries++) v = bag[rng.int(0, bag.length - 1)];
      } else v = bag[rng.int(0, bag.length - 1)];
    } else {
      v = rng.int(0, nPersons - 1);
    }
    if (u === v) continue;
    const key = u < v ? u * nPersons + v : v * nPersons + u;
    if (seen.has(key)) continue;
    seen.add(key);
    const strength = rng.weighted([1, 2, 3, 4, 5], [10, 30, 30, 20, 10]);
    datedTie('KENT', personIds[u], personIds[v], {
      strength,
      trust: Math.min(5, Math.max(1, strength + rng.int(-1, 1))),
      lastContact: iso(todayDay - rng.int(0, 540)),
    });
    bags[w].push(u);
    bags[personWijk[v]].push(v);
    made++;
  }
  // lastContact may not precede the tie's start, nor follow its end
  if (years > 0) {
    for (const t of ties) {
      if (t.type !== 'KENT' || !t.lastContact) continue;
      if (t.startDate && t.lastContact < t.startDate) t.lastContact = t.startDate;
      if (t.endDate && t.lastContact > t.endDate) t.lastContact = t.endDate;
    }
  }

  return { nodes, ties };
}
