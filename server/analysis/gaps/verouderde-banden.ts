/**
 * Verouderde banden: social ties whose last contact is more than `months`
 * (default 12) months before the reference date (`at`, or today). Ties
 * without a recorded last contact are not judged. Severity laag; middel when
 * the tie is a bridge (the only tie between two parts of the network), so
 * fading it would cut the network.
 */
import type { Finding } from '../../model/index.ts';
import { edgeKey, nameOf } from '../projection.ts';
import { type AnalysisContext, finding } from './context.ts';

export interface VerouderdeBandenOptions {
  months: number;
}

export const VEROUDERDE_BANDEN_DEFAULTS: VerouderdeBandenOptions = { months: 12 };

/** The date `months` months before `date` (YYYY-MM-DD). */
export function monthsBefore(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

function monthsBetween(from: string, to: string): number {
  const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
}

export function verouderdeBanden(ctx: AnalysisContext, options: Partial<VerouderdeBandenOptions> = {}): Finding[] {
  const { months } = { ...VEROUDERDE_BANDEN_DEFAULTS, ...options };
  const { projection, reference } = ctx;
  const graph = projection.graph;
  const cutoff = monthsBefore(reference, months);
  const bridges = new Set(ctx.structure().all.bridges.map(([a, b]) => edgeKey(a, b)));
  const findings: Finding[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    for (const tieId of attributes.ties) {
      const tie = projection.ties.get(tieId)!;
      if (!tie.lastContact || tie.lastContact >= cutoff) continue;
      const [a, b] = [nameOf(projection, tie.from), nameOf(projection, tie.to)];
      const bridge = bridges.has(key);
      findings.push(
        finding(
          'verouderde-banden',
          tieId,
          bridge ? 'middel' : 'laag',
          `Geen contact sinds ${tie.lastContact}: ${a} – ${b}`,
          `${a} en ${b} hebben sinds ${tie.lastContact} geen contact meer gehad (${monthsBetween(tie.lastContact, reference)} maanden)${bridge ? '; het is de enige band tussen hun twee delen van het netwerk' : ''}.`,
          [tie.from, tie.to],
          [tieId],
          graph.getNodeAttribute(source, 'wijk') ?? graph.getNodeAttribute(target, 'wijk'),
        ),
      );
    }
  });
  return findings;
}
