/**
 * Builds the Haarlem demo network: a seeded, deterministic wijknetwerk with
 * real geography and organisations, invented persons, a two-year history and a
 * set of deliberately planted "gaten" (holes) that the analysis must find.
 * `index.ts` beside it writes the result to JSON; see data/demo/README.md.
 */
import { PROFESSIONAL_ROLES, kindOfNodeId, type NetworkData, type PersonRole, type TieType } from '../../../server/model/index.ts';
import type { DemoHoles } from '../../../server/services/demo/load-demo.ts';
import { slug } from '../../../server/services/demo/names.ts';
import { DEMO_STALE_BEFORE, DEMO_START, DEMO_TODAY, FIRST_DAY, STALE_BEFORE_DAY, TODAY, activeOnDay, toDay, toIso } from './calendar.ts';
import { checkNetwork } from './check-network.ts';
import { ALL_WIJKEN, GEBIEDSVERBINDER_AREAS, STADSDELEN, WIJKEN, WIJKTEAMS, WIJK_BY_KEY, wijkId, wijkKeyOf, wijkenIn } from './city/geography.ts';
import { INITIATIVE_TEMPLATES } from './city/initiative-templates.ts';
import { ORGANISATIONS, SCHOOL_NAMES, WIJKRADEN, type OrganisationDef } from './city/organisations.ts';
import { THEMES, themeId, type ThemeKey } from './city/themes.ts';
import { NetworkBuilder, type TieProps } from './network-builder.ts';

export interface DemoBuild {
  data: NetworkData;
  holes: DemoHoles;
}

const PROFESSIONAL = new Set<string>(PROFESSIONAL_ROLES);

export function buildDemoNetwork(): DemoBuild {
  const B = new NetworkBuilder();
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
  for (const name of Object.values(P)) B.reserveName(name);

  // ---------------------------------------------------------- geography
  B.addNode('gebied', 'geb_haarlem', 'Haarlem', { level: 'stad', code: 'GM0392' });
  for (const sd of STADSDELEN) B.addNode('gebied', `geb_sd_${sd.key}`, `Stadsdeel ${sd.name}`, { level: 'stadsdeel', parentId: 'geb_haarlem' });
  WIJKEN.forEach((w, wi) => {
    const wcode = String(wi).padStart(2, '0');
    B.addNode('gebied', wijkId(w.key), w.name, { level: 'wijk', code: `WK0392${wcode}`, parentId: `geb_sd_${w.stadsdeel}` });
    const ids: string[] = [];
    w.buurten.forEach((bname, bi) => {
      const id = `geb_bu_${slug(bname)}`;
      B.addNode('gebied', id, bname, { level: 'buurt', code: `BU0392${wcode}${String(bi).padStart(2, '0')}`, parentId: wijkId(w.key) });
      ids.push(id);
      B.wijkOfBuurt.set(id, w.key);
      B.residentsOfBuurt.set(id, []);
    });
    B.buurtenOfWijk.set(w.key, ids);
    B.placesOfWijk.set(w.key, []);
    B.initiativesOfWijk.set(w.key, []);
  });
  const buurt = (name: string) => B.buurtId(name);

  // ---------------------------------------------------------- themes
  for (const [key, t] of Object.entries(THEMES)) B.addNode('thema', themeId(key as ThemeKey), t.name, { category: t.category });

  // ---------------------------------------------------------- organisations
  const orgIds: string[] = [];
  const addOrg = (def: OrganisationDef) => {
    const id = `org_${def.key}`;
    B.addNode('organisatie', id, def.name, { type: def.type, startDate: DEMO_START });
    orgIds.push(id);
    const wijken = def.wijken === 'alle' ? ALL_WIJKEN : def.wijken;
    B.wijkenOfOrganisation.set(id, new Set(wijken.map(wijkId)));
    for (const w of wijken) B.addTie('WERKT_IN', id, wijkId(w), { startDate: DEMO_START, source: 'inventarisatie' });
    for (const t of def.themes) B.addTheme(id, themeId(t));
    return id;
  };
  for (const def of ORGANISATIONS) addOrg(def);
  for (const w of WIJKRADEN) addOrg({ key: `wijkraad_${w}`, name: `Wijkraad ${WIJK_BY_KEY.get(w)!.name}`, type: 'vereniging', wijken: [w], themes: ['sociale_verbondenheid', 'veiligheid'] });
  const schoolOf = new Map<string, string>();
  WIJKEN.forEach((w, i) => {
    const name = `Basisschool ${SCHOOL_NAMES[i]}`;
    schoolOf.set(w.key, addOrg({ key: `bs_${slug(SCHOOL_NAMES[i])}`, name, type: 'school', wijken: [w.key], themes: ['jeugd', 'opvoeding'] }));
  });

  // ---------------------------------------------------------- plekken
  const plek = (id: string, name: string, type: string, buurtId: string, beheerder?: string, address?: string) => {
    B.addNode('plek', id, name, { type, startDate: DEMO_START, ...(address ? { address } : {}) });
    B.addTie('LIGT_IN', id, buurtId, { startDate: DEMO_START, source: 'inventarisatie' });
    if (beheerder) B.addTie('BEHEERT', beheerder, id, { startDate: DEMO_START, source: 'inventarisatie' });
    B.placesOfWijk.get(B.wijkOfBuurt.get(buurtId)!)!.push({ id, type, buurt: buurtId });
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
  const hasType = (w: string, type: string) => B.placesOfWijk.get(w)!.some((p) => p.type === type);
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!;
    if (!hasType(w.key, 'buurtcentrum')) {
      const beheer = rng.pick(['org_dock', 'org_haarlem_effect', w.stadsdeel === 'schalkwijk' ? 'org_pre_wonen' : 'org_elan_wonen']);
      plek(`plk_buurthuis_${w.key}`, `Buurthuis ${w.name}`, 'buurtcentrum', bs[0], beheer);
    }
    const school = schoolOf.get(w.key)!;
    plek(`plk_${school.slice(4)}`, B.node(school).name, 'school', bs[bs.length - 1], school);
    if (!hasType(w.key, 'buitenruimte')) plek(`plk_plein_${w.key}`, `Buurtplein ${w.name}`, 'buitenruimte', bs[Math.min(1, bs.length - 1)]);
  }

  // ---------------------------------------------------------- org-org ties (the formal world)
  const orgTie = (type: TieType, a: string, b: string) => B.addTie(type, a, b, { startDate: DEMO_START, source: 'import', recordedBy: 'Gemeente Haarlem, team MO' });
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
    B.addNode('wijkteam', `wt_${t.key}`, t.name, { startDate: DEMO_START });
    for (const w of t.wijken) B.addTie('WERKT_IN', `wt_${t.key}`, wijkId(w), { startDate: DEMO_START, source: 'import' });
  }
  const teamOfWijk = new Map<string, string>();
  for (const t of WIJKTEAMS) for (const w of t.wijken) teamOfWijk.set(w, `wt_${t.key}`);

  // ---------------------------------------------------------- professionals
  const actief = (p: string, wijken: string[]) => {
    for (const w of wijken) B.addTie('ACTIEF_IN', p, wijkId(w), { startDate: B.startOf(p), source: 'import' });
  };
  const werktBij = (p: string, org: string, props: TieProps = {}) => B.addTie('WERKT_BIJ', p, org, { startDate: B.startOf(p), source: 'import', ...props });

  const gebiedsverbinders: string[] = [];
  const gvOf = new Map<string, string>();
  GEBIEDSVERBINDER_AREAS.forEach((area, i) => {
    const p = B.addPerson({ roles: ['gebiedsverbinder'], professional: true });
    werktBij(p, i % 2 === 0 ? 'org_dock' : 'org_haarlem_effect');
    actief(p, area);
    gebiedsverbinders.push(p);
    for (const w of area) {
      B.gebiedsverbinderOf.set(w, p);
    }
  });

  // Opbouwwerkers: two per wijk, each covering two neighbouring wijken; none in
  // Spaarndammerwijk (hole 1); one lonely opbouwwerker carrying Boerhaavewijk (hole 5).
  const NO_OPBOUW = 'spaarndammerwijk';
  const LONELY_WIJK = 'boerhaavewijk';
  const covered = ALL_WIJKEN.filter((w) => w !== NO_OPBOUW && w !== LONELY_WIJK);
  covered.forEach((w, i) => {
    const p = B.addPerson({ roles: ['opbouwwerker'], professional: true });
    werktBij(p, i % 3 === 2 ? 'org_haarlem_effect' : 'org_dock');
    const area = [w, covered[(i + 1) % covered.length]];
    actief(p, area);
    for (const a of area) B.opbouwwerkersOf.set(a, [...(B.opbouwwerkersOf.get(a) ?? []), p]);
  });
  const yvonne = B.addPerson({ name: P.yvonne, roles: ['opbouwwerker'], professional: true });
  werktBij(yvonne, 'org_dock');
  actief(yvonne, [LONELY_WIJK]);
  B.opbouwwerkersOf.set(LONELY_WIJK, [yvonne]);

  const buurtcoaches = new Map<string, string>();
  const wijkagenten = new Map<string, string>();
  for (const t of WIJKTEAMS) {
    const bc = B.addPerson({ roles: ['buurtcoach'], professional: true });
    werktBij(bc, 'org_haarlem_effect');
    actief(bc, t.wijken);
    buurtcoaches.set(t.key, bc);
    const wa = B.addPerson({ roles: ['wijkagent'], professional: true });
    actief(wa, t.wijken);
    wijkagenten.set(t.key, wa);
  }
  for (const sd of STADSDELEN) {
    const sm = B.addPerson({ roles: ['sociaal_makelaar'], professional: true });
    werktBij(sm, 'org_dock');
    actief(sm, wijkenIn(sd.key));
  }
  const huisartsen: [string, string][] = [];
  for (const org of ['org_huisartsen_schalkwijk', 'org_huisartsen_parkwijk', 'org_huisartsen_noord']) {
    const h = B.addPerson({ roles: ['huisarts'], professional: true });
    werktBij(h, org);
    actief(h, [...B.wijkenOfOrganisation.get(org)!].map(wijkKeyOf));
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
      if (t.key === 'noord_noord' && i === 0) p = B.addPerson({ name: P.ilse, roles: ['wijkteamlid'], professional: true });
      else if (t.key === 'oost_1' && i === 0) p = B.addPerson({ name: P.marloes, roles: ['wijkteamlid'], professional: true, end: '2026-04-30' });
      else {
        if (rng.chance(0.15)) start = toIso(rng.int(FIRST_DAY + 60, TODAY - 120));
        p = B.addPerson({ roles: ['wijkteamlid'], professional: true, start });
      }
      const name = B.node(p).name;
      const org = name === P.ilse ? 'org_haarlem_effect' : name === P.marloes ? 'org_mee_de_wering' : MOEDER_ROTATION[rot++ % MOEDER_ROTATION.length];
      werktBij(p, org);
      B.addTie('LID_VAN', p, `wt_${t.key}`, { startDate: B.startOf(p), source: 'import' });
      actief(p, t.wijken);
      list.push(p);
    }
    members.set(t.key, list);
  }
  const ilse = B.personId(P.ilse);
  const marloes = B.personId(P.marloes);
  // Marloes' successor joins Oost 1 after she left, without her ties to the initiatives.
  const opvolger = B.addPerson({ name: P.marloesOpvolger, roles: ['wijkteamlid'], professional: true, start: '2026-06-01' });
  werktBij(opvolger, 'org_mee_de_wering');
  B.addTie('LID_VAN', opvolger, 'wt_oost_1', { startDate: '2026-06-01', source: 'import' });
  actief(opvolger, ['slachthuisbuurt', 'amsterdamse_buurt']);
  members.get('oost_1')!.push(opvolger);

  // Colleagues know each other.
  for (const [, list] of members) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) B.addKent(list[i], list[j], { strength: rng.int(3, 4), source: 'inventarisatie', recordedBy: list[0] });
  }
  // Professionals in an area know each other.
  for (const w of ALL_WIJKEN) {
    const gv = B.gebiedsverbinderOf.get(w)!;
    for (const o of B.opbouwwerkersOf.get(w) ?? []) B.addKent(gv, o, { strength: 4, source: 'inventarisatie', recordedBy: gv });
    const team = teamOfWijk.get(w)!.slice(3);
    for (const m of rng.sample(members.get(team)!.filter((m) => m !== marloes && m !== opvolger), 2)) B.addKent(gv, m, { strength: 3, source: 'inventarisatie', recordedBy: gv });
    B.addKent(gv, buurtcoaches.get(team)!, { strength: 3, source: 'inventarisatie', recordedBy: gv });
  }
  for (let i = 0; i < gebiedsverbinders.length; i++) B.addKent(gebiedsverbinders[i], gebiedsverbinders[(i + 1) % gebiedsverbinders.length], { strength: 4, source: 'inventarisatie' });

  // ---------------------------------------------------------- residents
  const LATE_START = () => toIso(rng.int(toDay('2025-01-01'), toDay('2026-09-30')));
  const MOVED = () => toIso(rng.int(toDay('2025-12-01'), toDay('2026-09-30')));
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
      const p = B.addPerson({ roles, start: late ? LATE_START() : DEMO_START, end: moved ? MOVED() : undefined });
      B.addTie('WOONT_IN', p, b, { startDate: B.startOf(p), source: rng.pick(['intake', 'sneeuwbal', 'inventarisatie'] as const), recordedBy: B.recorderIn(w.key) });
      B.residentsOfBuurt.get(b)!.push(p);
      B.buurtOfResident.set(p, b);
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
    const p = B.addPerson({ name, roles: ['bewoner', 'sleutelfiguur', 'vrijwilliger', 'mantelzorger'], consent: 'toestemming' });
    B.addTie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'sneeuwbal', recordedBy: B.recorderIn(B.wijkOfBuurt.get(b)!) });
    B.residentsOfBuurt.get(b)!.push(p);
    B.buurtOfResident.set(p, b);
    overloaded.push(p);
  }

  // KENT among residents: preferential attachment within the buurt, some across.
  for (const [b, list] of B.residentsOfBuurt) {
    const w = B.wijkOfBuurt.get(b)!;
    const bag: string[] = [];
    list.forEach((p, i) => {
      if (i > 0) {
        const m = rng.weighted([1, 2, 3], [35, 45, 20]);
        for (let k = 0; k < m; k++) {
          const t = bag.length && rng.chance(0.75) ? rng.pick(bag) : list[rng.int(0, i - 1)];
          if (B.addKent(p, t, { recordedBy: B.recorderIn(w) })) bag.push(p, t);
        }
      }
      bag.push(p);
    });
  }
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!;
    for (const b of bs) {
      for (const p of B.residentsOfBuurt.get(b)!) {
        if (rng.chance(0.14) && bs.length > 1) {
          const other = rng.pick(bs.filter((x) => x !== b));
          B.addKent(p, rng.pick(B.residentsOfBuurt.get(other)!), { recordedBy: B.recorderIn(w.key) });
        }
        if (rng.chance(0.05)) {
          const ow = rng.pick(WIJKEN.filter((x) => x.stadsdeel === w.stadsdeel && x.key !== w.key));
          const ob = rng.pick(B.buurtenOfWijk.get(ow.key)!);
          B.addKent(p, rng.pick(B.residentsOfBuurt.get(ob)!), { recordedBy: B.recorderIn(w.key) });
        }
      }
    }
  }

  // Sleutelfiguren: 2-3 per wijk (none in Zuiderpolder: hole 1b), with wide networks.
  const NO_SLEUTEL = 'zuiderpolder';
  for (const w of WIJKEN) {
    const list: string[] = overloaded.filter((p) => B.wijkOfBuurt.get(B.buurtOfResident.get(p)!) === w.key);
    if (w.key !== NO_SLEUTEL) {
      const cands = B.availableResidentsOfWijk(w.key).filter((p) => B.node(p).startDate === DEMO_START && !overloaded.includes(p));
      for (const p of rng.sample(cands, rng.int(2, 3))) {
        B.addRole(p, 'sleutelfiguur');
        list.push(p);
      }
    }
    for (const s of list) {
      if (overloaded.includes(s)) continue;
      for (const t of rng.sample(B.availableResidentsOfWijk(w.key), rng.int(8, 14))) B.addKent(s, t, { strength: rng.int(2, 5), source: 'sneeuwbal', recordedBy: B.recorderIn(w.key) });
    }
    B.sleutelfigurenOf.set(w.key, list);
  }
  // The overloaded volunteers know far more people than their peers.
  for (const p of overloaded) {
    const w = B.wijkOfBuurt.get(B.buurtOfResident.get(p)!)!;
    for (const t of rng.sample(B.availableResidentsOfWijk(w), 42)) B.addKent(p, t, { strength: rng.int(2, 5), source: 'sneeuwbal', recordedBy: B.recorderIn(w) });
  }

  // Professionals know residents: opbouwwerkers know the sleutelfiguren and others
  // (snowball), wijkteam members and buurtcoaches know clients (intake).
  for (const w of ALL_WIJKEN) {
    for (const o of B.opbouwwerkersOf.get(w) ?? []) {
      if (o === yvonne) continue;
      for (const s of B.sleutelfigurenOf.get(w)!) B.addKent(o, s, { strength: rng.int(3, 5), source: 'sneeuwbal', recordedBy: o });
      for (const t of rng.sample(B.availableResidentsOfWijk(w), rng.int(3, 7))) B.addKent(o, t, { source: 'sneeuwbal', recordedBy: o });
    }
    const gv = B.gebiedsverbinderOf.get(w)!;
    for (const s of B.sleutelfigurenOf.get(w)!) B.addKent(gv, s, { strength: rng.int(3, 4), source: 'sneeuwbal', recordedBy: gv });
  }
  // Yvonne carries Boerhaavewijk alone: she knows half the wijk.
  for (const s of B.sleutelfigurenOf.get(LONELY_WIJK)!) B.addKent(yvonne, s, { strength: 5, source: 'sneeuwbal', recordedBy: yvonne });
  for (const t of rng.sample(B.availableResidentsOfWijk(LONELY_WIJK), 48)) B.addKent(yvonne, t, { source: 'sneeuwbal', recordedBy: yvonne });
  for (const t of WIJKTEAMS) {
    for (const m of members.get(t.key)!) {
      const clients = rng.sample(t.wijken.flatMap((w) => B.availableResidentsOfWijk(w)), rng.int(3, 7));
      for (const c of clients) B.addKent(m, c, { source: 'intake', strength: rng.int(2, 3), recordedBy: m });
    }
    const bc = buurtcoaches.get(t.key)!;
    for (const c of rng.sample(t.wijken.flatMap((w) => B.availableResidentsOfWijk(w)), rng.int(5, 10))) B.addKent(bc, c, { source: 'intake', recordedBy: bc });
    const wa = wijkagenten.get(t.key)!;
    for (const w of t.wijken) for (const s of B.sleutelfigurenOf.get(w)!.slice(0, 1)) B.addKent(wa, s, { source: 'sneeuwbal', recordedBy: B.gebiedsverbinderOf.get(w) });
  }
  for (const [h] of huisartsen) {
    const area = B.ties.filter((t) => t.type === 'ACTIEF_IN' && t.from === h).map((t) => wijkKeyOf(t.to));
    for (const c of rng.sample(area.flatMap((w) => B.availableResidentsOfWijk(w)), 4)) B.addKent(h, c, { source: 'intake', recordedBy: h });
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
    const ps = B.placesOfWijk.get(wijk)!;
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
    B.addNode('initiatief', id, o.name, fields);
    B.buurtOfInitiative.set(id, o.buurt);
    B.addTie('WERKT_IN', id, o.buurt, { startDate: fields.startDate as string, source: 'inventarisatie', recordedBy: B.recorderIn(o.wijk) });
    B.addTie('VINDT_PLAATS_IN', id, o.place ?? placeFor(o.wijk, o.buurt, o.placeTypes ?? ['buurtcentrum']), { startDate: fields.startDate as string, source: 'inventarisatie', recordedBy: B.recorderIn(o.wijk) });
    for (const t of [...o.themes, o.doel]) B.addTheme(id, themeId(t));
    return id;
  };
  /** Trekkers, deelnemers and vrijwilligers drawn from the buurt (mostly) and the wijk. */
  const populate = (ini: string, wijk: string, b: string, o: { trekkers?: number; deelnemers?: number; vrijwilligers?: number; exclude?: Set<string> } = {}) => {
    const rec = B.recorderIn(wijk);
    const ex = o.exclude ?? new Set<string>();
    const local = B.availableResidents(b).filter((p) => !ex.has(p));
    const wide = B.availableResidentsOfWijk(wijk).filter((p) => !ex.has(p) && !local.includes(p));
    const sleutel = B.sleutelfigurenOf.get(wijk)!.filter((s) => !ex.has(s) && !overloaded.includes(s));
    const nT = o.trekkers ?? rng.int(1, 2);
    const trekkers = sleutel.length && rng.chance(0.5) ? [rng.pick(sleutel)] : [];
    for (const p of rng.sample(local, nT - trekkers.length)) trekkers.push(p);
    for (const p of trekkers) B.joinInitiative('TREKKER_VAN', p, ini, { source: 'sneeuwbal', recordedBy: rec });
    const nD = o.deelnemers ?? rng.int(4, 13);
    for (let k = 0; k < nD; k++) {
      const p = rng.chance(0.85) || !wide.length ? rng.pick(local) : rng.pick(wide);
      if (!trekkers.includes(p)) B.joinInitiative('DEELNEMER_AAN', p, ini, { recordedBy: rec, ...(rng.chance(0.06) ? { endDate: toIso(rng.int(toDay('2025-06-01'), TODAY - 10)) } : {}) });
    }
    const nV = o.vrijwilligers ?? rng.int(0, 3);
    for (const p of rng.sample(local, nV)) if (!trekkers.includes(p)) B.joinInitiative('VRIJWILLIGER_BIJ', p, ini, { recordedBy: rec });
  };

  const HEALTHY = 'parkwijk';
  let endedCount = 0;
  for (const w of WIJKEN) {
    const bs = B.buurtenOfWijk.get(w.key)!.filter((b) => !noRegularIni.has(b));
    const n = w.key === HEALTHY || overloaded.some((p) => B.wijkOfBuurt.get(B.buurtOfResident.get(p)!) === w.key) ? 6 : Math.max(3, Math.round(w.residents / 16));
    const templates = rng.sample(INITIATIVE_TEMPLATES, n);
    templates.forEach((tpl, i) => {
      const b = bs[i % bs.length];
      const name = tpl.name.replace('{w}', w.name).replace('{b}', B.node(b).name);
      const late = rng.chance(0.15);
      const ends = !late && w.key !== HEALTHY && endedCount < 5 && rng.chance(0.06);
      if (ends) endedCount++;
      const id = makeIni({
        name,
        wijk: w.key,
        buurt: b,
        themes: tpl.themes,
        doel: tpl.doel,
        placeTypes: tpl.placeTypes,
        description: tpl.description,
        start: late ? toIso(rng.int(toDay('2025-02-01'), toDay('2026-08-01'))) : DEMO_START,
        end: ends ? toIso(rng.int(toDay('2025-12-01'), toDay('2026-06-30'))) : undefined,
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
      name: `Weg met geldstress ${WIJK_BY_KEY.get(w)!.name}`,
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
  const introPool = B.availableResidents(INTRO_BUURT);
  const introA = makeIni({ name: 'Taalcafé Indische Buurt', wijk: 'indische_wijk', buurt: INTRO_BUURT, themes: ['taal_digitaal', 'nieuwkomers'], doel: 'redzaamheid', placeTypes: ['buurtcentrum'], description: 'Nederlands oefenen met buren.' });
  const introB = makeIni({ name: 'Digitaal Spreekuur Indische Buurt', wijk: 'indische_wijk', buurt: INTRO_BUURT, themes: ['taal_digitaal', 'ouderen'], doel: 'redzaamheid', place: 'plk_pniel_kerk', description: 'Hulp bij DigiD, mail en formulieren.' });
  {
    const half = Math.floor(introPool.length / 2);
    const shuffled = rng.shuffle(introPool.slice());
    const groupA = shuffled.slice(0, half);
    const groupB = shuffled.slice(half);
    B.joinInitiative('TREKKER_VAN', groupA[0], introA, { source: 'sneeuwbal' });
    for (const p of groupA.slice(1, 8)) B.joinInitiative('DEELNEMER_AAN', p, introA);
    B.joinInitiative('TREKKER_VAN', groupB[0], introB, { source: 'sneeuwbal' });
    for (const p of groupB.slice(1, 7)) B.joinInitiative('DEELNEMER_AAN', p, introB);
    // The two trekkers do not know each other.
    const k = B.ties.findIndex((t) => t.type === 'KENT' && ((t.from === groupA[0] && t.to === groupB[0]) || (t.from === groupB[0] && t.to === groupA[0])));
    if (k >= 0) B.ties.splice(k, 1);
    B.addTie('ONDERSTEUNT', 'org_dock', introA, { source: 'inventarisatie' });
    B.addTie('ONDERSTEUNT', 'org_bibliotheek', introB, { source: 'inventarisatie' });
  }

  // ---------------------------------------------------------- support for initiatives
  const regularInis = ALL_WIJKEN.flatMap((w) => B.initiativesOfWijk.get(w)!.map((i) => [w, i] as const));
  for (const [w, ini] of regularInis) {
    const rec = B.recorderIn(w);
    const ops = B.opbouwwerkersOf.get(w) ?? [];
    if (w === LONELY_WIJK) B.joinInitiative('ONDERSTEUNT', yvonne, ini, { source: 'inventarisatie', recordedBy: yvonne });
    else if (ops.length && rng.chance(0.7)) B.joinInitiative('ONDERSTEUNT', rng.pick(ops), ini, { source: 'inventarisatie', recordedBy: rec });
    if (rng.chance(0.5)) B.addTie('ONDERSTEUNT', rng.pick(['org_dock', 'org_haarlem_effect']), ini, { source: 'inventarisatie', recordedBy: rec });
    if (rng.chance(0.35)) B.addTie('SUBSIDIEERT', 'org_gemeente_mo', ini, { source: 'import', recordedBy: rec });
    const themes = B.themesOf.get(ini)!;
    if ((themes.has(themeId('armoede')) || themes.has(themeId('schulden'))) && rng.chance(0.6)) B.addTie('SUBSIDIEERT', 'org_fonds_urgente_noden', ini, { source: 'import', recordedBy: rec });
    if (B.node(ini).name.startsWith('Leefstraat')) {
      const corp = ['org_elan_wonen', 'org_pre_wonen', 'org_ymere'].find((c) => B.wijkenOfOrganisation.get(c)!.has(wijkId(w)));
      if (corp) B.addTie('SUBSIDIEERT', corp, ini, { source: 'import', recordedBy: rec });
    }
    const wijkraad = `org_wijkraad_${w}`;
    if (B.nodeById.has(wijkraad) && rng.chance(0.4)) B.addTie('ONDERSTEUNT', wijkraad, ini, { source: 'sneeuwbal', recordedBy: rec });
  }
  B.addTie('ONDERSTEUNT', 'org_dock', stopDeSchulden, { source: 'inventarisatie' });
  B.addTie('ONDERSTEUNT', 'org_humanitas', stopDeSchulden, { source: 'inventarisatie' });
  B.addTie('ONDERSTEUNT', 'org_stem_in_de_stad', stopDeSchulden, { source: 'inventarisatie' });
  B.addTie('ONDERSTEUNT', 'org_leger_des_heils', geldstress[1], { source: 'inventarisatie' });
  B.addTie('ONDERSTEUNT', 'org_bakkerij_parkwijk', B.initiativesOfWijk.get(HEALTHY)![0], { source: 'sneeuwbal' });
  B.addTie('ONDERSTEUNT', 'org_buurtsuper_meerwijk', B.initiativesOfWijk.get('meerwijk')![0], { source: 'sneeuwbal' });

  // Overloaded volunteers pull and help many initiatives in their wijk.
  for (const p of overloaded) {
    const w = B.wijkOfBuurt.get(B.buurtOfResident.get(p)!)!;
    const inis = B.initiativesOfWijk.get(w)!.filter((i) => !B.node(i).endDate);
    inis.slice(0, 3).forEach((i) => B.joinInitiative('TREKKER_VAN', p, i, { source: 'sneeuwbal', startDate: DEMO_START }));
    inis.slice(3, 5).forEach((i) => B.joinInitiative('VRIJWILLIGER_BIJ', p, i, { source: 'sneeuwbal' }));
    inis.slice(5, 6).forEach((i) => B.joinInitiative('DEELNEMER_AAN', p, i, { source: 'sneeuwbal' }));
    B.addTie('VRIJWILLIGER_BIJ', p, 'org_buuv', { source: 'import' });
    B.addTie('VRIJWILLIGER_BIJ', p, 'org_humanitas', { source: 'import' });
    for (const o of B.opbouwwerkersOf.get(w) ?? []) B.addKent(o, p, { strength: 5, trust: 5, source: 'sneeuwbal', recordedBy: o });
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
    for (const [period, start] of periods) B.addTie('VERWIJST_NAAR', team, target, { period, count: rng.int(1, 24), startDate: start, source: 'import', recordedBy: team });
  };
  const REFERRAL_ORGS = ['org_humanitas', 'org_buuv', 'org_kbo_pcob', 'org_gemeente_wi', 'org_mee_de_wering', 'org_fonds_urgente_noden', 'org_geloven_in_de_stad', 'org_ribw_kam', 'org_cjg'];
  const teamLinks = new Map<string, string[]>();
  for (const t of WIJKTEAMS) {
    const team = `wt_${t.key}`;
    for (const o of rng.sample(REFERRAL_ORGS, rng.int(4, 6))) refer(team, o);
    const inis = t.wijken.flatMap((w) => B.initiativesOfWijk.get(w)!).filter((i) => !B.node(i).endDate);
    const ms = members.get(t.key)!;
    if (t.key === 'noord_noord') {
      const mine = [stopDeSchulden, ...rng.sample(inis.filter((i) => i !== stopDeSchulden), 2)];
      for (const i of mine) B.joinInitiative('ONDERSTEUNT', ilse, i, { source: 'inventarisatie', recordedBy: ilse, startDate: DEMO_START });
      teamLinks.set(t.key, mine);
      // she knows the trekkers
      for (const i of mine) for (const p of B.peopleOfInitiative.get(i)!) if (B.ties.some((x) => x.type === 'TREKKER_VAN' && x.from === p && x.to === i)) B.addKent(ilse, p, { strength: 4, source: 'sneeuwbal', recordedBy: ilse });
      continue;
    }
    if (t.key === 'oost_1') {
      const mine = [wijkfabriek, ...rng.sample(inis.filter((i) => i !== wijkfabriek), 2)];
      for (const i of mine) B.joinInitiative('ONDERSTEUNT', marloes, i, { source: 'inventarisatie', recordedBy: marloes, startDate: DEMO_START });
      for (const i of mine) for (const p of B.peopleOfInitiative.get(i)!) if (B.ties.some((x) => x.type === 'TREKKER_VAN' && x.from === p && x.to === i)) B.addKent(marloes, p, { strength: 4, source: 'sneeuwbal', recordedBy: marloes });
      teamLinks.set(t.key, mine);
      continue;
    }
    for (const i of rng.sample(inis, rng.int(2, 4))) refer(team, i);
    const linking = rng.sample(ms.filter((m) => !B.node(m).endDate), t.key === 'oost_2' ? 3 : rng.int(2, 3));
    for (const m of linking) for (const i of rng.sample(inis, rng.int(1, 2))) B.joinInitiative('ONDERSTEUNT', m, i, { source: 'inventarisatie', recordedBy: m });
    teamLinks.set(t.key, linking);
  }

  // ---------------------------------------------------------- sealed planted groups
  // Hole 4: an isolated cluster of initiatives in Europawijk-Zuid.
  const clusterPersons: string[] = [];
  for (let i = 0; i < 12; i++) {
    const p = B.addPerson({ roles: ['bewoner'], consent: 'toestemming' });
    B.reservedPersons.add(p);
    B.addTie('WOONT_IN', p, CLUSTER_BUURT, { startDate: DEMO_START, source: 'sneeuwbal', recordedBy: B.recorderIn('europawijk') });
    B.residentsOfBuurt.get(CLUSTER_BUURT)!.push(p);
    B.buurtOfResident.set(p, CLUSTER_BUURT);
    clusterPersons.push(p);
  }
  const clusterInis = [
    makeIni({ name: 'Moestuin De Groene Vinger', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['eenzaamheid'], doel: 'inzet_voor_elkaar', place: 'plk_plein_europawijk', description: 'Bewoners tuinieren samen op een braakliggend stuk grond.' }),
    makeIni({ name: 'Wandelclub De Europeanen', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['ouderen', 'eenzaamheid'], doel: 'gezondheid', place: 'plk_plein_europawijk', description: 'Dinsdagochtend een rondje door de wijk.' }),
    makeIni({ name: 'Kookclub Wereldkeuken', wijk: 'europawijk', buurt: CLUSTER_BUURT, themes: ['nieuwkomers', 'eenzaamheid'], doel: 'sociale_verbondenheid', place: 'plk_plein_europawijk', description: 'Om beurten koken voor elkaar, in de huiskamer van een van de leden.' }),
  ];
  clusterPersons.forEach((p, i) => {
    for (let j = 1; j <= 2; j++) B.addKent(p, clusterPersons[(i + j) % clusterPersons.length], { strength: rng.int(2, 4), source: 'sneeuwbal', recordedBy: 'bewonersinventarisatie Europawijk' });
    if (i < 3) B.joinInitiative('TREKKER_VAN', p, clusterInis[i], { source: 'sneeuwbal', recordedBy: 'bewonersinventarisatie Europawijk' });
    B.joinInitiative('DEELNEMER_AAN', p, clusterInis[(i + 1) % 3], { recordedBy: 'bewonersinventarisatie Europawijk' });
    if (i % 2 === 0) B.joinInitiative('DEELNEMER_AAN', p, clusterInis[(i + 2) % 3], { recordedBy: 'bewonersinventarisatie Europawijk' });
  });

  // Hole 10: a tight, closed group in Molenwijk-Zuid around a kaartclub.
  const closed: string[] = [];
  for (let i = 0; i < 10; i++) {
    const p = B.addPerson({ roles: ['bewoner'], consent: 'toestemming' });
    B.reservedPersons.add(p);
    B.addTie('WOONT_IN', p, CLOSED_BUURT, { startDate: DEMO_START, source: 'sneeuwbal', recordedBy: B.recorderIn('molenwijk') });
    B.residentsOfBuurt.get(CLOSED_BUURT)!.push(p);
    B.buurtOfResident.set(p, CLOSED_BUURT);
    closed.push(p);
  }
  for (let i = 0; i < closed.length; i++) for (let j = i + 1; j < closed.length; j++) B.addKent(closed[i], closed[j], { strength: rng.int(4, 5), trust: 5, source: 'sneeuwbal', recordedBy: B.recorderIn('molenwijk') });
  const kaartclub = makeIni({ name: 'Kaartclub De Molen', wijk: 'molenwijk', buurt: CLOSED_BUURT, themes: ['ouderen'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum'], description: 'Klaverjassen op woensdagmiddag; al jaren dezelfde vaste tafels.' });
  B.joinInitiative('TREKKER_VAN', closed[0], kaartclub, { source: 'sneeuwbal' });
  for (const p of closed.slice(1)) B.joinInitiative('DEELNEMER_AAN', p, kaartclub);
  const closedOutside = [
    B.addKent(closed[0], rng.pick(B.availableResidents(buurt('Molenwijk-Noord'))), { strength: 2, source: 'sneeuwbal' })!,
    B.addKent(closed[1], rng.pick(B.availableResidents(buurt('Molenwijk-Noord'))), { strength: 2, source: 'sneeuwbal' })!,
  ];

  // Hole 8: isolated residents.
  const isolatedNone: string[] = [];
  for (const bname of ['Boerhaavewijk-Noord', 'Slachthuisbuurt-Zuid', 'Meerwijk-Zuid', 'Burgwal']) {
    const b = buurt(bname);
    const p = B.addPerson({ roles: ['bewoner'], consent: 'gerechtvaardigd_belang' });
    B.reservedPersons.add(p);
    B.addTie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'intake', recordedBy: B.recorderIn(B.wijkOfBuurt.get(b)!) });
    B.residentsOfBuurt.get(b)!.push(p);
    B.buurtOfResident.set(p, b);
    isolatedNone.push(p);
  }
  const isolatedOne: { person: string; professional: string; tie: string }[] = [];
  for (const [bname, prof] of [
    ['Boerhaavewijk-Zuid', buurtcoaches.get('schalkwijk_zuid')!],
    ['Molenwijk-Noord', members.get('schalkwijk_zuid')![2]],
    ['Planetenbuurt', members.get('noord_zuid')![3]],
  ] as const) {
    const b = buurt(bname);
    const p = B.addPerson({ roles: ['bewoner'], consent: 'gerechtvaardigd_belang' });
    B.reservedPersons.add(p);
    B.addTie('WOONT_IN', p, b, { startDate: DEMO_START, source: 'intake', recordedBy: prof });
    B.residentsOfBuurt.get(b)!.push(p);
    B.buurtOfResident.set(p, b);
    const t = B.addKent(prof, p, { strength: 2, source: 'intake', recordedBy: prof, startDate: '2025-03-10' })!;
    isolatedOne.push({ person: p, professional: prof, tie: t });
  }

  // Hole 9b: residents of Ter Kleef who each go to a different schulden activity elsewhere.
  const collect: string[] = [];
  const tkPool = B.availableResidents(COLLECT_BUURT);
  geldstress.slice(0, 5).forEach((ini) => {
    const p = B.addPerson({ roles: ['bewoner'], consent: 'toestemming' });
    B.reservedPersons.add(p);
    B.addTie('WOONT_IN', p, COLLECT_BUURT, { startDate: DEMO_START, source: 'intake', recordedBy: B.recorderIn('ter_kleef') });
    B.residentsOfBuurt.get(COLLECT_BUURT)!.push(p);
    B.buurtOfResident.set(p, COLLECT_BUURT);
    B.joinInitiative('DEELNEMER_AAN', p, ini, { source: 'intake', recordedBy: B.recorderIn('ter_kleef') });
    for (const t of rng.sample(tkPool, 2)) B.addKent(p, t, { source: 'sneeuwbal', recordedBy: B.recorderIn('ter_kleef') });
    collect.push(p);
  });

  // ---------------------------------------------------------- repair passes
  const sealedInis = new Set([...clusterInis, kaartclub]);
  const introPair = new Set([introA, introB]);

  // (c) initiatives sharing a buurt and a theme have met: today they share at least
  // one active person, except the planted introduction pair and the sealed groups.
  const activePeople = new Map<string, Set<string>>();
  for (const t of B.ties) {
    if (kindOfNodeId(t.to) !== 'initiatief' || kindOfNodeId(t.from) !== 'persoon' || !activeOnDay(t, TODAY)) continue;
    if (!activePeople.has(t.to)) activePeople.set(t.to, new Set());
    activePeople.get(t.to)!.add(t.from);
  }
  const people = (ini: string) => activePeople.get(ini) ?? new Set<string>();
  const canShare = (p: string) => !B.reservedPersons.has(p) && activeOnDay(B.node(p), TODAY) && !B.rolesOf(p).some((r) => PROFESSIONAL.has(r));
  const share = (src: Set<string>, target: string): boolean => {
    for (const p of rng.shuffle([...src].filter(canShare))) {
      if (B.joinInitiative('DEELNEMER_AAN', p, target, { source: 'sneeuwbal', startDate: toIso(TODAY - rng.int(30, 500)) })) {
        if (!activePeople.has(target)) activePeople.set(target, new Set());
        activePeople.get(target)!.add(p);
        return true;
      }
    }
    return false;
  };
  const liveInis = B.nodes.filter((n) => n.kind === 'initiatief' && activeOnDay(n, TODAY)).map((n) => n.id);
  for (let i = 0; i < liveInis.length; i++) {
    for (let j = i + 1; j < liveInis.length; j++) {
      const a = liveInis[i];
      const b = liveInis[j];
      if (B.buurtOfInitiative.get(a) !== B.buurtOfInitiative.get(b)) continue;
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
      const here = kind === 'organisatie' ? B.wijkenOfOrganisation.get(id)!.has(wijkId(w)) : B.wijkOfBuurt.get(B.buurtOfInitiative.get(id) ?? '') === w;
      if (here && activeOnDay(B.node(id), TODAY)) for (const t of set) out.add(t);
    }
    return out;
  };
  {
    const have = offerThemes(HEALTHY);
    const missing = Object.keys(THEMES).filter((k) => !have.has(themeId(k as ThemeKey)));
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
      const wa = B.wijkenOfOrganisation.get(a)!;
      if (![...B.wijkenOfOrganisation.get(b)!].some((w) => wa.has(w))) continue;
      const ta = B.themesOf.get(a)!;
      if (![...B.themesOf.get(b)!].some((t) => ta.has(t))) continue;
      B.addTie('WERKT_SAMEN_MET', a, b, { source: 'inventarisatie', startDate: toIso(FIRST_DAY + rng.int(0, 200)) });
      orgPair.add([a, b].sort().join('|'));
    }
  }

  // (a) every ordinary resident has at least two social ties today.
  for (const [b, list] of B.residentsOfBuurt) {
    for (const p of list) {
      if (B.reservedPersons.has(p) || !activeOnDay(B.node(p), TODAY)) continue;
      let guard = 0;
      while (B.socialDegreeToday(p) < 2 && guard++ < 10) {
        const cands = B.availableResidents(b).filter((x) => x !== p);
        B.addKent(p, rng.pick(cands), { source: 'sneeuwbal', recordedBy: B.recorderIn(B.wijkOfBuurt.get(b)!), startDate: toIso(Math.max(toDay(B.startOf(p)), FIRST_DAY + rng.int(0, 300))) });
      }
    }
  }

  // Faded ties: a few KENT ties end (between 2025-12 and 2026-10), never in the healthy wijk.
  const healthyPersons = new Set(B.buurtenOfWijk.get(HEALTHY)!.flatMap((b) => B.residentsOfBuurt.get(b)!));
  const keepActive = new Set<string>([...closedOutside, ...isolatedOne.map((x) => x.tie)]);
  for (const t of B.ties) {
    if (t.type !== 'KENT' || t.endDate || keepActive.has(t.id)) continue;
    if (healthyPersons.has(t.from) || healthyPersons.has(t.to)) continue;
    if (B.reservedPersons.has(t.from) || B.reservedPersons.has(t.to)) continue;
    if ([t.from, t.to].some((x) => B.rolesOf(x).includes('wijkteamlid') || B.rolesOf(x).includes('opbouwwerker'))) continue;
    if (!rng.chance(0.035)) continue;
    const lo = Math.max(toDay(t.startDate!) + 30, toDay('2025-12-01'));
    if (lo > TODAY - 2) continue;
    // only end it if both ends keep two social ties today
    if (B.socialDegreeToday(t.from) < 3 || B.socialDegreeToday(t.to) < 3) continue;
    const end = rng.int(lo, TODAY - 2);
    t.endDate = toIso(end);
    if (t.lastContact && toDay(t.lastContact) > end) t.lastContact = toIso(rng.int(Math.max(toDay(t.startDate!), STALE_BEFORE_DAY), end));
  }

  // Hole 7: stale ties: no contact for over a year, in Haarlemmerhout, Vijfhoek and Bosch en Vaart.
  const staleArea = new Set(['haarlemmerhout', 'vijfhoek_raaks_doelen', 'bosch_en_vaart'].flatMap((w) => B.buurtenOfWijk.get(w)!.flatMap((b) => B.residentsOfBuurt.get(b)!)));
  const staleCands = B.ties.filter(
    (t) => t.type === 'KENT' && !t.endDate && staleArea.has(t.from) && staleArea.has(t.to) && toDay(t.startDate!) <= toDay('2025-06-01') && !B.reservedPersons.has(t.from) && !B.reservedPersons.has(t.to),
  );
  const staleTies = rng.sample(staleCands, 24).sort((x, y) => (x.id < y.id ? -1 : 1));
  for (const t of staleTies) t.lastContact = toIso(rng.int(toDay(t.startDate!), toDay('2025-10-15')));

  // ---------------------------------------------------------- self-checks and manifest
  const data: NetworkData = { nodes: B.nodes, ties: B.ties };
  const errors = checkNetwork(data);
  if (errors.length) throw new Error(`demo ongeldig:\n${errors.slice(0, 20).join('\n')}`);

  const marloesEnded = B.ties.filter((t) => (t.from === marloes || t.to === marloes) && t.endDate).map((t) => t.id);
  const pick = (w: string, role: PersonRole) =>
    B.ties
      .filter((t) => t.type === 'ACTIEF_IN' && t.to === wijkId(w) && B.rolesOf(t.from).includes(role))
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
      wijk: wijkId(HEALTHY),
      wijkteam: teamOfWijk.get(HEALTHY)!,
      opbouwwerkers: pick(HEALTHY, 'opbouwwerker'),
      gebiedsverbinders: pick(HEALTHY, 'gebiedsverbinder'),
      sleutelfiguren: B.sleutelfigurenOf.get(HEALTHY)!.slice().sort(),
      linkingMembers: teamLinks.get('oost_2')!.slice().sort(),
    },
    noOpbouwwerker: { wijk: wijkId(NO_OPBOUW), wijkteam: teamOfWijk.get(NO_OPBOUW)!, gebiedsverbinders: pick(NO_OPBOUW, 'gebiedsverbinder') },
    noSleutelfiguur: { wijk: wijkId(NO_SLEUTEL) },
    singlePersonLink: { wijkteam: 'wt_noord_noord', person: ilse, initiatives: teamLinks.get('noord_noord')!.slice().sort(), otherMembers: members.get('noord_noord')!.filter((m) => m !== ilse).sort() },
    departure: { wijkteam: 'wt_oost_1', person: marloes, date: '2026-04-30', initiatives: teamLinks.get('oost_1')!.slice().sort(), endedTies: marloesEnded.sort(), successor: opvolger },
    duplication: { wijk: wijkId('schalkwijk_midden'), theme: themeId('schulden'), organisations: DUP },
    isolatedCluster: { buurt: CLUSTER_BUURT, initiatives: clusterInis.slice().sort(), persons: clusterPersons.slice().sort() },
    overloadedVolunteers: { persons: overloaded.slice().sort() },
    lonelyOpbouwwerker: { person: yvonne, wijk: wijkId(LONELY_WIJK), initiatives: B.initiativesOfWijk.get(LONELY_WIJK)!.slice().sort() },
    themeGap: { theme: themeId('schulden'), wijken: [wijkId('ter_kleef'), wijkId('zuiderpolder')] },
    staleTies: staleTies.map((t) => t.id),
    isolatedResidents: { noTies: isolatedNone.slice().sort(), onlyOneProfessional: isolatedOne },
    introduction: { buurt: INTRO_BUURT, theme: themeId('taal_digitaal'), initiatives: [introA, introB] },
    collectiviseren: { buurt: COLLECT_BUURT, theme: themeId('schulden'), persons: collect.slice().sort(), initiatives: geldstress.slice(0, 5).sort() },
    closedGroup: { buurt: CLOSED_BUURT, initiative: kaartclub, persons: closed.slice().sort(), outsideTies: closedOutside },
  };
  return { data, holes };
}
