/**
 * What every gap analysis reads: the social projection, the network measures
 * (computed once, on first use) and the reference date. Also the small Dutch
 * text helpers the explanations share.
 */
import { SEVERITY_ORDER, type Finding, type GapAnalysis, type NetworkData, type Severity } from '../../model/index.ts';
import {
  betweennessWithMode, buildCsr, communitiesArray, componentsArray, computeAllMeasures, cutPointsArray, structuralHolesArrays,
  type AllMeasures, type BetweennessSampling, type Csr, type NodeMeasures,
} from '../measures/index.ts';
import { nameOf, project, type Projection, type ProjectionOptions } from '../projection.ts';
import { cutStructure, type CutStructure } from '../what-if/cut-sides.ts';

export interface MeasureIndex {
  all: AllMeasures;
  byId: Map<string, NodeMeasures>;
}

/** The cheap, linear-time structure of the social graph: all the gap analyses need. */
export interface StructureIndex {
  all: { nodes: { id: string; component: number; community: number }[]; articulationPoints: string[]; bridges: [string, string][] };
  byId: Map<string, { id: string; component: number; community: number }>;
  /** The sides of every cut point and what removing it breaks, from the same depth-first pass. */
  cuts: CutStructure;
  /** The index it was computed on. */
  csr: Csr;
  /** A node's number in `csr` (the inverse of `csr.keys`). */
  indexOf: ReadonlyMap<string, number>;
}

/** Betweenness and Burt's constraint of every node, by the structure's index (`structure().csr`): the same values as `measures()`, without the rest. */
export interface BrokerageIndex {
  betweenness: Float64Array;
  /** NaN for a node without ties. */
  constraint: Float64Array;
  /** How the betweenness was computed. */
  mode: AllMeasures['betweenness'];
}

export interface AnalysisContext {
  projection: Projection;
  /** The date "now" is measured from: `at`, or today. */
  reference: string;
  /** Components, communities and cut points of the social graph, computed once. */
  structure(): StructureIndex;
  /** Every network measure on the social graph, unweighted, computed once (betweenness and closeness are the costly part). */
  measures(): MeasureIndex;
  /** Betweenness and constraint only, on the structure's index, computed once: what the sleutelfiguren need, without closeness's all-pairs distances. */
  brokerage(): BrokerageIndex;
}

/** Above this many nodes, betweenness is estimated from sampled sources. */
export const EXACT_BETWEENNESS_MAX_NODES = 5_000;
/** Above this many nodes, closeness (all-pairs distances) is left out: null in the results. */
export const CLOSENESS_MAX_NODES = 20_000;
/**
 * Above EXACT_BETWEENNESS_MAX_NODES: this many pivots, with linear scaling.
 * On four generated 10k networks, six seeds each, the sleutelfiguren's top 20
 * from 150 scaled pivots share as many names with the ranking from exact
 * betweenness as 500 plain pivots did (17.5 of 20 on average), and move the
 * shared ones less; the scale bench prints that agreement.
 */
const BETWEENNESS_SAMPLING: BetweennessSampling = { samples: 150, linearScaling: true };

export interface ContextOptions extends ProjectionOptions {
  /** Reference date when `at` is not given; default today. */
  today?: string;
  /** How betweenness is computed, for `measures()` and `brokerage()`; default by the network's size (`betweennessMode`). */
  betweenness?: 'exact' | BetweennessSampling;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Unweighted measures on the social graph: every tie counts as one step. */
export function measureProjection(projection: Projection, how: 'exact' | BetweennessSampling = betweennessMode(projection.graph.order)): MeasureIndex {
  const order = projection.graph.order;
  const all = computeAllMeasures(projection.graph, { weight: null, closeness: order <= CLOSENESS_MAX_NODES, betweenness: how });
  return { all, byId: new Map(all.nodes.map((node) => [node.id, node])) };
}

function betweennessMode(order: number): 'exact' | BetweennessSampling {
  return order > EXACT_BETWEENNESS_MAX_NODES ? BETWEENNESS_SAMPLING : 'exact';
}

export function brokerageOf(structure: StructureIndex, how: 'exact' | BetweennessSampling = betweennessMode(structure.csr.n)): BrokerageIndex {
  const { csr } = structure;
  const { values, mode } = betweennessWithMode(csr, how);
  return { betweenness: values, constraint: structuralHolesArrays(csr).constraint, mode };
}

export function structureOf(projection: Projection): StructureIndex {
  const csr = buildCsr(projection.graph, { weight: null });
  const components = componentsArray(csr);
  const communities = communitiesArray(csr, { seed: 42 });
  const cuts = cutPointsArray(csr);
  const indexOf = new Map(csr.keys.map((id, v) => [id, v]));
  const nodes = csr.keys.map((id, index) => ({ id, component: components.componentOf[index]!, community: communities.membership[index]! }));
  return {
    all: {
      nodes,
      articulationPoints: cuts.articulationPoints.map((index) => csr.keys[index]!),
      bridges: cuts.bridges.map(([a, b]) => [csr.keys[a]!, csr.keys[b]!] as [string, string]),
    },
    byId: new Map(nodes.map((node) => [node.id, node])),
    cuts: cutStructure(projection, csr.keys, indexOf, cuts.forest, cuts.bridges),
    csr,
    indexOf,
  };
}

export function analysisContext(network: NetworkData, options: ContextOptions = {}): AnalysisContext {
  const projection = project(network, options);
  return contextOf(projection, options.at ?? options.today ?? today(), options.betweenness);
}

export function contextOf(projection: Projection, reference: string, betweenness?: ContextOptions['betweenness']): AnalysisContext {
  let measures: MeasureIndex | undefined;
  let structure: StructureIndex | undefined;
  let brokerage: BrokerageIndex | undefined;
  const ctx: AnalysisContext = {
    projection,
    reference,
    structure: () => (structure ??= structureOf(projection)),
    measures: () => (measures ??= measureProjection(projection, betweenness)),
    brokerage: () => (brokerage ??= brokerageOf(ctx.structure(), betweenness)),
  };
  return ctx;
}

/** Subjects of at most this many nodes are named in a finding's id; larger ones by a digest of their members. */
const NAMED_SUBJECT_MAX = 4;

/**
 * The part of a finding's id that names what it is about: the subject's node
 * ids, sorted by id (never by name, degree or rank, which change with edits
 * that leave the subject as it is), or for a group of more than
 * NAMED_SUBJECT_MAX nodes its size and a digest of its members.
 */
export function subjectKey(ids: readonly string[]): string {
  const sorted = [...new Set(ids)].sort();
  return sorted.length <= NAMED_SUBJECT_MAX ? sorted.join(':') : `${sorted.length}-${digest(sorted.join('\n'))}`;
}

/** A 53-bit digest of a text (cyrb53), as 14 hex digits. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A finding; `key` names its variant and subject (see `subjectKey`), so the same hole found again has the same id. */
export function finding(
  analysis: GapAnalysis,
  key: string,
  severity: Severity,
  title: string,
  explanation: string,
  nodes: string[],
  ties: string[] = [],
  gebied?: string,
): Finding {
  return { id: `${analysis}:${key}`, analysis, severity, title, explanation, nodes, ties, ...(gebied ? { gebied } : {}) };
}

/** "a", "a en b", "a, b en c"; longer lists end in "en N andere". */
export function listNl(items: readonly string[], max = 4): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length > max) return `${items.slice(0, max).join(', ')} en ${items.length - max} andere`;
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** "1 initiatief", "4 initiatieven". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a group is made of, in words: "3 bewoners, 1 professional en 1 initiatief". */
export function membersNl(projection: Projection, ids: readonly string[]): string {
  const tally = { bewoner: 0, professional: 0, organisatie: 0, wijkteam: 0, initiatief: 0 };
  for (const id of ids) {
    const attributes = projection.graph.getNodeAttributes(id);
    if (attributes.kind === 'persoon') tally[attributes.formal ? 'professional' : 'bewoner']++;
    else tally[attributes.kind]++;
  }
  const words: Record<keyof typeof tally, [string, string]> = {
    bewoner: ['bewoner', 'bewoners'],
    professional: ['professional', 'professionals'],
    organisatie: ['organisatie', 'organisaties'],
    wijkteam: ['wijkteam', 'wijkteams'],
    initiatief: ['initiatief', 'initiatieven'],
  };
  return listNl(
    (Object.keys(tally) as (keyof typeof tally)[]).filter((key) => tally[key]).map((key) => count(tally[key], ...words[key])),
    5,
  );
}

export function names(projection: Projection, ids: readonly string[], max = 4): string {
  return listNl(ids.map((id) => nameOf(projection, id)), max);
}

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id);
}

/** Tie ids of the social edges between the given nodes. */
export function tiesBetween(projection: Projection, ids: readonly string[]): string[] {
  const set = new Set(ids);
  const out: string[] = [];
  for (const id of ids) {
    if (!projection.graph.hasNode(id)) continue;
    projection.graph.forEachEdge(id, (_edge, attributes, source, target) => {
      const other = source === id ? target : source;
      if (set.has(other) && id < other) out.push(...attributes.ties);
    });
  }
  return out;
}
