/**
 * Isolatie: residents (persons without a professional role) who are alone in
 * the network.
 * - middel: no social tie at all;
 * - middel: every tie goes to one and the same professional ("alleen
 *   bereikbaar via" that person);
 * - laag: exactly one tie, to a resident or an initiative.
 * Residents who are only placed in a gebied (woont in) count as having no tie.
 */
import type { Finding } from '../../model/index.ts';
import { isResident } from '../projection.ts';
import { type AnalysisContext, finding } from './context.ts';

export function isolatie(ctx: AnalysisContext): Finding[] {
  const { projection } = ctx;
  const graph = projection.graph;
  const findings: Finding[] = [];
  graph.forEachNode((id, attributes) => {
    if (!isResident(attributes)) return;
    const neighbours = graph.neighbors(id);
    if (neighbours.length === 0) {
      findings.push(finding('isolatie', id, 'middel', `Geïsoleerd: ${attributes.name}`, `${attributes.name} heeft geen enkele sociale band in het netwerk.`, [id], [], attributes.wijk));
      return;
    }
    if (neighbours.length !== 1) return;
    const [other] = neighbours;
    const otherAttributes = graph.getNodeAttributes(other);
    const ties = graph.getEdgeAttribute(id, other, 'ties');
    if (otherAttributes.kind === 'persoon' && otherAttributes.formal) {
      findings.push(
        finding(
          'isolatie',
          id,
          'middel',
          `Alleen bereikbaar via ${otherAttributes.name}`,
          `${attributes.name} heeft maar één band in het netwerk, met ${otherAttributes.name} (${otherAttributes.roles.join(', ')}), en is alleen via die professional bereikbaar.`,
          [id, other],
          ties,
          attributes.wijk,
        ),
      );
    } else {
      findings.push(
        finding('isolatie', id, 'laag', `Eén band: ${attributes.name}`, `${attributes.name} heeft maar één band in het netwerk, met ${otherAttributes.name}.`, [id, other], ties, attributes.wijk),
      );
    }
  });
  return findings;
}
