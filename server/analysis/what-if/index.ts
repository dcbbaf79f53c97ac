/**
 * "Wat als X vertrekt?": remove one or more persons or organisations from the
 * social graph and report what is lost — the ties, the nodes left without any
 * tie, the groups that split off from the largest part, and the links between
 * a wijkteam and an initiative of its own wijk, or between the formal and the
 * informal world, that ran only through the removed nodes. A wijkteam of
 * another wijk that happens to lie in the same part of the network is not
 * counted: losing a path to it is not losing its link.
 */
import type { WhatIfResult } from '../../model/index.ts';
import { count, listNl, membersNl, names } from '../gaps/context.ts';
import { servesArea } from '../placement.ts';
import { byRank, nameOf, type Projection, type SocialGraph } from '../projection.ts';

/** Component label per node of the graph, skipping `removed`. */
export function componentLabels(graph: SocialGraph, removed: ReadonlySet<string> = new Set()): { label: Map<string, number>; count: number } {
  const label = new Map<string, number>();
  let next = 0;
  graph.forEachNode((start) => {
    if (label.has(start) || removed.has(start)) return;
    const c = next++;
    label.set(start, c);
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      graph.forEachNeighbor(v, (w) => {
        if (!label.has(w) && !removed.has(w)) (label.set(w, c), stack.push(w));
      });
    }
  });
  return { label, count: next };
}

export interface RemovalImpact extends WhatIfResult {
  /** Wijkteam → initiatives of its own area (`servesArea`) whose only link ran through the removed nodes. */
  wijkteamInitiatives: Map<string, string[]>;
  /** Pieces that lost every formal node (informal nodes only), each with its nodes. */
  informalCutOff: string[][];
}

/** Prefer wijkteam, then organisation, then professional; then most ties. */
function formalRank(graph: SocialGraph, id: string): number {
  const { kind } = graph.getNodeAttributes(id);
  return (kind === 'wijkteam' ? 3000 : kind === 'organisatie' ? 2000 : 1000) + graph.degree(id);
}

function informalRank(graph: SocialGraph, id: string): number {
  return (graph.getNodeAttribute(id, 'kind') === 'initiatief' ? 1000 : 0) + graph.degree(id);
}

function best(ids: readonly string[], rank: (id: string) => number, order: (a: string, b: string) => number): string {
  return ids.reduce((a, b) => (rank(b) > rank(a) || (rank(b) === rank(a) && order(b, a) < 0) ? b : a));
}

/**
 * The effect of removing `remove` from the projection's social graph. Ids not
 * in the graph (out of scope or date) are ignored. `before` may pass the
 * component labels of the intact graph when this runs many times.
 */
export function removalImpact(projection: Projection, remove: readonly string[], before = componentLabels(projection.graph)): RemovalImpact {
  const graph = projection.graph;
  const removed = new Set(remove.filter((id) => graph.hasNode(id)));
  const order = byRank(projection);
  const after = componentLabels(graph, removed);

  const lostTies = new Set<string>();
  const touched = new Set<string>();
  for (const id of removed) {
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      for (const tie of attributes.ties) lostTies.add(tie);
      const other = source === id ? target : source;
      if (!removed.has(other)) touched.add(other);
    });
  }
  const isolated = [...touched].filter((id) => graph.everyNeighbor(id, (other) => removed.has(other))).sort();

  // Pieces of every component that held a removed node.
  const affected = new Set<number>();
  for (const id of removed) affected.add(before.label.get(id)!);
  const pieces = new Map<number, Map<number, string[]>>();
  graph.forEachNode((id) => {
    if (removed.has(id)) return;
    const c = before.label.get(id)!;
    if (!affected.has(c)) return;
    const byPiece = pieces.get(c) ?? new Map<number, string[]>();
    const p = after.label.get(id)!;
    const list = byPiece.get(p) ?? [];
    list.push(id);
    byPiece.set(p, list);
    pieces.set(c, byPiece);
  });

  const splitOff: string[][] = [];
  const brokenLinks: WhatIfResult['brokenLinks'] = [];
  const wijkteamInitiatives = new Map<string, string[]>();
  const informalCutOff: string[][] = [];
  for (const byPiece of pieces.values()) {
    const list = [...byPiece.values()].sort((a, b) => b.length - a.length || order(a[0], b[0]));
    for (const piece of list.slice(1)) if (piece.length >= 2) splitOff.push(piece.sort());
    if (list.length < 2) continue;
    const pieceOf = new Map<string, number>();
    list.forEach((piece, i) => piece.forEach((id) => pieceOf.set(id, i)));
    const all = list.flat();
    const wijkteams = all.filter((id) => graph.getNodeAttribute(id, 'kind') === 'wijkteam');
    const initiatives = all.filter((id) => graph.getNodeAttribute(id, 'kind') === 'initiatief');
    for (const team of wijkteams.sort()) {
      const lost = initiatives.filter((ini) => pieceOf.get(ini) !== pieceOf.get(team) && servesArea(projection, team, ini)).sort();
      if (!lost.length) continue;
      wijkteamInitiatives.set(team, lost);
      for (const ini of lost) {
        brokenLinks.push({
          from: team,
          to: ini,
          explanation: `${nameOf(projection, team)} en ${nameOf(projection, ini)} zijn dan niet meer met elkaar verbonden.`,
        });
      }
    }
    const formalNodes = all.filter((id) => graph.getNodeAttribute(id, 'formal'));
    if (!formalNodes.length) continue;
    list.forEach((piece) => {
      if (piece.some((id) => graph.getNodeAttribute(id, 'formal'))) return;
      informalCutOff.push(piece);
      const from = best(piece, (id) => informalRank(graph, id), order);
      const to = best(formalNodes, (id) => formalRank(graph, id), order);
      const what = piece.length === 1 ? nameOf(projection, from) : `de groep rond ${nameOf(projection, from)} (${membersNl(projection, piece)})`;
      brokenLinks.push({ from, to, explanation: `${what} heeft dan geen verbinding meer met de formele wereld (wijkteam, organisaties, professionals).` });
    });
  }

  const result: RemovalImpact = {
    removed: [...removed].sort(),
    explanation: '',
    lostTies: [...lostTies].sort(),
    isolated,
    splitOff: splitOff.sort((a, b) => b.length - a.length),
    componentsBefore: before.count,
    componentsAfter: after.count,
    brokenLinks,
    wijkteamInitiatives,
    informalCutOff,
  };
  result.explanation = explainImpact(projection, result, remove);
  return result;
}

function explainImpact(projection: Projection, impact: RemovalImpact, requested: readonly string[]): string {
  const who = names(projection, requested.length ? requested : impact.removed);
  const verb = requested.length > 1 ? 'vertrekken' : 'vertrekt';
  if (!impact.removed.length) return `${who} ${requested.length > 1 ? 'zijn' : 'is'} geen deel van dit netwerk; er verandert niets.`;
  const parts = [`verdwijnen ${count(impact.lostTies.length, 'band', 'banden')}`];
  if (impact.isolated.length) parts.push(`${names(projection, impact.isolated, 3)} ${impact.isolated.length === 1 ? 'raakt' : 'raken'} alle contact kwijt`);
  if (impact.splitOff.length) parts.push(`${count(impact.splitOff.length, 'groep raakt', 'groepen raken')} los van de rest (${impact.splitOff.length > 1 ? 'samen ' : ''}${membersNl(projection, impact.splitOff.flat())})`);
  const links = [...impact.wijkteamInitiatives].map(([team, inis]) => `${nameOf(projection, team)} en ${count(inis.length, 'initiatief', 'initiatieven')}`);
  if (links.length) parts.push(`de verbinding tussen ${listNl(links, 3)} valt weg`);
  const cutOff = impact.informalCutOff.filter((piece) => piece.length >= 2 || piece.some((id) => projection.graph.getNodeAttribute(id, 'kind') === 'initiatief'));
  if (cutOff.length) parts.push(`${count(cutOff.length, 'informele groep verliest', 'informele groepen verliezen')} de band met de formele wereld`);
  const consequence = listNl(parts, 6);
  const calm = !impact.isolated.length && !impact.splitOff.length && !links.length && !cutOff.length;
  return calm
    ? `Als ${who} ${verb}, ${consequence}, maar het netwerk blijft verbonden: er zijn andere wegen.`
    : `Als ${who} ${verb}, ${consequence}.`;
}

/** The wire result, without the internal extras. */
export function whatIf(projection: Projection, remove: readonly string[]): WhatIfResult {
  const { wijkteamInitiatives: _w, informalCutOff: _i, ...result } = removalImpact(projection, remove);
  return result;
}
