/**
 * Haarlem's geography for the demo: stad > 5 stadsdelen > wijken > buurten,
 * and the sociale wijkteams with the wijken they work in. Wijk and buurt names
 * follow Haarlem's own division; the CBS-like codes (WK0392xx, BU0392xxxx) are
 * numbered in this list's order and are approximate, not the official CBS codes.
 */

export interface StadsdeelDef {
  key: string;
  name: string;
}

export interface WijkDef {
  key: string;
  name: string;
  stadsdeel: string;
  buurten: string[];
  /** Number of ordinary residents in the demo. */
  residents: number;
}

export interface WijkteamDef {
  key: string;
  name: string;
  wijken: string[];
}

export const STADSDELEN: StadsdeelDef[] = [
  { key: 'centrum', name: 'Centrum' },
  { key: 'noord', name: 'Noord' },
  { key: 'oost', name: 'Oost' },
  { key: 'zuid_west', name: 'Zuid-West' },
  { key: 'schalkwijk', name: 'Schalkwijk' },
];

export const WIJKEN: WijkDef[] = [
  { key: 'oude_stad', name: 'Oude Stad', stadsdeel: 'centrum', buurten: ['Grote Markt', 'Burgwal', 'Heiliglanden'], residents: 70 },
  { key: 'vijfhoek_raaks_doelen', name: 'Vijfhoek, Raaks, Doelen', stadsdeel: 'centrum', buurten: ['Vijfhoek', 'Raaks', 'Doelen'], residents: 60 },
  { key: 'stationsbuurt', name: 'Stationsbuurt', stadsdeel: 'centrum', buurten: ['Stationsplein', 'Kruisweg', 'Jansweg'], residents: 45 },
  { key: 'frans_hals', name: 'Frans Hals', stadsdeel: 'noord', buurten: ['Frans Halsbuurt', 'Kleverpark', 'Rijksstraatweg-Zuid'], residents: 80 },
  { key: 'transvaalwijk', name: 'Transvaalwijk', stadsdeel: 'noord', buurten: ['Transvaalbuurt', 'Krugerbuurt'], residents: 65 },
  { key: 'indische_wijk', name: 'Indische Wijk', stadsdeel: 'noord', buurten: ['Indische Buurt-Noord', 'Indische Buurt-Zuid', 'Bomenbuurt'], residents: 70 },
  { key: 'spaarndammerwijk', name: 'Spaarndammerwijk', stadsdeel: 'noord', buurten: ['Spaarndammerbuurt', 'Planetenbuurt'], residents: 55 },
  { key: 'delftwijk', name: 'Delftwijk', stadsdeel: 'noord', buurten: ['Delftwijk-Noord', 'Delftwijk-Zuid', 'Delftplein'], residents: 80 },
  { key: 'dietsveld', name: 'Dietsveld', stadsdeel: 'noord', buurten: ['Dietsveld', 'Sinnevelt'], residents: 55 },
  { key: 'ter_kleef', name: 'Ter Kleef', stadsdeel: 'noord', buurten: ['Ter Kleef', 'Kleverlaan'], residents: 50 },
  { key: 'slachthuisbuurt', name: 'Slachthuisbuurt', stadsdeel: 'oost', buurten: ['Slachthuisbuurt-Noord', 'Slachthuisbuurt-Zuid', 'Rustenburg'], residents: 75 },
  { key: 'amsterdamse_buurt', name: 'Amsterdamse Buurt', stadsdeel: 'oost', buurten: ['Amsterdamse Buurt', 'Potgieterbuurt'], residents: 65 },
  { key: 'parkwijk', name: 'Parkwijk', stadsdeel: 'oost', buurten: ['Parkwijk-Noord', 'Parkwijk-Zuid', 'Floraplein'], residents: 80 },
  { key: 'van_zeggelenbuurt', name: 'Van Zeggelenbuurt', stadsdeel: 'oost', buurten: ['Van Zeggelenbuurt', 'Lewinbuurt'], residents: 55 },
  { key: 'rozenprieel', name: 'Rozenprieel', stadsdeel: 'zuid_west', buurten: ['Rozenprieel-Noord', 'Rozenprieel-Zuid', 'Zijlweg-Oost'], residents: 80 },
  { key: 'leidsebuurt', name: 'Leidsebuurt', stadsdeel: 'zuid_west', buurten: ['Leidsebuurt', 'Leidsevaartbuurt'], residents: 55 },
  { key: 'haarlemmerhout', name: 'Haarlemmerhout', stadsdeel: 'zuid_west', buurten: ['Haarlemmerhoutkwartier', 'Den Hout'], residents: 50 },
  { key: 'koninginnebuurt', name: 'Koninginnebuurt', stadsdeel: 'zuid_west', buurten: ['Koninginnebuurt', 'Kleine Houtbuurt'], residents: 55 },
  { key: 'bosch_en_vaart', name: 'Bosch en Vaart', stadsdeel: 'zuid_west', buurten: ['Bosch en Vaart', 'Heemsteedse Dreef'], residents: 45 },
  { key: 'meerwijk', name: 'Meerwijk', stadsdeel: 'schalkwijk', buurten: ['Meerwijk-Noord', 'Meerwijk-Zuid', 'Zeeheldenbuurt'], residents: 85 },
  { key: 'boerhaavewijk', name: 'Boerhaavewijk', stadsdeel: 'schalkwijk', buurten: ['Boerhaavewijk-Noord', 'Boerhaavewijk-Zuid', 'Reinaldapark'], residents: 80 },
  { key: 'europawijk', name: 'Europawijk', stadsdeel: 'schalkwijk', buurten: ['Europawijk-Noord', 'Europawijk-Zuid'], residents: 70 },
  { key: 'molenwijk', name: 'Molenwijk', stadsdeel: 'schalkwijk', buurten: ['Molenwijk-Noord', 'Molenwijk-Zuid'], residents: 65 },
  { key: 'schalkwijk_midden', name: 'Schalkwijk-Midden', stadsdeel: 'schalkwijk', buurten: ['Schalkwijk-Centrum', 'Molenplas', 'Bijdorp'], residents: 75 },
  { key: 'zuiderpolder', name: 'Zuiderpolder', stadsdeel: 'schalkwijk', buurten: ['Zuiderpolder', 'Zuiderpolder-Oost'], residents: 35 },
];

export const WIJKTEAMS: WijkteamDef[] = [
  { key: 'rozenprieel_centrum', name: 'SWT Rozenprieel-Centrum', wijken: ['oude_stad', 'vijfhoek_raaks_doelen', 'stationsbuurt', 'rozenprieel'] },
  { key: 'noord_noord', name: 'SWT Noord-Noord', wijken: ['delftwijk', 'dietsveld', 'ter_kleef'] },
  { key: 'noord_zuid', name: 'SWT Noord-Zuid', wijken: ['frans_hals', 'transvaalwijk', 'indische_wijk', 'spaarndammerwijk'] },
  { key: 'oost_1', name: 'SWT Oost 1', wijken: ['slachthuisbuurt', 'amsterdamse_buurt'] },
  { key: 'oost_2', name: 'SWT Oost 2', wijken: ['parkwijk', 'van_zeggelenbuurt'] },
  { key: 'zuid_west', name: 'SWT Zuid-West', wijken: ['leidsebuurt', 'haarlemmerhout', 'koninginnebuurt', 'bosch_en_vaart'] },
  { key: 'schalkwijk_noord', name: 'SWT Schalkwijk-Noord', wijken: ['meerwijk', 'europawijk', 'schalkwijk_midden'] },
  { key: 'schalkwijk_zuid', name: 'SWT Schalkwijk-Zuid', wijken: ['boerhaavewijk', 'molenwijk', 'zuiderpolder'] },
];

/** Gebiedsverbinders: one per group of wijken. */
export const GEBIEDSVERBINDER_AREAS: string[][] = [
  ['oude_stad', 'vijfhoek_raaks_doelen', 'stationsbuurt'],
  ['frans_hals', 'transvaalwijk', 'indische_wijk', 'spaarndammerwijk'],
  ['delftwijk', 'dietsveld', 'ter_kleef'],
  ['slachthuisbuurt', 'amsterdamse_buurt'],
  ['parkwijk', 'van_zeggelenbuurt'],
  ['rozenprieel', 'leidsebuurt'],
  ['haarlemmerhout', 'koninginnebuurt', 'bosch_en_vaart'],
  ['meerwijk', 'europawijk', 'schalkwijk_midden'],
  ['boerhaavewijk', 'molenwijk', 'zuiderpolder'],
];

export const ALL_WIJKEN = WIJKEN.map((w) => w.key);

export const WIJK_BY_KEY = new Map(WIJKEN.map((w) => [w.key, w] as const));

export const wijkenIn = (stadsdeel: string): string[] => WIJKEN.filter((w) => w.stadsdeel === stadsdeel).map((w) => w.key);

/** The gebied id of a wijk. */
export const wijkId = (key: string): string => `geb_wk_${key}`;

/** The wijk key of a wijk's gebied id. */
export const wijkKeyOf = (id: string): string => id.slice('geb_wk_'.length);
