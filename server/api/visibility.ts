/** Persons without a legal basis appear only as counts, except to the beheerder. */
import type { GraphNode, NetworkData } from '../model/index.ts';
import type { Access } from '../services/auth/access.ts';

export function withoutUnconsented(access: Access, nodes: GraphNode[]): GraphNode[] {
  if (access.user.role === 'beheerder') return nodes;
  return nodes.filter((node) => node.kind !== 'persoon' || (node.consentBasis !== undefined && node.consentBasis !== 'geen'));
}

/** The network without unconsented persons and their ties, for this account. */
export function visibleNetwork(access: Access, network: NetworkData): NetworkData {
  const nodes = withoutUnconsented(access, network.nodes);
  if (nodes.length === network.nodes.length) return network;
  const kept = new Set(nodes.map((node) => node.id));
  return { nodes, ties: network.ties.filter((tie) => kept.has(tie.from) && kept.has(tie.to)) };
}
