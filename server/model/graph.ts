/** Wire format of a (part of the) network, ready for graphology's `import`. */
import type { GraphNode } from './nodes.ts';
import type { GraphTie } from './ties.ts';

export interface NetworkData {
  nodes: GraphNode[];
  ties: GraphTie[];
}

/** graphology's serialized form, as returned by GET /api/graph. */
export interface SerializedNetwork {
  /** `hiddenWithoutConsent`: persons without a legal basis, left out and only counted. */
  attributes: { version: number; at?: string; hiddenWithoutConsent?: number };
  options: { type: 'directed'; multi: true; allowSelfLoops: false };
  nodes: { key: string; attributes: Omit<GraphNode, 'id'> }[];
  edges: { key: string; source: string; target: string; attributes: Omit<GraphTie, 'id' | 'from' | 'to'> }[];
}
