/**
 * Isolatie: residents (persons without a professional role) who are alone in
 * the network, on their own or as a small group.
 *
 * A small group is a pair or a household: at most `SMALL_GROUP_MAX` (4)
 * residents tied to each other and to nobody else but, at most, one outside
 * node. Such a group is judged as a whole, the way a single resident is:
 * - middel: no tie outside at all (they know only each other);
 * - middel: every tie outside goes to one and the same professional ("alleen
 *   bereikbaar via" that person);
 * - laag: one outside tie, to a resident, an initiative or an organisation.
 * A single resident is judged the same way: no social tie at all (middel),
 * one tie to a professional (middel), one tie to a resident or an initiative
 * (laag). Residents who are only placed in a gebied (woont in) count as
 * having no tie.
 *
 * Small resident groups are left out of losse werelden and of the single
 * point of failure (`isSmallResidentGroup`): there they would fall between
 * two checks, here they are judged for what they are.
 */
import type { Finding } from '../../model/index.ts';
import { wijkOfGroup } from '../placement.ts';
import { byRank, isResident, type Projection, type SocialGraph } from '../projection.ts';
import type { Piece } from '../what-if/pieces.ts';
import { type AnalysisContext, finding, names, subjectKey, tiesBetween } from './context.ts';

/** The largest group of residents judged as a small group (a pair, a household). */
export const SMALL_GROUP_MAX = 4;

/** Whether these nodes are a small group of residents only (isolatie's to judge). */
export function isSmallResidentGroup(graph: SocialGraph, ids: readonly string[]): boolean {
  return ids.length <= SMALL_GROUP_MAX && ids.every((id) => isResident(graph.getNodeAttributes(id)));
}

/** The same for a piece a removal leaves, told by its counts. */
export function isSmallResidentPiece(piece: Pick<Piece, 'size' | 'residents'>): boolean {
  return piece.size <= SMALL_GROUP_MAX && piece.residents === piece.size;
}

/** Groups of residents tied to each other, of at most SMALL_GROUP_MAX, each with the nodes outside it they are tied to. */
function residentGroups(projection: Projection): { members: string[]; outside: string[] }[] {
  const graph = projection.graph;
  const seen = new Set<string>();
  const groups: { members: string[]; outside: string[] }[] = [];
  graph.forEachNode((start, attributes) => {
    if (seen.has(start) || !isResident(attributes)) return;
    const members = [start];
    const outside = new Set<string>();
    seen.add(start);
    for (let i = 0; i < members.length; i++) {
      graph.forEachNeighbor(members[i], (n, na) => {
        if (!isResident(na)) return void outside.add(n);
        if (!seen.has(n)) (seen.add(n), members.push(n));
      });
    }
    if (members.length <= SMALL_GROUP_MAX) groups.push({ members, outside: [...outside] });
  });
  return groups;
}

export function isolatie(ctx: AnalysisContext): Finding[] {
  const { projection } = ctx;
  const graph = projection.graph;
  const rank = byRank(projection);
  const findings: Finding[] = [];
  const groups = residentGroups(projection);
  const inSmallGroup = new Set(groups.flatMap((group) => group.members));
  // A resident with one tie, to a resident among many others.
  graph.forEachNode((id, attributes) => {
    if (!isResident(attributes) || inSmallGroup.has(id) || graph.degree(id) !== 1) return;
    const [other] = graph.neighbors(id);
    findings.push(finding('isolatie', id, 'laag', `Eén band: ${attributes.name}`, `${attributes.name} heeft maar één band in het netwerk, met ${graph.getNodeAttribute(other, 'name')}.`, [id, other], graph.getEdgeAttribute(id, other, 'ties'), attributes.wijk));
  });
  for (const { members, outside } of groups) {
    if (outside.length > 1) continue;
    members.sort(rank);
    const single = members.length === 1;
    const [first] = members;
    const who = names(projection, members, SMALL_GROUP_MAX);
    const key = single ? first : `groep:${subjectKey(members)}`;
    const inside = single ? [] : tiesBetween(projection, members);
    const wijk = single ? graph.getNodeAttribute(first, 'wijk') : wijkOfGroup(projection, members);
    if (!outside.length) {
      findings.push(
        single
          ? finding('isolatie', key, 'middel', `Geïsoleerd: ${who}`, `${who} heeft geen enkele sociale band in het netwerk.`, [first], [], wijk)
          : finding('isolatie', key, 'middel', `Geïsoleerd groepje: ${who}`, `${who} kennen alleen elkaar; verder heeft niemand van hen een band in het netwerk.`, [...members].sort(), inside, wijk),
      );
      continue;
    }
    const [other] = outside;
    const otherAttributes = graph.getNodeAttributes(other);
    const doors = members.filter((id) => graph.hasEdge(id, other));
    const ties = [...inside, ...doors.flatMap((id) => graph.getEdgeAttribute(id, other, 'ties'))];
    const nodes = [...[...members].sort(), other];
    if (otherAttributes.kind === 'persoon' && otherAttributes.formal) {
      const role = otherAttributes.roles.map((r) => r.replace(/_/g, ' ')).join(', ');
      findings.push(
        finding(
          'isolatie',
          key,
          'middel',
          single ? `Alleen bereikbaar via ${otherAttributes.name}` : `Alleen bereikbaar via ${otherAttributes.name}: ${who}`,
          single
            ? `${who} heeft maar één band in het netwerk, met ${otherAttributes.name} (${role}), en is alleen via die professional bereikbaar.`
            : `${who} kennen elkaar, maar hebben verder maar één band in het netwerk, met ${otherAttributes.name} (${role}); ze zijn alleen via die professional bereikbaar.`,
          nodes,
          ties,
          wijk,
        ),
      );
    } else if (single) {
      findings.push(finding('isolatie', key, 'laag', `Eén band: ${who}`, `${who} heeft maar één band in het netwerk, met ${otherAttributes.name}.`, nodes, ties, wijk));
    } else {
      findings.push(
        finding('isolatie', key, 'laag', `Eén band naar buiten: ${who}`, `${who} kennen elkaar, maar hebben verder maar één band in het netwerk, met ${otherAttributes.name}.`, nodes, ties, wijk),
      );
    }
  }
  return findings;
}
