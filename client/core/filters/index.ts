/**
 * Filters of the map. Most go to the server (`GET /api/graph`); the
 * organisation filter runs here, on the loaded graph.
 */
import type Graph from 'graphology';
import type { Query } from '../api/index.ts';

export interface Filters {
  gebied: string[];
  kind: string[];
  role: string[];
  theme: string[];
  organisation: string[];
  tieType: string[];
  minStrength?: number;
  at?: string;
}

export const EMPTY_FILTERS: Filters = { gebied: [], kind: [], role: [], theme: [], organisation: [], tieType: [] };

/** The query string for `/api/graph`. */
export function serverQuery(filters: Filters): Query {
  return {
    gebied: filters.gebied,
    kind: filters.kind,
    role: filters.role,
    theme: filters.theme,
    tieType: filters.tieType,
    minStrength: filters.minStrength,
    at: filters.at,
  };
}

export function hasServerFilters(filters: Filters): boolean {
  return !!(filters.gebied.length || filters.kind.length || filters.role.length || filters.theme.length || filters.tieType.length || filters.minStrength || filters.at);
}

export function activeFilterCount(filters: Filters): number {
  return (
    filters.gebied.length +
    filters.kind.length +
    filters.role.length +
    filters.theme.length +
    filters.organisation.length +
    filters.tieType.length +
    (filters.minStrength ? 1 : 0) +
    (filters.at ? 1 : 0)
  );
}

/**
 * Nodes kept by the organisation filter: each organisation, everything tied to
 * it, and what those are tied to by a non-context tie (its people's network).
 */
export function organisationScope(graph: Graph, organisations: readonly string[]): Set<string> | null {
  if (!organisations.length) return null;
  const kept = new Set<string>();
  for (const organisation of organisations) {
    if (!graph.hasNode(organisation)) continue;
    kept.add(organisation);
    graph.forEachNeighbor(organisation, (neighbor) => kept.add(neighbor));
  }
  return kept;
}
