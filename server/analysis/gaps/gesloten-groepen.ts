/**
 * Gesloten groepen: a community (Louvain) of at least `minSize` nodes that is
 * tight inside (density of its internal ties at least `minDensity`) and has
 * few ties outside (outside ties at most `maxOutsideShare` of all its ties).
 * Severity middel; hoog when one member or none carries every outside tie
 * (a gatekeeper) and the group has at least 2 × minSize members.
 * Defaults: minSize 5, minDensity 0.5, maxOutsideShare 0.1.
 */
import type { Finding } from '../../model/index.ts';
import { wijkOfGroup } from '../placement.ts';
import { byRank } from '../projection.ts';
import { type AnalysisContext, count, finding, names } from './context.ts';

export interface GeslotenGroepenOptions {
  minSize: number;
  minDensity: number;
  maxOutsideShare: number;
}

export const GESLOTEN_GROEPEN_DEFAULTS: GeslotenGroepenOptions = { minSize: 5, minDensity: 0.5, maxOutsideShare: 0.1 };

export function geslotenGroepen(ctx: AnalysisContext, options: Partial<GeslotenGroepenOptions> = {}): Finding[] {
  const o = { ...GESLOTEN_GROEPEN_DEFAULTS, ...options };
  const { projection } = ctx;
  const graph = projection.graph;
  const communities = new Map<number, string[]>();
  for (const node of ctx.structure().all.nodes) communities.get(node.community)?.push(node.id) ?? communities.set(node.community, [node.id]);
  const findings: Finding[] = [];
  const rank = byRank(projection);
  for (const ids of communities.values()) {
    if (ids.length < o.minSize) continue;
    const members = new Set(ids);
    let inside = 0;
    let outside = 0;
    const doors = new Set<string>();
    const ties: string[] = [];
    for (const id of ids) {
      graph.forEachEdge(id, (_e, attributes, source, target) => {
        const other = source === id ? target : source;
        if (members.has(other)) {
          if (id < other) (inside++, ties.push(...attributes.ties));
        } else (outside++, doors.add(id));
      });
    }
    const density = (2 * inside) / (ids.length * (ids.length - 1));
    const share = outside / Math.max(1, inside + outside);
    if (density < o.minDensity || share > o.maxOutsideShare) continue;
    const lead = [...ids].sort((a, b) => graph.degree(b) - graph.degree(a) || rank(a, b)).slice(0, 3);
    const doorText = doors.size === 0 ? 'geen enkele band naar buiten' : `maar ${count(outside, 'band', 'banden')} naar buiten, via ${names(projection, [...doors].sort(rank), 3)}`;
    findings.push(
      finding(
        'gesloten-groepen',
        lead[0],
        doors.size <= 1 && ids.length >= 2 * o.minSize ? 'hoog' : 'middel',
        `Gesloten groep rond ${names(projection, lead, 3)}`,
        `De groep rond ${names(projection, lead, 3)} (${count(ids.length, 'lid', 'leden')}) is hecht (dichtheid ${density.toFixed(2).replace('.', ',')}) en heeft ${doorText}.`,
        ids.sort(),
        ties,
        wijkOfGroup(projection, ids),
      ),
    );
  }
  return findings;
}
