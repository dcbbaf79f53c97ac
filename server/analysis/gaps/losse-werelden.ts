/**
 * Losse werelden: parts of the network with no tie to the formal world. The
 * formal world ("anker") is any wijkteam, organisation or professional person
 * (opbouwwerker, wijkteamlid, gebiedsverbinder, …).
 *
 * - A component with no anker: hoog when it holds an initiative or at least
 *   `largeGroup` nodes, else middel. A lone resident, or a small group of
 *   residents only (a pair, a household), is left to isolatie; a lone
 *   initiative is reported (middel).
 * - A community (Louvain) of at least `minCommunity` nodes, inside a component
 *   that does have ankers, with no anker among its members and no tie to one:
 *   middel — it hangs on the rest only through residents.
 * - An initiative in an anchored component with no direct tie to any anker
 *   (no supporting organisation, no referral, no professional): laag.
 */
import type { Finding } from '../../model/index.ts';
import { wijkOfGroup } from '../placement.ts';
import { byRank, type Projection } from '../projection.ts';
import { isSmallResidentGroup } from './isolatie.ts';
import { type AnalysisContext, count, finding, membersNl, names, subjectKey, tiesBetween } from './context.ts';

export interface LosseWereldenOptions {
  largeGroup: number;
  minCommunity: number;
}

export const LOSSE_WERELDEN_DEFAULTS: LosseWereldenOptions = { largeGroup: 5, minCommunity: 4 };

function isAnker(graph: Projection['graph'], id: string): boolean {
  return graph.getNodeAttribute(id, 'formal');
}

function lead(projection: Projection, ids: readonly string[]): string {
  const graph = projection.graph;
  const rank = byRank(projection);
  return [...ids].sort((a, b) => (graph.getNodeAttribute(b, 'kind') === 'initiatief' ? 1 : 0) - (graph.getNodeAttribute(a, 'kind') === 'initiatief' ? 1 : 0) || graph.degree(b) - graph.degree(a) || rank(a, b))[0];
}

export function losseWerelden(ctx: AnalysisContext, options: Partial<LosseWereldenOptions> = {}): Finding[] {
  const { largeGroup, minCommunity } = { ...LOSSE_WERELDEN_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const measures = ctx.structure();
  const findings: Finding[] = [];

  const components = new Map<number, string[]>();
  for (const node of measures.all.nodes) components.get(node.component)?.push(node.id) ?? components.set(node.component, [node.id]);
  const anchored = new Set<number>();
  for (const [c, ids] of components) {
    if (ids.some((id) => isAnker(graph, id))) {
      anchored.add(c);
      continue;
    }
    // A lone resident or a small group of residents only is isolatie's to judge.
    if (isSmallResidentGroup(graph, ids)) continue;
    const wijk = wijkOfGroup(projection, ids);
    if (ids.length === 1) {
      const [id] = ids;
      if (graph.getNodeAttribute(id, 'kind') !== 'initiatief') continue;
      findings.push(
        finding('losse-werelden', id, 'middel', `Initiatief zonder banden: ${projection.nodes.get(id)!.name}`, `${projection.nodes.get(id)!.name} heeft geen enkele band met een wijkteam, organisatie, professional of bewoner in het netwerk.`, [id], [], wijk),
      );
      continue;
    }
    const hasInitiative = ids.some((id) => graph.getNodeAttribute(id, 'kind') === 'initiatief');
    const first = lead(projection, ids);
    findings.push(
      finding(
        'losse-werelden',
        `groep:${subjectKey(ids)}`,
        hasInitiative || ids.length >= largeGroup ? 'hoog' : 'middel',
        `Losse groep rond ${projection.nodes.get(first)!.name}`,
        `De groep rond ${projection.nodes.get(first)!.name} (${membersNl(projection, ids)}) heeft geen enkele band met een wijkteam, opbouwwerker, professional of organisatie.`,
        ids.sort(),
        tiesBetween(projection, ids),
        wijk,
      ),
    );
  }

  const communities = new Map<number, string[]>();
  for (const node of measures.all.nodes) if (anchored.has(node.component)) communities.get(node.community)?.push(node.id) ?? communities.set(node.community, [node.id]);
  for (const ids of communities.values()) {
    if (ids.length < minCommunity) continue;
    const members = new Set(ids);
    const touchesAnker = ids.some((id) => isAnker(graph, id) || graph.someNeighbor(id, (n) => isAnker(graph, n)));
    if (touchesAnker) continue;
    const first = lead(projection, ids);
    const bridges = ids.filter((id) => graph.someNeighbor(id, (n) => !members.has(n)));
    findings.push(
      finding(
        'losse-werelden',
        `cluster:${subjectKey(ids)}`,
        'middel',
        `Informele groep zonder formele band: rond ${projection.nodes.get(first)!.name}`,
        `De groep rond ${projection.nodes.get(first)!.name} (${membersNl(projection, ids)}) heeft geen band met een wijkteam, opbouwwerker of organisatie en hangt alleen via ${names(projection, bridges.sort(byRank(projection)), 3)} aan de rest van het netwerk.`,
        ids.sort(),
        [],
        wijkOfGroup(projection, ids),
      ),
    );
  }

  graph.forEachNode((id, attributes) => {
    if (attributes.kind !== 'initiatief' || !anchored.has(measures.byId.get(id)!.component)) return;
    if (graph.someNeighbor(id, (n) => isAnker(graph, n))) return;
    findings.push(
      finding(
        'losse-werelden',
        `initiatief:${id}`,
        'laag',
        `Initiatief zonder formele band: ${attributes.name}`,
        `${attributes.name} heeft geen directe band met een wijkteam, organisatie of professional; alleen via ${count(graph.degree(id), 'bewoner', 'bewoners')}.`,
        [id],
        [],
        attributes.wijk,
      ),
    );
  });
  return findings;
}
