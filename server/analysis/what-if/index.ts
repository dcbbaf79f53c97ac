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
import { byRank, nameOf, type Projection, type SocialGraph } from '../projection.ts';
import { componentLoss, nodeCounts, type Piece } from './pieces.ts';

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

/** A piece given by its nodes, in canonical order. */
function listedPiece(graph: SocialGraph, ids: string[]): Piece {
  const piece: Piece = { size: ids.length, formal: 0, residents: 0, initiatives: 0, anchors: 0, first: ids[0]!, nodes: () => ids };
  for (const id of ids) {
    const counts = nodeCounts(graph.getNodeAttributes(id));
    piece.formal += counts.formal;
    piece.residents += counts.residents;
    piece.initiatives += counts.initiatives;
    piece.anchors += counts.anchors;
  }
  return piece;
}

/**
 * The effect of removing `remove` from the projection's social graph. Ids not
 * in the graph (out of scope or date) are ignored. `before` may pass the
 * component labels of the intact graph when this runs many times. A single
 * cut point's loss is told without this walk by `cut-sides.ts`.
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
  const teams = new Map<number, string[]>();
  graph.forEachNode((id, attributes) => {
    if (removed.has(id)) return;
    const c = before.label.get(id)!;
    if (!affected.has(c)) return;
    const byPiece = pieces.get(c) ?? new Map<number, string[]>();
    const p = after.label.get(id)!;
    const list = byPiece.get(p) ?? [];
    list.push(id);
    byPiece.set(p, list);
    pieces.set(c, byPiece);
    if (attributes.kind === 'wijkteam') teams.get(c)?.push(id) ?? teams.set(c, [id]);
  });

  const splitOff: string[][] = [];
  const brokenLinks: WhatIfResult['brokenLinks'] = [];
  const wijkteamInitiatives = new Map<string, string[]>();
  const informalCutOff: string[][] = [];
  for (const [c, byPiece] of pieces) {
    const indexOf = new Map([...byPiece.keys()].map((label, index) => [label, index]));
    const loss = componentLoss(
      projection,
      [...byPiece.values()].map((ids) => listedPiece(graph, ids)),
      (id) => (removed.has(id) || before.label.get(id) !== c ? -1 : indexOf.get(after.label.get(id)!)!),
      teams.get(c) ?? [],
    );
    splitOff.push(...loss.splitOff.map((piece) => piece.nodes()));
    for (const [team, lost] of loss.wijkteamInitiatives) {
      wijkteamInitiatives.set(team, lost);
      for (const ini of lost) {
        brokenLinks.push({
          from: team,
          to: ini,
          explanation: `${nameOf(projection, team)} en ${nameOf(projection, ini)} zijn dan niet meer met elkaar verbonden.`,
        });
      }
    }
    if (!loss.informalCutOff.length) continue;
    const formalNodes = loss.pieces.flatMap((piece) => piece.nodes().filter((id) => graph.getNodeAttribute(id, 'formal')));
    for (const cut of loss.informalCutOff) {
      const piece = cut.nodes();
      informalCutOff.push(piece);
      const from = best(piece, (id) => informalRank(graph, id), order);
      const to = best(formalNodes, (id) => formalRank(graph, id), order);
      const what = piece.length === 1 ? nameOf(projection, from) : `de groep rond ${nameOf(projection, from)} (${membersNl(projection, piece)})`;
      brokenLinks.push({ from, to, explanation: `${what} heeft dan geen verbinding meer met de formele wereld (wijkteam, organisaties, professionals).` });
    }
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
