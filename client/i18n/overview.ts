/** The overview of the wijken, the breadcrumbs above the map and the wijk filter. */
import type { OverviewMeasure } from '../../server/model/wire/overview.ts';
import { count } from './count.ts';
import { formatNumber } from './format.ts';

const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10, 1)}%`;

export const overview = {
  title: 'Wijkoverzicht',
  loading: 'Overzicht berekenen…',
  error: 'Het overzicht kon niet worden geladen.',
  empty: 'Hier liggen geen wijken.',
  /** The name of each figure, as the colour choice and the legend say it. */
  measures: {
    findings: 'Open gaten',
    residents: 'Bewoners',
    isolatedShare: 'Geïsoleerde bewoners',
    averageDegree: 'Banden per persoon',
    density: 'Dichtheid',
  } satisfies Record<OverviewMeasure, string>,
  /** What each figure means, in plain words. */
  explain: {
    findings: 'Hoeveel gaten de analyse in de wijk vindt.',
    residents: 'Hoeveel bewoners in het netwerk van de wijk staan.',
    isolatedShare: 'Welk deel van de bewoners alleen staat: zonder band, alleen via één professional of alleen met elkaar.',
    averageDegree: 'Hoeveel banden iemand in de wijk gemiddeld heeft.',
    density: 'Hoeveel van alle mogelijke banden tussen twee mensen of organisaties in de wijk er echt zijn.',
  } satisfies Record<OverviewMeasure, string>,
  /** A figure's value, short, for the legend's ends and the table. */
  value: {
    findings: (n: number) => formatNumber(n),
    residents: (n: number) => formatNumber(n),
    isolatedShare: (share: number) => percent(share),
    averageDegree: (n: number) => formatNumber(n, 1),
    density: (share: number) => percent(share),
  } satisfies Record<OverviewMeasure, (value: number) => string>,
  colorBy: 'Kleur naar',
  legend: {
    title: 'Legenda',
    color: (measure: string) => `Kleur: ${measure.toLowerCase()}`,
    low: 'weinig',
    high: 'veel',
    size: 'Grootte: mensen die er wonen, werken of actief zijn',
    lines: 'Lijn: banden tussen mensen en organisaties van twee wijken; hoe dikker, hoe meer',
    own: 'Uw eigen gebied',
    people: (n: number) => count(n, 'persoon', 'personen'),
    ties: (n: number) => count(n, 'band', 'banden'),
  },
  card: {
    people: (persons: number, residents: number) => `${count(persons, 'persoon', 'personen')}, van wie ${count(residents, 'bewoner', 'bewoners')}`,
    findings: (n: number, high: number) => `${count(n, 'open gat', 'open gaten')}${high ? ` (${high} ernstig)` : ''}`,
    averageDegree: (n: number) => `Gemiddeld ${formatNumber(n, 1)} banden per persoon`,
    density: (share: number) => `Van elke 100 mogelijke banden bestaan er ${formatNumber(Math.round(share * 1000) / 10, 1)}`,
    isolated: (n: number, residents: number, share: number | null) => (share === null ? 'Geen bewoners' : `${n} van de ${residents} bewoners geïsoleerd (${percent(share)})`),
    lines: (n: number, wijken: number) => `${count(n, 'band', 'banden')} met ${count(wijken, 'andere wijk', 'andere wijken')}`,
    open: 'Klik om de wijk te openen',
    own: 'Uw eigen gebied',
  },
  counts: (wijken: number, lines: number) => `${count(wijken, 'wijk', 'wijken')} · ${count(lines, 'verbinding', 'verbindingen')}`,
  table: {
    caption: 'De wijken met hun cijfers',
    wijk: 'Wijk',
    stadsdeel: 'Stadsdeel',
    persons: 'Personen',
  },
  /** For keyboard and screen reader: every wijk as a button. */
  wijkList: 'Wijken in het overzicht',
  openWijk: (name: string) => `${name} openen op de kaart`,
  breadcrumbs: {
    label: 'Waar u bent',
    toOverview: (name: string) => `Overzicht van de wijken in ${name}`,
    toMap: (name: string) => `${name} op de kaart`,
    wholeNetwork: 'Hele netwerk',
    overview: 'wijkoverzicht',
    several: (n: number) => count(n, 'gebied', 'gebieden'),
    showOnMap: 'Op de kaart',
  },
  filter: {
    label: 'Wijken',
    all: 'Alle wijken',
    several: (n: number) => count(n, 'wijk', 'wijken'),
    search: 'Zoek wijk of stadsdeel…',
    searchLabel: 'Zoek in de wijken',
    none: 'Geen wijk gevonden',
    clear: 'Alle wijken tonen',
    wholeStadsdeel: (name: string) => `Heel ${name}`,
    zoomTo: 'Zoom naar de gekozen wijken',
    done: 'Klaar',
  },
} as const;
