/**
 * What the netwerkrapportage routes answer: the wijken to choose from, one
 * wijk's rapportage for a period, and the team's duidingen. The rapportage
 * says what the map says: its gaps, Driehoek, coverage and sleutelfiguren
 * are the analyses of the wijk (the Gaten and Sleutelfiguren panels with the
 * wijk as filter), its key figures those of the map's timeline.
 */
import type { Finding, GapAnalysis } from '../analysis.ts';
import type { KeyFigures } from './compare.ts';
import type { TellenEnVertellen } from './findings.ts';

/** One kind of gap, as the Gaten panel groups them: the findings in the panel's words, the most severe first. */
export interface RapportageGaten {
  analysis: GapAnalysis;
  findings: Finding[];
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

/** The Driehoek of the wijk as the coverage analysis finds it: how many of each leg, and the sleutelfiguren. */
export interface DriehoekStatus {
  gebiedsverbinders: number;
  wijkteams: number;
  opbouwwerkers: number;
  sleutelfiguren: number;
  /** Gebiedsverbinder, wijkteam and opbouwwerker all there. */
  compleet: boolean;
}

/** The offer on one theme in the wijk, from the coverage analysis. */
export interface ThemaDekking {
  thema: string;
  /** A maatschappelijk doel or a concrete theme. */
  categorie: 'doel' | 'thema';
  organisaties: string[];
  initiatieven: string[];
  aantal: number;
}

/** One of the wijk's sleutelfiguren, as the Sleutelfiguren panel ranks and explains them. */
export interface WijkSleutelfiguur {
  id: string;
  persoon: string;
  /** Direct contacts in the wijk's network (the panel's "directe contacten"). */
  contacten: number;
  score: number;
  uitleg: string;
  /** Known as sleutelfiguur (the role). */
  sleutelfiguur: boolean;
}

/** GET /api/rapportage: the wijken this account may make a rapportage of. */
export interface RapportageWijken {
  items: RapportageWijk[];
}

/** GET /api/rapportage/:wijk?periode=JJJJ-Qn */
export interface Rapportage {
  wijk: RapportageWijk;
  periode: string;
  vorigePeriode: string;
  peildatum: string;
  gegenereerd: string;
  pseudonymise: boolean;
  /** The key figures of the wijk on the peildatum, as the map's timeline counts them. */
  kerncijfers: KeyFigures;
  driehoek: DriehoekStatus;
  dekking: ThemaDekking[];
  /** Every gap the Gaten panel shows for the wijk on the peildatum, per kind. */
  gaten: RapportageGaten[];
  /** The first of the Sleutelfiguren panel for the wijk on the peildatum. */
  sleutelfiguren: WijkSleutelfiguur[];
  verandering: { label: string; nu: number; toen: number }[];
  veranderingMelding: string;
  duiding: Duiding[];
  /** What the work list found in the wijk and what the team did with it in the period. */
  tellenEnVertellen: TellenEnVertellen;
}
