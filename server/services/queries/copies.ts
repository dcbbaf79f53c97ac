/**
 * What the query process holds. Free Cypher (the console and personal
 * reports) runs on the free copy: persons without a legal basis are not in
 * it, and the others carry a pseudonym instead of their name and none of
 * their contact details, purpose or external ids; no tie says who recorded
 * it. Whatever a query does with the text it finds (lower, reverse,
 * substring…), no name can come out. Saved reports run on the report copy:
 * every person, with a reference marker (`refText`) where the name would be
 * and no contact details, so that every result is rendered for its viewer
 * through the policy, whichever column or sentence a name ends up in.
 */
import type { GraphNode, GraphTie, NetworkData } from '../../model/index.ts';
import { refText } from '../../model/phrase.ts';
import { hasLegalBasis, IDENTIFYING_FIELDS } from '../privacy/policy.ts';

export const COPIES = ['vrij', 'volledig'] as const;
export type CopyName = (typeof COPIES)[number];

export function reportCopy(network: NetworkData): NetworkData {
  const nodes = network.nodes.map((node): GraphNode => {
    if (node.kind !== 'persoon') return node;
    const shown: GraphNode = { ...node, name: refText(node.id) };
    for (const field of IDENTIFYING_FIELDS) delete shown[field];
    return shown;
  });
  return { nodes, ties: [...network.ties] };
}

export function freeCopy(network: NetworkData, pseudonym: (id: string) => string): NetworkData {
  const nodes: GraphNode[] = [];
  for (const node of network.nodes) {
    if (node.kind !== 'persoon') nodes.push(node);
    else if (hasLegalBasis(node)) {
      const shown: GraphNode = { ...node, name: pseudonym(node.id) };
      for (const field of IDENTIFYING_FIELDS) delete shown[field];
      nodes.push(shown);
    }
  }
  const kept = new Set(nodes.map((node) => node.id));
  const ties = network.ties
    .filter((tie) => kept.has(tie.from) && kept.has(tie.to))
    .map(({ recordedBy: _by, ...tie }): GraphTie => tie);
  return { nodes, ties };
}
