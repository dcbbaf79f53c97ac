/**
 * Projects the model's `NetworkData` onto the SOCIAL graph that the network
 * measures and gap analyses run on.
 *
 * - Nodes: persons, organisations, wijkteams and initiatives.
 * - Edges: every social tie (all types except `CONTEXT_TIES`), read as
 *   undirected. Parallel ties between the same two nodes become one edge that
 *   remembers the tie ids and types (`ties`, `types`), the strongest strength
 *   and trust, and the latest contact.
 * - Context ties (woont in, actief in, werkt in, ligt in, richt zich op, vindt
 *   plaats in, beheert) are not edges: they are kept as lookups (`areasOf`,
 *   `themesOf`, `plekkenOf`) and used to place nodes in their wijk and buurt.
 *
 * - Order: nodes and ties are added in one canonical order (nodes by kind,
 *   name and id; ties by type and the rank of their ends), never in the order
 *   the store or an import returned them, so every measure and community that
 *   depends on the order gives the same answer for the same network.
 *   `rank` holds each node's place in that order, for stable tie-breaks.
 * - Place: a node's main wijk (`wijk`) is where it lives (WOONT_IN), else
 *   where it works or is active (WERKT_IN, ACTIEF_IN).
 * - Formal or informal is decided by the role a node plays (`formal.ts`).
 *
 * `at` shows the network as it was on that date (`activeOn`). `gebied` keeps
 * the part that belongs to the gebied (`nodesInGebieden`), plus the wijkteams
 * and organisations that work in a gebied above it (a stadsdeel team serving
 * the wijk) when they have a social tie into it, and the members of the
 * wijkteams kept.
 */
import Graph from 'graphology';
import {
  CONTEXT_TIES,
  NODE_KINDS,
  TIE_TYPES,
  type GraphNode,
  type NodeKind,
  type GraphTie,
  type NetworkData,
  type TieType,
} from '../model/index.ts';
import { formalRoles } from './formal.ts';
import { activeOn, nodesInGebieden } from './scope.ts';

export const SOCIAL_TIES: readonly TieType[] = TIE_TYPES.filter((type) => !CONTEXT_TIES.includes(type));
/** Which node kinds are actors in the social graph; the rest (places, gebieden, themes) is context. */
export const IS_SOCIAL_KIND = { persoon: true, organisatie: true, wijkteam: true, initiatief: true, plek: false, gebied: false, thema: false } as const satisfies Record<NodeKind, boolean>;
export type SocialKind = { [K in NodeKind]: (typeof IS_SOCIAL_KIND)[K] extends true ? K : never }[NodeKind];
export const SOCIAL_KINDS: readonly SocialKind[] = NODE_KINDS.filter((kind): kind is SocialKind => IS_SOCIAL_KIND[kind]);

const SOCIAL_TIE_SET = new Set<string>(SOCIAL_TIES);
const SOCIAL_KIND_SET = new Set<string>(SOCIAL_KINDS);
/** Context ties that place a node in a gebied. */
const PLACING_TIES = new Set<string>(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN']);

export interface SocialNodeAttributes {
  kind: SocialKind;
  name: string;
  roles: string[];
  /** Plays a formal role (`formal.ts`): wijkteam, professional, provider organisation. */
  formal: boolean;
  /** The node's main wijk: where it lives, else where it works or is active. */
  wijk?: string;
  /** Every wijk the node lives, works or is active in. */
  wijken: string[];
  /** Every buurt the node lives, works or is active in. */
  buurten: string[];
  /** Organisation type, when an organisation. */
  type?: string;
}

export interface SocialEdgeAttributes {
  ties: string[];
  types: TieType[];
  strength?: number;
  trust?: number;
  lastContact?: string;
}

export type SocialGraph = Graph<SocialNodeAttributes, SocialEdgeAttributes>;

export interface ProjectionOptions {
  /** Show the network as it was on this date (YYYY-MM-DD). */
  at?: string;
  /** Keep only the part that belongs to this gebied (or these gebieden). */
  gebied?: string | readonly string[];
}

/** The gebied tree: parents, levels, names. */
export class AreaIndex {
  readonly parent = new Map<string, string>();
  readonly level = new Map<string, string>();
  readonly name = new Map<string, string>();
  private readonly children = new Map<string, string[]>();
  /** `up` is asked for the same few areas by every node placed in them. */
  private readonly upCache = new Map<string, string | undefined>();

  constructor(nodes: readonly GraphNode[]) {
    for (const node of nodes) {
      if (node.kind !== 'gebied') continue;
      this.level.set(node.id, String(node.level ?? ''));
      this.name.set(node.id, node.name);
      if (typeof node.parentId === 'string') {
        this.parent.set(node.id, node.parentId);
        this.children.get(node.parentId)?.push(node.id) ?? this.children.set(node.parentId, [node.id]);
      }
    }
  }

  /** The gebied and everything above it, nearest first. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (let current: string | undefined = id; current && !seen.has(current); current = this.parent.get(current)) {
      seen.add(current);
      out.push(current);
    }
    return out;
  }

  /** The first gebied of the given level at or above `id`. */
  up(id: string, level: string): string | undefined {
    const key = `${level}\u0000${id}`;
    if (!this.upCache.has(key)) this.upCache.set(key, this.ancestors(id).find((area) => this.level.get(area) === level));
    return this.upCache.get(key);
  }

  wijkOf(id: string): string | undefined {
    return this.up(id, 'wijk');
  }

  /** Ids of all wijken, sorted by name. */
  wijken(): string[] {
    return [...this.level].filter(([, level]) => level === 'wijk').map(([id]) => id).sort((a, b) => this.name.get(a)!.localeCompare(this.name.get(b)!, 'nl'));
  }

  /** The gebied and everything below it. */
  descendants(id: string): Set<string> {
    const out = new Set<string>([id]);
    const stack = [id];
    while (stack.length) for (const child of this.children.get(stack.pop()!) ?? []) if (!out.has(child)) (out.add(child), stack.push(child));
    return out;
  }
}

export interface Projection {
  graph: SocialGraph;
  /** The network on `at` (every kind), before the gebied scope. */
  network: NetworkData;
  /** Each node's place in the canonical order: the stable tie-break, independent of ids and import order. */
  rank: Map<string, number>;
  /** Every node of `network` by id. */
  nodes: Map<string, GraphNode>;
  /** Every tie of `network` by id. */
  ties: Map<string, GraphTie>;
  /** Ids (of every kind) in the gebied scope; null when there is no scope. */
  scope: Set<string> | null;
  gebieden: string[];
  at?: string;
  areas: AreaIndex;
  /** Gebieden a node is placed in: woont in, actief in, werkt in; for initiatives also where their plek ligt. */
  areasOf: Map<string, string[]>;
  /** Gebieden a node is placed in by its own woont in / actief in / werkt in ties only. */
  directAreasOf: Map<string, string[]>;
  /** Themes an organisation or initiative richt zich op. */
  themesOf: Map<string, string[]>;
  /** Plekken an initiative takes place in (vindt plaats in) or an organisation beheert. */
  plekkenOf: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The network as it was on `at`: nodes and ties active then, ties only between such nodes. */
export function networkOn(network: NetworkData, at?: string): NetworkData {
  if (!at) return network;
  const nodes = network.nodes.filter((node) => activeOn(node, at));
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, ties: network.ties.filter((tie) => activeOn(tie, at) && kept.has(tie.from) && kept.has(tie.to)) };
}

/** Ids in the gebied scope, extended with wijkteams and organisations serving it from above, and the members of kept wijkteams. */
export function scopeMembers(network: NetworkData, areas: AreaIndex, gebieden: readonly string[]): Set<string> {
  const members = nodesInGebieden(network, gebieden);
  const above = new Set<string>();
  for (const gebied of gebieden) for (const area of areas.ancestors(gebied).slice(1)) above.add(area);
  const servingAbove = new Set<string>();
  for (const tie of network.ties) if (tie.type === 'WERKT_IN' && above.has(tie.to) && !members.has(tie.from)) servingAbove.add(tie.from);
  for (const id of servingAbove) if (id.startsWith('wt_')) members.add(id);
  for (const tie of network.ties) {
    if (!SOCIAL_TIE_SET.has(tie.type)) continue;
    if (servingAbove.has(tie.from) && members.has(tie.to)) members.add(tie.from);
    if (servingAbove.has(tie.to) && members.has(tie.from)) members.add(tie.to);
  }
  for (const tie of network.ties) if (tie.type === 'LID_VAN' && members.has(tie.to)) members.add(tie.from);
  return members;
}

const KIND_ORDER = new Map<string, number>(NODE_KINDS.map((kind, index) => [kind, index]));
const TIE_ORDER = new Map<string, number>(TIE_TYPES.map((type, index) => [type, index]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The network in canonical order: nodes by kind, name, id; ties by type, then the ranks of their ends. */
export function canonical(network: NetworkData): { network: NetworkData; rank: Map<string, number> } {
  const kinds = Int32Array.from(network.nodes, (node) => KIND_ORDER.get(node.kind)!);
  const nodes = sortedBy(network.nodes, (a, b) => kinds[a]! - kinds[b]! || compareText(network.nodes[a]!.name, network.nodes[b]!.name) || compareText(network.nodes[a]!.id, network.nodes[b]!.id));
  const rank = new Map(nodes.map((node, index) => [node.id, index]));
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  // The sort keys are looked up once per tie, not once per comparison.
  const types = Int32Array.from(network.ties, (tie) => TIE_ORDER.get(tie.type)!);
  const froms = Float64Array.from(network.ties, (tie) => at(tie.from));
  const tos = Float64Array.from(network.ties, (tie) => at(tie.to));
  const ties = sortedBy(network.ties, (a, b) => types[a]! - types[b]! || froms[a]! - froms[b]! || tos[a]! - tos[b]! || compareText(network.ties[a]!.id, network.ties[b]!.id));
  return { network: { nodes, ties }, rank };
}

/** `list` sorted by a comparison of positions in it. */
function sortedBy<T>(list: readonly T[], compare: (a: number, b: number) => number): T[] {
  const order = Array.from(list, (_item, index) => index).sort(compare);
  return order.map((index) => list[index]!);
}

export function project(input: NetworkData, options: ProjectionOptions = {}): Projection {
  const { network, rank } = canonical(networkOn(input, options.at));
  const gebieden = options.gebied === undefined ? [] : typeof options.gebied === 'string' ? [options.gebied] : [...options.gebied];
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const ties = new Map(network.ties.map((tie) => [tie.id, tie]));
  const areas = new AreaIndex(network.nodes);
  const scope = gebieden.length ? scopeMembers(network, areas, gebieden) : null;
  const isFormal = formalRoles(network);

  const areasOf = new Map<string, string[]>();
  const directAreasOf = new Map<string, string[]>();
  const themesOf = new Map<string, string[]>();
  const plekkenOf = new Map<string, string[]>();
  const plekArea = new Map<string, string[]>();
  for (const tie of network.ties) {
    if (PLACING_TIES.has(tie.type)) (push(areasOf, tie.from, tie.to), push(directAreasOf, tie.from, tie.to));
    else if (tie.type === 'RICHT_ZICH_OP') push(themesOf, tie.from, tie.to);
    else if (tie.type === 'VINDT_PLAATS_IN' || tie.type === 'BEHEERT') push(plekkenOf, tie.from, tie.to);
    else if (tie.type === 'LIGT_IN') push(plekArea, tie.from, tie.to);
  }
  for (const tie of network.ties) if (tie.type === 'VINDT_PLAATS_IN') for (const area of plekArea.get(tie.to) ?? []) push(areasOf, tie.from, area);

  const graph: SocialGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of network.nodes) {
    if (!SOCIAL_KIND_SET.has(node.kind) || (scope && !scope.has(node.id))) continue;
    const roles = Array.isArray(node.roles) ? (node.roles as string[]) : [];
    const wijken: string[] = [];
    const buurten: string[] = [];
    // A node's own place comes from its own ties; the plek only when it has none.
    for (const area of directAreasOf.get(node.id) ?? areasOf.get(node.id) ?? []) {
      const wijk = areas.wijkOf(area);
      if (wijk && !wijken.includes(wijk)) wijken.push(wijk);
      const buurt = areas.up(area, 'buurt');
      if (buurt && !buurten.includes(buurt)) buurten.push(buurt);
    }
    const kind = node.kind as SocialKind;
    graph.addNode(node.id, {
      kind,
      name: node.name,
      roles,
      formal: isFormal(node),
      ...(wijken.length ? { wijk: wijken[0] } : {}),
      wijken,
      buurten,
      ...(kind === 'organisatie' && typeof node.type === 'string' ? { type: node.type } : {}),
    });
  }
  const edges = new Map<string, SocialEdgeAttributes>();
  for (const tie of network.ties) {
    if (!SOCIAL_TIE_SET.has(tie.type) || tie.from === tie.to || !graph.hasNode(tie.from) || !graph.hasNode(tie.to)) continue;
    const key = edgeKey(tie.from, tie.to);
    let attributes = edges.get(key);
    if (!attributes) {
      graph.addEdgeWithKey(key, tie.from, tie.to, { ties: [], types: [] });
      edges.set(key, (attributes = graph.getEdgeAttributes(key)));
    }
    attributes.ties.push(tie.id);
    if (!attributes.types.includes(tie.type)) attributes.types.push(tie.type);
    if (tie.strength !== undefined) attributes.strength = Math.max(attributes.strength ?? 0, tie.strength);
    if (tie.trust !== undefined) attributes.trust = Math.max(attributes.trust ?? 0, tie.trust);
    if (tie.lastContact && (!attributes.lastContact || tie.lastContact > attributes.lastContact)) attributes.lastContact = tie.lastContact;
  }
  return { graph, network, rank, nodes, ties, scope, gebieden, ...(options.at ? { at: options.at } : {}), areas, areasOf, directAreasOf, themesOf, plekkenOf };
}

/** Compares two node ids by their canonical rank. */
export function byRank(projection: Projection): (a: string, b: string) => number {
  const at = (id: string) => projection.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => at(a) - at(b) || compareText(a, b);
}

/** The name of a node, or its id when unknown. */
export function nameOf(projection: Projection, id: string): string {
  return projection.nodes.get(id)?.name ?? id;
}

/** Whether a node is a resident (a person without a professional role). */
export function isResident(attributes: SocialNodeAttributes): boolean {
  return attributes.kind === 'persoon' && !attributes.formal;
}
