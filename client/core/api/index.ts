/** The map screen's calls; the transport and ApiError are in http.ts. */
import type { GraphNode, GraphTie, SerializedNetwork, SleutelfiguurScore, WhatIfResult } from '../../../server/model/index.ts';
import { COMPACT_GRAPH_TYPE, decodeCompactGraph, type CompactGraph } from '../../../server/model/wire/compact-graph/index.ts';
import type { NodeProvenance } from '../../../server/model/wire/provenance.ts';
import { queryString, request, versionHeader, type Query } from './http.ts';

export { ApiError, type ApiIssue, type Query } from './http.ts';

export interface NodeWithTies extends GraphNode {
  ties: GraphTie[];
}

/** The network as GET /api/graph sends it: the compact form this client asks for, or JSON when that is what comes (the bench's baseline asks for it). */
export type GraphAnswer = CompactGraph | SerializedNetwork;

async function graph(query: Query): Promise<GraphAnswer> {
  const answer = await request<ArrayBuffer | SerializedNetwork>('GET', `/graph${queryString(query)}`, undefined, { headers: { accept: `${COMPACT_GRAPH_TYPE}, application/json;q=0.5` }, binary: COMPACT_GRAPH_TYPE });
  return answer instanceof ArrayBuffer ? decodeCompactGraph(answer) : answer;
}

export interface SavedView {
  id: string;
  name?: string;
  positions: Record<string, [number, number]>;
  state?: Record<string, string>;
  updatedAt?: string;
  /** Whose view it is; null for the published standard view. */
  owner?: string | null;
  /** For the standard view: which publication it is. */
  published?: number;
}

/** What a client sends to save or publish a view. */
export type ViewBody = Pick<SavedView, 'name' | 'positions' | 'state'>;

export interface NodeMeasures {
  degree: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  pagerank: number;
  community: number;
  constraint: number | null;
  effectiveSize: number | null;
  articulation: boolean;
}

export interface MeasuresResponse {
  nodes: Record<string, NodeMeasures>;
  communities: { count: number; modularity: number };
}

export const api = {
  graph,
  node: (id: string) => request<NodeWithTies>('GET', `/nodes/${encodeURIComponent(id)}`),
  /** Who recorded each tie of the node, in words this account may read. */
  provenance: (id: string) => request<NodeProvenance>('GET', `/nodes/${encodeURIComponent(id)}/provenance`),
  createNode: (body: Record<string, unknown>) => request<GraphNode>('POST', '/nodes', body),
  /** Changes and deletes carry the version they were made on; a newer one on the server answers 412 (ApiError.stale). */
  updateNode: (id: string, body: Record<string, unknown>, version: number | undefined) => request<GraphNode>('PATCH', `/nodes/${encodeURIComponent(id)}`, body, { headers: versionHeader(version) }),
  deleteNode: (id: string, version: number | undefined) => request<void>('DELETE', `/nodes/${encodeURIComponent(id)}`, undefined, { headers: versionHeader(version) }),
  tie: (id: string) => request<GraphTie>('GET', `/ties/${encodeURIComponent(id)}`),
  createTie: (body: Record<string, unknown>) => request<GraphTie>('POST', '/ties', body),
  updateTie: (id: string, body: Record<string, unknown>, version: number | undefined) => request<GraphTie>('PATCH', `/ties/${encodeURIComponent(id)}`, body, { headers: versionHeader(version) }),
  deleteTie: (id: string, version: number | undefined) => request<void>('DELETE', `/ties/${encodeURIComponent(id)}`, undefined, { headers: versionHeader(version) }),
  view: (id: string) => request<SavedView>('GET', `/views/${encodeURIComponent(id)}`),
  /** Views are the account's own: saving one never changes anyone else's map. */
  saveView: (id: string, view: ViewBody) => request<SavedView>('PUT', `/views/${encodeURIComponent(id)}`, view),
  deleteView: (id: string) => request<void>('DELETE', `/views/${encodeURIComponent(id)}`),
  /** The beheerder makes positions the standard view that everyone starts from; undo withdraws the last publication. */
  publishStandardView: (view: ViewBody) => request<SavedView>('POST', '/views/standaard/publish', view),
  undoStandardView: () => request<{ current: SavedView | null }>('POST', '/views/standaard/undo'),
  sleutelfiguren: (query: Query) => request<{ items: SleutelfiguurScore[] }>('GET', `/analysis/sleutelfiguren${queryString(query)}`),
  measures: (query: Query) => request<MeasuresResponse>('GET', `/analysis/measures${queryString(query)}`),
  whatIf: (remove: string[]) => request<WhatIfResult>('POST', '/analysis/what-if', { remove }),
};
