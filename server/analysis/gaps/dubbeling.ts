/**
 * Dubbeling: organisations or initiatives that serve the same thema in the
 * same wijk without a tie between them. Only offers that work in the wijk
 * itself (or its buurten, or at a plek there) count, not city-wide ones, and
 * by default only concrete themes (category `thema`), not the broad doelen.
 *
 * Two offers have a tie when they are directly tied, or share a partner
 * through werkt samen met / lid van consortium / subsidieert / opdrachtgever
 * van; for pairs with an initiative also a shared person (a trekker,
 * vrijwilliger or deelnemer of both) counts.
 *
 * Severity: two organisations middel (competition, "gelijk speelveld"); a pair
 * with an initiative laag.
 */
import type { Finding } from '../../model/index.ts';
import { type AnalysisContext, finding } from './context.ts';
import { coverageMatrix } from './dekking.ts';

export interface DubbelingOptions {
  /** Theme categories to check. Default ['thema']. */
  categories: string[];
}

export const DUBBELING_DEFAULTS: DubbelingOptions = { categories: ['thema'] };

const ORG_LINKS = new Set(['WERKT_SAMEN_MET', 'LID_VAN_CONSORTIUM', 'SUBSIDIEERT', 'OPDRACHTGEVER_VAN']);

export function dubbeling(ctx: AnalysisContext, options: Partial<DubbelingOptions> = {}): Finding[] {
  const { categories } = { ...DUBBELING_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const matrix = coverageMatrix(projection, { includeAbove: false });
  const findings: Finding[] = [];
  const linked = (a: string, b: string): boolean => {
    if (!graph.hasNode(a) || !graph.hasNode(b)) return true; // out of scope: no claim
    if (graph.hasEdge(a, b)) return true;
    const viaPerson = graph.getNodeAttribute(a, 'kind') === 'initiatief' || graph.getNodeAttribute(b, 'kind') === 'initiatief';
    return graph.someNeighbor(a, (n, attributes) => {
      if (!graph.hasEdge(n, b)) return false;
      if (attributes.kind === 'persoon') return viaPerson;
      return graph.getEdgeAttribute(a, n, 'types').some((t) => ORG_LINKS.has(t)) && graph.getEdgeAttribute(n, b, 'types').some((t) => ORG_LINKS.has(t));
    });
  };
  for (const { id: wijk, name: wijkName } of matrix.wijken) {
    for (const theme of matrix.themes) {
      if (!categories.includes(theme.category ?? 'thema')) continue;
      const offers = matrix.cells[wijk][theme.id];
      for (let i = 0; i < offers.length; i++) {
        for (let j = i + 1; j < offers.length; j++) {
          const [a, b] = [offers[i], offers[j]];
          if (linked(a, b)) continue;
          const bothOrgs = a.startsWith('org_') && b.startsWith('org_');
          const [na, nb] = [projection.nodes.get(a)!.name, projection.nodes.get(b)!.name];
          findings.push(
            finding(
              'dubbeling',
              `${wijk}:${theme.id}:${a}:${b}`,
              bothOrgs ? 'middel' : 'laag',
              `${wijkName}: ${na} en ${nb} allebei op ${theme.name}`,
              `${na} en ${nb} richten zich allebei op ${theme.name} in ${wijkName}, maar hebben geen band met elkaar en werken niet samen.`,
              [a, b, theme.id, wijk],
              [],
              wijk,
            ),
          );
        }
      }
    }
  }
  return findings;
}
