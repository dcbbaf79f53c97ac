/**
 * In which wijk a finding is placed.
 *
 * - A node: its main wijk (where it lives, else where it works or is active).
 * - A tie: the wijk both ends share (the resident end's main wijk first when
 *   it is shared); when they share none, the main wijk of its resident end;
 *   when both or neither end is a resident, the main wijk of the end that
 *   comes first in the canonical order. So a stale tie between a resident of
 *   one wijk and a professional of another belongs to the resident's wijk.
 * - A group: the wijk most of its members live in; several ties folded into
 *   one finding: the wijk most of those ties belong to. On a tie, the wijk
 *   first by name.
 * - A wijkteam's own initiatives: those placed in the area the team works in
 *   (or in an area that holds it). A team or an initiative without any place
 *   is not ruled out. A link between a team and an initiative of another wijk
 *   is not that team's link.
 */
import { byRank, isResident, type Projection } from './projection.ts';

export function wijkOfNode(projection: Projection, id: string): string | undefined {
  return projection.graph.hasNode(id) ? projection.graph.getNodeAttribute(id, 'wijk') : undefined;
}

export function wijkOfTie(projection: Projection, a: string, b: string): string | undefined {
  const graph = projection.graph;
  const [first, second] = [a, b].sort((x, y) => Number(isResident(graph.getNodeAttributes(y))) - Number(isResident(graph.getNodeAttributes(x))) || byRank(projection)(x, y));
  const [own, other] = [graph.getNodeAttributes(first), graph.getNodeAttributes(second)];
  const shared = own.wijken.filter((wijk) => other.wijken.includes(wijk));
  if (own.wijk && shared.includes(own.wijk)) return own.wijk;
  return shared[0] ?? own.wijk ?? other.wijk;
}

export function wijkOfGroup(projection: Projection, ids: readonly string[]): string | undefined {
  return mostCommonWijk(projection, ids.map((id) => wijkOfNode(projection, id)));
}

export function mostCommonWijk(projection: Projection, wijken: readonly (string | undefined)[]): string | undefined {
  const votes = new Map<string, number>();
  for (const wijk of wijken) if (wijk) votes.set(wijk, (votes.get(wijk) ?? 0) + 1);
  const name = (wijk: string) => projection.areas.name.get(wijk) ?? wijk;
  return [...votes].sort(([a, x], [b, y]) => y - x || name(a).localeCompare(name(b), 'nl') || (a < b ? -1 : 1))[0]?.[0];
}

const servedIndex = new WeakMap<Projection, { byArea: Map<string, string[]>; placeless: string[]; all: string[]; served: Map<string, string[]> }>();

/**
 * The initiatives of the social graph that `team` serves (`servesArea`), by
 * id. Read from an index of initiatives by area, not by testing every
 * initiative: an initiative is served when it has no place, or lies in an
 * area at or below one the team works in, or at or above one.
 */
export function servedInitiatives(projection: Projection, team: string): string[] {
  let index = servedIndex.get(projection);
  if (!index) {
    index = { byArea: new Map(), placeless: [], all: [], served: new Map() };
    projection.graph.forEachNode((id, attributes) => {
      if (attributes.kind !== 'initiatief') return;
      index!.all.push(id);
      const there = projection.areasOf.get(id) ?? [];
      if (!there.length) index!.placeless.push(id);
      for (const area of there) index!.byArea.get(area)?.push(id) ?? index!.byArea.set(area, [id]);
    });
    index.all.sort();
    servedIndex.set(projection, index);
  }
  const known = index.served.get(team);
  if (known) return known;
  const own = projection.directAreasOf.get(team) ?? [];
  let served = index.all;
  if (own.length) {
    const found = new Set(index.placeless);
    for (const area of own) {
      for (const near of [...projection.areas.ancestors(area), ...projection.areas.descendants(area)]) for (const id of index.byArea.get(near) ?? []) found.add(id);
    }
    served = [...found].sort();
  }
  index.served.set(team, served);
  return served;
}

/** Whether `node` lies in the area `team` works in (or the team's area lies in the node's). */
export function servesArea(projection: Projection, team: string, node: string): boolean {
  const own = projection.directAreasOf.get(team) ?? [];
  const there = projection.areasOf.get(node) ?? [];
  if (!own.length || !there.length) return true;
  const { areas } = projection;
  return there.some((area) => areas.ancestors(area).some((up) => own.includes(up))) || own.some((area) => areas.ancestors(area).some((up) => there.includes(up)));
}
