/**
 * Which part of the network belongs to a gebied. A node belongs to gebied G
 * when it is G or lies below it, or is tied to such a gebied by a context tie
 * (woont in, actief in, werkt in, ligt in), or is an initiative that takes
 * place at a plek in G. Themes belong where something in G is about them.
 */
import type { GraphTie, NetworkData, NodeKind, TieType } from '../model/index.ts';

const AREA_TIES: ReadonlySet<TieType> = new Set<TieType>(['WOONT_IN', 'ACTIEF_IN', 'WERKT_IN', 'LIGT_IN']);

/** What `nodesInGebieden` reads: its answer changes only when one of these changes. */
export const GEBIED_MEMBERSHIP_PARTS: readonly (NodeKind | TieType)[] = ['gebied', ...AREA_TIES, 'VINDT_PLAATS_IN', 'RICHT_ZICH_OP'];

export function gebiedDescendants(network: NetworkData, gebiedId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of network.nodes) {
    if (node.kind !== 'gebied' || typeof node.parentId !== 'string') continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node.id);
    children.set(node.parentId, list);
  }
  const result = new Set<string>([gebiedId]);
  const stack = [gebiedId];
  while (stack.length) for (const child of children.get(stack.pop()!) ?? []) if (!result.has(child)) (result.add(child), stack.push(child));
  return result;
}

/** Ids of every node that belongs to any of the given gebieden. */
export function nodesInGebieden(network: NetworkData, gebiedIds: readonly string[]): Set<string> {
  const areas = new Set<string>();
  for (const id of gebiedIds) for (const area of gebiedDescendants(network, id)) areas.add(area);
  const members = new Set<string>(areas);
  for (const tie of network.ties) if (AREA_TIES.has(tie.type) && areas.has(tie.to)) members.add(tie.from);
  for (const tie of network.ties) if (tie.type === 'VINDT_PLAATS_IN' && members.has(tie.to)) members.add(tie.from);
  for (const tie of network.ties) if (tie.type === 'RICHT_ZICH_OP' && members.has(tie.from)) members.add(tie.to);
  return members;
}

/** Whether a dated thing was part of the network on `at` (YYYY-MM-DD). */
export function activeOn(item: { startDate?: unknown; endDate?: unknown }, at: string): boolean {
  if (typeof item.startDate === 'string' && item.startDate > at) return false;
  if (typeof item.endDate === 'string' && item.endDate <= at) return false;
  return true;
}

export interface NetworkFilter {
  gebieden?: readonly string[];
  kinds?: readonly string[];
  roles?: readonly string[];
  themes?: readonly string[];
  tieTypes?: readonly string[];
  minStrength?: number;
  /** Show the network as it was on this date. */
  at?: string;
}

/** The part of the network that passes every given filter; ties only between kept nodes. */
export function filterNetwork(network: NetworkData, filter: NetworkFilter): NetworkData {
  let nodes = network.nodes;
  let ties: GraphTie[] = network.ties;
  if (filter.at) {
    const at = filter.at;
    nodes = nodes.filter((node) => activeOn(node, at));
    ties = ties.filter((tie) => activeOn(tie, at));
  }
  if (filter.gebieden?.length) {
    const members = nodesInGebieden(network, filter.gebieden);
    nodes = nodes.filter((node) => members.has(node.id));
  }
  if (filter.themes?.length) {
    const themes = new Set(filter.themes);
    const onTheme = new Set<string>(filter.themes);
    for (const tie of network.ties) if (tie.type === 'RICHT_ZICH_OP' && themes.has(tie.to)) onTheme.add(tie.from);
    for (const tie of network.ties) if (onTheme.has(tie.to) && tie.from.startsWith('per_')) onTheme.add(tie.from);
    nodes = nodes.filter((node) => onTheme.has(node.id));
  }
  if (filter.kinds?.length) {
    const kinds = new Set(filter.kinds);
    nodes = nodes.filter((node) => kinds.has(node.kind));
  }
  if (filter.roles?.length) {
    const roles = new Set(filter.roles);
    nodes = nodes.filter((node) => node.kind !== 'persoon' || (node.roles as string[] | undefined)?.some((role) => roles.has(role)));
  }
  if (filter.tieTypes?.length) {
    const types = new Set(filter.tieTypes);
    ties = ties.filter((tie) => types.has(tie.type));
  }
  if (filter.minStrength) {
    const min = filter.minStrength;
    ties = ties.filter((tie) => tie.strength === undefined || tie.strength >= min);
  }
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, ties: ties.filter((tie) => kept.has(tie.from) && kept.has(tie.to)) };
}
