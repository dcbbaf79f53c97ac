/**
 * The organisations of the demo and the formal ties between them. The named
 * ones are real Haarlem organisations; their working areas, themes and mutual
 * ties are plausible, not factual. Wijkraden and schools are invented.
 */
import type { TieType } from '../../../../server/model/index.ts';
import { slug } from '../../../../server/services/demo/names.ts';
import { DEMO_START } from '../calendar.ts';
import { THEME_GAP_WIJKEN } from '../holes/theme-gap.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { ALL_WIJKEN, WIJKEN, WIJK_BY_KEY, wijkenIn, wijkId } from './geography.ts';
import { themeId, type ThemeKey } from './themes.ts';

export interface OrganisationDef {
  key: string;
  name: string;
  type: string;
  wijken: string[] | 'alle';
  themes: ThemeKey[];
}

const without = (list: string[], ...keys: string[]) => list.filter((k) => !keys.includes(k));

const ORGANISATIONS: OrganisationDef[] = [
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
  { key: 'stem_in_de_stad', name: 'Stem in de stad', type: 'levensbeschouwelijk', wijken: [...without(wijkenIn('noord'), ...THEME_GAP_WIJKEN), ...wijkenIn('centrum')], themes: ['schulden', 'armoede'] },
  { key: 'humanitas', name: 'Humanitas Haarlem', type: 'vrijwilligersorganisatie', wijken: without(ALL_WIJKEN, ...THEME_GAP_WIJKEN), themes: ['eenzaamheid', 'schulden', 'mantelzorg'] },
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

/** Wijken with a wijkraad (an organisation of its own). */
const WIJKRADEN = ['parkwijk', 'slachthuisbuurt', 'rozenprieel', 'delftwijk', 'frans_hals', 'meerwijk', 'boerhaavewijk', 'leidsebuurt', 'oude_stad', 'transvaalwijk', 'europawijk'];

/** One basisschool per wijk, in the order of WIJKEN. */
const SCHOOL_NAMES = [
  'De Zonnewijzer', 'De Molenwiek', 'Het Kompas', 'De Regenboog', 'De Springplank', 'Het Spaarne', 'De Kleine Prins', 'De Dolfijn',
  'De Wilgenhoek', 'Het Mozaïek', 'De Piramide', 'De Ark', 'Het Palet', 'De Sterrenkijker', 'De Vuurtoren', 'De Boomgaard',
  'De Koepel', 'De Duinroos', 'Het Anker', 'De Kolibrie', 'De Tweemaster', 'De Fontein', 'Het Baken', 'De Windroos', 'De Bijenkorf',
];

function addOrganisation(network: NetworkBuilder, def: OrganisationDef): string {
  const id = `org_${def.key}`;
  network.addNode('organisatie', id, def.name, { type: def.type, startDate: DEMO_START });
  const wijken = def.wijken === 'alle' ? ALL_WIJKEN : def.wijken;
  network.wijkenOfOrganisation.set(id, new Set(wijken.map(wijkId)));
  for (const wijk of wijken) network.addTie('WERKT_IN', id, wijkId(wijk), { startDate: DEMO_START, source: 'inventarisatie' });
  for (const theme of def.themes) network.addTheme(id, themeId(theme));
  return id;
}

/** All organisations with their working areas and themes; returns the school of each wijk (wijk key -> organisation id). */
export function addOrganisations(network: NetworkBuilder): Map<string, string> {
  for (const def of ORGANISATIONS) addOrganisation(network, def);
  for (const wijk of WIJKRADEN) {
    addOrganisation(network, { key: `wijkraad_${wijk}`, name: `Wijkraad ${WIJK_BY_KEY.get(wijk)!.name}`, type: 'vereniging', wijken: [wijk], themes: ['sociale_verbondenheid', 'veiligheid'] });
  }
  const schoolOf = new Map<string, string>();
  WIJKEN.forEach((wijk, i) => {
    const name = `Basisschool ${SCHOOL_NAMES[i]}`;
    schoolOf.set(wijk.key, addOrganisation(network, { key: `bs_${slug(SCHOOL_NAMES[i])}`, name, type: 'school', wijken: [wijk.key], themes: ['jeugd', 'opvoeding'] }));
  });
  return schoolOf;
}

/** The organisations the gemeente commissions and subsidises. */
const COMMISSIONED = ['org_dock', 'org_haarlem_effect', 'org_humanitas', 'org_buuv', 'org_kbo_pcob', 'org_mee_de_wering', 'org_cjg'];

/** The moederorganisaties of the wijkteams' members. */
const MOEDERORGANISATIES = ['org_dock', 'org_haarlem_effect', 'org_zorgbalans', 'org_kennemerhart', 'org_ribw_kam', 'org_mee_de_wering', 'org_leger_des_heils', 'org_cjg', 'org_gemeente_mo'];

/** The formal world: commissioning, subsidies, the wijkteam consortium and a few partnerships. */
export function addFormalOrganisationTies(network: NetworkBuilder) {
  const formalTie = (type: TieType, from: string, to: string) => network.addTie(type, from, to, { startDate: DEMO_START, source: 'import', recordedBy: 'Gemeente Haarlem, team MO' });
  formalTie('LID_VAN_CONSORTIUM', 'org_dock', 'org_haarlem_effect');
  for (const organisation of COMMISSIONED) {
    formalTie('OPDRACHTGEVER_VAN', 'org_gemeente_mo', organisation);
    formalTie('SUBSIDIEERT', 'org_gemeente_mo', organisation);
  }
  // The wijkteam consortium of the moederorganisaties, registered with DOCK as penvoerder.
  for (const organisation of MOEDERORGANISATIES) if (organisation !== 'org_dock') formalTie('LID_VAN_CONSORTIUM', 'org_dock', organisation);
  formalTie('WERKT_SAMEN_MET', 'org_humanitas', 'org_stem_in_de_stad');
  formalTie('WERKT_SAMEN_MET', 'org_dock', 'org_stem_in_de_stad');
  formalTie('WERKT_SAMEN_MET', 'org_geloven_in_de_stad', 'org_fonds_urgente_noden');
}
