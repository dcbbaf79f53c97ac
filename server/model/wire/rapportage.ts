/** What the netwerkrapportage routes answer: one wijk's rapportage for a period, and the team's duidingen. */
import type { TellenEnVertellen } from './findings.ts';

/** A gap the rapportage names, from the reports it runs. */
export interface RapportageGap {
  key: string;
  ernst: 'hoog' | 'middel' | 'laag';
  titel: string;
  uitleg: string;
  items: string[];
}

/** What the team made of the figures, one per author, wijk and period. */
export interface Duiding {
  tekst: string;
  sessiedatum?: string;
  deelnemers?: string;
  wijk: string;
  periode: string;
  auteur: string;
  bijgewerkt: string;
}

/** What a client sends to save its duiding. */
export type DuidingBody = Pick<Duiding, 'tekst' | 'sessiedatum' | 'deelnemers'>;

export interface RapportageWijk {
  id: string;
  name: string;
  code: string | null;
  stadsdeel: string | null;
}

/** Rows of the reports the rapportage runs, by their columns. */
export interface Kerncijfers {
  personen: number;
  bewoners: number;
  banden: number;
  dichtheid: number;
  organisaties: number;
  initiatieven: number;
}
export interface DriehoekStatus {
  gebiedsverbinders: number;
  wijkteams: number;
  opbouwwerkers: number;
  compleet: string;
}
export interface ThemaDekking {
  thema: string;
  organisaties: string[] | null;
  initiatieven: string[] | null;
  aantal: number;
}
export interface WijkSleutelfiguur {
  persoon: string;
  contacten: number;
  initiatieven: number;
  sleutelfiguur: string;
}

/** GET /api/rapportage/:wijk?periode=JJJJ-Qn */
export interface Rapportage {
  wijk: RapportageWijk;
  periode: string;
  vorigePeriode: string;
  peildatum: string;
  gegenereerd: string;
  pseudonymise: boolean;
  kerncijfers: Kerncijfers | null;
  driehoek: DriehoekStatus | null;
  dekking: ThemaDekking[];
  gaten: RapportageGap[];
  sleutelfiguren: WijkSleutelfiguur[];
  /** The changes in the city between the period's first and last day (rows of `veranderingen-tussen-datums`). */
  veranderingStad: Record<string, unknown>[];
  verandering: { label: string; nu: number; toen: number }[];
  veranderingMelding: string;
  duiding: Duiding[];
  /** What the work list found in the wijk and what the team did with it in the period. */
  tellenEnVertellen: TellenEnVertellen;
}
