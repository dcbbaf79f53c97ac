/**
 * The one HTTP client of the app. Every call returns parsed JSON or throws an
 * ApiError that carries the server's `{error: {code, message, issues}}`.
 */
import type { GapReport, GraphNode, GraphTie, SerializedNetwork, SleutelfiguurScore, WhatIfResult } from '../../../server/model/index.ts';

export interface ApiIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    /** After a 412 (stale version): the state the server has now, as this account may see it (null: it is gone). */
    readonly current?: unknown,
  ) {
    super(message);
  }

  /** Someone else changed it since this screen read it. */
  get stale(): boolean {
    return this.status === 412;
  }

  /** A route that does not exist (yet) on this server. */
  get unavailable(): boolean {
    return this.status === 404 || this.status === 501;
  }

  /** Issues keyed by their top-level field, for showing next to a form field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = issue.path.split('.')[0] ?? issue.path;
      out[field] ??= issue.message;
    }
    return out;
  }
}

export type Query = Record<string, string | number | readonly string[] | undefined>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The If-Match header for a change made on `version`, the one this screen last read (the server counts a missing version as 0, as in its ETag). */
function versionHeader(version: number | undefined): Record<string, string> {
  return { 'if-match': `"${version ?? 0}"` };
}

async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'geen verbinding met de server');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; issues?: ApiIssue[]; current?: unknown } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText, error?.issues ?? [], error?.current);
  }
  return json as T;
}

export interface NodeWithTies extends GraphNode {
  ties: GraphTie[];
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
  graph: (query: Query) => request<SerializedNetwork>('GET', `/graph${queryString(query)}`),
  node: (id: string) => request<NodeWithTies>('GET', `/nodes/${encodeURIComponent(id)}`),
  createNode: (body: Record<string, unknown>) => request<GraphNode>('POST', '/nodes', body),
  /** Changes and deletes carry the version they were made on; a newer one on the server answers 412 (ApiError.stale). */
  updateNode: (id: string, body: Record<string, unknown>, version: number | undefined) => request<GraphNode>('PATCH', `/nodes/${encodeURIComponent(id)}`, body, versionHeader(version)),
  deleteNode: (id: string, version: number | undefined) => request<void>('DELETE', `/nodes/${encodeURIComponent(id)}`, undefined, versionHeader(version)),
  tie: (id: string) => request<GraphTie>('GET', `/ties/${encodeURIComponent(id)}`),
  createTie: (body: Record<string, unknown>) => request<GraphTie>('POST', '/ties', body),
  updateTie: (id: string, body: Record<string, unknown>, version: number | undefined) => request<GraphTie>('PATCH', `/ties/${encodeURIComponent(id)}`, body, versionHeader(version)),
  deleteTie: (id: string, version: number | undefined) => request<void>('DELETE', `/ties/${encodeURIComponent(id)}`, undefined, versionHeader(version)),
  view: (id: string) => request<SavedView>('GET', `/views/${encodeURIComponent(id)}`),
  /** Views are the account's own: saving one never changes anyone else's map. */
  saveView: (id: string, view: ViewBody) => request<SavedView>('PUT', `/views/${encodeURIComponent(id)}`, view),
  deleteView: (id: string) => request<void>('DELETE', `/views/${encodeURIComponent(id)}`),
  /** The beheerder makes positions the standard view that everyone starts from; undo withdraws the last publication. */
  publishStandardView: (view: ViewBody) => request<SavedView>('POST', '/views/standaard/publish', view),
  undoStandardView: () => request<{ current: SavedView | null }>('POST', '/views/standaard/undo'),
  gaps: (query: Query) => request<GapReport>('GET', `/analysis/gaps${queryString(query)}`),
  sleutelfiguren: (query: Query) => request<{ items: SleutelfiguurScore[] }>('GET', `/analysis/sleutelfiguren${queryString(query)}`),
  measures: (query: Query) => request<MeasuresResponse>('GET', `/analysis/measures${queryString(query)}`),
  whatIf: (remove: string[]) => request<WhatIfResult>('POST', '/analysis/what-if', { remove }),
};
