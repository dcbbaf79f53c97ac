/**
 * Gesloten groepen: a community (Louvain) of at least `minSize` nodes that is
 * tight inside (density of its internal ties at least `minDensity`) and has
 * few ties outside (outside ties at most `maxOutsideShare` of all its ties).
 * Severity middel; hoog when one member or none carries every outside tie
 * (a gatekeeper) and the group has at least 2 × minSize members.
 * Defaults: minSize 5, minDensity 0.5, maxOutsideShare 0.1.
 *
 * The sentence says how tight the group is in words (everyone knows everyone,
 * almost everyone, most), never as a density figure, and says so when the
 * group only just passes a threshold (density within 0.05 of `minDensity`, or
 * the outside share above 80% of `maxOutsideShare`), since a small change in
 * the data would then make the finding go away.
 */
import type { Finding } from '../../model/index.ts';
import { wijkOfGroup } from '../placement.ts';
import { byRank } from '../projection.ts';
import { type AnalysisContext, count, finding, names, subjectKey } from './context.ts';

export interface GeslotenGroepenOptions {
  minSize: number;
  minDensity: number;
  maxOutsideShare: number;
}

export const GESLOTEN_GROEPEN_DEFAULTS: GeslotenGroepenOptions = { minSize: 5, minDensity: 0.5, maxOutsideShare: 0.1 };

/** How tight a group is, in words. */
function tightness(density: number): string {
  if (density >= 0.999) return 'iedereen kent iedereen';
  if (density >= 0.75) return 'bijna iedereen kent elkaar';
  return 'de meesten kennen elkaar';
}

/** A sentence when the group only just counts as closed, so the reader knows how close the call was. */
function closeCall(density: number, share: number, o: GeslotenGroepenOptions): string {
  const nearDensity = density < o.minDensity + 0.05;
  const nearShare = share > o.maxOutsideShare * 0.8;
  if (!nearDensity && !nearShare) return '';
  return ` Dit is op het randje: ${nearDensity ? 'iets minder onderlinge banden' : 'een paar banden meer naar buiten'} en de groep zou niet als gesloten gelden.`;
}

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
        subjectKey(ids),
        doors.size <= 1 && ids.length >= 2 * o.minSize ? 'hoog' : 'middel',
        `Gesloten groep rond ${names(projection, lead, 3)}`,
        `De groep rond ${names(projection, lead, 3)} (${count(ids.length, 'lid', 'leden')}) is hecht: ${tightness(density)}. De groep heeft ${doorText}.${closeCall(density, share, o)}`,
        ids.sort(),
        ties,
        wijkOfGroup(projection, ids),
      ),
    );
  }
  return findings;
}
