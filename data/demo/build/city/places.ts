/** The plekken: buurtcentra, libraries, churches, parks, care homes and sports grounds, and a few in every wijk. */
import { DEMO_START } from '../calendar.ts';
import type { NetworkBuilder } from '../network-builder.ts';
import { WIJKEN } from './geography.ts';

/** [id, name, type, buurt, beheerder] of the named plekken. */
const NAMED_PLACES: [string, string, string, string, string?][] = [
  ['plk_de_horizon', 'Buurtcentrum De Horizon', 'buurtcentrum', 'Delftwijk-Noord', 'org_dock'],
  ['plk_de_wijkfabriek', 'De Wijkfabriek', 'buurtcentrum', 'Slachthuisbuurt-Noord', 'org_dock'],
  ['plk_broederhuis', 'Het Broederhuis', 'buurtcentrum', 'Slachthuisbuurt-Zuid', 'org_haarlem_effect'],
  ['plk_de_hamelink', 'Buurthuis De Hamelink', 'buurtcentrum', 'Amsterdamse Buurt', 'org_dock'],
  ['plk_kindervreugd', 'Speeltuin Kindervreugd', 'buitenruimte', 'Potgieterbuurt', 'org_speeltuin_kindervreugd'],
  ['plk_bibliotheek_centrum', 'Bibliotheek Haarlem Centrum', 'bibliotheek', 'Grote Markt', 'org_bibliotheek'],
  ['plk_bibliotheek_noord', 'Bibliotheek Haarlem Noord', 'bibliotheek', 'Frans Halsbuurt', 'org_bibliotheek'],
  ['plk_bibliotheek_schalkwijk', 'Bibliotheek Schalkwijk', 'bibliotheek', 'Schalkwijk-Centrum', 'org_bibliotheek'],
  ['plk_bibliotheek_oost', 'Bibliotheekpunt Parkwijk', 'bibliotheek', 'Floraplein', 'org_bibliotheek'],
  ['plk_moskee_schalkwijk', 'Moskee Schalkwijk', 'moskee', 'Meerwijk-Zuid', 'org_moskee_schalkwijk'],
  ['plk_pniel_kerk', 'Pniëlkerk', 'kerk', 'Indische Buurt-Zuid', 'org_pkn_haarlem_noord'],
  ['plk_kerk_rozenprieel', 'Kerkzaal Rozenprieel', 'kerk', 'Rozenprieel-Noord', 'org_parochie_haarlem_zuid'],
  ['plk_kerk_leidsebuurt', 'Parochiezaal Leidsebuurt', 'kerk', 'Leidsebuurt', 'org_parochie_haarlem_zuid'],
  ['plk_kleverpark', 'Kleverpark', 'buitenruimte', 'Kleverpark'],
  ['plk_haarlemmerhout', 'De Haarlemmerhout', 'buitenruimte', 'Den Hout'],
  ['plk_reinaldapark', 'Reinaldapark', 'buitenruimte', 'Reinaldapark'],
  ['plk_molenplas', 'Wandelpad Molenplas', 'buitenruimte', 'Molenplas'],
  ['plk_zorgcentrum_schalkwijk', 'Woonzorgcentrum Boerhaave', 'zorglocatie', 'Boerhaavewijk-Zuid', 'org_zorgbalans'],
  ['plk_zorgcentrum_noord', 'Woonzorgcentrum Delftweg', 'zorglocatie', 'Delftplein', 'org_kennemerhart'],
  ['plk_zorgcentrum_parkwijk', 'Woonzorgcentrum Floraplein', 'zorglocatie', 'Floraplein', 'org_kennemerhart'],
  ['plk_sporthal_schalkwijk', 'Sporthal Schalkwijk', 'sportaccommodatie', 'Bijdorp', 'org_gemeente_mo'],
  ['plk_sportpark_noord', 'Sportpark Noord', 'sportaccommodatie', 'Sinnevelt', 'org_gemeente_mo'],
];

function addPlace(network: NetworkBuilder, id: string, name: string, type: string, buurt: string, beheerder?: string) {
  network.addNode('plek', id, name, { type, startDate: DEMO_START });
  network.addTie('LIGT_IN', id, buurt, { startDate: DEMO_START, source: 'inventarisatie' });
  if (beheerder) network.addTie('BEHEERT', beheerder, id, { startDate: DEMO_START, source: 'inventarisatie' });
  network.placesOfWijk.get(network.wijkOfBuurt.get(buurt)!)!.push({ id, type, buurt });
}

/** The named plekken, then in every wijk a buurthuis (unless it has one), its school and an outdoor spot. */
export function addPlaces(network: NetworkBuilder, schoolOf: Map<string, string>) {
  for (const [id, name, type, buurtName, beheerder] of NAMED_PLACES) addPlace(network, id, name, type, network.buurtId(buurtName), beheerder);
  const hasType = (wijk: string, type: string) => network.placesOfWijk.get(wijk)!.some((p) => p.type === type);
  for (const wijk of WIJKEN) {
    const buurten = network.buurtenOfWijk.get(wijk.key)!;
    if (!hasType(wijk.key, 'buurtcentrum')) {
      const beheerder = network.rng.pick(['org_dock', 'org_haarlem_effect', wijk.stadsdeel === 'schalkwijk' ? 'org_pre_wonen' : 'org_elan_wonen']);
      addPlace(network, `plk_buurthuis_${wijk.key}`, `Buurthuis ${wijk.name}`, 'buurtcentrum', buurten[0], beheerder);
    }
    const school = schoolOf.get(wijk.key)!;
    addPlace(network, `plk_${school.slice('org_'.length)}`, network.node(school).name, 'school', buurten[buurten.length - 1], school);
    if (!hasType(wijk.key, 'buitenruimte')) addPlace(network, `plk_plein_${wijk.key}`, `Buurtplein ${wijk.name}`, 'buitenruimte', buurten[Math.min(1, buurten.length - 1)]);
  }
}
