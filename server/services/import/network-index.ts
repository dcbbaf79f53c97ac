/**
 * Look-ups an import needs over the existing network, built once per import:
 * gebieden by name and code, nodes by external id and by natural key (name +
 * gebied), ties by (type, from, to). Names compare normalised (case, accents,
 * punctuation and extra spaces ignored), so "Café De Zon" matches "cafe de zon".
 */
import { SYMMETRIC_TIES, kindOfNodeId, type GraphNode, type GraphTie, type NetworkData, type NodeKind, type TieType } from '../../model/index.ts';

/** Tie that places a node of this kind in a gebied. */
export const AREA_TIE: Partial<Record<NodeKind, TieType>> = {
  persoon: 'WOONT_IN',
  organisatie: 'WERKT_IN',
  initiatief: 'WERKT_IN',
  wijkteam: 'WERKT_IN',
  plek: 'LIGT_IN',
};

export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tieKey(type: string, from: string, to: string): string {
  if ((SYMMETRIC_TIES as readonly string[]).includes(type) && to < from) [from, to] = [to, from];
  return `${type}|${from}|${to}`;
}

export class NetworkIndex {
  readonly nodes = new Map<string, GraphNode>();
  private readonly byExternalId = new Map<string, GraphNode>();
  private readonly byName = new Map<string, GraphNode[]>();
  /** Gebied ids each node is placed in by its kind's area tie (`AREA_TIE`). */
  readonly areasOf = new Map<string, Set<string>>();
  readonly ties = new Map<string, GraphTie>();
  readonly tiesById = new Map<string, GraphTie>();
  private readonly gebiedByName = new Map<string, GraphNode[]>();

  constructor(network: NetworkData) {
    for (const node of network.nodes) this.addNode(node);
    for (const tie of network.ties) this.addTie(tie);
  }

  addNode(node: GraphNode): void {
    this.nodes.set(node.id, node);
    if (typeof node.externalId === 'string' && node.externalId) this.byExternalId.set(`${node.kind}|${node.externalId}`, node);
    const name = normaliseName(node.name);
    const list = this.byName.get(name) ?? this.byName.set(name, []).get(name)!;
    list.push(node);
    if (node.kind === 'gebied') {
      for (const key of [name, typeof node.code === 'string' ? normaliseName(node.code) : '']) {
        if (!key) continue;
        const areas = this.gebiedByName.get(key) ?? this.gebiedByName.set(key, []).get(key)!;
        areas.push(node);
      }
    }
  }

  addTie(tie: GraphTie): void {
    this.ties.set(tieKey(tie.type, tie.from, tie.to), tie);
    this.tiesById.set(tie.id, tie);
    // A node's own placement decides its natural key: where a person lives, not where they are active.
    const kind = kindOfNodeId(tie.from);
    if (kind && AREA_TIE[kind] === tie.type) {
      const set = this.areasOf.get(tie.from) ?? this.areasOf.set(tie.from, new Set()).get(tie.from)!;
      set.add(tie.to);
    }
  }

  findTie(type: string, from: string, to: string): GraphTie | undefined {
    return this.ties.get(tieKey(type, from, to));
  }

  byExternal(kind: NodeKind, externalId: string): GraphNode | undefined {
    return this.byExternalId.get(`${kind}|${externalId}`);
  }

  named(name: string, kinds?: readonly NodeKind[]): GraphNode[] {
    const list = this.byName.get(normaliseName(name)) ?? [];
    return kinds ? list.filter((node) => kinds.includes(node.kind)) : list;
  }

  /** A node of `kind` with this name placed in `gebiedId` (or with no gebied at all when `gebiedId` is undefined). */
  byNaturalKey(kind: NodeKind, name: string, gebiedId: string | undefined): GraphNode | undefined {
    return this.named(name, [kind]).find((node) => {
      const areas = this.areasOf.get(node.id);
      return gebiedId ? !!areas?.has(gebiedId) : !areas?.size;
    });
  }

  gebiedByCode(code: string): GraphNode | undefined {
    return (this.gebiedByName.get(normaliseName(code)) ?? []).find((node) => typeof node.code === 'string' && normaliseName(node.code) === normaliseName(code));
  }

  /** The names of every node of these kinds, for suggestions. */
  namesOf(kinds: readonly NodeKind[]): string[] {
    const names: string[] = [];
    for (const node of this.nodes.values()) if (kinds.includes(node.kind)) names.push(node.name);
    return names;
  }

  /** Gebied of a level by name or CBS code; within `parentId` when given. */
  gebied(level: 'wijk' | 'buurt' | 'stadsdeel', text: string, parentId?: string): GraphNode[] {
    const candidates = (this.gebiedByName.get(normaliseName(text)) ?? []).filter((node) => node.level === level);
    return parentId ? candidates.filter((node) => node.parentId === parentId) : candidates;
  }
}
