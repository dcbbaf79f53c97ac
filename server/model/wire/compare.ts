/**
 * What GET /api/history/compare answers: how the network of a gebied changed
 * between two dates. The analysis that computes it is server/analysis/compare.
 */
import type { Finding, GapAnalysis } from '../analysis.ts';

/** Counts only: safe to keep in snapshots (no person ids). */
export interface KeyFigures {
  /** Persons in the social network of the scope. */
  persons: number;
  residents: number;
  professionals: number;
  organisations: number;
  initiatives: number;
  wijkteams: number;
  /** Social ties (parallel ties between the same two nodes count once). */
  ties: number;
  /** ties / possible pairs, 0..1. */
  density: number;
  /** Connected parts of the social network (isolated nodes each count as one). */
  components: number;
  averageDegree: number;
}

export interface TieChange {
  id: string;
  type: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  /** A social tie (not a context tie such as woont in / werkt in). */
  social: boolean;
  /** For ties gone: ended (endDate), deleted, or an end left (the tie went with it). */
  reason?: 'beëindigd' | 'verwijderd' | 'eindpunt vertrokken' | 'buiten gebied';
  endDate?: string;
}

export interface NodeChange {
  id: string;
  kind: string;
  name: string;
  roles?: string[];
  /** For nodes gone: left the network (ended or deleted), or only left the scope (moved). */
  reason?: 'vertrokken' | 'verwijderd' | 'verhuisd' | 'nieuw' | 'verhuisd naar gebied';
  endDate?: string;
}

export interface FigureChange {
  id: string;
  name: string;
  score: number;
  explanation: string;
}

export interface GapChange {
  id: string;
  analysis: GapAnalysis;
  severity: Finding['severity'];
  title: string;
  explanation: string;
  nodes: string[];
  ties: string[];
  /**
   * For closed gaps: involved nodes that left in the meantime. Such a gap is
   * not solved: it went away with the person (e.g. a single link that broke).
   */
  departed?: string[];
}

export interface CompareResult {
  gebied?: string[];
  from: string;
  to: string;
  ties: { new: TieChange[]; ended: TieChange[] };
  nodes: { joined: NodeChange[]; left: NodeChange[] };
  /** Null when not asked for. */
  sleutelfiguren: {
    /** Where the ranking comes from. */
    method: string;
    top: number;
    before: FigureChange[];
    after: FigureChange[];
    gained: FigureChange[];
    lost: FigureChange[];
  } | null;
  gaps: { opened: GapChange[]; closed: GapChange[]; before: number; after: number } | null;
  figures: { before: KeyFigures; after: KeyFigures; change: KeyFigures };
}

