/**
 * Dubbeling: two organisations that serve the same thema in the same wijk
 * without a tie between them (the council's worry about competition and a
 * "gelijk speelveld"). Only organisations that work in the wijk itself count,
 * not city-wide ones, and by default only concrete themes (category `thema`),
 * not the broad doelen. Initiatives are left out: two initiatives on one
 * thema in one buurt that never met are an introduction (kansen), and an
 * initiative next to an organisation is not a duplicate.
 *
 * Only organisations of the same world count as a pair (formal or informal
 * by role, `formal.ts`): a mosque board or a vereniging that also works on
 * ontmoeting is part of the wijk's informal world, not a second provider
 * beside a welfare organisation.
 *
 * Two organisations have a tie when they are directly tied (werkt samen met,
 * subsidieert, opdrachtgever van, lid van consortium, …) or are members of
 * the same consortium. Merely sharing a third partner does not count: almost
 * every organisation works with DOCK.
 *
 * Severity: middel.
 */
import type { Finding } from '../../model/index.ts';
import { type AnalysisContext, finding, subjectKey } from './context.ts';
import { coverageMatrix } from './dekking.ts';

export interface DubbelingOptions {
  /** Theme categories to check. Default ['thema']. */
  categories: string[];
}

export const DUBBELING_DEFAULTS: DubbelingOptions = { categories: ['thema'] };

export function dubbeling(ctx: AnalysisContext, options: Partial<DubbelingOptions> = {}): Finding[] {
  const { categories } = { ...DUBBELING_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const matrix = coverageMatrix(projection, { includeAbove: false });
  const findings: Finding[] = [];
  const sameWorld = (a: string, b: string): boolean => graph.getNodeAttribute(a, 'formal') === graph.getNodeAttribute(b, 'formal');
  const linked = (a: string, b: string): boolean => {
    if (!graph.hasNode(a) || !graph.hasNode(b)) return true; // out of scope: no claim
    if (graph.hasEdge(a, b)) return true;
    return graph.someNeighbor(a, (n) => graph.hasEdge(n, b) && graph.getEdgeAttribute(a, n, 'types').includes('LID_VAN_CONSORTIUM') && graph.getEdgeAttribute(n, b, 'types').includes('LID_VAN_CONSORTIUM'));
  };
  for (const { id: wijk, name: wijkName } of matrix.wijken) {
    for (const theme of matrix.themes) {
      if (!categories.includes(theme.category ?? 'thema')) continue;
      const offers = matrix.cells[wijk][theme.id].filter((id) => id.startsWith('org_'));
      for (let i = 0; i < offers.length; i++) {
        for (let j = i + 1; j < offers.length; j++) {
          const [a, b] = [offers[i], offers[j]];
          if (linked(a, b) || !sameWorld(a, b)) continue;
          const [na, nb] = [projection.nodes.get(a)!.name, projection.nodes.get(b)!.name];
          findings.push(
            finding(
              'dubbeling',
              `${wijk}:${theme.id}:${subjectKey([a, b])}`,
              'middel',
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
