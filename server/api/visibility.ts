/** Persons without a legal basis appear only as counts, except to the beheerder. */
import type { GraphNode } from '../model/index.ts';
import type { Access } from '../services/auth/access.ts';

export function withoutUnconsented(access: Access, nodes: GraphNode[]): GraphNode[] {
  if (access.user.role === 'beheerder') return nodes;
  return nodes.filter((node) => node.kind !== 'persoon' || (node.consentBasis !== undefined && node.consentBasis !== 'geen'));
}
