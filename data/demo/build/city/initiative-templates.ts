/** The kinds of ordinary initiative every wijk draws its initiatives from. */
import type { ThemeKey } from './themes.ts';

export interface InitiativeTemplate {
  /** `{b}` is replaced by the buurt's name, `{w}` by the wijk's. */
  name: string;
  themes: ThemeKey[];
  doel: ThemeKey;
  /** Kinds of plek to meet at, in order of preference. */
  placeTypes: string[];
  description: string;
}

export const INITIATIVE_TEMPLATES: InitiativeTemplate[] = [
  { name: 'Wandelclub {b}', themes: ['eenzaamheid', 'ouderen'], doel: 'gezondheid', placeTypes: ['buitenruimte'], description: 'Wekelijkse wandeling met koffie na afloop.' },
  { name: 'Bakkie in de Buurt {b}', themes: ['eenzaamheid'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum'], description: 'Inloop met koffie en een praatje.' },
  { name: 'Taalcafé {w}', themes: ['taal_digitaal', 'nieuwkomers'], doel: 'redzaamheid', placeTypes: ['bibliotheek', 'buurtcentrum'], description: 'Nederlands oefenen in een ontspannen sfeer.' },
  { name: 'Moestuin {b}', themes: ['eenzaamheid'], doel: 'inzet_voor_elkaar', placeTypes: ['buitenruimte'], description: 'Samen tuinieren en oogsten.' },
  { name: 'Leefstraat {b}', themes: ['veiligheid'], doel: 'sociale_verbondenheid', placeTypes: ['buitenruimte'], description: 'Bewoners richten hun straat samen in.' },
  { name: 'Repair Café {w}', themes: ['armoede'], doel: 'inzet_voor_elkaar', placeTypes: ['buurtcentrum'], description: 'Samen spullen repareren in plaats van weggooien.' },
  { name: 'Kookclub {b}', themes: ['eenzaamheid', 'nieuwkomers'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum'], description: 'Samen koken en eten, elke week een ander land.' },
  { name: 'Digitaal Spreekuur {w}', themes: ['taal_digitaal', 'ouderen'], doel: 'redzaamheid', placeTypes: ['bibliotheek', 'buurtcentrum'], description: 'Hulp bij DigiD, mail en formulieren.' },
  { name: 'Mantelzorgcafé {w}', themes: ['mantelzorg'], doel: 'gezondheid', placeTypes: ['buurtcentrum', 'zorglocatie'], description: 'Ontmoeting en steun voor mantelzorgers.' },
  { name: 'Opvoedcafé {w}', themes: ['opvoeding'], doel: 'jeugd', placeTypes: ['school', 'buurtcentrum'], description: 'Ouders wisselen ervaringen uit over opvoeden.' },
  { name: 'Huiswerkklas {b}', themes: ['opvoeding', 'taal_digitaal'], doel: 'jeugd', placeTypes: ['school', 'buurtcentrum'], description: 'Vrijwilligers helpen kinderen met huiswerk.' },
  { name: 'Buurtpreventie {b}', themes: ['veiligheid'], doel: 'inzet_voor_elkaar', placeTypes: ['buitenruimte', 'buurtcentrum'], description: 'Bewoners lopen rondes door de buurt.' },
  { name: 'Kledingruil {w}', themes: ['armoede'], doel: 'financiele_situatie', placeTypes: ['kerk', 'buurtcentrum'], description: 'Gratis kleding ruilen.' },
  { name: 'Ouderensoos {b}', themes: ['ouderen', 'eenzaamheid'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum', 'zorglocatie'], description: 'Kaarten, bingo en koffie voor ouderen.' },
  { name: 'Maatjes voor nieuwkomers {w}', themes: ['nieuwkomers'], doel: 'redzaamheid', placeTypes: ['buurtcentrum', 'moskee', 'kerk'], description: 'Buurtbewoners koppelen aan nieuwe Haarlemmers.' },
  { name: 'Klusploeg {w}', themes: ['ouderen'], doel: 'waardevol_werk', placeTypes: ['buurtcentrum'], description: 'Vrijwilligers klussen bij buren die het zelf niet meer kunnen.' },
  { name: 'Buurtmaaltijd {b}', themes: ['eenzaamheid', 'armoede'], doel: 'sociale_verbondenheid', placeTypes: ['buurtcentrum', 'kerk'], description: 'Maandelijkse maaltijd voor een kleine bijdrage.' },
  { name: 'Sport in de wijk {w}', themes: ['opvoeding'], doel: 'gezondheid', placeTypes: ['buitenruimte', 'school'], description: 'Sporten op het plein voor kinderen en ouders.' },
];
