/**
 * What the query process holds. Free Cypher (the console and personal
 * reports) runs on the free copy: persons without a legal basis are not in
 * it, and the others carry a pseudonym instead of their name and none of
 * their contact details, purpose or external ids; no tie says who recorded
 * it. Whatever a query does with the text it finds (lower, reverse,
 * substring…), no name can come out. Saved reports run on the full copy and
 * their results go through the viewer's policy by column kind.
 */
import type { GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import { hasLegalBasis } from '../privacy/policy.ts';

export const COPIES = ['vrij', 'volledig'] as const;
export type CopyName = (typeof COPIES)[number];

export function freeCopy(network: NetworkData, pseudonym: (id: string) => string): NetworkData {
  const nodes: GraphNode[] = [];
  for (const node of network.nodes) {
    if (node.kind !== 'persoon') nodes.push(node);
    else if (hasLegalBasis(node)) {
      const { contact: _contact, consentPurpose: _purpose, externalId: _external, consentDate: _date, ...rest } = node;
      nodes.push({ ...rest, name: pseudonym(node.id) });
    }
  }
  const kept = new Set(nodes.map((node) => node.id));
  const ties = network.ties
    .filter((tie) => kept.has(tie.from) && kept.has(tie.to))
    .map(({ recordedBy: _by, ...tie }): GraphTie => tie);
  return { nodes, ties };
}
