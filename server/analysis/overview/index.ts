/**
 * The overview of a stad or stadsdeel: one set of figures per wijk under it,
 * and how many social ties run between each two of those wijken.
 *
 * - A wijk's figures are those of the network of that wijk alone
 *   (`analysisContext` with the wijk as gebied), so they match what the map
 *   filtered to the wijk and its gaps panel show: the key figures
 *   (`keyFigures`), the number of findings of every gap analysis, and the
 *   residents the isolation analysis names as isolated (its findings of
 *   severity middel: no tie, only through one professional, or only each
 *   other).
 * - A line counts the social ties (parallel ties once) between nodes of the
 *   two wijken on the whole network, each node in its main wijk (where it
 *   lives, else where it works or is active).
 *
 * Pure; only counts leave it, no node.
 */
import type { NetworkData } from '../../model/index.ts';
import type { WijkFigures, WijkLine } from '../../model/wire/overview.ts';
import { keyFigures } from '../compare/index.ts';
import { analysisContext, runGaps, type AnalysisContext } from '../gaps/index.ts';
import { isResident, type Projection } from '../projection.ts';

export interface OverviewOptions {
  /** Show the network as it was on this date. */
  at?: string;
  /** The reference date when `at` is not given (stale ties); default today. */
  today?: string;
}

/** The wijken below `within` (a stad or stadsdeel), sorted by name. */
export function wijkenWithin(projection: Projection, within: string): string[] {
  return projection.areas.wijken().filter((wijk) => projection.areas.ancestors(wijk).includes(within));
}

export function wijkFigures(network: NetworkData, wijk: string, options: OverviewOptions = {}): Omit<WijkFigures, 'name' | 'stadsdeel'> {
  const ctx: AnalysisContext = analysisContext(network, { gebied: [wijk], at: options.at, today: options.today });
  const figures = keyFigures(ctx.projection);
  const findings = runGaps(ctx);
  const graph = ctx.projection.graph;
  const isolated = new Set<string>();
  for (const finding of findings) {
    if (finding.analysis !== 'isolatie' || finding.severity === 'laag') continue;
    for (const id of finding.nodes) if (graph.hasNode(id) && isResident(graph.getNodeAttributes(id))) isolated.add(id);
  }
  return {
    id: wijk,
    persons: figures.persons,
    residents: figures.residents,
    organisations: figures.organisations,
    initiatives: figures.initiatives,
    ties: figures.ties,
    density: figures.density,
    averageDegree: figures.averageDegree,
    findings: findings.length,
    findingsHigh: findings.filter((finding) => finding.severity === 'hoog').length,
    isolatedResidents: isolated.size,
    isolatedShare: figures.residents ? Math.round((isolated.size / figures.residents) * 1000) / 1000 : null,
  };
}

/** Ties between the given wijken on the whole network's projection; pairs without a tie are left out. */
export function wijkLines(projection: Projection, wijken: readonly string[]): WijkLine[] {
  const shown = new Set(wijken);
  const counts = new Map<string, WijkLine>();
  const graph = projection.graph;
  graph.forEachEdge((_edge, _attributes, a, b) => {
    const wa = graph.getNodeAttribute(a, 'wijk');
    const wb = graph.getNodeAttribute(b, 'wijk');
    if (!wa || !wb || wa === wb || !shown.has(wa) || !shown.has(wb)) return;
    const [from, to] = wa < wb ? [wa, wb] : [wb, wa];
    const key = `${from}|${to}`;
    const line = counts.get(key);
    if (line) line.ties++;
    else counts.set(key, { from, to, ties: 1 });
  });
  return [...counts.values()].sort((x, y) => y.ties - x.ties || (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : 1));
}

/** The overview of `within`, given the projection of the whole network (on the same date). */
export function cityOverview(network: NetworkData, whole: Projection, within: string, options: OverviewOptions = {}): { wijken: Omit<WijkFigures, 'own'>[]; lines: WijkLine[] } {
  const { areas } = whole;
  const wijken = wijkenWithin(whole, within);
  return {
    wijken: wijken.map((wijk) => ({ ...wijkFigures(network, wijk, options), name: areas.name.get(wijk) ?? wijk, stadsdeel: areas.up(wijk, 'stadsdeel') ?? null })),
    lines: wijkLines(whole, wijken),
  };
}
