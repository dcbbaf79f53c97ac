/** What the report routes and the free-Cypher route answer: the library, personal reports and query results. */
import type { NodeKind } from '../nodes.ts';

/** A parameter's type; a node kind means an id of that kind. */
export type ParamType = 'string' | 'int' | 'date' | 'periode' | NodeKind;

/** How a column's cells are shown; node kinds by the viewer's policy. */
export type ColumnKind = NodeKind | 'tekst' | 'getal' | 'datum';

export interface ReportParam {
  name: string;
  type: ParamType;
  /** As written in the header: `''`, `4`, `2025-01-01`, `today-6m`. */
  default: string | number;
  /** Declared without a default (`@param persoon: persoon`): the report needs a value. */
  required?: boolean;
}

export interface ReportColumn {
  name: string;
  kind: ColumnKind;
}

/** The questions the library is grouped by, in the order the console shows them. */
export const REPORT_GROUPS = [
  'Hoe staat de wijk ervoor?',
  'Wie zijn de sleutelfiguren, en wie draagt te veel?',
  'Waar hangt het aan één draad?',
  'Wie bereiken we niet?',
  'Wat ontbreekt of dubbelt in het aanbod?',
  'Wie kunnen we aan elkaar voorstellen?',
  'Klopt de registratie?',
] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** A report of the library (GET /api/reports lists them). */
export interface ReportDefinition {
  id: string;
  title: string;
  /** The users' question the report answers (`@group`). */
  group: ReportGroup;
  description: string;
  params: ReportParam[];
  columns: ReportColumn[];
  /** The query, without the header. */
  cypher: string;
}

/** Free Cypher saved by one account. */
export interface PersonalReport {
  id: string;
  owner: string;
  title: string;
  description: string;
  cypher: string;
  params: ReportParam[];
  savedAt: string;
}

/** GET /api/reports and GET /api/reports/personal. */
export interface ReportList<T> {
  reports: T[];
}

/** Where in the query text an error is (in the `position` of a 400's error body): offset from 0, line and column from 1. */
export interface QueryErrorPosition {
  offset: number;
  line: number;
  column: number;
}

/** What running a report or a free query answers. */
export interface QueryResult {
  columns: ReportColumn[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  maxRows: number;
  ms: number;
}
