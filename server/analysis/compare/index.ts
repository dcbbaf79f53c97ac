/**
 * How the network of a gebied changed between two dates (question 13, "tellen
 * en vertellen"): ties that are new or gone, people and organisations who
 * joined or left, sleutelfiguren gained or lost, gaps opened or closed, and
 * the key figures before and after.
 *
 * Pure: it takes the network as it was on each date (e.g. rebuilt from the
 * history events) and uses the analysis engine (projection, sleutelfiguren,
 * gap analyses) on both, with the same scope rules as the rest of the app.
 */
import type { Finding, GapAnalysis, GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import type { CompareResult, FigureChange, GapChange, KeyFigures, NodeChange, TieChange } from '../../model/wire/compare.ts';
import { CONTEXT_TIES } from '../../model/index.ts';
import { analysisContext, runGaps, type AnalysisContext } from '../gaps/index.ts';
import { SOCIAL_KINDS, type Projection, type SocialKind } from '../projection.ts';
import { sleutelfiguren } from '../sleutelfiguren/index.ts';
import { componentLabels } from '../what-if/index.ts';


/** The key figure that counts each kind of actor. */
export const KEY_FIGURE_OF_KIND = { persoon: 'persons', organisatie: 'organisations', initiatief: 'initiatives', wijkteam: 'wijkteams' } as const satisfies Record<SocialKind, keyof KeyFigures>;

export function keyFigures(projection: Projection): KeyFigures {
  const graph = projection.graph;
  const count: Record<(typeof KEY_FIGURE_OF_KIND)[SocialKind], number> = { persons: 0, organisations: 0, initiatives: 0, wijkteams: 0 };
  let professionals = 0;
  graph.forEachNode((_id, a) => {
    count[KEY_FIGURE_OF_KIND[a.kind]]++;
    if (a.kind === 'persoon' && a.formal) professionals++;
  });
  const { persons, organisations, initiatives, wijkteams } = count;
  const n = graph.order;
  const m = graph.size;
  return {
    persons,
    residents: persons - professionals,
    professionals,
    organisations,
    initiatives,
    wijkteams,
    ties: m,
    density: n > 1 ? round((2 * m) / (n * (n - 1)), 4) : 0,
    components: componentLabels(graph).count,
    averageDegree: n ? round((2 * m) / n, 2) : 0,
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function figuresChange(before: KeyFigures, after: KeyFigures): KeyFigures {
  return Object.fromEntries(Object.keys(after).map((key) => [key, round(after[key as keyof KeyFigures] - before[key as keyof KeyFigures], 4)])) as unknown as KeyFigures;
}

export interface CompareOptions {
  gebied?: readonly string[];
  from: string;
  to: string;
  /** How many sleutelfiguren count on each date; default 10. */
  top?: number;
  /** Run the gap analyses on both dates; default true. */
  gaps?: boolean;
  /** Rank sleutelfiguren on both dates; default true (costly on a whole city of 10k+). */
  sleutelfiguren?: boolean;
  gapAnalyses?: readonly GapAnalysis[];
  /** Last known state of an entity (also when deleted), to say why something is gone. */
  latest?: (id: string) => { op: string; state: { endDate?: unknown } } | undefined;
}

const MEMBER_KINDS = new Set<string>(SOCIAL_KINDS);
const CONTEXT = new Set<string>(CONTEXT_TIES);

/** Node ids that are the scope of a projection (every kind), or all nodes when unscoped. */
function scopeOf(projection: Projection): Set<string> {
  return projection.scope ?? new Set(projection.nodes.keys());
}

/** Ties touching the scope. */
function scopedTies(projection: Projection, scope: Set<string>): Map<string, GraphTie> {
  const out = new Map<string, GraphTie>();
  for (const tie of projection.ties.values()) if (scope.has(tie.from) || scope.has(tie.to)) out.set(tie.id, tie);
  return out;
}

function nameIn(a: Projection, b: Projection, id: string): string {
  return a.nodes.get(id)?.name ?? b.nodes.get(id)?.name ?? id;
}

function tieChange(tie: GraphTie, a: Projection, b: Projection): TieChange {
  return { id: tie.id, type: tie.type, from: tie.from, to: tie.to, fromName: nameIn(a, b, tie.from), toName: nameIn(a, b, tie.to), social: !CONTEXT.has(tie.type) };
}

function nodeChange(node: GraphNode): NodeChange {
  return { id: node.id, kind: node.kind, name: node.name, ...(Array.isArray(node.roles) ? { roles: node.roles as string[] } : {}) };
}

function ranked(ctx: AnalysisContext, top: number): FigureChange[] {
  return sleutelfiguren(ctx, { limit: top }).map((s) => ({ id: s.id, name: s.name, score: s.score, explanation: s.explanation }));
}

function gapChange(finding: Finding): GapChange {
  return { id: finding.id, analysis: finding.analysis, severity: finding.severity, title: finding.title, explanation: finding.explanation, nodes: finding.nodes, ties: finding.ties };
}

/** Compares the networks of two dates (each the network as it was that day). */
export function compareNetworks(before: NetworkData, after: NetworkData, options: CompareOptions): CompareResult {
  const gebied = options.gebied?.length ? [...options.gebied] : undefined;
  const top = options.top ?? 10;
  const ctxA = analysisContext(before, { gebied, at: options.from });
  const ctxB = analysisContext(after, { gebied, at: options.to });
  const a = ctxA.projection;
  const b = ctxB.projection;
  const scopeA = scopeOf(a);
  const scopeB = scopeOf(b);

  const tiesA = scopedTies(a, scopeA);
  const tiesB = scopedTies(b, scopeB);
  const newTies = [...tiesB.values()].filter((tie) => !tiesA.has(tie.id)).map((tie) => tieChange(tie, a, b));
  const endedTies = [...tiesA.values()]
    .filter((tie) => !tiesB.has(tie.id))
    .map((tie) => {
      const change = tieChange(tie, a, b);
      const latest = options.latest?.(tie.id);
      const endDate = typeof latest?.state.endDate === 'string' ? latest.state.endDate : undefined;
      if (b.ties.has(tie.id)) change.reason = 'buiten gebied';
      else if (endDate && endDate <= options.to) (change.reason = 'beëindigd'), (change.endDate = endDate);
      else if (latest?.op === 'delete') change.reason = 'verwijderd';
      else change.reason = 'eindpunt vertrokken';
      return change;
    });

  const members = (p: Projection, scope: Set<string>) => [...scope].map((id) => p.nodes.get(id)).filter((node): node is GraphNode => !!node && MEMBER_KINDS.has(node.kind));
  const joined = members(b, scopeB)
    .filter((node) => !scopeA.has(node.id))
    .map((node) => ({ ...nodeChange(node), reason: a.nodes.has(node.id) ? ('verhuisd naar gebied' as const) : ('nieuw' as const) }));
  const left = members(a, scopeA)
    .filter((node) => !scopeB.has(node.id))
    .map((node) => {
      const change = nodeChange(node);
      const latest = options.latest?.(node.id);
      const endDate = typeof latest?.state.endDate === 'string' ? latest.state.endDate : undefined;
      if (b.nodes.has(node.id)) change.reason = 'verhuisd';
      else if (latest?.op === 'delete') change.reason = 'verwijderd';
      else change.reason = 'vertrokken';
      if (endDate && endDate <= options.to) change.endDate = endDate;
      return change;
    });

  let figures: CompareResult['sleutelfiguren'] = null;
  if (options.sleutelfiguren !== false) {
    const figuresA = ranked(ctxA, top);
    const figuresB = ranked(ctxB, top);
    const idsA = new Set(figuresA.map((f) => f.id));
    const idsB = new Set(figuresB.map((f) => f.id));
    figures = {
      method: `analyse-engine: sleutelfiguren (top ${top}, bewoners) op beide datums`,
      top,
      before: figuresA,
      after: figuresB,
      gained: figuresB.filter((f) => !idsA.has(f.id)),
      lost: figuresA.filter((f) => !idsB.has(f.id)),
    };
  }

  let gaps: CompareResult['gaps'] = null;
  if (options.gaps !== false) {
    const findingsA = runGaps(ctxA, options.gapAnalyses);
    const findingsB = runGaps(ctxB, options.gapAnalyses);
    const keysA = new Set(findingsA.map((f) => f.id));
    const keysB = new Set(findingsB.map((f) => f.id));
    const leftIds = new Set(left.map((node) => node.id));
    gaps = {
      opened: findingsB.filter((f) => !keysA.has(f.id)).map(gapChange),
      closed: findingsA
        .filter((f) => !keysB.has(f.id))
        .map((f) => {
          const change = gapChange(f);
          const departed = f.nodes.filter((id) => leftIds.has(id));
          return departed.length ? { ...change, departed } : change;
        }),
      before: findingsA.length,
      after: findingsB.length,
    };
  }

  const kfA = keyFigures(a);
  const kfB = keyFigures(b);
  const bySort = <T extends { id: string }>(list: T[]) => list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    ...(gebied ? { gebied } : {}),
    from: options.from,
    to: options.to,
    ties: { new: bySort(newTies), ended: bySort(endedTies) },
    nodes: { joined: bySort(joined), left: bySort(left) },
    sleutelfiguren: figures,
    gaps,
    figures: { before: kfA, after: kfB, change: figuresChange(kfA, kfB) },
  };
}
