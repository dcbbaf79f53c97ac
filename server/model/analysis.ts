/** Wire types of the analysis API, shared by server and client. */
import { z } from 'zod';

export const GAP_ANALYSES = [
  'enkelvoudig', // single points of failure
  'losse-werelden', // disconnected worlds
  'dekking', // coverage: gebied × thema, Driehoek
  'isolatie',
  'overbelasting',
  'dubbeling',
  'kansen', // introductions and collectiviseren
  'gesloten-groepen',
  'verouderde-banden', // stale ties
] as const;
export const gapAnalysis = z.enum(GAP_ANALYSES);
export type GapAnalysis = z.infer<typeof gapAnalysis>;

export const SEVERITIES = ['hoog', 'middel', 'laag'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The most severe first: a finding's rank in a list. */
export const SEVERITY_ORDER = Object.fromEntries(SEVERITIES.map((severity, index) => [severity, index])) as Record<Severity, number>;

export interface Finding {
  /**
   * The analysis, the variant and the subject's node ids sorted by id (a large
   * group by its size and a digest of its members), e.g. `enkelvoudig:per_12`,
   * `kansen:introductie:ini_a:ini_b`: the same hole found again after writes
   * elsewhere, or after a rename, has the same id.
   */
  id: string;
  analysis: GapAnalysis;
  severity: Severity;
  /** Short Dutch title. */
  title: string;
  /** One sentence in plain Dutch. */
  explanation: string;
  /** Nodes and ties involved, to highlight on the map. */
  nodes: string[];
  ties: string[];
  /** The wijk the finding is about, when it is about one. */
  gebied?: string;
}

export interface GapReport {
  version: number;
  at?: string;
  findings: Finding[];
}

export interface SleutelfiguurScore {
  id: string;
  name: string;
  score: number;
  parts: { reach: number; brokerage: number; groups: number; formalInformal: number; trust: number };
  facts: { degree: number; betweenness: number; constraint: number | null; groupsBridged: number; onlyLinks: string[] };
  /** Plain Dutch, e.g. "verbindt 3 groepen die verder los van elkaar staan; 14 directe contacten". */
  explanation: string;
}

export interface WhatIfResult {
  removed: string[];
  explanation: string;
  lostTies: string[];
  /** Nodes that lose every tie to the rest of the network. */
  isolated: string[];
  /** Groups of nodes split off from the largest part. */
  splitOff: string[][];
  componentsBefore: number;
  componentsAfter: number;
  /** Pairs of groups (e.g. a wijkteam and an initiative) whose only link ran through the removed nodes. */
  brokenLinks: { from: string; to: string; explanation: string }[];
}
