/**
 * What GET /api/analysis/overview answers: the wijken of a stad or stadsdeel
 * as aggregates (no person in it), and the ties between them. The analysis
 * that computes it is server/analysis/overview.
 */

/** Figures of one wijk, each on the network of that wijk as the gaps panel and the map filtered to it see it. */
export interface WijkFigures {
  id: string;
  name: string;
  /** The stadsdeel the wijk lies in, if any. */
  stadsdeel: string | null;
  /** Persons who live, work or are active in the wijk. */
  persons: number;
  /** Of those, residents (persons without a professional role). */
  residents: number;
  organisations: number;
  initiatives: number;
  /** Social ties inside the wijk (parallel ties between two nodes count once). */
  ties: number;
  /** Ties / possible pairs, 0..1. */
  density: number;
  /** Ties per person, organisation, team or initiative. */
  averageDegree: number;
  /** Findings of the gap analysis on the wijk. */
  findings: number;
  findingsHigh: number;
  /** Residents the isolation analysis names as isolated (no tie, only through one professional, or only each other). */
  isolatedResidents: number;
  /** isolatedResidents / residents; null without residents. */
  isolatedShare: number | null;
  /** For a viewer with gebieden: the wijk (or a buurt of it) is one of them. */
  own?: boolean;
}

/** Social ties between people and organisations of two wijken (each node counted in its main wijk). */
export interface WijkLine {
  from: string;
  to: string;
  ties: number;
}

export interface CityOverview {
  version: number;
  at?: string;
  /** The stad or stadsdeel whose wijken these are. */
  gebied: { id: string; name: string; level: string };
  wijken: WijkFigures[];
  lines: WijkLine[];
}

/** The figures a wijk bubble can be coloured by, in the order the legend offers them. */
export const OVERVIEW_MEASURES = ['findings', 'residents', 'isolatedShare', 'averageDegree', 'density'] as const satisfies readonly (keyof WijkFigures)[];
export type OverviewMeasure = (typeof OVERVIEW_MEASURES)[number];
