/**
 * Verouderde banden: social ties whose last contact is more than `months`
 * (default 12) months before the reference date (`at`, or today). Ties
 * without a recorded last contact are not judged.
 *
 * Stale ties are folded into one finding per person, listing them. A tie
 * belongs to one person only: of its two ends the person (rather than an
 * organisation or team) with the most stale ties, then the resident, then
 * the first in the canonical order. Ties with no person at either end belong
 * to their first end. The finding is placed where most of its ties belong
 * (`placement.ts`).
 *
 * Severity follows what the tie means, the heaviest tie deciding:
 * - hoog: the tie is a sleutelfiguur's only tie to the formal world;
 * - middel: the tie is the only one between two parts of the network (a
 *   bridge), a sleutelfiguur's tie to the formal world, or a resident's only
 *   tie to the formal world;
 * - laag: any other tie, such as an old acquaintance.
 */
import type { Finding, GraphTie, Severity } from '../../model/index.ts';
import { dateNl, monthsBetween, shiftMonths } from '../../model/period.ts';
import { mostCommonWijk, wijkOfTie } from '../placement.ts';
import { byRank, edgeKey, isResident, nameOf, type Projection } from '../projection.ts';
import { SEVERITY_ORDER } from '../../model/index.ts';
import { type AnalysisContext, count, finding, listNl } from './context.ts';

export interface VerouderdeBandenOptions {
  months: number;
}

export const VEROUDERDE_BANDEN_DEFAULTS: VerouderdeBandenOptions = { months: 12 };

interface StaleTie {
  tie: GraphTie;
  other: string;
  severity: Severity;
  /** Why the tie matters, as a clause; empty for an ordinary tie. */
  why: string;
}

function formalTies(projection: Projection, id: string): number {
  return projection.graph.filterNeighbors(id, (_n, attributes) => attributes.formal).length;
}

function judge(projection: Projection, owner: string, other: string, bridge: boolean): Pick<StaleTie, 'severity' | 'why'> {
  const graph = projection.graph;
  const [self, them] = [graph.getNodeAttributes(owner), graph.getNodeAttributes(other)];
  const informal = [owner, other].find((id) => !graph.getNodeAttribute(id, 'formal'));
  const crossing = self.formal !== them.formal && informal !== undefined;
  const key = crossing && graph.getNodeAttribute(informal, 'roles').includes('sleutelfiguur');
  const onlyDoor = crossing && formalTies(projection, informal) === 1;
  const person = nameOf(projection, informal ?? owner);
  if (key && onlyDoor) return { severity: 'hoog', why: `het is de enige band van sleutelfiguur ${person} met de formele wereld` };
  if (bridge) return { severity: 'middel', why: 'het is de enige band tussen twee delen van het netwerk' };
  if (key) return { severity: 'middel', why: `het is een band van sleutelfiguur ${person} met de formele wereld` };
  if (onlyDoor && isResident(graph.getNodeAttributes(informal))) return { severity: 'middel', why: `het is de enige band van ${person} met de formele wereld` };
  return { severity: 'laag', why: '' };
}

export function verouderdeBanden(ctx: AnalysisContext, options: Partial<VerouderdeBandenOptions> = {}): Finding[] {
  const { months } = { ...VEROUDERDE_BANDEN_DEFAULTS, ...options };
  const { projection, reference } = ctx;
  const graph = projection.graph;
  const cutoff = shiftMonths(reference, -months);
  const bridges = new Set(ctx.structure().all.bridges.map(([a, b]) => edgeKey(a, b)));
  const rank = byRank(projection);

  const stale: { tie: GraphTie; bridge: boolean }[] = [];
  const staleCount = new Map<string, number>();
  graph.forEachEdge((key, attributes) => {
    for (const tieId of attributes.ties) {
      const tie = projection.ties.get(tieId)!;
      if (!tie.lastContact || tie.lastContact >= cutoff) continue;
      stale.push({ tie, bridge: bridges.has(key) });
      for (const end of [tie.from, tie.to]) staleCount.set(end, (staleCount.get(end) ?? 0) + 1);
    }
  });

  const owned = new Map<string, StaleTie[]>();
  for (const { tie, bridge } of stale) {
    const ends = [tie.from, tie.to].sort(
      (a, b) =>
        Number(graph.getNodeAttribute(b, 'kind') === 'persoon') - Number(graph.getNodeAttribute(a, 'kind') === 'persoon') ||
        staleCount.get(b)! - staleCount.get(a)! ||
        Number(isResident(graph.getNodeAttributes(b))) - Number(isResident(graph.getNodeAttributes(a))) ||
        rank(a, b),
    );
    const [owner, other] = ends;
    const list = owned.get(owner) ?? [];
    list.push({ tie, other, ...judge(projection, owner, other, bridge) });
    owned.set(owner, list);
  }

  const findings: Finding[] = [];
  for (const [owner, list] of owned) {
    list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.tie.lastContact! < b.tie.lastContact! ? -1 : a.tie.lastContact! > b.tie.lastContact! ? 1 : rank(a.other, b.other)));
    const name = nameOf(projection, owner);
    const severity = list[0].severity;
    const items = list.map(({ tie, other }) => `${nameOf(projection, other)} (sinds ${dateNl(tie.lastContact!)}, ${count(monthsBetween(tie.lastContact!, reference), 'maand', 'maanden')})`);
    const reasons = list.filter((item) => item.why).map((item) => `de band met ${nameOf(projection, item.other)}: ${item.why}`);
    findings.push(
      finding(
        'verouderde-banden',
        owner,
        severity,
        list.length === 1 ? `Lang geen contact: ${name} – ${nameOf(projection, list[0].other)}` : `Lang geen contact: ${name} (${list.length} banden)`,
        `${name} heeft al meer dan ${count(months, 'maand', 'maanden')} geen contact gehad met ${listNl(items, 6)}${reasons.length ? `; ${listNl(reasons, 2)}` : ''}.`,
        [owner, ...list.map((item) => item.other)],
        list.map((item) => item.tie.id),
        mostCommonWijk(projection, list.map((item) => wijkOfTie(projection, owner, item.other))),
      ),
    );
  }
  return findings;
}
