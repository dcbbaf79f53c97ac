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
  ) {
    super(message);
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

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
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
    const error = (json as { error?: { code?: string; message?: string; issues?: ApiIssue[] } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText, error?.issues ?? []);
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
}

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
  updateNode: (id: string, body: Record<string, unknown>) => request<GraphNode>('PATCH', `/nodes/${encodeURIComponent(id)}`, body),
  deleteNode: (id: string) => request<void>('DELETE', `/nodes/${encodeURIComponent(id)}`),
  tie: (id: string) => request<GraphTie>('GET', `/ties/${encodeURIComponent(id)}`),
  createTie: (body: Record<string, unknown>) => request<GraphTie>('POST', '/ties', body),
  updateTie: (id: string, body: Record<string, unknown>) => request<GraphTie>('PATCH', `/ties/${encodeURIComponent(id)}`, body),
  deleteTie: (id: string) => request<void>('DELETE', `/ties/${encodeURIComponent(id)}`),
  view: (id: string) => request<SavedView>('GET', `/views/${encodeURIComponent(id)}`),
  saveView: (id: string, view: Omit<SavedView, 'id' | 'updatedAt'>) => request<SavedView>('PUT', `/views/${encodeURIComponent(id)}`, view),
  gaps: (query: Query) => request<GapReport>('GET', `/analysis/gaps${queryString(query)}`),
  sleutelfiguren: (query: Query) => request<{ items: SleutelfiguurScore[] }>('GET', `/analysis/sleutelfiguren${queryString(query)}`),
  measures: (query: Query) => request<MeasuresResponse>('GET', `/analysis/measures${queryString(query)}`),
  whatIf: (remove: string[]) => request<WhatIfResult>('POST', '/analysis/what-if', { remove }),
};
